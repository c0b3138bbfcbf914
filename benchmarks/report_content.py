"""The report the export benchmarks write, as plain data the baselines can use, and larger drafts.

The baselines must write the same paragraphs as the app's exporter, so the paragraph list is
derived from the draft here the way the exporter reads it: title lines, each section's
heading and paragraphs (a level-2 lead-in sentence split off), the 落款 and the date.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft

LEAD_IN = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")
SENTENCE_END = re.compile(r"[。！？]")


@dataclass
class Paragraph:
    kind: str  # "title", "heading", "body", "signature"
    lead: str  # the 楷体 lead-in sentence of a level-2 paragraph, else ""
    text: str  # the rest


@dataclass
class ReportContent:
    title_lines: list[str]
    sections: list[dict[str, object]]  # {"heading": str, "paragraphs": [{"lead", "rest"}]}
    issuer: str
    date_text: str

    def paragraphs(self) -> list[Paragraph]:
        out = [Paragraph("title", "", line) for line in self.title_lines]
        for section in self.sections:
            if section["heading"]:
                out.append(Paragraph("heading", "", str(section["heading"])))
            for p in section["paragraphs"]:  # type: ignore[attr-defined]
                out.append(Paragraph("body", p["lead"], p["rest"]))
        out += [Paragraph("signature", "", t) for t in (self.issuer, self.date_text) if t]
        return out


def split_lead_in(paragraph: str) -> tuple[str, str]:
    if not LEAD_IN.match(paragraph):
        return "", paragraph
    end = SENTENCE_END.search(paragraph)
    cut = end.end() if end else len(paragraph)
    return paragraph[:cut], paragraph[cut:]


def content_of(draft: Draft) -> ReportContent:
    spec = load_format(draft.format_id)
    specs = {s.id: s for s in spec.sections}
    sections: list[dict[str, object]] = []
    for section in draft.sections:
        section_spec = specs.get(section.id)
        if section_spec is not None:
            heading = section_spec.heading_text if section_spec.heading else ""
        else:
            heading = section.title
        paragraphs = []
        for text in section.paragraphs():
            lead, rest = split_lead_in(text)
            paragraphs.append({"lead": lead, "rest": rest})
        sections.append({"heading": heading, "paragraphs": paragraphs})
    date_text = format_date(draft.report_date, draft.date_style) if draft.report_date else ""
    return ReportContent(render_title(draft), sections, (draft.issuer or "").strip(), date_text)


def longer_draft(draft: Draft, factor: int) -> Draft:
    """The same report with every section's text repeated ``factor`` times (a 10× report)."""
    longer = copy.deepcopy(draft)
    for section in longer.sections:
        section.text = "\n".join([section.text] * factor)
    return longer


def draft_of_length(draft: Draft, chars: int) -> Draft:
    """The report padded to about ``chars`` characters of section text (the autosave case)."""
    have = sum(len(s.text) for s in draft.sections)
    return longer_draft(draft, max(1, round(chars / max(have, 1))))
