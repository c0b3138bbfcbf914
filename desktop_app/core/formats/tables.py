"""The table engine: values of a table field checked and completed by its TableSpec's rules.

A table value is ``{row key: {column key: cell}}``. A cell is empty (never filled: absent), a
number (0 included) or not applicable (``NOT_APPLICABLE``, where the table allows it). Totals
are computed over the filled cells; a rule is checked where every cell it names is filled, and
the empty cells are named as missing instead. Everything here is generic: the rules, totals and
carried rows come from the format pack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import CellValueError
from desktop_app.core.formats.table_spec import COLUMNS, COUNT, MONEY, TableRule, TableSpec
from desktop_app.core.model import NOT_APPLICABLE, FactValue, TableValue

_EPSILON = 1e-6


@dataclass(frozen=True)
class RuleFailure:
    """A rule that does not hold in one column (COLUMNS rule) or one row (ROWS rule)."""

    rule: TableRule
    row: str | None  # the row checked (ROWS rule), else None
    column: str | None  # the column checked (COLUMNS rule), else None
    left: float
    right: float
    cells: tuple[tuple[str, str], ...]  # the cells to point at: the total, or both sides

    @property
    def at(self) -> tuple[str, str]:
        return self.cells[0]


@dataclass(frozen=True)
class CellProblem:
    row: str
    column: str
    problem: str  # "negative" | "fraction" | "unknown"
    value: Any


@dataclass(frozen=True)
class CarryMismatch:
    row: str  # this year's carried-over row
    column: str
    value: float  # this year's
    expected: float  # last year's carried-forward cell


# --- reading ------------------------------------------------------------------------------


def cell(value: TableValue | None, row: str, column: str) -> int | float:
    """A cell's number, for sums and sentences: an empty or 不适用 cell reads as 0."""
    found = number(value, row, column)
    return 0 if found is None else found


def number(value: TableValue | None, row: str, column: str) -> int | float | None:
    """A cell's number; None when it is empty or 不适用."""
    found = ((value or {}).get(row) or {}).get(column)
    if isinstance(found, bool) or not isinstance(found, int | float):
        return None
    return found


def is_filled(value: TableValue | None, row: str, column: str) -> bool:
    """Whether the cell holds a number (0 included) or 不适用: not empty."""
    return number(value, row, column) is not None or is_not_applicable(value, row, column)


def is_not_applicable(value: TableValue | None, row: str, column: str) -> bool:
    return ((value or {}).get(row) or {}).get(column) == NOT_APPLICABLE


def printed(table: TableSpec, value: TableValue | None, row: str, column: str) -> str:
    """A cell as the report prints it: the number, the format's 不适用 mark, or its empty mark."""
    found = number(value, row, column)
    if found is not None:
        return show(found)
    if is_not_applicable(value, row, column):
        return table.marks.not_applicable
    return table.marks.empty


def missing(table: TableSpec, value: TableValue | None, year: int | None = None) -> list[tuple[str, str]]:
    """The declared cells never filled, in reading order, of those a report of ``year`` prints.
    A computed total is missing only when the app would fill it (some of its inputs hold a
    number) and it is not there."""
    computed = table.computed_cells()
    totals = compute(table, value) if computed else {}
    return [
        (row, column)
        for row, column in table.cells()
        if not is_filled(value, row, column)
        and table.printed_in(row, column, year)
        and ((row, column) not in computed or number(totals, row, column) is not None)
    ]


def full(table: TableSpec, value: TableValue | None) -> dict[str, dict[str, int | float]]:
    """Every declared cell, empty and 不适用 as 0 (what the templates' sentences see)."""
    out: dict[str, dict[str, int | float]] = {}
    for block in table.blocks:
        for row in block.rows:
            out[row.key] = {column.key: cell(value, row.key, column.key) for column in block.columns}
    return out


def is_money(table: TableSpec, row: str, column: str) -> bool:
    return any(c.key == column and c.kind == MONEY for c in table.columns_of(row))


def show(number: float) -> str:
    """12 → "12", 1.5 → "1.5", 0.35 → "0.35": as a clerk writes a cell."""
    if float(number).is_integer():
        return str(int(number))
    return f"{number:.4f}".rstrip("0").rstrip(".")


# --- writing ------------------------------------------------------------------------------


def coerce_table(table: TableSpec, value: Any) -> TableValue:
    """A clean table value: declared cells only, numbers (0 kept) or 不适用 where allowed, blanks dropped.

    Raises CellValueError (a ValueError) naming the first cell that cannot be used (unknown row or column,
    not a number, negative, a fraction in a count column, 不适用 where the table does not allow it).
    """
    if not isinstance(value, dict):
        raise CellValueError("table:not-mapping")
    out: TableValue = {}
    for row_key, cells in value.items():
        try:
            columns = {c.key: c for c in table.columns_of(str(row_key))}
        except KeyError:
            raise CellValueError("table:no-row", row=row_key) from None
        if not isinstance(cells, dict):
            raise CellValueError("table:row-not-mapping", row=row_key)
        for column_key, raw in cells.items():
            column = columns.get(str(column_key))
            if column is None:
                raise CellValueError("table:no-column", row=row_key, column=column_key)
            if is_not_applicable_mark(table, raw):
                if not table.allows_not_applicable(str(row_key), column.key):
                    raise CellValueError("table:not-applicable", row=row_key, column=column_key)
                out.setdefault(str(row_key), {})[column.key] = NOT_APPLICABLE
                continue
            got = _number(raw)
            if got is None:
                continue  # blank: never filled
            if got < 0:
                raise CellValueError("table:negative", row=row_key, column=column_key, value=raw)
            if column.kind == COUNT:
                if not float(got).is_integer():
                    raise CellValueError("table:fraction", row=row_key, column=column_key, value=raw)
                got = int(got)
            out.setdefault(str(row_key), {})[column.key] = got
    return out


def is_not_applicable_mark(table: TableSpec, raw: Any) -> bool:
    """Whether ``raw`` says 不适用: the stored form, or a mark the table reads as 不适用."""
    if not isinstance(raw, str):
        return False
    text = raw.strip()
    marks = table.marks
    return text == NOT_APPLICABLE or text == marks.not_applicable or text in marks.read_not_applicable


def _number(raw: Any) -> int | float | None:
    if raw is None:
        return None
    if isinstance(raw, bool):
        raise CellValueError("table:not-number", value=raw)
    if isinstance(raw, int | float):
        if raw != raw or raw in (float("inf"), float("-inf")):
            raise CellValueError("table:not-number", value=raw)
        return raw
    text = str(raw).strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    if not text:
        return None
    try:
        return int(text) if text.lstrip("-").isdigit() else float(text)
    except ValueError:
        raise CellValueError("table:not-number", value=raw) from None


def compute(table: TableSpec, value: TableValue | None) -> TableValue:
    """A copy of ``value`` with every computed cell (the ``compute`` rules' totals) filled in:
    the sum of the inputs that hold a number, 0 included; empty while none does."""
    out: TableValue = {row: dict(cells) for row, cells in (value or {}).items()}
    computing = [rule for rule in table.rules if rule.compute]
    # totals of totals (a total row's total column) settle after a few passes
    for _ in range(len(computing) + 1):
        changed = False
        for rule in computing:
            for (row, column), total in _totals(table, rule, out):
                current = out.get(row, {}).get(column)
                if total is None and current is not None:
                    del out[row][column]  # nothing to add up yet: the total stays empty
                    if not out[row]:
                        del out[row]
                    changed = True
                elif total is not None and current != total:
                    out.setdefault(row, {})[column] = total
                    changed = True
        if not changed:
            break
    return out


def _totals(
    table: TableSpec, rule: TableRule, value: TableValue
) -> Iterator[tuple[tuple[str, str], int | float | None]]:
    block = table.rule_block(rule)
    if rule.kind == COLUMNS:
        for column in block.columns:
            yield (rule.left[0], column.key), _sum_filled(value, [(r, column.key) for r in rule.right])
    else:
        for row in block.rows:
            yield (row.key, rule.left[0]), _sum_filled(value, [(row.key, c) for c in rule.right])


def _sum_filled(value: TableValue, cells: list[tuple[str, str]]) -> int | float | None:
    numbers = [n for n in (number(value, r, c) for r, c in cells) if n is not None]
    return _tidy(sum(numbers)) if numbers else None


def _tidy(number: float) -> int | float:
    # money sums such as 0.1 + 0.2 stay readable
    rounded = round(number, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def fill_empty(table: TableSpec, value: TableValue | None) -> TableValue:
    """``value`` with 0 in every declared cell never filled, totals computed (the clerk's "the
    rest are 0", and what a version-1 file meant by a blank)."""
    out: TableValue = {row: dict(cells) for row, cells in (value or {}).items()}
    for row, column in table.cells():
        if not is_filled(out, row, column):
            out.setdefault(row, {})[column] = 0
    return compute(table, out)


def carried(table: TableSpec, last_year: TableValue | None) -> TableValue:
    """Next year's starting value: the declared carry rows (an empty cell stays empty),
    everything else empty, totals computed."""
    out: TableValue = {}
    for carry in table.carry:
        for column in table.columns_of(carry.target):
            source = number(last_year, carry.source, column.key)
            if source is not None:
                out.setdefault(carry.target, {})[column.key] = source
            elif is_not_applicable(last_year, carry.source, column.key) and table.allows_not_applicable(
                carry.target, column.key
            ):
                out.setdefault(carry.target, {})[column.key] = NOT_APPLICABLE
    return compute(table, out)


# --- checking -----------------------------------------------------------------------------


def check(table: TableSpec, value: TableValue | None) -> list[RuleFailure]:
    """Every rule that fails, once per column (or row) where it fails. A column (row) with an
    empty cell among those the rule names is not checked: its empty cells are missing, not 0."""
    failures = []
    for rule in table.rules:
        block = table.rule_block(rule)
        if rule.kind == COLUMNS:
            for column in block.columns:
                if not all(is_filled(value, r, column.key) for r in rule.left + rule.right):
                    continue
                left = sum(cell(value, r, column.key) for r in rule.left)
                right = sum(cell(value, r, column.key) for r in rule.right)
                if abs(left - right) > _EPSILON:
                    sides = rule.left if rule.compute else rule.left + rule.right
                    cells = tuple((r, column.key) for r in sides)
                    failures.append(RuleFailure(rule, None, column.key, left, right, cells))
        else:
            for row in block.rows:
                if not all(is_filled(value, row.key, c) for c in rule.left + rule.right):
                    continue
                left = sum(cell(value, row.key, c) for c in rule.left)
                right = sum(cell(value, row.key, c) for c in rule.right)
                if abs(left - right) > _EPSILON:
                    sides = rule.left if rule.compute else rule.left + rule.right
                    cells = tuple((row.key, c) for c in sides)
                    failures.append(RuleFailure(rule, row.key, None, left, right, cells))
    return failures


def cell_problems(table: TableSpec, value: TableValue | None) -> list[CellProblem]:
    """Cells that are not what the table allows: negative, a fraction where a count belongs,
    不适用 where the table does not allow it, or not declared at all (a value read from a file
    written for another table)."""
    problems = []
    for row_key, cells in (value or {}).items():
        try:
            columns = {c.key: c for c in table.columns_of(row_key)}
        except KeyError:
            columns = {}
        for column_key, number in (cells or {}).items():
            column = columns.get(column_key)
            if column is None:
                problems.append(CellProblem(row_key, column_key, "unknown", number))
            elif number == NOT_APPLICABLE and not table.allows_not_applicable(row_key, column_key):
                problems.append(CellProblem(row_key, column_key, "not-applicable", number))
            elif isinstance(number, int | float) and number < 0:
                problems.append(CellProblem(row_key, column_key, "negative", number))
            elif column.kind == COUNT and isinstance(number, float) and not number.is_integer():
                problems.append(CellProblem(row_key, column_key, "fraction", number))
    return problems


def carry_mismatches(table: TableSpec, value: TableValue | None, last_year: TableValue | None) -> list[CarryMismatch]:
    """This year's carried-over cells that differ from last year's carried-forward ones (both
    holding a number: an empty cell is missing, which is said once, elsewhere)."""
    out = []
    for carry in table.carry:
        for column in table.columns_of(carry.target):
            now, then = number(value, carry.target, column.key), number(last_year, carry.source, column.key)
            if now is not None and then is not None and abs(now - then) > _EPSILON:
                out.append(CarryMismatch(carry.target, column.key, now, then))
    return out


def filled_cells(value: TableValue | None) -> int:
    """How many cells hold a number other than 0 (for a one-line summary)."""
    return sum(1 for cells in (value or {}).values() for n in cells.values() if n and n != NOT_APPLICABLE)


def summary(table: TableSpec, value: FactValue, limit: int = 3, english: bool = False) -> str:
    """One line naming the cells that hold a number (totals left out), for re-confirm lists;
    ``english``: named as the English interface names them."""
    if not isinstance(value, dict):
        return ""
    computed = table.computed_cells()
    parts = []
    for row_key, column_key in table.cells():
        found = cell(value, row_key, column_key)
        if found and (row_key, column_key) not in computed:
            column = table.block_of(row_key).column(column_key)
            row = table.row(row_key)
            if english:
                parts.append(f"{row.label_en} ({column.label_en}) {show(found)}")
            else:
                parts.append(f"{row.label}（{column.label}）{show(found)}")
    if not parts:
        return "0"
    return ("; " if english else "；").join(parts[:limit]) + ("…" if len(parts) > limit else "")
