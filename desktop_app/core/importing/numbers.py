"""Numbers as reports write them, made plain for the format's patterns: full-width digits,
thousands separators (1,286), and counts in Chinese numerals before a unit (十二件, 两次).

Dates, 文号, phone numbers and the like are left as written; the patterns decide what a fact
is. ``plain_numbers`` keeps sentences apart so a fact is always read from one sentence.
"""

from __future__ import annotations

import re

_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3})((?:[,，]\d{3})+)(?![\d])")
_UNITS = "条件次篇期场个项批份人名家起封"
_CN_NUMERALS = "零〇一二两三四五六七八九十百千"
# "第五十条", "星期三", "初一" are ordinals and names, not counts
_CN_COUNT = re.compile(rf"(?<![第星周礼初{_CN_NUMERALS}])([{_CN_NUMERALS}]+)(?=[{_UNITS}])")
_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
_SENTENCE = re.compile(r"[^。；！？;!?\n]+[。；！？;!?]?")


def chinese_count(text: str) -> int | None:
    """十二 → 12, 两 → 2, 一百零五 → 105, 三十 → 30; None for what is not a counting numeral."""
    total = 0
    digit: int | None = None
    for char in text:
        if char in _CN_DIGITS:
            if digit is not None and digit != 0:
                return None  # "一二" is not a count
            digit = _CN_DIGITS[char]
        elif char in _CN_UNITS:
            total += (digit if digit is not None else 1) * _CN_UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def plain_numbers(text: str) -> str:
    """``text`` with its numbers in Arabic digits, without separators."""
    text = text.translate(_HALF_WIDTH)
    text = _THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"[,，]", "", m.group(2)), text)

    def arabic(match: re.Match[str]) -> str:
        value = chinese_count(match.group(1))
        return match.group(1) if value is None else str(value)

    return _CN_COUNT.sub(arabic, text)


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.findall(text) if s.strip()]
