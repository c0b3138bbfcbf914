"""The report the export benchmarks write, as plain data the baselines can use, and larger drafts.

The baselines must write the same paragraphs as the app's exporter, so the paragraph list is
derived from the draft here the way the exporter reads it: title lines, each section's
heading and paragraphs (a level-2 lead-in sentence split off), the 落款 and the date.
"""

from __future__ import annotations

import copy
import functools
import itertools
import re
from dataclasses import dataclass
from pathlib import Path

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft

CORPUS = Path(__file__).resolve().parent.parent / "tests" / "data" / "corpus"

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


def corpus_draft(chars: int) -> Draft:
    """A national-format draft of about ``chars`` characters of section text, written like
    real reports: each section is the same section of the corpus's reports one after the
    other (tests/data/corpus), report after report until the draft is long enough."""
    reports = _national_corpus_reports()
    longer = copy.deepcopy(reports[0])
    texts: dict[str, list[str]] = {s.id: [] for s in longer.sections}
    total = 0
    rounds = itertools.cycle(reports)
    while total < chars:
        for section in next(rounds).sections:
            if section.id in texts and section.text:
                texts[section.id].append(section.text)
                total += len(section.text) + 1
    for section in longer.sections:
        section.text = "\n".join(texts[section.id])
    return longer


@functools.cache
def _national_corpus_reports() -> tuple[Draft, ...]:
    from desktop_app.core.importing.importer import import_report

    reports = []
    for expect in sorted(CORPUS.glob("*.expect.toml")):
        name = expect.name.removesuffix(".expect.toml")
        (source,) = (p for p in CORPUS.glob(f"{name}.*") if p != expect)
        draft = import_report(source, None).draft
        if draft.format_id == "ogi-annual-2021":
            reports.append(draft)
    return tuple(reports)


# one sentence with a stale year, a period word, a blank and a date written with a Latin O:
# a draft made of it is the worst case of the text rules, a finding every 15 characters
DENSE_SENTENCE = "2015年较2014年增长，截至10月底，共受理XX件（二O一七年十月九日）。自2010年以来，1-9月上半年第三季度。"


def dense_draft(draft: Draft, chars: int) -> Draft:
    """``draft`` with every section's text replaced by DENSE_SENTENCE, about ``chars`` in all."""
    dense = copy.deepcopy(draft)
    per_section = max(1, chars // len(DENSE_SENTENCE) // max(1, len(dense.sections)))
    for section in dense.sections:
        section.text = "\n".join([DENSE_SENTENCE] * per_section)
    return dense
