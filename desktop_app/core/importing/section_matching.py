"""Level-1 headings of a published report, matched to the format's sections.

A heading is "一、…", "一．…", "一.…" (not "（一）", which is a sub-heading). Each heading is
matched to a SectionSpec by its number and by how alike its title is to the spec's title or
aliases (difflib ratio on the text without punctuation, full and half width alike), one
heading per section; agencies word their headings a little differently, skip sections and add
their own. A numbered line that matches nothing is a heading only when its number comes next
in sequence; otherwise it is an item in a list inside a section.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from desktop_app.core.cn_dates import parse_counting_numeral
from desktop_app.core.formats.spec import FormatSpec, SectionSpec

STRONG = 0.6  # title alike enough to be this section, whatever its number
WITH_NUMBER = 0.4  # alike enough when the number agrees too
UNNUMBERED = 0.85  # a bare title line, without a number, must be nearly exact
NUMBER_BONUS = 0.15
MAX_CANDIDATES = 200  # numbered lines compared with the titles; the rest are body text
_TITLE_MAX = 40

_HEADING = re.compile(r"^(?:第\s*)?(?P<num>[一二三四五六七八九十]{1,3})\s*(?:部分)?\s*[、，,．.:：]\s*(?P<title>.*)$")
_INLINE_END = re.compile(r"[。：:]")
_NOT_WORD = re.compile(r"[\W_]+")


@dataclass
class Heading:
    line_index: int
    number: int | None  # None for a bare title line
    title: str  # as written, without the number
    rest: str  # body text written on the same line after the title
    written: str  # the whole line
    spec: SectionSpec | None = None  # the section it was matched to
    score: float = 0.0


def normalise_title(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text))


def _titles(spec: SectionSpec) -> list[str]:
    return [normalise_title(t) for t in (spec.title, *spec.aliases)]


def similarity(title: str, spec: SectionSpec) -> float:
    key = normalise_title(title)
    if not key:
        return 0.0
    return max(difflib.SequenceMatcher(None, key, t, autojunk=False).ratio() for t in _titles(spec))


def parse_heading(line: str) -> tuple[int, str, str] | None:
    """(number, title, rest of the line) for a numbered line, else None."""
    match = _HEADING.match(line)
    if match is None:
        return None
    try:
        number = parse_counting_numeral(match.group("num"))
    except ValueError:
        return None
    title = match.group("title").strip()
    if len(title) <= _TITLE_MAX and not title.endswith(("。", "；", ";")):
        return number, title.rstrip("：:").strip(), ""
    # "一、组织领导情况。局领导高度重视……": a heading with its first paragraph run in
    end = _INLINE_END.search(title, 0, _TITLE_MAX + 1)
    if end is None:
        return None
    return number, title[: end.start()].strip(), title[end.end() :].strip()


def find_headings(lines: list[str], spec: FormatSpec) -> list[Heading]:
    """The lines that start sections, each matched to a SectionSpec where one fits."""
    headed = [s for s in spec.sections if s.heading]
    matched: list[Heading] = []
    plain: list[Heading] = []  # numbered lines that match no title: extra sections, or list items
    numbered_budget = bare_budget = MAX_CANDIDATES
    for index, line in enumerate(lines):
        parsed = parse_heading(line)
        if parsed is None:
            if bare_budget and len(line) <= _TITLE_MAX and not _has_sentence_end(line):
                bare_budget -= 1
                best, score = _best(line, headed)
                if score >= UNNUMBERED:
                    matched.append(Heading(index, None, line, "", line, best, score))
            continue
        if not numbered_budget:
            continue
        numbered_budget -= 1
        number, title, rest = parsed
        best, score = _best(title, headed, number)
        if best is not None:
            matched.append(Heading(index, number, title, rest, line, best, score))
        elif not rest and len(title) <= 30 and not _has_sentence_end(title):
            plain.append(Heading(index, number, title, rest, line))
    _assign(matched, headed)
    return _with_extra_sections(matched, plain)


def _with_extra_sections(matched: list[Heading], plain: list[Heading]) -> list[Heading]:
    """Accept an unmatched numbered line only where its number fits the sequence around it:
    "十一、其他事项" after 十 is an extra section; "二、…" inside section 一, with the real
    二 still to come, is an item of a list."""
    headings = sorted(matched, key=lambda h: h.line_index)
    for candidate in plain:
        before = [h for h in headings if h.line_index < candidate.line_index and h.number is not None]
        after = [h for h in headings if h.line_index > candidate.line_index and h.number is not None]
        previous = before[-1].number if before else 0
        following = after[0].number if after else None
        if candidate.number == (previous or 0) + 1 and (following is None or following > candidate.number):
            headings.append(candidate)
            headings.sort(key=lambda h: h.line_index)
    return headings


def _best(title: str, specs: list[SectionSpec], number: int | None = None) -> tuple[SectionSpec | None, float]:
    best: tuple[SectionSpec | None, float] = (None, 0.0)
    for spec in specs:
        score = similarity(title, spec)
        numbered = number is not None and _spec_number(spec) == number
        if score >= STRONG or (numbered and score >= WITH_NUMBER):
            ranked = score + (NUMBER_BONUS if numbered else 0.0)
            if ranked > best[1]:
                best = (spec, ranked)
    return best


def _assign(headings: list[Heading], specs: list[SectionSpec]) -> None:
    """One heading per section: the best-scoring pairs win, the others stay unmatched."""
    pairs = []
    for h_index, heading in enumerate(headings):
        for spec in specs:
            score = similarity(heading.title, spec)
            numbered = heading.number is not None and _spec_number(spec) == heading.number
            threshold = UNNUMBERED if heading.number is None else (WITH_NUMBER if numbered else STRONG)
            if score >= threshold:
                pairs.append((score + (NUMBER_BONUS if numbered else 0.0), -h_index, spec.id, h_index, spec))
    for heading in headings:
        heading.spec = None
    taken: set[str] = set()
    placed: set[int] = set()
    for ranked, _, spec_id, h_index, spec in sorted(pairs, key=lambda p: p[:3], reverse=True):
        if spec_id in taken or h_index in placed:
            continue
        taken.add(spec_id)
        placed.add(h_index)
        headings[h_index].spec = spec
        headings[h_index].score = ranked


def _spec_number(spec: SectionSpec) -> int | None:
    try:
        return parse_counting_numeral(spec.number) if spec.number else None
    except ValueError:
        return None


def _has_sentence_end(line: str) -> bool:
    return line.endswith(("。", "；", ";", "，", ",", "！", "？"))
