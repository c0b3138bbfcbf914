"""Facts against themselves and against the text: required facts without value, numbers the
text states that disagree with the facts (or with each other), and the format pack's
cross-checks (e.g. fees collected while no request was received).

Which numbers the text states comes from the format pack: each field's ``import_patterns``
(the same patterns the importer uses) plus ``[[checks]] kind = "stated"`` entries; the
cross-checks are ``[[checks]] kind = "needs"`` entries. Nothing here names a field.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any

from desktop_app.core.errors import FormatPackError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldKind, FormatSpec, load_format
from desktop_app.core.model import Draft, FactValue, Origin
from desktop_app.core.validation.findings import Finding, found

_NUMERIC = (FieldKind.COUNT, FieldKind.MONEY)


@dataclass(frozen=True)
class _FieldPatterns:
    key: str
    stated: tuple[re.Pattern[str], ...]  # group 1 is the number
    zero: tuple[re.Pattern[str], ...]  # wording that means "none"
    cell: tuple[str, str] | None = None  # (row, column) when the number is a table cell

    @property
    def target(self) -> str:
        return f"{self.key}[{self.cell[0]}][{self.cell[1]}]" if self.cell else self.key


@dataclass(frozen=True)
class _Needs:
    fields: tuple[str, ...]  # any of these above zero …
    needs: str  # … needs this one above zero
    severity: str


@dataclass(frozen=True)
class _Statement:
    section: str
    span: tuple[int, int]
    value: float


# --- the format pack's patterns and checks, compiled once per format ---------------------


@cache
def _compiled(format_id: str) -> tuple[tuple[_FieldPatterns, ...], tuple[_Needs, ...]]:
    spec = load_format(format_id)
    extra: dict[str, list[str]] = {}
    cells: list[_FieldPatterns] = []
    needs: list[_Needs] = []
    for check in spec.extra.get("checks", []):
        kind = check.get("kind")
        if kind == "stated" and "row" in check:
            cells.append(_cell_patterns(spec, check))
        elif kind == "stated":
            _declared(spec, [check["field"]])
            extra.setdefault(check["field"], []).extend(check.get("patterns", []))
        elif kind == "needs":
            _declared(spec, [*check["fields"], check["needs"]])
            severity = check.get("severity", "warning")
            if severity not in ("error", "warning"):
                raise FormatPackError("format-pack:check", format_id=format_id, detail=f"check severity {severity!r}")
            needs.append(_Needs(tuple(check["fields"]), check["needs"], severity))
        else:
            raise FormatPackError("format-pack:check", format_id=format_id, detail=f"unknown check kind {kind!r}")
    patterns = []
    for spec_field in spec.fields:
        if spec_field.kind not in _NUMERIC:
            continue
        sources = [*spec_field.import_patterns, *extra.get(spec_field.key, [])]
        if sources or spec_field.import_zero_patterns:
            patterns.append(
                _FieldPatterns(
                    spec_field.key,
                    tuple(_regex(format_id, p) for p in sources),
                    tuple(_regex(format_id, p) for p in spec_field.import_zero_patterns),
                )
            )
    return tuple(patterns + cells), tuple(needs)


def _cell_patterns(spec: FormatSpec, check: dict[str, Any]) -> _FieldPatterns:
    """A "stated" check whose number is a table cell: field = the table, row and column."""
    _declared(spec, [check["field"]])
    table = spec.field(check["field"]).table
    row, column = check["row"], check.get("column", "")
    if table is None or (row, column) not in table.cells():
        raise FormatPackError(
            "format-pack:check", format_id=spec.id, detail=f"check names no cell {check['field']}[{row}][{column}]"
        )
    return _FieldPatterns(
        check["field"],
        tuple(_regex(spec.id, p) for p in check.get("patterns", [])),
        tuple(_regex(spec.id, p) for p in check.get("zero_patterns", [])),
        (row, column),
    )


def _declared(spec: FormatSpec, keys: list[str]) -> None:
    unknown = [k for k in keys if k not in spec.field_map]
    if unknown:
        raise FormatPackError("format-pack:check", format_id=spec.id, detail=f"checks name undeclared fields {unknown}")


def _regex(format_id: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise FormatPackError(
            "format-pack:check", format_id=format_id, detail=f"bad pattern {pattern!r}: {exc}"
        ) from exc


# --- missing-fact -----------------------------------------------------------------------


def missing_facts(draft: Draft, spec: FormatSpec) -> Iterator[Finding]:
    """Required facts without value.

    A table is always needed (the export prints it); any other fact only while a section
    that uses it is still written by the boilerplate (the clerk's own or imported text no
    longer prints it, so a blank there cannot reach the published report).
    """
    for spec_field in spec.fields:
        if not spec_field.required or not is_blank(draft.facts.get(spec_field.key)):
            continue
        users = [s.id for s in spec.sections if spec_field.key in s.fields]
        if spec_field.kind is not FieldKind.TABLE and users and not any(_templated(draft, s) for s in users):
            continue  # the clerk's own (or imported) text does not print it; a table always prints
        yield found(
            "missing-fact",
            section=users[0] if users else None,
            field=spec_field.key,
            label=spec_field.label,
            label_en=spec_field.label_en,
        )


def is_blank(value: FactValue) -> bool:
    return value is None or (isinstance(value, str | list) and not [v for v in value if str(v).strip()])


def _templated(draft: Draft, section_id: str) -> bool:
    section = draft.section(section_id)
    return section is None or section.origin is Origin.BOILERPLATE


# --- fact-mismatch ----------------------------------------------------------------------


def fact_mismatches(draft: Draft, spec: FormatSpec, headings: dict[str, tuple[str, str]]) -> Iterator[Finding]:
    patterns, checks = _compiled(spec.id)
    stated = {p.target: _statements(draft, p) for p in patterns}
    for target in patterns:
        yield from _against_facts(draft, spec, target, stated[target.target], headings)
    for check in checks:
        yield from _needs(draft, spec, check, stated)


def _statements(draft: Draft, patterns: _FieldPatterns) -> list[_Statement]:
    found_at: dict[tuple[str, tuple[int, int]], _Statement] = {}
    for section in draft.sections:
        for pattern in patterns.stated:
            for match in pattern.finditer(section.text):
                try:
                    value = float(match.group(1))
                except (ValueError, IndexError):
                    continue
                span = match.span(1)
                found_at.setdefault((section.id, span), _Statement(section.id, span, value))
    if found_at:
        return list(found_at.values())
    # no number anywhere: wording such as 未收到申请 states zero
    return [
        _Statement(section.id, match.span(), 0.0)
        for section in draft.sections
        for pattern in patterns.zero
        for match in pattern.finditer(section.text)
    ]


def _against_facts(
    draft: Draft,
    spec: FormatSpec,
    target: _FieldPatterns,
    statements: list[_Statement],
    headings: dict[str, tuple[str, str]],
) -> Iterator[Finding]:
    if not statements:
        return
    key = target.key
    label = _Label(spec, target)
    fact = _target_number(draft, spec, target)
    if fact is not None:
        for statement in statements:
            if abs(statement.value - fact) > 1e-9:
                yield found(
                    "fact-mismatch",
                    "cell" if target.cell else "text",
                    section=statement.section,
                    field=key,
                    span=statement.span,
                    label=label.label,
                    label_en=label.label_en,
                    stated=_show(statement.value),
                    expected=_show(fact),
                    **label.cell,
                )
        return
    # no fact to compare with: the text must at least agree with itself
    first = statements[0]
    heading, title_en = headings.get(first.section, (first.section, first.section))
    for statement in statements[1:]:
        if abs(statement.value - first.value) > 1e-9:
            yield found(
                "fact-mismatch",
                "sections",
                section=statement.section,
                field=key,
                span=statement.span,
                label=label.label,
                label_en=label.label_en,
                stated=_show(statement.value),
                other=_show(first.value),
                other_section=first.section,
                other_heading=heading,
                other_title_en=title_en,
                **label.cell,
            )


class _Label:
    """What a message calls the number: a field's label, or a table cell's table, row, column."""

    def __init__(self, spec: FormatSpec, target: _FieldPatterns) -> None:
        field = spec.field(target.key)
        self.label, self.label_en = field.label, field.label_en
        self.cell: dict[str, Any] = {}
        if target.cell and field.table is not None:
            row_key, column_key = target.cell
            row = field.table.row(row_key)
            column = field.table.block_of(row_key).column(column_key)
            self.label = f"{row.label}（{column.label}）"
            self.label_en = f"{row.label_en} ({column.label_en})"
            self.cell = {
                "table": target.key,
                "table_label": field.label,
                "table_label_en": field.label_en,
                "row": row_key,
                "column": column_key,
                "cells": [[row_key, column_key]],
            }


def _target_number(draft: Draft, spec: FormatSpec, target: _FieldPatterns) -> float | None:
    value = draft.facts.get(target.key)
    if target.cell is None:
        return _number(value)
    if not isinstance(value, dict):
        return None  # no table yet: the text is only compared with itself
    number = tables.number(value, *target.cell)  # an empty or 不适用 cell has no number to agree with
    return None if number is None else float(number)


def _needs(draft: Draft, spec: FormatSpec, check: _Needs, stated: dict[str, list[_Statement]]) -> Iterator[Finding]:
    needed = _number(draft.facts.get(check.needs))
    if needed is None or needed > 0:
        return
    for key in check.fields:
        fact = _number(draft.facts.get(key))
        positive = [s for s in stated.get(key, []) if s.value > 0]
        value = max([s.value for s in positive] + ([fact] if fact is not None else []), default=0.0)
        if value <= 0:
            continue
        where = positive[0] if positive else None
        users = [s.id for s in spec.sections if key in s.fields]
        yield found(
            "fact-mismatch",
            "needs",
            section=where.section if where else (users[-1] if users else None),
            field=key,
            span=where.span if where else None,
            severity=check.severity,
            label=spec.field(key).label,
            label_en=spec.field(key).label_en,
            stated=_show(value),
            needs=check.needs,
            needs_label=spec.field(check.needs).label,
            needs_label_en=spec.field(check.needs).label_en,
            needs_value=_show(needed),
        )


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


def _show(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:.2f}".rstrip("0").rstrip(".")
