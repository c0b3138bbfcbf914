"""The table engine: values of a table field checked and completed by its TableSpec's rules.

A table value is ``{row key: {column key: number}}``; a blank (absent) cell reads as 0.
Everything here is generic: the rules, totals and carried rows come from the format pack.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from desktop_app.core.errors import CellValueError
from desktop_app.core.formats.table_spec import COLUMNS, COUNT, MONEY, TableRule, TableSpec
from desktop_app.core.model import FactValue, TableValue

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
    """A cell's number; a blank reads as 0."""
    number = ((value or {}).get(row) or {}).get(column)
    if isinstance(number, bool) or not isinstance(number, int | float):
        return 0
    return number


def full(table: TableSpec, value: TableValue | None) -> dict[str, dict[str, int | float]]:
    """Every declared cell, blanks as 0 (what templates and the export see)."""
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
    """A clean table value: declared cells only, numbers only, blanks dropped.

    Raises CellValueError (a ValueError) naming the first cell that cannot be used (unknown row or column,
    not a number, negative, a fraction in a count column).
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
            number = _number(raw)
            if number is None:
                continue  # blank
            if number < 0:
                raise CellValueError("table:negative", row=row_key, column=column_key, value=raw)
            if column.kind == COUNT:
                if not float(number).is_integer():
                    raise CellValueError("table:fraction", row=row_key, column=column_key, value=raw)
                number = int(number)
            out.setdefault(str(row_key), {})[column.key] = number
    return out


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
    """A copy of ``value`` with every computed cell (the ``compute`` rules' totals) filled in."""
    out: TableValue = {row: dict(cells) for row, cells in (value or {}).items()}
    computing = [rule for rule in table.rules if rule.compute]
    # totals of totals (a total row's total column) settle after a few passes
    for _ in range(len(computing) + 1):
        changed = False
        for rule in computing:
            for (row, column), number in _totals(table, rule, out):
                current = out.get(row, {}).get(column)
                if number == 0 and current is not None:
                    del out[row][column]  # a zero total is a blank: it reads as 0
                    if not out[row]:
                        del out[row]
                    changed = True
                elif number != 0 and current != number:
                    out.setdefault(row, {})[column] = number
                    changed = True
        if not changed:
            break
    return out


def _totals(table: TableSpec, rule: TableRule, value: TableValue) -> Iterator[tuple[tuple[str, str], int | float]]:
    block = table.rule_block(rule)
    if rule.kind == COLUMNS:
        for column in block.columns:
            yield (rule.left[0], column.key), _tidy(sum(cell(value, r, column.key) for r in rule.right))
    else:
        for row in block.rows:
            yield (row.key, rule.left[0]), _tidy(sum(cell(value, row.key, c) for c in rule.right))


def _tidy(number: float) -> int | float:
    # money sums such as 0.1 + 0.2 stay readable
    rounded = round(number, 6)
    return int(rounded) if float(rounded).is_integer() else rounded


def carried(table: TableSpec, last_year: TableValue | None) -> TableValue:
    """Next year's starting value: the declared carry rows, everything else blank, totals computed."""
    out: TableValue = {}
    for carry in table.carry:
        source = (last_year or {}).get(carry.source) or {}
        for column in table.columns_of(carry.target):
            if column.key in source:
                out.setdefault(carry.target, {})[column.key] = cell(last_year, carry.source, column.key)
    return compute(table, out)


# --- checking -----------------------------------------------------------------------------


def check(table: TableSpec, value: TableValue | None) -> list[RuleFailure]:
    """Every rule that fails, once per column (or row) where it fails."""
    failures = []
    for rule in table.rules:
        block = table.rule_block(rule)
        if rule.kind == COLUMNS:
            for column in block.columns:
                left = sum(cell(value, r, column.key) for r in rule.left)
                right = sum(cell(value, r, column.key) for r in rule.right)
                if abs(left - right) > _EPSILON:
                    sides = rule.left if rule.compute else rule.left + rule.right
                    cells = tuple((r, column.key) for r in sides)
                    failures.append(RuleFailure(rule, None, column.key, left, right, cells))
        else:
            for row in block.rows:
                left = sum(cell(value, row.key, c) for c in rule.left)
                right = sum(cell(value, row.key, c) for c in rule.right)
                if abs(left - right) > _EPSILON:
                    sides = rule.left if rule.compute else rule.left + rule.right
                    cells = tuple((row.key, c) for c in sides)
                    failures.append(RuleFailure(rule, row.key, None, left, right, cells))
    return failures


def cell_problems(table: TableSpec, value: TableValue | None) -> list[CellProblem]:
    """Cells that are not what the table allows: negative, a fraction where a count belongs,
    or not declared at all (a value read from a file written for another table)."""
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
            elif isinstance(number, int | float) and number < 0:
                problems.append(CellProblem(row_key, column_key, "negative", number))
            elif column.kind == COUNT and isinstance(number, float) and not number.is_integer():
                problems.append(CellProblem(row_key, column_key, "fraction", number))
    return problems


def carry_mismatches(table: TableSpec, value: TableValue | None, last_year: TableValue | None) -> list[CarryMismatch]:
    """This year's carried-over cells that differ from last year's carried-forward ones."""
    out = []
    for carry in table.carry:
        for column in table.columns_of(carry.target):
            now, then = cell(value, carry.target, column.key), cell(last_year, carry.source, column.key)
            if abs(now - then) > _EPSILON:
                out.append(CarryMismatch(carry.target, column.key, now, then))
    return out


def filled_cells(value: TableValue | None) -> int:
    """How many cells hold a number other than 0 (for a one-line summary)."""
    return sum(1 for cells in (value or {}).values() for n in cells.values() if n)


def summary(table: TableSpec, value: FactValue, limit: int = 3, english: bool = False) -> str:
    """One line naming the cells that hold a number (totals left out), for re-confirm lists;
    ``english``: named as the English interface names them."""
    if not isinstance(value, dict):
        return ""
    computed = table.computed_cells()
    parts = []
    for row_key, column_key in table.cells():
        number = cell(value, row_key, column_key)
        if number and (row_key, column_key) not in computed:
            column = table.block_of(row_key).column(column_key)
            row = table.row(row_key)
            if english:
                parts.append(f"{row.label_en} ({column.label_en}) {show(number)}")
            else:
                parts.append(f"{row.label}（{column.label}）{show(number)}")
    if not parts:
        return "0"
    return ("; " if english else "；").join(parts[:limit]) + ("…" if len(parts) > limit else "")
