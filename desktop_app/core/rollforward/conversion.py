"""Moving a draft to another report format, by the mapping the target format pack declares.

``[convert_from."<source format id>"]`` in the target's format.toml lists which source
sections' text goes into which target section (``sections``), which source facts become which
target fields or table cells (``facts``), and where everything else goes (``rest``). Nothing
is dropped: text from sections the mapping does not name lands in ``rest``; all moved text is
carried, unconfirmed; the result lists what the clerk must check and fill (every table too).
Nothing here names a format, section or field.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from desktop_app.core.boilerplate import render_section
from desktop_app.core.editing import coerce_fact, new_draft
from desktop_app.core.errors import FormatPackError, InputError, MissingFactError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FormatSpec, available_formats, load_format
from desktop_app.core.model import Draft, FactValue, Lineage, Origin, TableValue
from desktop_app.core.rollforward.forward import ConfirmItem, display_value


@dataclass
class ConversionResult:
    draft: Draft
    to_confirm: list[ConfirmItem] = field(default_factory=list)


@dataclass(frozen=True)
class _FactRule:
    source: str
    target: str
    row: str | None = None
    column: str | None = None
    note: str = ""
    note_en: str = ""


@dataclass(frozen=True)
class _SectionRule:
    sources: tuple[str, ...]
    target: str
    with_template: bool = False


def conversion_targets(source_format_id: str) -> list[str]:
    """The formats whose packs declare how to make a draft from ``source_format_id``."""
    return [
        format_id
        for format_id in available_formats()
        if format_id != source_format_id and source_format_id in load_format(format_id).extra.get("convert_from", {})
    ]


def convert_draft(draft: Draft, target_format_id: str) -> ConversionResult:
    """A draft of ``target_format_id`` from ``draft`` (which is left untouched)."""
    source_spec = load_format(draft.format_id)
    target_spec = load_format(target_format_id)
    if target_spec.id == source_spec.id:
        raise InputError("convert:same-format", format_id=target_spec.id)
    mapping = target_spec.extra.get("convert_from", {}).get(source_spec.id)
    if mapping is None:
        raise InputError("convert:no-mapping", format_id=target_spec.id, source=source_spec.id)
    section_rules, fact_rules, rest = _rules(target_spec, mapping)

    items: list[ConfirmItem] = []
    facts, fact_items = _map_facts(draft.facts, fact_rules, target_spec)
    items += fact_items
    new = new_draft(target_spec.id, draft.year, copy.deepcopy(draft.agency), facts, draft.report_date)
    new.last_year_facts, _ = _map_facts(draft.last_year_facts, fact_rules, target_spec)
    new.issuer = draft.issuer
    new.date_style = draft.date_style
    new.lineage = Lineage(kind="converted", source_draft_id=draft.id, source_year=draft.year)
    new.unplaced = list(draft.unplaced)

    items += _move_sections(draft, new, source_spec, target_spec, section_rules, rest)
    items += _still_to_fill(new, target_spec, {i.key for i in items})
    new.unconfirmed = list(dict.fromkeys(i.key for i in items))
    return ConversionResult(new, items)


# --- the mapping ----------------------------------------------------------------------------


def _rules(spec: FormatSpec, mapping: dict[str, Any]) -> tuple[list[_SectionRule], list[_FactRule], str]:
    try:
        sections = [
            _SectionRule(tuple(s["from"]), s["to"], bool(s.get("with_template", False)))
            for s in mapping.get("sections", [])
        ]
        facts = [
            _FactRule(f["from"], f["to"], f.get("row"), f.get("column"), f.get("note", ""), f.get("note_en", ""))
            for f in mapping.get("facts", [])
        ]
        rest = mapping["rest"]
    except (KeyError, TypeError) as exc:
        raise FormatPackError(
            "format-pack:check", format_id=spec.id, detail=f"conversion mapping is broken ({exc})"
        ) from exc
    known = {s.id for s in spec.sections}
    for name in [rest, *(s.target for s in sections)]:
        if name not in known:
            raise FormatPackError(
                "format-pack:check", format_id=spec.id, detail=f"conversion names no section {name!r}"
            )
    for rule in facts:
        target = spec.field_map.get(rule.target)
        if target is None or (
            rule.row is not None and (target.table is None or (rule.row, rule.column) not in target.table.cells())
        ):
            raise FormatPackError(
                "format-pack:check", format_id=spec.id, detail=f"conversion names no field or cell {rule.target!r}"
            )
    return sections, facts, rest


# --- facts ----------------------------------------------------------------------------------


def _map_facts(
    source: dict[str, FactValue], rules: list[_FactRule], spec: FormatSpec
) -> tuple[dict[str, FactValue], list[ConfirmItem]]:
    facts: dict[str, FactValue] = {}
    cells: dict[str, TableValue] = {}  # table field → the cells filled from source facts
    items: list[ConfirmItem] = []
    for rule in rules:
        value = source.get(rule.source)
        if value is None:
            continue
        target = spec.field(rule.target)
        label, detail = target.label, display_value(value)
        try:
            if target.table is not None and rule.row is not None and rule.column is not None:
                checked = tables.coerce_table(target.table, {rule.row: {rule.column: value}})  # a usable number?
                number = tables.number(checked, rule.row, rule.column)
                if number is not None:  # a 0 the old report stated is a 0, not an empty cell
                    so_far = tables.cell(cells.get(rule.target), rule.row, rule.column)
                    cells.setdefault(rule.target, {}).setdefault(rule.row, {})[rule.column] = so_far + number
                column = target.table.block_of(rule.row).column(rule.column)
                label = f"{target.label}：{target.table.row(rule.row).label}（{column.label}）"
            else:
                facts[rule.target] = coerce_fact(target, value)
                detail = display_value(facts[rule.target])
        except (InputError, ValueError):
            pass  # not usable in the new format: listed, the clerk enters it
        note = f"{detail}。{rule.note}" if rule.note else detail
        items.append(ConfirmItem(f"fact:{rule.target}", "fact", label, note, rule.note_en or target.label_en))
    for key, table_value in cells.items():
        table_spec = spec.field(key).table
        if table_spec is not None:
            facts[key] = tables.compute(table_spec, table_value)
    return facts, items


def _still_to_fill(draft: Draft, spec: FormatSpec, listed: set[str]) -> list[ConfirmItem]:
    """Tables, and required fields the source had no value for: the clerk fills them."""
    items = []
    for spec_field in spec.fields:
        key = f"fact:{spec_field.key}"
        if key in listed:
            continue
        if spec_field.table is not None:
            items.append(
                ConfirmItem(key, "fact", spec_field.label, "请逐格填写本表（没有的填0）。", spec_field.label_en)
            )
        elif spec_field.required and draft.facts.get(spec_field.key) is None:
            items.append(ConfirmItem(key, "fact", spec_field.label, "原报告没有这一项，请填写。", spec_field.label_en))
    return items


# --- sections -------------------------------------------------------------------------------


def _move_sections(
    source: Draft,
    new: Draft,
    source_spec: FormatSpec,
    target_spec: FormatSpec,
    rules: list[_SectionRule],
    rest: str,
) -> list[ConfirmItem]:
    named = {sid for rule in rules for sid in rule.sources}
    moved: dict[str, list[str]] = {}  # target id → source section ids, in order
    for rule in rules:
        moved.setdefault(rule.target, []).extend(rule.sources)
    # sections the mapping does not name (or the source format does not know) go to `rest`
    moved.setdefault(rest, []).extend(s.id for s in source.sections if s.id not in named)
    templated = {rule.target for rule in rules if rule.with_template}

    items = []
    for target_id, source_ids in moved.items():
        paragraphs = [p for sid in source_ids if (s := source.section(sid)) for p in s.paragraphs()]
        if not paragraphs:
            continue  # nothing to carry: the target keeps its boilerplate
        section = new.section(target_id)
        if section is None:
            continue
        lead = _template_paragraphs(new, target_id) if target_id in templated else []
        section.text = "\n".join(lead + paragraphs)
        section.origin = Origin.CARRIED
        names = [_heading(source_spec, source, sid) for sid in source_ids if source.section(sid)]
        target = target_spec.section(target_id)
        items.append(
            ConfirmItem(
                f"section:{target_id}",
                "section",
                target.heading_text,
                "沿用原报告" + "、".join(f"“{n}”" for n in names if n) + "的文字，请按新格式改写。",
                target.title_en,
            )
        )
    return items


def _template_paragraphs(draft: Draft, section_id: str) -> list[str]:
    try:
        return render_section(draft, section_id).split("\n")
    except MissingFactError:
        return []


def _heading(spec: FormatSpec, draft: Draft, section_id: str) -> str:
    try:
        return spec.section(section_id).heading_text
    except KeyError:
        section = draft.section(section_id)
        return section.title if section else section_id
