"""Table cells as a template's sentences read them (issue 16, point 3).

A number (0 included) is itself; 不适用, and a cell the report's edition does not print, read
as 0 (nothing to report). A cell never filled is ``BLANK``: it prints as the blank the review
already flags as a placeholder (``XX``, validation/placeholder_scan.py), so "新收申请XX件" is
named in the review instead of "新收申请0件" passing unseen. A total with a blank among its
inputs is blank too: an empty cell is never summed as 0.
"""

from __future__ import annotations

from desktop_app.core.formats import tables
from desktop_app.core.formats.table_spec import COLUMNS, TableRule, TableSpec
from desktop_app.core.model import TableValue

MARK = "XX"


class Blank:
    """A quantity nobody filled in. It stays blank through a template's arithmetic, and against
    a number it counts as something to state (``> 0`` and truthy), never as none (``== 0``):
    the sentence that states it is written, with the blank in it."""

    __slots__ = ()

    def __str__(self) -> str:
        return MARK

    def __repr__(self) -> str:
        return "BLANK"

    def _blank(self, other: object = None) -> Blank:
        return self

    __add__ = __radd__ = __sub__ = __rsub__ = _blank
    __mul__ = __rmul__ = __truediv__ = __rtruediv__ = _blank
    __floordiv__ = __rfloordiv__ = __mod__ = __rmod__ = __pow__ = __rpow__ = _blank
    __neg__ = __pos__ = __abs__ = __round__ = _blank

    def __eq__(self, other: object) -> bool:
        return other is self

    def __ne__(self, other: object) -> bool:
        return other is not self

    def __gt__(self, other: object) -> bool:
        return True

    __ge__ = __gt__

    def __lt__(self, other: object) -> bool:
        return False

    __le__ = __lt__

    def __bool__(self) -> bool:
        return True

    __hash__ = object.__hash__


BLANK = Blank()

Cell = int | float | Blank


def sentence_cells(table: TableSpec, value: TableValue | None, year: int | None) -> dict[str, dict[str, Cell]]:
    """Every declared cell of a table in a report of ``year``, as the templates see it."""
    computed = tables.compute(table, value)
    out: dict[str, dict[str, Cell]] = {}
    for block in table.blocks:
        for row in block.rows:
            out[row.key] = {column.key: _cell(table, computed, row.key, column.key, year) for column in block.columns}
    _blank_totals(table, out)
    return out


def _cell(table: TableSpec, value: TableValue, row: str, column: str, year: int | None) -> Cell:
    found = tables.number(value, row, column)
    if found is not None:
        return found
    if tables.is_not_applicable(value, row, column) or not table.printed_in(row, column, year):
        return 0
    return BLANK


def _blank_totals(table: TableSpec, cells: dict[str, dict[str, Cell]]) -> None:
    """A computed total with a blank among its inputs becomes blank; totals of totals (a
    total row's total column) settle after a few passes."""
    computing = [rule for rule in table.rules if rule.compute]
    for _ in range(len(computing) + 1):
        changed = False
        for rule in computing:
            for (row, column), inputs in _inputs(table, rule):
                if cells[row][column] is not BLANK and any(cells[r][c] is BLANK for r, c in inputs):
                    cells[row][column] = BLANK
                    changed = True
        if not changed:
            return


def _inputs(table: TableSpec, rule: TableRule) -> list[tuple[tuple[str, str], list[tuple[str, str]]]]:
    block = table.rule_block(rule)
    if rule.kind == COLUMNS:
        return [((rule.left[0], c.key), [(r, c.key) for r in rule.right]) for c in block.columns]
    return [((row.key, rule.left[0]), [(row.key, c) for c in rule.right]) for row in block.rows]
