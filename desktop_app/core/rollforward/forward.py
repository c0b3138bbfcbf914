"""Next year's draft from this year's: the heart of "start from last year's report".

What moves on and what the clerk must look at again:
- every year mention in carried text moves on by one (years.shift_years: one rule with
  validation), except mentions written on purpose ("自2015年以来");
- facts follow their FieldSpec.rollforward: ``keep`` is carried and listed to re-confirm,
  ``reset`` goes back to its default, ``last_year`` starts empty, so the clerk enters this
  year's number or takes last year's in one action (listed too; a table keeps its carried
  rows). Every fact of last year stays in ``last_year_facts``, shown beside its editor;
- untouched boilerplate re-renders from the new facts; edited or imported text is carried,
  marked unconfirmed and listed, and so is every year, date, period word, 文号, count and
  amount in it (rollforward.prose: a span each, tied to the fact it quotes where it can be);
- a section the source lacked is written from its template and listed; so is every passage
  the import could not place;
- the report date and the sign-off are cleared; the lineage names the source draft.
"""

from __future__ import annotations

import copy
import uuid
from dataclasses import dataclass, field

from desktop_app.core.editing import coerce_fact, refresh_boilerplate
from desktop_app.core.errors import InputError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldKind, FieldSpec, FormatSpec, RollForward, load_format
from desktop_app.core.model import Draft, FactValue, Lineage, Origin, SectionText, copy_fact
from desktop_app.core.rollforward.prose import prose_items
from desktop_app.core.rollforward.years import shift_years
from desktop_app.core.text_items import TextItem

LAST_YEAR = 2100  # editing.set_year's upper bound
_EXCERPT = 60  # characters of a carried passage shown in the re-confirm list


@dataclass(frozen=True)
class ConfirmItem:
    """One carried fact, passage or span of prose the clerk has to look at again."""

    # as in Draft.unconfirmed: "fact:<key>", "section:<id>", "text:<id>:<n>" (a span of a
    # carried passage), "template:<id>" (written from the template: the source lacked it),
    # "unplaced:<n>" (text an import could not place)
    key: str
    # "fact" | "section" | "template" | "unplaced" | a stale kind: "year", "date", "period",
    # "docno", "number", "amount"
    kind: str
    label: str  # field label or section heading, for display
    detail: str  # the carried value, last year's value, or the start of the passage
    label_en: str = ""
    section: str | None = None  # the section id the item is in
    span: tuple[int, int] | None = None  # where in the section's new text
    old_text: str = ""  # as last year's report wrote it
    last_year_value: FactValue = None
    fact: str | None = None  # the fact ("key" or "key:row.column") a number follows

    def to_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "kind": self.kind,
            "section": self.section,
            "span": list(self.span) if self.span else None,
            "old_text": self.old_text,
            "last_year_value": copy_fact(self.last_year_value),
            "label": self.label,
            "label_en": self.label_en,
            "detail": self.detail,
            "fact": self.fact,
        }


@dataclass
class RollForwardResult:
    draft: Draft
    to_confirm: list[ConfirmItem] = field(default_factory=list)


def roll_forward(draft: Draft) -> RollForwardResult:
    """Year N+1 from year N; the source draft is left untouched."""
    if draft.year + 1 > LAST_YEAR:
        raise InputError("roll-forward:last-year", year=LAST_YEAR)
    spec = load_format(draft.format_id)
    new = copy.deepcopy(draft)
    new.id = uuid.uuid4().hex
    new.year = draft.year + 1
    new.lineage = Lineage(kind="rolled-forward", source_draft_id=draft.id, source_year=draft.year)
    new.report_date = None
    new.sign_off = None
    new.unplaced = [shift_years(text, 1) for text in draft.unplaced]
    new.text_items = []
    new.stale_texts = []  # every carried passage is to be confirmed anyway
    new.title = shift_years(draft.title, 1) if draft.title else None  # the clerk's own title, a year on

    to_confirm = _roll_facts(new, draft, spec)
    to_confirm += _roll_sections(new, spec)
    to_confirm += [_unplaced_item(n, old) for n, old in enumerate(draft.unplaced)]
    refresh_boilerplate(new, spec)
    new.unconfirmed = [item.key for item in to_confirm]
    return RollForwardResult(new, to_confirm)


def _unplaced_item(n: int, old: str) -> ConfirmItem:
    return ConfirmItem(
        key=f"unplaced:{n}",
        kind="unplaced",
        label="未归入任何部分的文字",
        label_en="Text placed in no section",
        detail=_excerpt(old),
        old_text=old,
        last_year_value=old,
    )


def _roll_facts(new: Draft, old: Draft, spec: FormatSpec) -> list[ConfirmItem]:
    # facts the format does not declare are carried as they are: nothing here knows them
    facts: dict[str, FactValue] = {k: v for k, v in old.facts.items() if k not in spec.field_map}
    last_year: dict[str, FactValue] = {}
    items: list[ConfirmItem] = []
    for spec_field in spec.fields:
        key = spec_field.key
        value = old.facts.get(key)
        default = _copy(spec_field.default)
        if spec_field.rollforward is RollForward.KEEP:
            if value is None:
                _set(facts, key, default)
                continue
            carried = _shift_fact(spec_field, value)
            checked = _checked(spec_field, carried)
            # an unusable carried value starts from the default; the clerk is still asked
            _set(facts, key, default if checked is None else checked)
            items.append(_fact_item(spec_field, carried, _checked(spec_field, value)))
            _remember(last_year, spec_field, value)
        elif spec_field.rollforward is RollForward.LAST_YEAR:
            # this year's number is the clerk's: empty, with last year's beside it
            if spec_field.table is not None and isinstance(value, dict):
                # the rows the table declares carry on (上年结转 = 结转下年度); the rest is blank
                _set(facts, key, tables.carried(spec_field.table, value))
            if value is not None:
                _remember(last_year, spec_field, value)
                shown = facts.get(key) if spec_field.table else value
                items.append(_fact_item(spec_field, shown, last_year.get(key)))
        else:
            _set(facts, key, default)
            _remember(last_year, spec_field, value)
    new.facts = facts
    new.last_year_facts = last_year
    return items


def _remember(last_year: dict[str, FactValue], spec_field: FieldSpec, value: FactValue) -> None:
    # templates compute with last year's numbers: only a usable value is kept
    checked = _checked(spec_field, value)
    if checked is not None:
        last_year[spec_field.key] = checked


def _roll_sections(new: Draft, spec: FormatSpec) -> list[ConfirmItem]:
    items: list[ConfirmItem] = []
    present = {s.id for s in new.sections}
    # a section the source lacks starts from boilerplate, in the format's order
    missing = [SectionText(id=s.id, title=s.title) for s in spec.sections if s.id not in present]
    new.sections = _in_format_order(new.sections + missing, spec)
    lacking = {s.id for s in missing}
    for section in new.sections:
        if section.origin is Origin.BOILERPLATE:
            if section.id in lacking:
                items.append(_template_item(spec, section))
            continue
        if not section.text.strip():
            # nothing to carry: let the new facts write it, and say so
            section.text = ""
            section.origin = Origin.BOILERPLATE
            items.append(_template_item(spec, section))
            continue
        old = section.text
        section.text = shift_years(old, 1)
        section.origin = Origin.CARRIED
        items.append(
            ConfirmItem(
                key=f"section:{section.id}",
                kind="section",
                label=_section_label(spec, section),
                detail=_excerpt(section.text),
                label_en=_section_label_en(spec, section),
                section=section.id,
                span=(0, len(section.text)),
                old_text=old,
                last_year_value=old,
            )
        )
        found = prose_items(section.id, old, section.text, spec, new.last_year_facts)
        new.text_items += found
        items += [_text_item(spec, section, item) for item in found]
    return items


def _template_item(spec: FormatSpec, section: SectionText) -> ConfirmItem:
    return ConfirmItem(
        key=f"template:{section.id}",
        kind="template",
        label=_section_label(spec, section),
        detail="",
        label_en=_section_label_en(spec, section),
        section=section.id,
    )


def _text_item(spec: FormatSpec, section: SectionText, item: TextItem) -> ConfirmItem:
    return ConfirmItem(
        key=item.key,
        kind=item.kind,
        label=_section_label(spec, section),
        detail=section.text[item.start : item.end],
        label_en=_section_label_en(spec, section),
        section=item.section,
        span=item.span,
        old_text=item.old_text,
        last_year_value=item.last_year_value,
        fact=item.fact,
    )


def _in_format_order(sections: list[SectionText], spec: FormatSpec) -> list[SectionText]:
    order = {s.id: i for i, s in enumerate(spec.sections)}
    # sections the format does not know keep their place after the known ones
    return sorted(sections, key=lambda s: order.get(s.id, len(order)))


def _checked(spec_field: FieldSpec, value: FactValue) -> FactValue:
    try:
        return coerce_fact(spec_field, value)
    except InputError:
        return None


def _shift_fact(spec_field: FieldSpec, value: FactValue) -> FactValue:
    """Kept text facts may name the year too ("2017年修订的制度")."""
    if spec_field.kind in (FieldKind.TEXT, FieldKind.LIST):
        if isinstance(value, str):
            return shift_years(value, 1)
        if isinstance(value, list):
            return [shift_years(v, 1) if isinstance(v, str) else v for v in value]
    return _copy(value)


def _fact_item(spec_field: FieldSpec, value: FactValue, last_year: FactValue) -> ConfirmItem:
    return ConfirmItem(
        key=f"fact:{spec_field.key}",
        kind="fact",
        label=spec_field.label,
        detail=tables.summary(spec_field.table, value) if spec_field.table else display_value(value),
        label_en=spec_field.label_en,
        old_text=tables.summary(spec_field.table, last_year) if spec_field.table else display_value(last_year),
        last_year_value=copy_fact(last_year),
        fact=spec_field.key,
    )


def display_value(value: FactValue) -> str:
    if isinstance(value, list):
        return "；".join(str(v) for v in value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def _section_label(spec: FormatSpec, section: SectionText) -> str:
    try:
        return spec.section(section.id).heading_text
    except KeyError:
        return section.title or section.id


def _section_label_en(spec: FormatSpec, section: SectionText) -> str:
    try:
        return spec.section(section.id).title_en
    except KeyError:
        return section.title or section.id


def _excerpt(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= _EXCERPT else first[:_EXCERPT] + "…"


def _set(facts: dict[str, FactValue], key: str, value: FactValue) -> None:
    if value is None:
        facts.pop(key, None)
    else:
        facts[key] = value


def _copy(value: FactValue) -> FactValue:
    return copy_fact(value)
