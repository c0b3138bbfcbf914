"""The county's totals: every statistical table summed cell by cell over the units, exactly.

Money cells (万元, fractional) are summed as decimals of what the clerk typed, so 0.1 + 0.2
is 0.3; a blank cell reads as 0, as in the tables themselves.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldSpec, load_format
from desktop_app.core.formats.table_spec import TableSpec
from desktop_app.core.model import Draft, TableValue


def table_fields(drafts: Iterable[Draft]) -> dict[str, FieldSpec]:
    """Every table field the units' formats declare, by field key, in format order."""
    fields: dict[str, FieldSpec] = {}
    for draft in drafts:
        for field in load_format(draft.format_id).fields:
            if field.table is not None:
                fields.setdefault(field.key, field)
    return fields


def table_specs(drafts: Iterable[Draft]) -> dict[str, TableSpec]:
    return {key: field.table for key, field in table_fields(drafts).items() if field.table is not None}


def sum_tables(drafts: Iterable[Draft]) -> dict[str, TableValue]:
    """``{table key: {row: {column: number}}}``: every declared cell, summed over the drafts
    whose format has that table."""
    drafts = list(drafts)
    specs = table_specs(drafts)
    sums: dict[str, dict[str, dict[str, Decimal]]] = {
        key: {row: dict.fromkeys(cells, Decimal(0)) for row, cells in tables.full(spec, None).items()}
        for key, spec in specs.items()
    }
    for draft in drafts:
        for key, _spec in specs.items():
            if key not in load_format(draft.format_id).field_map:
                continue
            value = draft.facts.get(key)
            if not isinstance(value, dict):
                continue
            for row, cells in sums[key].items():
                for column in cells:
                    cells[column] += Decimal(str(tables.cell(value, row, column)))
    return {
        key: {row: {column: _number(total) for column, total in cells.items()} for row, cells in rows.items()}
        for key, rows in sums.items()
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
