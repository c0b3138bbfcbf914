"""Fix-its: for a finding with one right fix, the fix, as one edit of the draft.

``has_fix(draft, finding)`` says whether there is one; ``apply_fix(draft, finding)`` returns a new draft with it made —
the draft given is never touched, so the caller decides whether to keep the result (and the
GUI can undo by keeping the old one). Each fix goes through the editing functions, so an
edited section is marked edited and totals follow their cells, as for a clerk's own edit.

Findings without one right fix (a number that disagrees between two sections, a passage
copied from another unit) have none: only the clerk knows which side is right.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import date

from desktop_app.core import editing
from desktop_app.core.cn_dates import DIGITS
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft
from desktop_app.core.rollforward.years import find_year_mentions
from desktop_app.core.validation.findings import Finding

# period words with one annual equivalent
_ANNUAL = {"半年来": "一年来", "近半年": "一年来"}


def has_fix(draft: Draft, finding: Finding, *, today: date | None = None) -> bool:
    """Whether the finding has one right fix that still applies to ``draft``."""
    try:
        apply_fix(draft, finding, today=today)
    except ValueError:
        return False
    return True


def apply_fix(draft: Draft, finding: Finding, *, today: date | None = None) -> Draft:
    """A copy of ``draft`` with the finding's fix made; ValueError when it has none."""
    fixer = _FIXERS.get(finding.key) or _FIXERS.get(finding.code)
    fixed = None
    if fixer is not None:
        target = copy.deepcopy(draft)
        try:
            fixed = fixer(target, finding) if fixer is not _fill_date else _fill_date(target, finding, today)
        except (KeyError, IndexError) as exc:
            raise ValueError(f"no fix for {finding.key}: {exc}") from exc
    if fixed is None:
        raise ValueError(f"no fix for {finding.key}")
    return fixed


# --- one function per code: the edited draft, or None when the finding no longer fits ------


def _replace_span(draft: Draft, finding: Finding, make: Callable[[str], str | None]) -> Draft | None:
    section = draft.section(finding.section or "")
    if section is None or finding.span is None:
        return None
    start, end = finding.span
    old = section.text[start:end]
    found = finding.params.get("found")
    if found is not None and old != found:
        return None  # the text changed since the check ran
    new = make(old)
    if new is None or new == old:
        return None
    editing.set_section_text(draft, section.id, section.text[:start] + new + section.text[end:])
    return draft


def _stale_year(draft: Draft, finding: Finding) -> Draft | None:
    def make(old: str) -> str | None:
        mentions = find_year_mentions(old)
        return mentions[0].render(draft.year, old) if mentions else None

    return _replace_span(draft, finding, make)


def _period_word(draft: Draft, finding: Finding) -> Draft | None:
    return _replace_span(draft, finding, _ANNUAL.get)


def _stated_number(draft: Draft, finding: Finding) -> Draft | None:
    expected = finding.params.get("expected")
    if expected is None:
        return None
    return _replace_span(draft, finding, lambda old: str(expected) if old.replace(".", "").isdigit() else None)


def _latin_zero(draft: Draft, finding: Finding) -> Draft | None:
    wrong = set(finding.params.get("chars", ""))

    def make(old: str) -> str:
        # 〇 only between the digits of a Chinese numeral, never for the 0 of "10日"
        def digit(c: str) -> bool:
            return c in DIGITS or c in wrong

        return "".join(
            "〇" if c in wrong and (digit(old[i - 1 : i] or "x") or digit(old[i + 1 : i + 2] or "x")) else c
            for i, c in enumerate(old)
        )

    return _replace_span(draft, finding, make)


def _portal_button(draft: Draft, finding: Finding) -> Draft | None:
    return _replace_span(draft, finding, lambda old: "")


def _control_character(draft: Draft, finding: Finding) -> Draft | None:
    section = draft.section(finding.section or "")
    codepoint = finding.params.get("codepoint", "")
    if section is None or not codepoint.startswith("U+"):
        return None
    char = chr(int(codepoint[2:], 16))
    if char not in section.text:
        return None
    editing.set_section_text(draft, section.id, section.text.replace(char, ""))
    return draft


def _recompute(draft: Draft, finding: Finding) -> Draft | None:
    key = finding.field or ""
    table = load_format(draft.format_id).field(key).table
    value = draft.facts.get(key)
    if table is None or not isinstance(value, dict):
        return None
    rule = next((r for r in table.rules if r.id == finding.params.get("rule")), None)
    if rule is None or not rule.compute:
        return None  # a balance between filled cells: only the clerk knows which is wrong
    editing.set_fact(draft, key, tables.compute(table, value))
    return draft


def _carry(draft: Draft, finding: Finding) -> Draft | None:
    """The carried-over row becomes last year's carried-forward row, every column of it."""
    key, row, column = finding.field or "", finding.params.get("row"), finding.params.get("column")
    table = load_format(draft.format_id).field(key).table
    value = draft.facts.get(key)
    if table is None or not isinstance(value, dict) or row is None or column is None:
        return None
    cells = {r: dict(c) for r, c in value.items()}
    last = draft.last_year_facts.get(key)
    carry = next((c for c in table.carry if c.target == row), None)
    if carry is not None and isinstance(last, dict):
        cells[row] = dict(last.get(carry.source) or {})
    else:  # last year's draft was given to the check only: the cell it named
        cells.setdefault(row, {})[column] = tables.coerce_table(table, {row: {column: finding.params["expected"]}})[
            row
        ][column]
    editing.set_fact(draft, key, tables.compute(table, cells))
    return draft


def _issuer(draft: Draft, finding: Finding) -> Draft | None:
    if not draft.agency.full_name.strip():
        return None
    draft.issuer = draft.agency.full_name
    return draft


def _fill_date(draft: Draft, finding: Finding, today: date | None = None) -> Draft | None:
    when = today or date.today()
    if when <= date(draft.year, 12, 31):
        return None  # today is still inside the report year: no right date yet
    draft.report_date = when
    return draft


_FIXERS: dict[str, Callable[..., Draft | None]] = {
    "stale-year": _stale_year,
    "period-word": _period_word,
    "fact-mismatch:text": _stated_number,
    "fact-mismatch:cell": _stated_number,
    "latin-o-in-date:latin": _latin_zero,
    "latin-o-in-date:lookalike": _latin_zero,
    "placeholder:portal": _portal_button,
    "invalid-character:control": _control_character,
    "table-arithmetic": _recompute,
    "table-carry": _carry,
    "issuer-missing": _issuer,
    "date-missing": _fill_date,
}
