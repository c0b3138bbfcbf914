"""内容雷同 across units: passages the clerk wrote that match another unit's report.

The other reports (drafts, .docx, portal pages … through the importer) are cut into passages
(sentences), and every passage into overlapping SHINGLE-character pieces whose hashes go in
one index: building it and looking a passage up are linear in the text, never all pairs.

Not copying, and never reported:
- text the app writes from the facts (a section still in its boilerplate, or a passage that
  is word for word what the template gives for this draft);
- stock wording that several other units share (the opening every report of the format
  starts with): a passage found in more than COMMON_SHARE of the other reports.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from desktop_app.core import boilerplate
from desktop_app.core.errors import ReportError
from desktop_app.core.model import Draft, Origin
from desktop_app.core.validation.findings import Finding, found

SHINGLE = 8  # characters per piece
MIN_PASSAGE = 25  # characters a passage needs (spaces and punctuation not counted) to be judged
MATCH_SHARE = 0.7  # share of a passage's pieces found in one other passage
COMMON_SHARE = 0.3  # a passage in more than this share of the other reports is stock wording
_SENTENCE = re.compile(r"[^。；！？!?;\n]+[。；！？!?;]?")
_NOISE = re.compile(r"[\s\d０-９,，、：:“”\"'（）()《》〔〕\[\]【】.．·—-]+")


@dataclass(frozen=True)
class OtherReport:
    name: str  # the unit's name (or the file's, when the report names none)
    draft: Draft


@dataclass(frozen=True)
class _Passage:
    report: int
    section: str
    text: str


def _key(text: str) -> str:
    return _NOISE.sub("", text)


def _pieces(key: str) -> set[int]:
    return {hash(key[i : i + SHINGLE]) for i in range(max(0, len(key) - SHINGLE + 1))}


def passages(text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, sentence) for every sentence long enough to be judged."""
    for match in _SENTENCE.finditer(text):
        sentence = match.group().strip()
        if len(_key(sentence)) >= MIN_PASSAGE:
            start = match.start() + (len(match.group()) - len(match.group().lstrip()))
            yield start, start + len(sentence), sentence


class Index:
    """Shingle hash → the passages of the other reports it occurs in."""

    def __init__(self, others: Iterable[OtherReport]) -> None:
        self.reports = list(others)
        self.passages: list[_Passage] = []
        self._where: dict[int, list[int]] = defaultdict(list)
        for number, report in enumerate(self.reports):
            for section in report.draft.sections:
                for _, _, sentence in passages(section.text):
                    at = len(self.passages)
                    self.passages.append(_Passage(number, section.id, sentence))
                    for piece in _pieces(_key(sentence)):
                        self._where[piece].append(at)

    def matches(self, sentence: str) -> list[_Passage]:
        """The other passages that share most of ``sentence``'s pieces, best first."""
        pieces = _pieces(_key(sentence))
        if not pieces:
            return []
        hits: Counter[int] = Counter()
        for piece in pieces:
            for at in set(self._where.get(piece, ())):
                hits[at] += 1
        need = MATCH_SHARE * len(pieces)
        return [self.passages[at] for at, count in hits.most_common() if count >= need]


def copied_passages(draft: Draft, index: Index) -> Iterator[Finding]:
    """A finding for each passage the clerk wrote that another unit's report also has."""
    if not index.reports:
        return
    common = max(1, int(COMMON_SHARE * len(index.reports)))
    for section in draft.sections:
        if section.origin is Origin.BOILERPLATE or not section.text.strip():
            continue
        generated = {_key(s) for _, _, s in passages(_generated(draft, section.id))}
        for start, end, sentence in passages(section.text):
            if _key(sentence) in generated:
                continue  # the app wrote this from the facts
            found_in = index.matches(sentence)
            units = {p.report for p in found_in}
            if not found_in or len(units) > common:
                continue
            other = found_in[0]
            yield found(
                "copied-from-other-unit",
                section=section.id,
                span=(start, end),
                passage=sentence,
                other_passage=other.text,
                other_unit=index.reports[other.report].name,
                other_section=other.section,
            )


def _generated(draft: Draft, section_id: str) -> str:
    try:
        return boilerplate.render_section(draft, section_id)
    except (ReportError, KeyError):
        return ""  # a fact the template needs is missing: nothing generated to compare with
