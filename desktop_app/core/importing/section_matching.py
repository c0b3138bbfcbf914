"""Top-level headings of a published report, matched to the format's sections.

Clerks number their headings in several styles: 一、 （一） 1、 1. 第一部分 第一章. Which style is
the top level is decided per document, not by a fixed rule: the style whose lines name the most
of the format's sections is the top level (a report whose parts are 第一章… with 一、 inside
them, or one whose parts are （一）…（六）); the other styles are sub-headings and stay in the text.

Each top-level heading is matched to a SectionSpec by its number and by how alike its title is
to the spec's title or aliases (difflib ratio on the text without punctuation, full and half
width alike, a leading year such as "2023年" ignored, a title that contains the spec's title
counting as alike), one heading per section. A numbered line that matches nothing is a heading
only when its number comes next in sequence; otherwise it is an item in a list inside a section.
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
CONTAINED = 0.9  # a title that holds the whole of the spec's title, with a few extra words
NUMBER_BONUS = 0.15
MAX_CANDIDATES = 400  # numbered lines compared with the titles; the rest are body text
_TITLE_MAX = 40
_EXTRA_WORDS = 12  # characters a heading may add around the spec's title ("2023年", "概述")

_CN = r"[一二三四五六七八九十]{1,3}"
_SEP = r"[、，,．.:：]"
# (style, pattern): the numbering styles clerks use, from the outermost they usually are
STYLES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("chapter", re.compile(rf"^第\s*(?P<num>{_CN})\s*(?:部分|章|篇)\s*{_SEP}?\s*(?P<title>.*)$")),
    ("cn", re.compile(rf"^(?:第\s*)?(?P<num>{_CN})\s*{_SEP}\s*(?P<title>.*)$")),
    ("paren-cn", re.compile(rf"^[（(]\s*(?P<num>{_CN})\s*[）)]\s*{_SEP}?\s*(?P<title>.*)$")),
    ("arabic", re.compile(r"^(?P<num>[0-9０-９]{1,2})\s*(?:[、，,．:：]|\.(?![0-9０-９]))\s*(?P<title>.*)$")),
)
_STYLE_RANK = {name: rank for rank, (name, _) in enumerate(STYLES)}
_DEFAULT_STYLE = "cn"
_INLINE_END = re.compile(r"[。：:；;]")
_NOT_WORD = re.compile(r"[\W_]+")
_LEADING_YEAR = re.compile(r"^(?:[12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3})年度?")


@dataclass
class Heading:
    line_index: int
    number: int | None  # None for a bare title line
    title: str  # as written, without the number
    rest: str  # body text written on the same line after the title
    written: str  # the whole line
    spec: SectionSpec | None = None  # the section it was matched to
    score: float = 0.0
    style: str = ""
    alike: str | None = None  # the section its title is most like, when another heading won it


@dataclass
class ParsedHeading:
    style: str
    number: int
    title: str
    rest: str


def normalise_title(text: str) -> str:
    return _NOT_WORD.sub("", unicodedata.normalize("NFKC", text))


def _titles(spec: SectionSpec) -> list[str]:
    return [normalise_title(t) for t in (spec.title, *spec.aliases)]


def similarity(title: str, spec: SectionSpec) -> float:
    key = normalise_title(title)
    key = _LEADING_YEAR.sub("", key) or key
    if not key:
        return 0.0
    best = 0.0
    for known in _titles(spec):
        ratio = difflib.SequenceMatcher(None, key, known, autojunk=False).ratio()
        if len(known) >= 2 and known in key and len(key) - len(known) <= _EXTRA_WORDS:
            ratio = max(ratio, CONTAINED if key != known else 1.0)
        best = max(best, ratio)
    return best


def parse_numbered(line: str) -> ParsedHeading | None:
    """The numbering style, number, title and run-in text of a numbered line, else None."""
    if "\t" in line or "|" in line:
        return None  # a table row
    for style, pattern in STYLES:
        match = pattern.match(line)
        if match is None:
            continue
        number = _number(match.group("num"))
        if number is None:
            return None
        split = _split_title(match.group("title").strip())
        if split is None:
            return None
        return ParsedHeading(style, number, *split)
    return None


def parse_heading(line: str) -> tuple[int, str, str] | None:
    """(number, title, rest of the line) for a numbered line, else None."""
    parsed = parse_numbered(line)
    return None if parsed is None else (parsed.number, parsed.title, parsed.rest)


def _number(text: str) -> int | None:
    text = unicodedata.normalize("NFKC", text)
    if text.isdigit():
        return int(text)
    try:
        return parse_counting_numeral(text)
    except ValueError:
        return None


def _split_title(title: str) -> tuple[str, str] | None:
    if len(title) <= _TITLE_MAX and not title.endswith(("。", "；", ";")):
        return title.rstrip("：:").strip(), ""
    # "一、组织领导情况。局领导高度重视……": a heading with its first paragraph run in
    end = _INLINE_END.search(title, 0, _TITLE_MAX + 1)
    if end is None:
        return None
    return title[: end.start()].strip(), title[end.end() :].strip()


def find_headings(lines: list[str], spec: FormatSpec) -> list[Heading]:
    """The lines that start sections, each matched to a SectionSpec where one fits."""
    matchable = [s for s in spec.sections if s.heading or s.aliases]
    row_labels = _table_labels(spec)
    by_style: dict[str, list[Heading]] = {}
    bare: list[Heading] = []
    budget = MAX_CANDIDATES
    for index, line in enumerate(lines):
        if not budget:
            break
        parsed = parse_numbered(line)
        if parsed is None:
            if len(line) <= _TITLE_MAX and not _has_sentence_end(line) and "\t" not in line:
                budget -= 1
                best, score = _best(line, [s for s in matchable if s.heading])
                if score >= UNNUMBERED:
                    bare.append(Heading(index, None, line, "", line, best, score))
            continue
        if normalise_title(parsed.title) in row_labels or normalise_title(line) in row_labels:
            continue  # a table's row label on a line of its own
        budget -= 1
        by_style.setdefault(parsed.style, []).append(
            Heading(index, parsed.number, parsed.title, parsed.rest, line, style=parsed.style)
        )
    style = top_style(by_style, matchable)
    matched: list[Heading] = []
    plain: list[Heading] = []  # numbered lines that match no title: extra sections, or list items
    for heading in by_style.get(style, []):
        best, score = _best(heading.title, matchable, heading.number)
        if best is not None:
            matched.append(heading)
        elif not heading.rest and len(heading.title) <= 30 and not _has_sentence_end(heading.title):
            plain.append(heading)
    matched += bare
    _assign(matched, matchable)
    # a numbered line that lost its section to a better heading is judged like any other
    for heading in matched:
        if heading.spec is None and heading.number is not None and not heading.rest:
            best, _ = _best(heading.title, matchable, heading.number)
            heading.alike = best.id if best else None
            plain.append(heading)
    return _with_extra_sections(matched, sorted(plain, key=lambda h: h.line_index))


def top_style(by_style: dict[str, list[Heading]], specs: list[SectionSpec]) -> str:
    """The numbering style whose lines name the most sections: the document's top level."""
    best = (_DEFAULT_STYLE, 0, 0.0)
    for style, headings in sorted(by_style.items(), key=lambda item: _STYLE_RANK[item[0]]):
        named: dict[str, float] = {}
        for heading in headings:
            spec, score = _best(heading.title, specs, heading.number)
            if spec is not None:
                named[spec.id] = max(named.get(spec.id, 0.0), score)
        if (len(named), sum(named.values())) > best[1:]:
            best = (style, len(named), sum(named.values()))
    return best[0]


def _table_labels(spec: FormatSpec) -> set[str]:
    labels: set[str] = set()
    for spec_field in spec.fields:
        for block in spec_field.table.blocks if spec_field.table else ():
            labels |= {normalise_title(label) for row in block.rows for label in row.labels}
    return labels


def _with_extra_sections(matched: list[Heading], plain: list[Heading]) -> list[Heading]:
    """Accept an unmatched numbered line only where its number fits the sequence around it:
    "十一、其他事项" after 十 is an extra section; "二、…" inside section 一, with the real
    二 still to come, is an item of a list."""
    headings = sorted((h for h in matched if h.spec is not None), key=lambda h: h.line_index)
    for candidate in plain:
        before = [h for h in headings if h.line_index < candidate.line_index and h.number is not None]
        after = [h for h in headings if h.line_index > candidate.line_index and h.number is not None]
        previous = before[-1].number if before else 0
        following = after[0].number if after else None
        if before and candidate.alike is not None and before[-1].spec and before[-1].spec.id == candidate.alike:
            continue  # "六、下一步工作打算" right after "五、存在的问题": the same section goes on
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
