"""Copied text: the same passage twice in the report, and a section nearly identical to last
year's (内容雷同, named as grounds for accountability in 国办公开办函〔2021〕30号)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Any, NamedTuple

from desktop_app.core.model import SectionText
from desktop_app.core.validation.findings import Finding, found

# A section this similar to last year's (difflib ratio) is reported. The one place it is set.
SIMILARITY_THRESHOLD = 0.9
# Sections shorter than this ("未收到政府信息公开申请。") may well read the same every year.
SIMILARITY_MIN_LENGTH = 60

# A repeated passage must be at least this long (characters, punctuation and spaces aside).
DUPLICATE_MIN_LENGTH = 30
# Sentences shorter than this only count as part of a longer repeated run.
_SENTENCE_MIN_LENGTH = 8
# Near (not exact) repeats: sentences at least this long, this similar.
_NEAR_MIN_LENGTH = 20
_NEAR_RATIO = 0.9
# Longer "sentences" (a pasted page without punctuation) are matched exactly only: a
# character diff of two of them would take minutes.
_NEAR_MAX_LENGTH = 2000
# Near repeats are looked up by their first and by their last characters (a copy edited in
# the middle or at one end keeps the other end), so each sentence costs two dictionary
# look-ups and at most a few diffs: linear in the length of the report.
_ANCHOR = 8
_MAX_DIFFS = 3
# Sentences edited in several places are diffed character by character up to this length.
_DIFF_MAX_LENGTH = 300
# Texts longer than this are compared sentence by sentence instead of character by
# character, which keeps the cost linear while a clerk types into a very long section.
_CHARACTER_DIFF_LIMIT = 20000

_SENTENCE = re.compile(r"[^。！？；：!?;:\n]+[。！？；：!?;:]*")
# enumeration that differs between two copies of one passage: （一） 1. 一是 首先 …
_ENUMERATION = re.compile(
    r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,3}[)）、.．]|[一二三四五六七八九十]是|首先|其次|再次|最后|此外|同时)\s*"
)
_NOT_TEXT = re.compile(r"[\W_]+")
_NOT_TEXT_NOR_BREAK = re.compile(r"[^\w\n]+")
# where a Chinese report's compatibility characters are: full-width punctuation, digits and
# letters, the ideographic space, circled and parenthesised numbers
_COMPATIBILITY_RANGES = ((0x2000, 0x33FF), (0xFE30, 0xFFEF))


def normalise(text: str) -> str:
    """Text as compared: NFKC, no punctuation, no spaces."""
    return _NOT_TEXT.sub("", unicodedata.normalize("NFKC", text))


def _normalise_lines(texts: list[str]) -> list[str]:
    """``[normalise(t) for t in texts]`` for texts without a line break, in two calls in
    all: NFKC neither makes a line break nor combines across one."""
    if not texts:
        return []
    joined = _nfkc("\n".join(texts))
    return _NOT_TEXT_NOR_BREAK.sub("", joined).replace("_", "").split("\n")


def _nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``, quicker for a long report: the compatibility
    characters it is full of (，：（） and full-width digits) are first replaced one by one by
    their NFKC form, which leaves the text's NFKC as it was; the whole-text normalisation
    (about 100 ns a character) runs only if that does not already give it."""
    compatible, pattern = _compatibility_forms()
    quick = pattern.sub(lambda match: compatible[match.group()], text)
    return quick if unicodedata.is_normalized("NFKC", quick) else unicodedata.normalize("NFKC", quick)


@cache
def _compatibility_forms() -> tuple[dict[str, str], re.Pattern[str]]:
    forms = {}
    for low, high in _COMPATIBILITY_RANGES:
        for code in range(low, high + 1):
            char = chr(code)
            if (form := unicodedata.normalize("NFKC", char)) != char:
                forms[char] = form
    return forms, re.compile(f"[{''.join(re.escape(c) for c in sorted(forms))}]")


class _Unit(NamedTuple):  # a tuple: a long report has tens of thousands
    order: int  # index among all units, to tell neighbours
    section: int  # index into the section list
    start: int
    end: int
    norm: str


def duplicate_passages(sections: Sequence[SectionText], headings: dict[str, tuple[str, str]]) -> Iterator[Finding]:
    """One finding per later occurrence of a repeated passage, naming where it first stood.

    Sentences are matched exactly (after normalising) or nearly (difflib ratio); neighbouring
    repeated sentences whose originals are also neighbours form one passage.
    """
    units = _units(sections)
    matches = _match(units)
    index = 0
    while index < len(units):
        if index not in matches:
            index += 1
            continue
        run = [index]
        while _continues(units, matches, run[-1], run[-1] + 1):
            run.append(run[-1] + 1)
        index = run[-1] + 1
        length = sum(len(units[i].norm) for i in run)
        if length < DUPLICATE_MIN_LENGTH:
            continue
        first, last = units[run[0]], units[run[-1]]
        other_first, other_last = units[matches[run[0]]], units[matches[run[-1]]]
        other = sections[other_first.section].id
        heading, title_en = headings.get(other, (other, other))
        yield found(
            "duplicate-passage",
            section=sections[first.section].id,
            span=(first.start, last.end),
            length=length,
            passage=sections[first.section].text[first.start : last.end],
            other_section=other,
            other_span=(other_first.start, other_last.end),
            other_heading=heading,
            other_title_en=title_en,
        )


def _units(sections: Sequence[SectionText]) -> list[_Unit]:
    units: list[_Unit] = []
    for number, section in enumerate(sections):
        spans = []  # each sentence without its enumeration: (start, end, end without spaces)
        for match in _SENTENCE.finditer(section.text):
            sentence = match.group()
            lead = _ENUMERATION.match(sentence)
            start = match.start() + (lead.end() if lead else 0)
            spans.append((start, match.end(), match.end() - (len(sentence) - len(sentence.rstrip()))))
        norms = _normalise_lines([section.text[start:end] for start, end, _ in spans])
        for (start, _, end), norm in zip(spans, norms, strict=True):
            if len(norm) >= _SENTENCE_MIN_LENGTH:
                units.append(_Unit(len(units), number, start, end, norm))
    return units


def _match(units: list[_Unit]) -> dict[int, int]:
    """Later unit → the earlier unit it repeats."""
    matches: dict[int, int] = {}
    first_seen: dict[str, int] = {}
    by_anchor: defaultdict[str, list[int]] = defaultdict(list)
    for unit in units:
        earlier = first_seen.get(unit.norm)
        if earlier is not None:
            matches[unit.order] = earlier
            continue
        first_seen[unit.norm] = unit.order
        if not _NEAR_MIN_LENGTH <= len(unit.norm) <= _NEAR_MAX_LENGTH:
            continue
        anchors = ("<" + unit.norm[:_ANCHOR], ">" + unit.norm[-_ANCHOR:])
        best = _nearest(unit, [other for anchor in anchors for other in by_anchor.get(anchor, ())], units)
        if best is not None:
            matches[unit.order] = best
        for anchor in anchors:
            candidates = by_anchor[anchor]
            if len(candidates) < _MAX_DIFFS:  # the earliest few: a repeat names where it first stood
                candidates.append(unit.order)
    return matches


def _nearest(unit: _Unit, candidates: list[int], units: list[_Unit]) -> int | None:
    best, best_ratio = None, _NEAR_RATIO
    for other in dict.fromkeys(candidates):
        ratio = _near_ratio(units[other].norm, unit.norm, best_ratio)
        if ratio >= best_ratio:
            best, best_ratio = other, ratio
    return best


def _near_ratio(a: str, b: str, wanted: float) -> float:
    """difflib's ratio where it can reach ``wanted``, else 0.0; cheap bounds first.

    A copy edited in one place keeps a common beginning and end: when those alone reach the
    ratio, no character diff is needed (the diff of two long sentences is the costly part).
    """
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) < wanted * total:
        return 0.0
    head = _common_prefix(a, b)
    tail = _common_prefix(a[head:][::-1], b[head:][::-1])
    if 2 * (head + tail) >= wanted * total:
        return 2 * (head + tail) / total
    if total > 2 * _DIFF_MAX_LENGTH:
        return 0.0
    shared = sum((Counter(a) & Counter(b)).values())  # difflib's quick_ratio, counted in C
    if 2 * shared < wanted * total:
        return 0.0
    return SequenceMatcher(None, a, b, autojunk=False).ratio()


def _common_prefix(a: str, b: str) -> int:
    """Length of the common beginning, by halving (string comparison runs in C)."""
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def _continues(units: list[_Unit], matches: dict[int, int], current: int, following: int) -> bool:
    if following >= len(units) or following not in matches:
        return False
    if units[following].section != units[current].section:
        return False
    before, after = matches[current], matches[following]
    return after > before and units[after].section == units[before].section and after < current


# --- similar-to-last-year ---------------------------------------------------------------


def similarity(this: str, last: str) -> float:
    """difflib ratio of two texts, 0..1."""
    return _matcher(this, last).ratio()


def _matcher(this: str, last: str) -> SequenceMatcher[Any]:
    if len(this) + len(last) > _CHARACTER_DIFF_LIMIT:
        return SequenceMatcher(None, _SENTENCE.findall(last), _SENTENCE.findall(this), autojunk=False)
    return SequenceMatcher(None, last, this, autojunk=False)


def similar_to_last_year(sections: Sequence[SectionText], last_year: Sequence[SectionText]) -> Iterator[Finding]:
    previous = {s.id: s.text.strip() for s in last_year}
    for section in sections:
        this, last = section.text.strip(), previous.get(section.id, "")
        if min(len(this), len(last)) < SIMILARITY_MIN_LENGTH:
            continue
        ratio = _ratio_if_similar(this, last)
        if ratio >= SIMILARITY_THRESHOLD:
            yield found(
                "similar-to-last-year",
                section=section.id,
                similarity=round(ratio, 3),
                percent=int(ratio * 100),
            )


@lru_cache(maxsize=512)
def _ratio_if_similar(this: str, last: str) -> float:
    """The ratio, or 0.0 when cheap upper bounds already rule it out.

    Cached: while the clerk types, only the section being edited needs a new diff.
    """
    matcher = _matcher(this, last)
    if matcher.real_quick_ratio() < SIMILARITY_THRESHOLD or matcher.quick_ratio() < SIMILARITY_THRESHOLD:
        return 0.0
    return matcher.ratio()
