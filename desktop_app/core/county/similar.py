"""Units whose own writing is copied from one another (内容雷同 between units).

Only a unit's own words count: a section the app generated from the facts and the clerk never
touched is left out, and so is every sentence of an edited section that is still the app's
wording for that unit's facts (render the section's template and compare). Two units that
both keep the generated text therefore share nothing.

The own text is cut into overlapping 8-character shingles (after normalising: no punctuation
or spaces), hashed into one index of shingle → units. Pairs are found from the index's
postings, never by comparing every pair's characters; a shingle that many units share is a
set phrase, not copying. A pair is reported with each copied passage at least
``MIN_PASSAGE`` characters long, and its similarity: the share of the shorter own text that
is copied.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from desktop_app.core.boilerplate import render_section
from desktop_app.core.errors import ReportError
from desktop_app.core.model import Draft, Origin
from desktop_app.core.validation.rules_similarity import normalise

SHINGLE = 8
MIN_PASSAGE = 30  # normalised characters: shorter common runs are set phrases
_COMMON_SHARE = 0.25  # a shingle in more than this share of units (and more than 4) is a set phrase
_SENTENCE = re.compile(r"[^。！？；\n]+[。！？；]*")


@dataclass
class _Block:
    """A run of a section's own sentences: their normalised text and where each character came from."""

    section: str
    text: str  # the section's original text
    norm: str
    origin: list[int] = field(default_factory=list)  # norm index → index in ``text``


@dataclass(frozen=True)
class Passage:
    a_section: str
    b_section: str
    text: str  # as unit a wrote it


@dataclass(frozen=True)
class SimilarPair:
    a: int  # index of the unit
    b: int
    similarity: float
    passages: tuple[Passage, ...]


def own_blocks(draft: Draft) -> list[_Block]:
    """The draft's own writing, as blocks of consecutive sentences the app did not generate."""
    blocks: list[_Block] = []
    for section in draft.sections:
        if section.origin is Origin.BOILERPLATE or not section.text.strip():
            continue
        generated = _generated_sentences(draft, section.id)
        current: _Block | None = None
        for match in _SENTENCE.finditer(section.text):
            norm = normalise(match.group())
            if not norm or norm in generated:
                current = None
                continue
            if current is None:
                current = _Block(section.id, section.text, "")
                blocks.append(current)
            for offset, char in enumerate(match.group()):
                normal = _normal_char(char)
                if normal:
                    current.norm += normal
                    current.origin.extend([match.start() + offset] * len(normal))
    return [b for b in blocks if len(b.norm) >= SHINGLE]


@lru_cache(maxsize=8192)
def _normal_char(char: str) -> str:
    return normalise(char)


def _generated_sentences(draft: Draft, section_id: str) -> set[str]:
    try:
        text = render_section(draft, section_id)
    except (ReportError, KeyError):
        return set()
    return {normalise(m.group()) for m in _SENTENCE.finditer(text)} - {""}


def similar_pairs(drafts: Sequence[Draft]) -> list[SimilarPair]:
    """Every pair of drafts that share a passage of their own writing, most similar first."""
    units = [own_blocks(d) for d in drafts]
    index: dict[int, set[int]] = defaultdict(set)
    for number, blocks in enumerate(units):
        for block in blocks:
            for start in range(len(block.norm) - SHINGLE + 1):
                index[hash(block.norm[start : start + SHINGLE])].add(number)
    limit = max(4, int(len(drafts) * _COMMON_SHARE))
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for owners in index.values():
        if 1 < len(owners) <= limit:
            ordered = sorted(owners)
            for i, a in enumerate(ordered):
                for b in ordered[i + 1 :]:
                    shared[(a, b)] += 1
    pairs = []
    for (a, b), count in shared.items():
        if count < MIN_PASSAGE - SHINGLE + 1:
            continue
        pair = _pair(a, b, units[a], units[b], index, limit)
        if pair is not None:
            pairs.append(pair)
    return sorted(pairs, key=lambda p: (-p.similarity, p.a, p.b))


def _pair(
    a: int, b: int, blocks_a: list[_Block], blocks_b: list[_Block], index: dict[int, set[int]], limit: int
) -> SimilarPair | None:
    where_b: dict[int, str] = {}
    for block in blocks_b:
        for start in range(len(block.norm) - SHINGLE + 1):
            where_b.setdefault(hash(block.norm[start : start + SHINGLE]), block.section)
    passages = []
    copied = 0
    for block in blocks_a:
        covered = [False] * len(block.norm)
        sections: dict[int, str] = {}
        for start in range(len(block.norm) - SHINGLE + 1):
            key = hash(block.norm[start : start + SHINGLE])
            owners = index.get(key, set())
            if key in where_b and len(owners) <= limit:
                sections[start] = where_b[key]
                for i in range(start, start + SHINGLE):
                    covered[i] = True
        for begin, end in _runs(covered):
            if end - begin < MIN_PASSAGE:
                continue
            copied += end - begin
            first = min((s for s in sections if begin <= s < end), default=begin)
            text = block.text[block.origin[begin] : block.origin[end - 1] + 1]
            passages.append(Passage(block.section, sections.get(first, ""), text))
    if not passages:
        return None
    own_a = sum(len(x.norm) for x in blocks_a)
    own_b = sum(len(x.norm) for x in blocks_b)
    similarity = round(min(1.0, copied / max(1, min(own_a, own_b))), 2)
    return SimilarPair(a, b, similarity, tuple(passages))


def _runs(covered: list[bool]) -> list[tuple[int, int]]:
    runs = []
    start = None
    for i, flag in enumerate([*covered, False]):
        if flag and start is None:
            start = i
        elif not flag and start is not None:
            runs.append((start, i))
            start = None
    return runs
