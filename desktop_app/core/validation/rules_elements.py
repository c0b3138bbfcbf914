"""The elements evaluators look for, as the format pack declares them in ``[review]``.

- ``missing-element`` (warning): a required element (the statistics period, the fees, the
  problems, the improvement measures …) is stated nowhere it belongs. Each element is a list
  of patterns and, optionally, the sections it must be found in;
- ``trivial-section`` (warning): a mandatory section whose text is too short to say anything
  (``min_section_chars``), unless the pack lets it be brief (``brief_sections``: "无。");
- the statutory deadline (``deadline``) is read by the date rule in the runner.

Nothing here names a section, a field or a format: all of it is data in format.toml.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import Any

from desktop_app.core.errors import FormatPackError
from desktop_app.core.formats.spec import FormatSpec, load_format
from desktop_app.core.model import Draft
from desktop_app.core.validation.findings import Finding, found


@dataclass(frozen=True)
class Element:
    id: str
    label: str
    label_en: str
    patterns: tuple[re.Pattern[str], ...]
    sections: tuple[str, ...]  # where it must be found; () = anywhere in the report
    since_year: int = 0  # first report year that must state it (信息处理费: 2021)


@dataclass(frozen=True)
class Deadline:
    month: int
    day: int
    basis: str  # the rule that sets it, as the message names it
    basis_en: str

    def for_year(self, report_year: int) -> date:
        return date(report_year + 1, self.month, self.day)


@dataclass(frozen=True)
class Review:
    elements: tuple[Element, ...] = ()
    optional_sections: frozenset[str] = frozenset()
    brief_sections: frozenset[str] = frozenset()
    min_section_chars: int = 0
    deadline: Deadline | None = None


@cache
def review_of(format_id: str) -> Review:
    """The pack's ``[review]`` table, checked and compiled once."""
    spec = load_format(format_id)
    data: dict[str, Any] = spec.extra.get("review", {})
    ids = {s.id for s in spec.sections}
    try:
        elements = tuple(_element(format_id, e, ids) for e in data.get("elements", []))
        optional = frozenset(data.get("optional_sections", ()))
        brief = frozenset(data.get("brief_sections", ()))
        unknown = (optional | brief) - ids
        if unknown:
            raise FormatPackError(
                "format-pack:check", format_id=format_id, detail=f"[review] names unknown sections {sorted(unknown)}"
            )
        deadline = None
        if "deadline" in data:
            d = data["deadline"]
            deadline = Deadline(int(d["month"]), int(d["day"]), d["basis"], d.get("basis_en", d["basis"]))
            date(2001, deadline.month, deadline.day)  # a real day of the year
        return Review(elements, optional, brief, int(data.get("min_section_chars", 0)), deadline)
    except (KeyError, TypeError, ValueError) as exc:
        raise FormatPackError("format-pack:check", format_id=format_id, detail=f"bad [review] table: {exc}") from exc


def _element(format_id: str, data: dict[str, Any], section_ids: set[str]) -> Element:
    sections = tuple(data.get("sections", ()))
    if set(sections) - section_ids:
        raise FormatPackError(
            "format-pack:check", format_id=format_id, detail=f"element {data['id']!r} names unknown sections"
        )
    try:
        patterns = tuple(re.compile(p) for p in data["patterns"])
    except re.error as exc:
        detail = f"element {data['id']!r}: bad pattern: {exc}"
        raise FormatPackError("format-pack:check", format_id=format_id, detail=detail) from exc
    return Element(
        data["id"], data["label"], data.get("label_en", data["id"]), patterns, sections, int(data.get("since_year", 0))
    )


def element_findings(draft: Draft, spec: FormatSpec) -> Iterator[Finding]:
    review = review_of(spec.id)
    for element in review.elements:
        if draft.year < element.since_year:
            continue
        where = [s for s in draft.sections if not element.sections or s.id in element.sections]
        if any(p.search(s.text) for s in where for p in element.patterns):
            continue
        # a missing section is reported as such; its elements are not reported twice
        present = [s for s in where if s.text.strip()]
        if element.sections and not present:
            continue
        yield found(
            "missing-element",
            section=element.sections[0] if element.sections else None,
            element=element.id,
            label=element.label,
            label_en=element.label_en,
        )
    if review.min_section_chars <= 0:
        return
    for section_spec in spec.sections:
        if section_spec.id in review.optional_sections | review.brief_sections:
            continue
        if any(spec.field(key).table is not None for key in section_spec.fields):
            continue  # the table is the content; a caption line beside it is enough
        section = draft.section(section_spec.id)
        text = "".join((section.text if section else "").split())
        if text and len(text) < review.min_section_chars:
            yield found(
                "trivial-section",
                section=section_spec.id,
                heading=section_spec.heading_text,
                title_en=section_spec.title_en,
                length=len(text),
                minimum=review.min_section_chars,
            )


def is_optional(spec: FormatSpec, section_id: str) -> bool:
    """Whether the pack lets the section be left out (e.g. an unheaded opening)."""
    return section_id in review_of(spec.id).optional_sections


def deadline_of(spec: FormatSpec) -> Deadline | None:
    return review_of(spec.id).deadline
