"""The operations that change a Draft: create, set facts, edit text, confirm carried items.

Both the GUI and the command line edit drafts only through these, so the rules (untouched
boilerplate follows the facts; edited text is never overwritten silently) live in one place.
"""

from __future__ import annotations

from datetime import date

from desktop_app.core.boilerplate import format_title, missing_facts, render_section, section_inputs
from desktop_app.core.errors import CellValueError, InputError, MissingFactError, ReportError, YearOutOfRangeError
from desktop_app.core.formats.spec import FieldKind, FieldSpec, FormatSpec, load_format
from desktop_app.core.formats.tables import coerce_table
from desktop_app.core.model import Agency, Draft, FactValue, Origin, SectionText, copy_fact
from desktop_app.core.text_items import carry_across_edit, replace_number

# The years a new report can be for: the 条例 took effect in May 2008 (the first annual
# reports are for 2008); a report is written for the year just ended, or prepared late in the
# year for the next one at the latest.
FIRST_REPORT_YEAR = 2008


def report_years(today: date | None = None) -> tuple[int, int]:
    """(first, last) year a new draft can be started for."""
    return FIRST_REPORT_YEAR, (today or date.today()).year + 1


def check_new_year(year: int, today: date | None = None) -> None:
    """Refuse at once a new draft for a year no report can be for (YearOutOfRangeError)."""
    first, last = report_years(today)
    if not first <= year <= last:
        raise YearOutOfRangeError(year, first, last)


def new_draft(
    format_id: str,
    year: int,
    agency: Agency,
    facts: dict[str, FactValue] | None = None,
    report_date: date | None = None,
) -> Draft:
    """A draft with the format's sections, prefilled from boilerplate where facts allow."""
    spec = load_format(format_id)
    initial: dict[str, FactValue] = {f.key: _copy(f.default) for f in spec.fields if f.default is not None}
    initial.update(facts or {})
    draft = Draft(
        format_id=format_id,
        year=year,
        agency=agency,
        facts=initial,
        sections=[SectionText(id=s.id, title=s.title) for s in spec.sections],
        report_date=report_date,
        issuer=agency.full_name,
    )
    refresh_boilerplate(draft, spec)
    return draft


def refresh_boilerplate(draft: Draft, spec: FormatSpec | None = None) -> list[str]:
    """Re-render every untouched section; returns the ids whose text changed.

    A section that cannot render yet (a required fact is missing) is left empty rather than
    half-written; validation reports the missing fact.
    """
    spec = spec or load_format(draft.format_id)
    changed = []
    for section in draft.sections:
        if section.origin is not Origin.BOILERPLATE:
            continue
        try:
            text = render_section(draft, section.id, spec)
        except MissingFactError:
            text = ""
        except KeyError:  # a section the format no longer has: leave it alone
            continue
        if text != section.text:
            section.text = text
            changed.append(section.id)
    return changed


def set_fact(draft: Draft, key: str, value: FactValue) -> list[str]:
    """Set one fact (checked against its kind); re-render untouched boilerplate and the
    carried sentences that quote it. Returns the ids of the sections whose text changed."""
    spec = load_format(draft.format_id)
    try:
        field = spec.field(key)
    except KeyError as exc:
        raise InputError("edit:no-field", key=key) from exc
    before = draft.facts.get(key)
    draft.facts[key] = coerce_fact(field, value)
    confirm(draft, f"fact:{key}")
    followed = _follow_fact(draft, key, spec)
    changed = refresh_boilerplate(draft, spec)
    if draft.facts[key] != before:
        _mark_stale(draft, {key}, spec, followed)
    return changed + [s for s in followed if s not in changed]


def _mark_stale(draft: Draft, inputs: set[str], spec: FormatSpec, followed: list[str] | None = None) -> None:
    """A field and the text generated from it never disagree in silence: untouched text was
    just re-rendered; text in the clerk's (or last year's, or an imported report's) words
    that draws on a changed input is marked, until it is regenerated or kept."""
    for section in draft.sections:
        if section.origin is Origin.BOILERPLATE or section.id in draft.stale_texts or not section.text.strip():
            continue
        if section.id in (followed or []):
            continue  # its carried numbers already follow the fact
        try:
            reads = section_inputs(spec, section.id)
        except (KeyError, ReportError):  # a section the format no longer has, a broken template
            continue
        if inputs & reads:
            draft.stale_texts.append(section.id)


def is_stale(draft: Draft, section_id: str) -> bool:
    """Whether a section's own words predate a change to a fact its template reads."""
    return section_id in draft.stale_texts


def keep_own_text(draft: Draft, section_id: str) -> None:
    """The clerk has checked the text against the changed facts and keeps it."""
    if section_id in draft.stale_texts:
        draft.stale_texts.remove(section_id)


def set_title(draft: Draft, title: str) -> None:
    """The report's title as the clerk writes it, a line per printed line; blank, or the same
    as the format's wording, follows the format again (and the agency and year with it)."""
    lines = [line.strip() for line in title.splitlines() if line.strip()]
    try:
        formatted = format_title(draft)
    except ReportError:
        formatted = []
    draft.title = "\n".join(lines) if lines and lines != formatted else None


def _follow_fact(draft: Draft, key: str, spec: FormatSpec) -> list[str]:
    """Carried sentences quoting last year's value of this fact now quote this year's;
    returns the ids of the sections whose text changed."""
    changed: list[str] = []
    from desktop_app.core.rollforward.prose import fact_value  # rollforward imports editing

    for item in list(draft.text_items):
        if item.fact is None or item.fact.partition(":")[0] != key:
            continue
        value = fact_value(draft.facts, item.fact, spec)
        section = draft.section(item.section)
        if value is None or section is None or section.origin is Origin.BOILERPLATE:
            continue
        text, delta = replace_number(section.text, item, value)
        for other in draft.text_items:
            if other is not item and other.section == item.section and other.start >= item.end - delta:
                other.start += delta
                other.end += delta
        section.text = text
        confirm(draft, item.key)
        if item.section not in changed:
            changed.append(item.section)
    return changed


def set_agency(draft: Draft, agency: Agency) -> list[str]:
    changed = agency != draft.agency
    draft.agency = agency
    spec = load_format(draft.format_id)
    if changed:
        _mark_stale(draft, {"agency"}, spec)
    return refresh_boilerplate(draft, spec)


def set_year(draft: Draft, year: int) -> list[str]:
    if not 1950 <= year <= 2100:
        raise InputError("edit:year-range", year=year)
    changed = year != draft.year
    draft.year = year
    spec = load_format(draft.format_id)
    if changed:
        _mark_stale(draft, {"year"}, spec)
    return refresh_boilerplate(draft, spec)


def set_section_text(draft: Draft, section_id: str, text: str) -> None:
    """The clerk typed: the section is theirs now (and, if it was carried, confirmed)."""
    section = _section(draft, section_id)
    if text == section.text:
        return
    # spans the clerk rewrote are done; the others move with the words around them
    kept = carry_across_edit(draft.text_items, section_id, section.text, text)
    for gone in {i.key for i in draft.text_items} - {i.key for i in kept}:
        confirm(draft, gone)
    draft.text_items = kept
    section.text = text
    section.origin = Origin.EDITED
    confirm(draft, f"section:{section_id}")


def restore_template_text(draft: Draft, section_id: str) -> str:
    """Back to the boilerplate for this section; raises MissingFactError if facts are missing."""
    section = _section(draft, section_id)
    section.text = render_section(draft, section_id)
    section.origin = Origin.BOILERPLATE
    keep_own_text(draft, section_id)  # generated from the facts as they are now
    confirm(draft, f"section:{section_id}")
    for item in [i for i in draft.text_items if i.section == section_id]:
        confirm(draft, item.key)  # the carried words are gone
    return section.text


def template_text(draft: Draft, section_id: str) -> str | None:
    """What the boilerplate would say now, or None when a fact it needs is missing."""
    spec = load_format(draft.format_id)
    if missing_facts(spec, spec.section(section_id), draft):
        return None
    try:
        return render_section(draft, section_id, spec)
    except MissingFactError:
        return None


def confirm(draft: Draft, key: str) -> None:
    """Mark an item as re-confirmed: a carried fact ("fact:KEY"), passage ("section:ID"),
    span of a passage ("text:ID:N"), template-filled section ("template:ID") or unplaced
    passage ("unplaced:N")."""
    if key in draft.unconfirmed:
        draft.unconfirmed.remove(key)
    if key.startswith("text:"):
        draft.text_items = [i for i in draft.text_items if i.key != key]
    if key.startswith("section:"):
        section = draft.section(key.removeprefix("section:"))
        if section is not None and section.origin is Origin.CARRIED:
            section.origin = Origin.EDITED


def confirm_many(draft: Draft, keys: list[str]) -> None:
    for key in keys:
        confirm(draft, key)


def section_keys(draft: Draft, section_id: str) -> list[str]:
    """The unconfirmed items of one section (its facts, passage, spans, template), in order."""
    spec = load_format(draft.format_id)
    try:
        fields = set(spec.section(section_id).fields)
    except KeyError:
        fields = set()
    spans = {i.key for i in draft.text_items if i.section == section_id}
    mine = {f"section:{section_id}", f"template:{section_id}"} | spans | {f"fact:{k}" for k in fields}
    return [key for key in draft.unconfirmed if key in mine]


def use_last_year(draft: Draft, keys: list[str]) -> list[str]:
    """沿用上年: each named fact takes last year's value; returns the keys that changed.

    A table takes last year's cells except the rows carried on (上年结转 stays last year's
    结转下年度), so "本年无变化" is one action. Facts last year did not have are left alone.
    """
    spec = load_format(draft.format_id)
    changed = []
    for key in keys:
        last = draft.last_year_facts.get(key)
        if last is None or key not in spec.field_map:
            continue
        field = spec.field(key)
        value = copy_fact(last)
        if field.table is not None and isinstance(value, dict):
            carried_rows = {c.target for c in field.table.carry}
            current = draft.facts.get(key)
            for row in carried_rows:
                value.pop(row, None)
                if isinstance(current, dict) and row in current:
                    value[row] = dict(current[row])
        set_fact(draft, key, value)
        changed.append(key)
    return changed


def last_year_keys(draft: Draft, section_id: str | None = None) -> list[str]:
    """Facts (of one section, or all) that are empty and have a value last year."""
    spec = load_format(draft.format_id)
    fields = [f.key for f in spec.fields] if section_id is None else list(spec.section(section_id).fields)
    out = []
    for key in fields:
        if key not in draft.last_year_facts:
            continue
        current = draft.facts.get(key)
        field = spec.field(key)
        carried_only = field.table is not None and _only_carried_rows(field, current)
        if current is None or carried_only:
            out.append(key)
    return out


def _only_carried_rows(field: FieldSpec, value: FactValue) -> bool:
    if not isinstance(value, dict) or field.table is None:
        return value is None
    carried_rows = {c.target for c in field.table.carry}
    computed = field.table.computed_cells()
    # a table the clerk has not touched holds only carried rows and computed totals
    return all(row in carried_rows or (row, column) in computed for row, cells in value.items() for column in cells)


def coerce_fact(field: FieldSpec, value: FactValue) -> FactValue:
    """Check and normalise a value for its field kind; InputError names the field."""
    if value is None:
        return None
    try:
        if field.kind is FieldKind.COUNT:
            number = int(str(value).strip()) if isinstance(value, str) else value
            if isinstance(number, bool) or not isinstance(number, int) or number < 0:
                raise ValueError
            return number
        if field.kind is FieldKind.MONEY:
            money = float(str(value).strip()) if isinstance(value, str) else value
            if isinstance(money, bool) or not isinstance(money, int | float) or money < 0:
                raise ValueError
            return money
        if field.kind is FieldKind.LIST:
            items = value.splitlines() if isinstance(value, str) else value
            if not isinstance(items, list):
                raise ValueError
            return [str(i).strip() for i in items if str(i).strip()]
        if field.kind is FieldKind.DATE:
            return date.fromisoformat(str(value)).isoformat()
        if field.kind is FieldKind.TABLE and field.table is not None:
            return coerce_table(field.table, value)
        return str(value)
    except CellValueError:
        raise  # the cell at fault, not the whole table
    except (ValueError, TypeError) as exc:
        raise InputError("edit:bad-value", label=field.label, value=repr(value), kind=field.kind.value) from exc


def _section(draft: Draft, section_id: str) -> SectionText:
    section = draft.section(section_id)
    if section is None:
        raise InputError("edit:no-section", section=section_id)
    return section


def _copy(value: FactValue) -> FactValue:
    return copy_fact(value)
