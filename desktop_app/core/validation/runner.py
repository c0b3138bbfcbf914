"""Validation: pure rules over a Draft (and last year's) → findings, errors first to fix.

``validate`` is cheap enough to run on every keystroke (a few milliseconds for a full report
with last year's): format packs are loaded once, regexes compiled at import, and the costly
diff runs only where cheap bounds say two texts may be alike.

Rule groups live in small modules: rules_text (one text at a time), rules_similarity
(repeats within the report and against last year), rules_facts (facts and the numbers the
text states). The draft-level rules (structure, date, 落款, carried items) are here.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

from desktop_app.core.cn_dates import to_chinese
from desktop_app.core.formats.spec import FormatSpec, load_format
from desktop_app.core.model import Draft
from desktop_app.core.rollforward.years import find_year_mentions
from desktop_app.core.validation import (
    rules_copying,
    rules_elements,
    rules_facts,
    rules_import,
    rules_jumps,
    rules_similarity,
    rules_tables,
    rules_text,
)
from desktop_app.core.validation.findings import Finding, Severity, found

__all__ = ["DEFAULT_BODY_FONT", "Finding", "Severity", "errors", "headings", "validate"]

DEFAULT_BODY_FONT = "仿宋_GB2312"


def validate(
    draft: Draft,
    last_year: Draft | None = None,
    *,
    body_font: str | None = DEFAULT_BODY_FONT,
    others: rules_copying.Index | None = None,
) -> list[Finding]:
    """Every finding for ``draft``; ``last_year`` adds the 内容雷同 check, ``others`` (other
    units' reports, see other_units.read_folder) the check for passages copied from them.

    ``body_font`` is the font the body will be set in; a name containing "GB2312" adds a
    warning for characters that font lacks. Pass None to skip that check.
    """
    spec = load_format(draft.format_id)
    titles = headings(spec)
    findings: list[Finding] = []
    findings += _structure(draft, spec, titles)
    findings += rules_facts.missing_facts(draft, spec)
    findings += _unconfirmed(draft, spec, titles)
    findings += _text_facts_changed(draft, titles)
    findings += _report_date(draft, spec)
    findings += rules_elements.element_findings(draft, spec)
    findings += _issuer(draft, body_font)
    findings += rules_import.unplaced_text(draft)
    for section in draft.sections:
        text = section.text
        if not text:
            continue
        findings += rules_text.invalid_characters(text, section=section.id, font=body_font)
        findings += rules_text.placeholders(text, section.id)
        mentions = find_year_mentions(text)  # read once, judged by two rules
        findings += rules_text.stale_years(text, draft.year, section.id, mentions)
        findings += rules_text.period_words(text, draft.year, section.id)
        findings += rules_text.lookalike_dates(text, section.id, mentions)
    findings += rules_facts.fact_mismatches(draft, spec, titles)
    findings += rules_tables.table_findings(draft, spec, last_year)
    findings += rules_jumps.jump_findings(draft, spec, last_year)
    findings += rules_similarity.duplicate_passages(draft.sections, titles)
    if last_year is not None:
        findings += rules_similarity.similar_to_last_year(draft.sections, last_year.sections)
    if others is not None:
        findings += rules_copying.copied_passages(draft, others)
    return _ordered(findings, draft)


def errors(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.is_error]


def headings(spec: FormatSpec) -> dict[str, tuple[str, str]]:
    """Section id → (Chinese heading as printed, English title), for message params."""
    return {s.id: (s.heading_text, s.title_en) for s in spec.sections}


def _ordered(findings: list[Finding], draft: Draft) -> list[Finding]:
    """Draft-level findings first, then by section and position in the text."""
    position = {s.id: i for i, s in enumerate(draft.sections)}

    def key(f: Finding) -> tuple[int, int]:
        where = -1 if f.section is None else position.get(f.section, len(position))
        return where, f.span[0] if f.span else -1

    return sorted(findings, key=key)


# --- draft-level rules ------------------------------------------------------------------


def _structure(draft: Draft, spec: FormatSpec, titles: dict[str, tuple[str, str]]) -> Iterator[Finding]:
    for section_spec in spec.sections:
        heading, title_en = titles[section_spec.id]
        section = draft.section(section_spec.id)
        if rules_elements.is_optional(spec, section_spec.id):
            continue  # e.g. an unheaded opening: many published reports have none
        if section is None:
            yield found("missing-section", section=section_spec.id, heading=heading, title_en=title_en)
        elif not section.text.strip() and not _has_table(spec, section_spec.fields):
            # a section whose content is a table (二、三、四 of the national format) needs no prose
            yield found("empty-section", section=section_spec.id, heading=heading, title_en=title_en)


def _has_table(spec: FormatSpec, keys: tuple[str, ...]) -> bool:
    return any(spec.field(key).table is not None for key in keys)


def _text_facts_changed(draft: Draft, titles: dict[str, tuple[str, str]]) -> Iterator[Finding]:
    """Text in the clerk's own words written before a fact it draws on changed
    (``editing.is_stale``): until it is regenerated or kept, it may say something else."""
    for section_id in draft.stale_texts:
        if section_id in titles:
            heading, title_en = titles[section_id]
            yield found("text-facts-changed", section=section_id, heading=heading, title_en=title_en)


def _unconfirmed(draft: Draft, spec: FormatSpec, titles: dict[str, tuple[str, str]]) -> Iterator[Finding]:
    """Carried-over facts and passages the clerk has not looked at yet."""
    fields = spec.field_map
    for item in draft.unconfirmed:
        kind, _, key = item.partition(":")
        if kind == "fact" and key in fields:
            if rules_facts.is_blank(draft.facts.get(key)):
                continue  # missing-fact already says so, as an error
            users = [s.id for s in spec.sections if key in s.fields]
            yield found(
                "unconfirmed",
                "fact",
                section=users[0] if users else None,
                field=key,
                label=fields[key].label,
                label_en=fields[key].label_en,
            )
        elif kind in ("section", "template") and key in titles:
            heading, title_en = titles[key]
            yield found("unconfirmed", kind, section=key, heading=heading, title_en=title_en)
    # spans of carried prose: one warning per section, not one per number
    spans: dict[str, int] = {}
    for text_item in draft.text_items:
        if text_item.key in draft.unconfirmed:
            spans[text_item.section] = spans.get(text_item.section, 0) + 1
    for section_id, count in spans.items():
        heading, title_en = titles.get(section_id, (section_id, section_id))
        yield found("unconfirmed", "text", section=section_id, heading=heading, title_en=title_en, count=count)
    unplaced = sum(key.startswith("unplaced:") for key in draft.unconfirmed)
    if unplaced:
        yield found("unconfirmed", "unplaced", count=unplaced)


def _report_date(draft: Draft, spec: FormatSpec) -> Iterator[Finding]:
    when = draft.report_date
    if when is None:
        yield found("date-missing")
        return
    year_end = date(draft.year, 12, 31)
    params: dict[str, Any] = {"date": to_chinese(when), "date_iso": when.isoformat(), "year": draft.year}
    if when <= year_end:
        yield found("date-out-of-window", "early", **params)
        return
    deadline = rules_elements.deadline_of(spec)
    if deadline is not None:
        latest = deadline.for_year(draft.year)
        if when > latest:
            yield found(
                "date-out-of-window",
                "late",
                latest=to_chinese(latest),
                latest_iso=latest.isoformat(),
                basis=deadline.basis,
                basis_en=deadline.basis_en,
                **params,
            )


def _issuer(draft: Draft, body_font: str | None) -> Iterator[Finding]:
    issuer = (draft.issuer or "").strip()
    names = {"".join(n.split()) for n in draft.agency.names()}
    if issuer and "".join(issuer.split()) not in names:
        yield found("issuer-mismatch", issuer=issuer, agency=draft.agency.full_name)
    if not issuer:  # GB/T 9704 §7.3.5: the report is signed by the agency above the date
        yield found("issuer-missing", field="issuer", agency=draft.agency.full_name)
    # the title and the 落款 print these names too
    yield from rules_text.invalid_characters(draft.agency.full_name, field="agency", font=body_font)
    if issuer:
        yield from rules_text.invalid_characters(issuer, field="issuer", font=body_font)
