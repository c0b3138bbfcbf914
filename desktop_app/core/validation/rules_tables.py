"""Table fields against their own rules: the table engine's results as findings.

- ``table-arithmetic`` (error): a rule of the table (e.g. new + carried over = handled +
  carried forward) fails in a column (variant "column") or a row (variant "row");
- ``table-cell`` (error, or warning for "unknown"): a negative number, a fraction where a
  count belongs, a cell the table does not declare;
- ``table-carry`` (warning): this year's carried-over row differs from last year's
  carried-forward row, column by column;
- ``table-missing`` (warning): cells never filled (a blank is not a 0): the whole table
  (variant "table"), several cells of a row ("row", naming its columns) or one cell ("cell").
  A rule over an empty cell is not checked: the cell is named here instead.

``field`` is the table field's key; ``params`` name the table, row and column (keys and
labels) and ``cells`` lists every [row, column] the finding points at, for the editor.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldSpec, FormatSpec
from desktop_app.core.formats.table_spec import COLUMNS, TableSpec
from desktop_app.core.model import NOT_APPLICABLE, Draft, TableValue
from desktop_app.core.validation.findings import Finding, found


def table_findings(draft: Draft, spec: FormatSpec, last_year: Draft | None = None) -> Iterator[Finding]:
    for field in spec.fields:
        if field.table is None:
            continue
        value = _table_value(draft.facts.get(field.key))
        section = next((s.id for s in spec.sections if field.key in s.fields), None)
        yield from field_findings(field, value, section, _last_year_value(draft, field.key, last_year), draft.year)


def field_findings(
    field: FieldSpec,
    value: TableValue | None,
    section: str | None = None,
    last_year: TableValue | None = None,
    year: int | None = None,
) -> Iterator[Finding]:
    """The findings for one table value (also what the table editor shows live); ``year``: the
    report's, whose edition of the table says which cells must be filled."""
    table = field.table
    if table is None:
        return
    yield from _missing(field, table, value, section, year)
    for problem in tables.cell_problems(table, value):
        yield found(
            "table-cell",
            problem.problem,
            section=section,
            field=field.key,
            value=tables.show(problem.value) if problem.value != NOT_APPLICABLE else table.marks.not_applicable,
            cells=[[problem.row, problem.column]],
            **_where(field, table, problem.row, problem.column),
        )
    for failure in tables.check(table, value):
        row, column = failure.at
        yield found(
            "table-arithmetic",
            "column" if failure.rule.kind == COLUMNS else "row",
            section=section,
            field=field.key,
            rule=failure.rule.id,
            rule_label=failure.rule.label,
            rule_label_en=failure.rule.label_en,
            left=tables.show(failure.left),
            right=tables.show(failure.right),
            cells=[list(c) for c in failure.cells],
            **_where(field, table, row, column),
        )
    if last_year is not None:
        for carry in table.carry:
            for mismatch in tables.carry_mismatches(table, value, last_year):
                if mismatch.row != carry.target:
                    continue
                source = table.row(carry.source)
                yield found(
                    "table-carry",
                    section=section,
                    field=field.key,
                    value=tables.show(mismatch.value),
                    expected=tables.show(mismatch.expected),
                    source_label=source.label,
                    source_label_en=source.label_en,
                    cells=[[mismatch.row, mismatch.column]],
                    **_where(field, table, mismatch.row, mismatch.column),
                )


def _missing(
    field: FieldSpec, table: TableSpec, value: TableValue | None, section: str | None, year: int | None
) -> Iterator[Finding]:
    empty = tables.missing(table, value, year)
    if not empty:
        return
    if not any(tables.is_filled(value, *c) for c in table.cells()):
        first = _where(field, table, *empty[0])
        yield found("table-missing", "table", section=section, field=field.key, cells=[list(c) for c in empty], **first)
        return
    by_row: dict[str, list[str]] = {}
    for row, column in empty:
        by_row.setdefault(row, []).append(column)
    for row, columns in by_row.items():
        where = _where(field, table, row, columns[0])
        cells = [[row, c] for c in columns]
        if len(columns) == 1:
            yield found("table-missing", "cell", section=section, field=field.key, cells=cells, **where)
            continue
        block = table.block_of(row)
        yield found(
            "table-missing",
            "row",
            section=section,
            field=field.key,
            cells=cells,
            count=len(columns),
            column_labels="、".join(block.column(c).label for c in columns),
            column_labels_en=", ".join(block.column(c).label_en for c in columns),
            **where,
        )


def _where(field: FieldSpec, table: TableSpec, row: str, column: str) -> dict[str, Any]:
    try:
        row_spec = table.row(row)
        row_label, row_label_en = row_spec.label, row_spec.label_en
        column_spec = table.block_of(row).column(column)
        column_label, column_label_en = column_spec.label, column_spec.label_en
    except KeyError:
        row_label = row_label_en = row
        column_label = column_label_en = column
    return {
        "table": field.key,
        "table_label": field.label,
        "table_label_en": field.label_en,
        "row": row,
        "row_label": row_label,
        "row_label_en": row_label_en,
        "column": column,
        "column_label": column_label,
        "column_label_en": column_label_en,
    }


def _table_value(value: Any) -> TableValue | None:
    return value if isinstance(value, dict) else None


def _last_year_value(draft: Draft, key: str, last_year: Draft | None) -> TableValue | None:
    """Last year's table: from last year's draft when given and of the same format, else the
    copy roll-forward kept in ``last_year_facts``."""
    if last_year is not None and last_year.format_id == draft.format_id:
        value = _table_value(last_year.facts.get(key))
        if value is not None:
            return value
    return _table_value(draft.last_year_facts.get(key))
