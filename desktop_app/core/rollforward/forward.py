"""Next year's draft from this year's: the heart of "start from last year's report".

What moves on and what the clerk must look at again:
- every year mention in carried text moves on by one (years.shift_years: one rule with
  validation), except mentions written on purpose ("自2015年以来");
- facts follow their FieldSpec.rollforward: ``keep`` is carried and listed to re-confirm,
  ``reset`` goes back to its default, ``last_year`` is remembered in ``last_year_facts`` and
  reset, so the clerk enters this year's number (listed too);
- untouched boilerplate re-renders from the new facts; edited or imported text is carried,
  marked unconfirmed and listed;
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
from desktop_app.core.rollforward.years import shift_years

LAST_YEAR = 2100  # editing.set_year's upper bound
_EXCERPT = 60  # characters of a carried passage shown in the re-confirm list


@dataclass(frozen=True)
class ConfirmItem:
    """One carried fact or passage the clerk has to look at again."""

    key: str  # "fact:<key>" or "section:<id>", as in Draft.unconfirmed
    kind: str  # "fact" | "section"
    label: str  # field label or section heading, for display
    detail: str  # the carried value, last year's value, or the start of the passage
    label_en: str = ""


@dataclass
class RollForwardResult:
    draft: Draft
    to_confirm: list[ConfirmItem] = field(default_factory=list)


def roll_forward(draft: Draft) -> RollForwardResult:
    """Year N+1 from year N; the source draft is left untouched."""
    if draft.year + 1 > LAST_YEAR:
        raise InputError(f"cannot roll forward past {LAST_YEAR}")
    spec = load_format(draft.format_id)
    new = copy.deepcopy(draft)
    new.id = uuid.uuid4().hex
    new.year = draft.year + 1
    new.lineage = Lineage(kind="rolled-forward", source_draft_id=draft.id, source_year=draft.year)
    new.report_date = None
    new.sign_off = None
    new.unplaced = [shift_years(text, 1) for text in draft.unplaced]

    to_confirm = _roll_facts(new, draft, spec)
    to_confirm += _roll_sections(new, spec)
    refresh_boilerplate(new, spec)
    new.unconfirmed = [item.key for item in to_confirm]
    return RollForwardResult(new, to_confirm)


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
            items.append(_fact_item(spec_field, carried))
        else:
            _set(facts, key, default)
            if spec_field.table is not None and isinstance(value, dict):
                # the rows the table declares carry on (上年结转 = 结转下年度); the rest is blank
                _set(facts, key, tables.carried(spec_field.table, value))
            if spec_field.rollforward is RollForward.LAST_YEAR and value is not None:
                # templates compute with last year's numbers: only a usable value is kept
                checked = _checked(spec_field, value)
                if checked is not None:
                    last_year[key] = checked
                items.append(_fact_item(spec_field, facts.get(key) if spec_field.table else value))
    new.facts = facts
    new.last_year_facts = last_year
    return items


def _roll_sections(new: Draft, spec: FormatSpec) -> list[ConfirmItem]:
    items: list[ConfirmItem] = []
    present = {s.id for s in new.sections}
    # a section the source lacks starts from boilerplate, in the format's order
    missing = [SectionText(id=s.id, title=s.title) for s in spec.sections if s.id not in present]
    new.sections = _in_format_order(new.sections + missing, spec)
    for section in new.sections:
        if section.origin is Origin.BOILERPLATE:
            continue
        if not section.text.strip():
            # nothing to carry: let the new facts write it
            section.text = ""
            section.origin = Origin.BOILERPLATE
            continue
        section.text = shift_years(section.text, 1)
        section.origin = Origin.CARRIED
        items.append(
            ConfirmItem(
                key=f"section:{section.id}",
                kind="section",
                label=_section_label(spec, section),
                detail=_excerpt(section.text),
                label_en=_section_label_en(spec, section),
            )
        )
    return items


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


def _fact_item(spec_field: FieldSpec, value: FactValue) -> ConfirmItem:
    return ConfirmItem(
        key=f"fact:{spec_field.key}",
        kind="fact",
        label=spec_field.label,
        detail=tables.summary(spec_field.table, value) if spec_field.table else display_value(value),
        label_en=spec_field.label_en,
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
