"""Rules that read one piece of text on its own: years, period words, placeholders, dates
written with look-alikes of 〇, characters a .docx or a GB 2312 font cannot hold."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from functools import cache

from desktop_app.core.cn_dates import DIGITS, find_dates, parse_counting_numeral
from desktop_app.core.rollforward.years import YearMention, find_year_mentions, is_legitimate
from desktop_app.core.textscan import Sparse
from desktop_app.core.validation.findings import Finding, found
from desktop_app.core.validation.placeholder_scan import placeholder_spans

# --- stale-year -------------------------------------------------------------------------


def stale_years(
    text: str, report_year: int, section: str, mentions: Sequence[YearMention] | None = None
) -> Iterator[Finding]:
    """The foundation's one year rule (years.is_legitimate) decides; nothing else here.
    ``mentions``: the text's year mentions, when the caller has them already."""
    for mention in find_year_mentions(text) if mentions is None else mentions:
        if not is_legitimate(mention, report_year, text):
            yield found(
                "stale-year",
                section=section,
                span=(mention.start, mention.end),
                found=text[mention.start : mention.end],
                year=mention.year,
                report_year=report_year,
            )


# --- period-word ------------------------------------------------------------------------

_MONTH = r"(?P<month>1[0-2]|0?[1-9]|[１-９]|十[一二]?|[一二三四五六七八九])"
PERIOD_WORDS = re.compile(
    r"半年来|近半年|上半年|下半年|本季度|前三季度"
    r"|(?<![每各])第?[一二三四1-4１-４]季度"
    # "截至10月底", "截至2017年9月": a part of the year (12月 is the year end, fine)
    rf"|截至\s*(?:(?P<year>\d{{4}}|[{DIGITS}]{{4}})\s*年\s*)?{_MONTH}\s*月"
    # "1-9月", "一至十月": a part-year range
    r"|(?<![\d.])(?:1|１|一)\s*[-—–~～至到]\s*(?P<to>1[01]|[2-9]|[二三四五六七八九]|十一?)\s*月"
)
# each holds 半 (半年), 季 or 月, and none runs over a full stop, comma or semicolon
_PERIOD_WORDS = Sparse(PERIOD_WORDS, "半季月", "。，；")
_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")


def period_words(text: str, report_year: int, section: str) -> Iterator[Finding]:
    for match in _PERIOD_WORDS.finditer(text):
        month = match.group("month") or match.group("to")
        if month is not None:
            if _month(month) == 12:
                continue
            year = match.group("year")
            if year is not None and _year(year) != report_year:
                continue  # "截至2018年1月": as of the writing, not a part of the report year
        yield found("period-word", section=section, span=match.span(), found=match.group())


def _month(text: str) -> int:
    text = text.translate(_FULLWIDTH)
    return int(text) if text.isdigit() else parse_counting_numeral(text)


def _year(text: str) -> int:
    return int(text) if text.isdigit() else int("".join(str(DIGITS.index(c)) for c in text))


# --- placeholder ------------------------------------------------------------------------

# the buttons of a portal page, copied along with the report: not a slot, but not report text
_PORTAL_BUTTON = re.compile(r"^【[^】]*(?:打印|关闭|字体|字号|收藏|分享|返回|顶部|大\s*中\s*小)[^】]*】$")


def placeholders(text: str, section: str) -> Iterator[Finding]:
    for start, end in placeholder_spans(text):
        blank = text[start:end]
        variant = "portal" if blank[0] == "【" and _PORTAL_BUTTON.match(blank) else None
        yield found("placeholder", variant, section=section, span=(start, end), found=blank)


# --- latin-o-in-date --------------------------------------------------------------------

_LATIN_ZEROS = frozenset("OoＯｏ0０")
_WITHOUT_DIGITS = str.maketrans("", "", DIGITS)


def lookalike_dates(text: str, section: str, mentions: Sequence[YearMention] | None = None) -> Iterator[Finding]:
    """O, 0, ○, 零 … where 〇 belongs: in full dates and in years written alone (二O一七年).
    ``mentions``: the text's year mentions, when the caller has them already."""
    starts: list[int] = []  # dates come in text order and never overlap: bisect, not a scan
    ends: list[int] = []
    for parsed in find_dates(text):
        starts.append(parsed.start)
        ends.append(parsed.end)
        if parsed.lookalikes:
            yield _lookalike(text, parsed.start, parsed.end, parsed.lookalikes, section)
    for mention in find_year_mentions(text) if mentions is None else mentions:
        if not mention.chinese:
            continue
        at = bisect.bisect_right(starts, mention.start) - 1
        if at >= 0 and mention.start < ends[at]:  # the year of a full date, judged above
            continue
        chars = text[mention.start : mention.end - 1].translate(_WITHOUT_DIGITS)
        if chars:
            yield _lookalike(text, mention.start, mention.end, chars, section)


def _lookalike(text: str, start: int, end: int, chars: str, section: str) -> Finding:
    # Latin letters and Arabic zeros are plain typos; ○ and 零 are old habits, worth a look
    variant = "latin" if any(c in _LATIN_ZEROS for c in chars) else "lookalike"
    unique = "".join(dict.fromkeys(chars))
    return found("latin-o-in-date", variant, section=section, span=(start, end), found=text[start:end], chars=unique)


# --- invalid-character ------------------------------------------------------------------

# XML 1.0 cannot hold C0 controls or unpaired surrogates; CR, DEL and C1 controls are
# mis-decoded bytes in a Chinese report and would print as garbage
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# the prescribed 〇 is not in GB 2312; Word falls back to another font for it, which is fine
_GB2312_EXEMPT = frozenset("〇")


def invalid_characters(
    text: str, *, section: str | None = None, field: str | None = None, font: str | None = None
) -> Iterator[Finding]:
    """Control characters (error); with a *_GB2312 font, characters it lacks (warning).

    One finding per distinct character, pointing at its first occurrence.
    """
    seen: dict[str, list[int]] = {}
    for match in CONTROL.finditer(text):
        seen.setdefault(match.group(), []).append(match.start())
    for char, places in seen.items():
        span = (places[0], places[0] + 1) if section else None
        yield found(
            "invalid-character",
            "control",
            section=section,
            field=field,
            span=span,
            codepoint=f"U+{ord(char):04X}",
            count=len(places),
        )
    if font is None or "GB2312" not in font.upper() or _encodes(text):
        return
    for char, (first, count) in _outside_gb2312(text, set(seen)).items():
        span = (first, first + 1) if section else None
        yield found(
            "invalid-character",
            "gb2312",
            section=section,
            field=field,
            span=span,
            char=char,
            codepoint=f"U+{ord(char):04X}",
            count=count,
            font=font,
        )


def _outside_gb2312(text: str, skip: set[str]) -> dict[str, tuple[int, int]]:
    """Each character of ``text`` a GB 2312 font lacks → (first index, count), in text order.
    The distinct characters are judged once each, then found in one scan of the text."""
    lacking = sorted(c for c in set(text) - skip if not _in_gb2312(c))
    if not lacking:
        return {}
    where: dict[str, tuple[int, int]] = {}
    for match in re.finditer(f"[{re.escape(''.join(lacking))}]", text):
        char = match.group()
        first, count = where.get(char, (match.start(), 0))
        where[char] = (first, count + 1)
    return where


def _encodes(text: str) -> bool:
    try:
        text.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


@cache
def _in_gb2312(char: str) -> bool:
    if char in _GB2312_EXEMPT or _encodes(char):
        return True
    # Python's gb2312 codec maps a few row-1 symbols (· —) differently from Windows fonts;
    # their GBK bytes inside the GB 2312 area mean the font has them
    try:
        raw = char.encode("gbk")
    except UnicodeEncodeError:
        return False
    return len(raw) == 2 and 0xA1 <= raw[0] <= 0xF7 and 0xA1 <= raw[1] <= 0xFE
