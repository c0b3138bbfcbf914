"""Year-over-year jumps: a number more than RATIO times last year's, or less than 1/RATIO of
it, asks the clerk to explain it (evaluators ask "why did requests fall from 120 to 8?").

Last year's values come from last year's draft when given (same format), else from what
roll-forward kept in ``last_year_facts``. Counts and money facts are compared one by one;
tables row by row, through the row's total where the table computes one, else cell by cell.
Small numbers jump for no reason (2 → 11): both values under the pack's floor are quiet.
Ratio and floor are data: ``[review] jump_ratio``, ``jump_floor``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldKind, FieldSpec, FormatSpec
from desktop_app.core.model import Draft
from desktop_app.core.validation.findings import Finding, found

DEFAULT_RATIO = 5.0
DEFAULT_FLOOR = 10.0


def jump_findings(draft: Draft, spec: FormatSpec, last_year: Draft | None) -> Iterator[Finding]:
    review: dict[str, Any] = spec.extra.get("review", {})
    ratio = float(review.get("jump_ratio", DEFAULT_RATIO))
    floor = float(review.get("jump_floor", DEFAULT_FLOOR))
    before = _last_year_facts(draft, last_year)
    for field in spec.fields:
        section = next((s.id for s in spec.sections if field.key in s.fields), None)
        then = before.get(field.key)
        now = draft.facts.get(field.key)
        if field.kind in (FieldKind.COUNT, FieldKind.MONEY):
            a, b = _number(now), _number(then)
            if a is not None and b is not None and _jumps(a, b, ratio, floor):
                yield _finding(field, section, a, b, field.label, field.label_en, {"ratio": tables.show(ratio)})
        elif field.table is not None and isinstance(now, dict) and isinstance(then, dict):
            yield from _table_jumps(field, section, now, then, ratio, floor)


def _table_jumps(
    field: FieldSpec, section: str | None, now: dict[str, Any], then: dict[str, Any], ratio: float, floor: float
) -> Iterator[Finding]:
    table = field.table
    assert table is not None
    computed = table.computed_cells()
    for block in table.blocks:
        for row in block.rows:
            totals = [c.key for c in block.columns if (row.key, c.key) in computed]
            columns = totals[-1:] if totals else [c.key for c in block.columns]
            for column_key in columns:
                a, b = tables.number(now, row.key, column_key), tables.number(then, row.key, column_key)
                if a is None or b is None:
                    continue  # a cell empty or 不适用 in either year is not compared
                if _jumps(a, b, ratio, floor):
                    column = block.column(column_key)
                    cell = {
                        "ratio": tables.show(ratio),
                        "table": field.key,
                        "row": row.key,
                        "column": column_key,
                        "cells": [[row.key, column_key]],
                    }
                    label = f"{field.label}“{row.label}”（{column.label}）"
                    label_en = f"{field.label_en}, {row.label_en} ({column.label_en})"
                    yield _finding(field, section, a, b, label, label_en, cell)


def _jumps(now: float, then: float, ratio: float, floor: float) -> bool:
    if max(now, then) < floor:
        return False
    if then == 0 or now == 0:
        return True  # from nothing to many, or from many to nothing
    return now > ratio * then or now < then / ratio


def _finding(
    field: FieldSpec,
    section: str | None,
    now: float,
    then: float,
    label: str,
    label_en: str,
    cell: dict[str, Any],
) -> Finding:
    return found(
        "year-jump",
        section=section,
        field=field.key,
        label=label,
        label_en=label_en,
        value=tables.show(now),
        last=tables.show(then),
        **cell,
    )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _last_year_facts(draft: Draft, last_year: Draft | None) -> dict[str, Any]:
    if last_year is not None and last_year.format_id == draft.format_id:
        return {**draft.last_year_facts, **last_year.facts}
    return dict(draft.last_year_facts)
