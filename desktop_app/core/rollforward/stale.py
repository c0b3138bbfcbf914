"""What in last year's prose may no longer be true: years, dates, period words, 文号, counts
and amounts, each located by its span so the clerk can confirm or change it.

Roll-forward moves year mentions on by one, but a carried sentence still holds last year's
numbers ("主动公开信息328条"), dates ("2023年1月5日"), period words ("上半年", "截至11月")
and document numbers ("〔2023〕5号"). None of them can be updated by rule, so each one is
listed; the spans are those of the shifted text, which has the same length as the old one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.rollforward.years import YEAR_MENTION, find_year_mentions

# kinds, in the order an overlap is resolved (a 文号 holds a year, a date holds a year …)
DOCNO = "docno"
DATE = "date"
PERIOD = "period"
YEAR = "year"
AMOUNT = "amount"
NUMBER = "number"

_DIGIT = r"[0-9０-９]"
_CN_DIGIT = "〇零一二三四五六七八九十"
_MONTH = rf"(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月(?:份)?"
_DAY = rf"(?:{_DIGIT}{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号]"
_YEAR_PART = YEAR_MENTION.pattern.replace("(?P<arabic>", "(?:").replace("(?P<space>", "(?:")
_YEAR_PART = _YEAR_PART.replace("(?P<chinese>", "(?:")

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    # 〔2021〕5号, [2021]5号, 鲁政办字〔2021〕12号: the bracketed year and the number
    (DOCNO, re.compile(rf"[〔［\[【(（]\s*(?:19|20){_DIGIT}{{2}}\s*[〕］\]】)）]\s*(?:第\s*)?{_DIGIT}+\s*号")),
    # 截至11月底, 截至目前, 截至2023年10月 (the date inside is listed as the whole phrase)
    (
        PERIOD,
        re.compile(r"截[至止](?:目前|今年|年底|年末|[^，。；,;\n]{0,12}?(?:月底|月末|月份|月|日|号|时点|时)|)"),
    ),
    # 2021-01-05, 2021.1.5, 2021/1/5
    (
        DATE,
        re.compile(rf"(?<!{_DIGIT})(?:19|20){_DIGIT}{{2}}[-./]{_DIGIT}{{1,2}}(?:[-./]{_DIGIT}{{1,2}}(?!{_DIGIT}))?"),
    ),
    # 2021年1月, 2021年1月31日, 二〇二一年一月, 1月31日, 12月份; never "3个月"
    (
        DATE,
        re.compile(
            rf"(?:(?:{_YEAR_PART})\s*)?(?<!个)(?<![0-9０-９]){_MONTH}"
            r"(?:\s*" + _DAY + r")?(?:\s*(?:底|初|末|中旬|上旬|下旬))?"
        ),
    ),
    (
        PERIOD,
        re.compile(
            r"今年以来|年初以来|上半年|下半年|今年|去年|前年|明年|年初|年中|年底|年末"
            r"|(?:第)?[一二三四1-4１-４]\s*季度|前三季度|近[一二三两]?年来?"
        ),
    ),
]
_AMOUNT = re.compile(
    r"(?<![0-9０-９])(?P<n>[0-9０-９]+(?:[,，][0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)\s*(?:余|多)?\s*(?P<unit>亿元|万元|千元|元)"
)
_NUMBER = re.compile(
    r"(?<![0-9０-９])(?P<n>[0-9０-９]+(?:[,，][0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)(?:\s*[%％]|\s*[万亿](?!元))?"
    rf"|(?<![第{_CN_DIGIT}两])(?P<cn>[{_CN_DIGIT}两][{_CN_DIGIT}两百千万]*)\s*(?:余|多)?\s*"
    r"(?P<measure>人次|场次|次|件|份|条|篇|个|项|场|期|名|人|批|家|户|所|台|套|处|起|天)"
)
# list markers are not numbers: "1、", "（2）", "3." at the start of a line
_LIST_MARKER = re.compile(r"(?:^|(?<=[\n，。；：,;:]))\s*[0-9０-９]+\s*[、.．](?![0-9])|[（(]\s*[0-9０-９]+\s*[）)]")


@dataclass(frozen=True)
class StaleMention:
    kind: str
    start: int
    end: int
    text: str  # as written in the text searched
    value: int | float | None = None  # the number, for counts and amounts
    year: int | None = None  # the year a year mention names


def find_stale(text: str) -> list[StaleMention]:
    """Every year, date, period word, 文号, count and amount in ``text``, without overlaps."""
    found: list[StaleMention] = []
    taken = [False] * len(text)

    def take(kind: str, start: int, end: int, value: int | float | None = None, year: int | None = None) -> None:
        if start >= end or any(taken[start:end]):
            return
        for i in range(start, end):
            taken[i] = True
        found.append(StaleMention(kind, start, end, text[start:end], value, year))

    for marker in _LIST_MARKER.finditer(text):
        for i in range(marker.start(), marker.end()):
            taken[i] = True
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(text):
            start, end = _trim(text, match.start(), match.end())
            take(kind, start, end)
    for mention in find_year_mentions(text):
        take(YEAR, mention.start, mention.end, year=mention.year)
    # what is taken no longer reads as a digit: "2022-00018" leaves "018" a number of its own
    rest = "".join("\x00" if t else c for c, t in zip(text, taken, strict=True))
    for match in _AMOUNT.finditer(rest):
        take(AMOUNT, match.start(), match.end(), value=_number(match.group("n")))
    rest = "".join("\x00" if t else c for c, t in zip(text, taken, strict=True))
    for match in _NUMBER.finditer(rest):
        if match.group("n"):
            take(NUMBER, match.start(), match.end(), value=_number(match.group("n")))
        else:
            value = cn_number(match.group("cn"))
            if value is not None:
                take(NUMBER, match.start(), match.end(), value=value)
    return sorted(found, key=lambda m: m.start)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _number(written: str) -> int | float:
    plain = written.translate(str.maketrans("０１２３４５６７８９", "0123456789")).replace(",", "").replace("，", "")
    value = float(plain)
    return int(value) if value.is_integer() and "." not in plain else value


_CN_UNITS = {"十": 10, "百": 100, "千": 1000, "万": 10_000}
_CN_VALUES = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}


def cn_number(written: str) -> int | None:
    """三 → 3, 十二 → 12, 二十五 → 25, 一百零八 → 108; None when it is not a number."""
    total = section = 0
    digit: int | None = None
    for char in written:
        if char in _CN_VALUES:
            digit = _CN_VALUES[char]
        elif char in _CN_UNITS:
            unit = _CN_UNITS[char]
            if unit == 10_000:
                total += (section + (digit or 0)) * unit
                section = 0
            else:
                section += (1 if digit is None else digit) * unit
            digit = None
        else:
            return None
    return total + section + (digit or 0)
