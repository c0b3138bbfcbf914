"""Dates as Chinese official documents write them: 二〇一八年一月九日 and 2018年1月9日.

The year is written digit by digit with 〇 (U+3007) for zero; month and day as counting
numerals (十, 十一, 二十九, 三十一). Parsing also accepts the look-alikes that real reports
contain instead of 〇 (Latin O, 0, ○, Ｏ, ０, 零) and reports that it did.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desktop_app.core.model import DateStyle
from desktop_app.core.textscan import Sparse

LING = "\u3007"  # 〇 IDEOGRAPHIC NUMBER ZERO
DIGITS = LING + "一二三四五六七八九"
# characters seen in place of 〇 in published reports
ZERO_LOOKALIKES = "OoＯｏ0０○零"

_CN_DIGIT = {c: i for i, c in enumerate(DIGITS)} | {c: 0 for c in ZERO_LOOKALIKES}
_CN_YEAR = str.maketrans({c: str(i) for c, i in _CN_DIGIT.items()})
_YEAR_CHARS = DIGITS + ZERO_LOOKALIKES

CHINESE_DATE = re.compile(
    rf"([{_YEAR_CHARS}]{{4}})\s*年\s*([一二三四五六七八九十]{{1,3}})\s*月\s*([一二三四五六七八九十]{{1,4}})\s*日"
)
ARABIC_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_ANYWHERE = re.compile(f"{CHINESE_DATE.pattern}|{ARABIC_DATE.pattern}")
# a date holds a 月 (rarer in a report than 年) and no punctuation: only clauses with a 月
# are searched
_DATES = Sparse(DATE_ANYWHERE, "月", "。，；")


def counting_numeral(n: int) -> str:
    """1..99 → 一 … 九十九 (十 not 一十)."""
    if not 1 <= n <= 99:
        raise ValueError(n)
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else DIGITS[tens] + "十")
    return head + (DIGITS[ones] if ones else "")


def parse_counting_numeral(text: str) -> int:
    if not text or any(c not in "一二三四五六七八九十" for c in text):
        raise ValueError(text)
    if "十" not in text:
        if len(text) != 1:
            raise ValueError(text)
        return _CN_DIGIT[text]
    tens_part, _, ones_part = text.partition("十")
    if len(tens_part) > 1 or len(ones_part) > 1 or "十" in ones_part:
        raise ValueError(text)
    tens = _CN_DIGIT[tens_part] if tens_part else 1
    return tens * 10 + (_CN_DIGIT[ones_part] if ones_part else 0)


def year_in_chinese(year: int) -> str:
    return "".join(DIGITS[int(d)] for d in str(year))


def to_chinese(d: date) -> str:
    return f"{year_in_chinese(d.year)}年{counting_numeral(d.month)}月{counting_numeral(d.day)}日"


def to_arabic(d: date) -> str:
    """GB/T 9704-2012: full year, no leading zeros (2018年1月9日)."""
    return f"{d.year}年{d.month}月{d.day}日"


def format_date(d: date, style: DateStyle) -> str:
    return to_chinese(d) if style is DateStyle.CHINESE else to_arabic(d)


@dataclass(frozen=True)
class ParsedDate:
    value: date
    style: DateStyle
    start: int
    end: int
    # look-alike characters written where 〇 belongs (empty when the date is clean)
    lookalikes: str = ""


def parse_date(text: str) -> date:
    """Exactly one date, in either style; raises ValueError otherwise."""
    found = find_date(text.strip())
    if found is None or found.start != 0 or found.end != len(text.strip()):
        raise ValueError(f"not a date: {text!r}")
    return found.value


def find_date(text: str) -> ParsedDate | None:
    """The first valid date written anywhere in ``text``."""
    for match in DATE_ANYWHERE.finditer(text):
        parsed = _from_match(match)
        if parsed is not None:
            return parsed
    return None


def find_dates(text: str) -> list[ParsedDate]:
    return [p for m in _DATES.finditer(text) if (p := _from_match(m)) is not None]


def _from_match(match: re.Match[str]) -> ParsedDate | None:
    try:
        if match.group(1):
            raw_year = match.group(1)
            year = int(raw_year.translate(_CN_YEAR))
            value = date(year, parse_counting_numeral(match.group(2)), parse_counting_numeral(match.group(3)))
            lookalikes = "".join(c for c in raw_year if c in ZERO_LOOKALIKES)
            return ParsedDate(value, DateStyle.CHINESE, match.start(), match.end(), lookalikes)
        value = date(int(match.group(4)), int(match.group(5)), int(match.group(6)))
        return ParsedDate(value, DateStyle.ARABIC, match.start(), match.end())
    except ValueError:
        return None
