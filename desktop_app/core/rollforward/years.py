"""Year mentions in report text (2017年, 2017 年, ２０１７年, 二〇一七年) and the rule for
when a year other than the report year is written on purpose.

One rule serves roll-forward (which years move on) and validation (which years are stale):
- on purpose: a starting point ("自2015年以来", "从2015年起", "2015年至今", "早在2015年"),
  but not the statistics period of one year ("自2017年1月1日起至12月31日止"), which follows
  the report year like any other mention;
- also allowed in validation: the next year when the text plans ahead
  ("2018年工作打算", "下一步…2018年", "2018年，我局将…"), carries requests into it
  ("结转至2018年继续办理"), or names a day in the first quarter of it, when the report is
  written ("截至2018年1月", "二〇一八年一月九日");
- an earlier year in a comparison ("较2016年", "比2016年增长", "与2016年相比", "2016年同期"),
  in the title of a document or a regulation ("《2016年政务公开工作要点》",
  "《关于2016年度预算执行…》"), or naming an earlier year's report ("2016年年度报告").
  Roll-forward still moves these: next year's comparison is with next year's last year.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop_app.core.cn_dates import DIGITS, ZERO_LOOKALIKES
from desktop_app.core.textscan import Sparse

_FULLWIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_TO_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_CN_YEAR_CHARS = DIGITS + "".join(c for c in ZERO_LOOKALIKES if c not in "0０")
# a Chinese year digit by digit as Arabic digits; a look-alike of 〇 counts as 0
_CN_YEAR_DIGITS = str.maketrans({c: str(DIGITS.index(c)) if c in DIGITS else "0" for c in _CN_YEAR_CHARS})

YEAR_MENTION = re.compile(
    r"(?<![0-9０-９])(?P<arabic>[12１２][0-9０-９]{3})(?P<space>[ \u3000]?)年"
    rf"|(?<![{_CN_YEAR_CHARS}])(?P<chinese>[一二][{_CN_YEAR_CHARS}]{{3}})年"
)
# every mention ends in 年 and holds no punctuation: only clauses with a 年 are searched
_YEAR_MENTIONS = Sparse(YEAR_MENTION, "年", "\n。，；")
_STARTING_BEFORE = re.compile(r"(自|从|早在|始于|始自|起自)\s*$")
_STARTING_AFTER = re.compile(r"^(?:[^，。；]{0,8}?)(以来|至今|起至今|开始至今|以后|迄今)")
# "…年1月1日起至…": a one-year period, not a starting point (unless it runs "至今")
_YEAR_PERIOD = re.compile(r"^\s*(?:1|１|一)\s*月\s*(?:1|１|一)\s*日\s*起?\s*(?:至|到|[-—–~～])(?!\s*今)")
_PLAN_CONTEXT = re.compile(r"工作打算|工作计划|工作思路|下一步|下一年|明年|将继续|计划")
# January–March of the next year: reports are written and published then
_EARLY_NEXT_YEAR = re.compile(r"^\s*(?:[1-3１-３]|[一二三])\s*月")
# "2018年，我局将…", "结转至2018年继续办理": the next year as what comes after the report
_PLAN_AFTER = re.compile(r"^[^。；\n]{0,12}?(?:将|拟|力争|继续办理|计划|要)")
_CARRIED_INTO = re.compile(r"(?:结转|顺延|延期)(?:至|到)\s*$")
# an earlier year as the base of a comparison
_COMPARED_BEFORE = re.compile(r"(?:较|比|与|同|相比|对比|比较|高于|低于|超过|相对于)\s*$")
_COMPARED_AFTER = re.compile(r"^(?:度)?\s*(?:同期|相比|比较|持平|的\d|为基数|基础上)|^[^。；，\n]{0,10}?相比")
# an earlier year's report named as such
_EARLIER_REPORT = re.compile(r"^[^。；，\n]{0,16}?(?:年度报告|年报)")


@dataclass(frozen=True)
class YearMention:
    year: int
    start: int  # span of the whole mention, 年 included
    end: int
    chinese: bool
    on_purpose: bool  # a deliberate reference to an earlier starting point

    def render(self, year: int, original: str) -> str:
        if self.chinese:
            return "".join(DIGITS[int(d)] for d in str(year)) + "年"
        digits = original[self.start : self.end].rstrip("年").rstrip()
        spacing = original[self.start + len(digits) : self.end - 1]
        fullwidth = digits[0] in "１２"
        text = str(year).translate(_TO_FULLWIDTH) if fullwidth else str(year)
        return f"{text}{spacing}年"


def find_year_mentions(text: str) -> list[YearMention]:
    mentions = []
    for match in _YEAR_MENTIONS.finditer(text):
        arabic, digits = match.group("arabic", "chinese")
        chinese = arabic is None
        year = int(digits.translate(_CN_YEAR_DIGITS) if chinese else arabic.translate(_FULLWIDTH))
        if not 1900 <= year <= 2199:
            continue
        start, end = match.span()
        after = text[end : end + 14]
        on_purpose = bool(
            _STARTING_BEFORE.search(text, max(0, start - 4), start)
            # _STARTING_AFTER needs 以, 至 or 迄: looked for first, it is seldom there
            or (("以" in after or "至" in after or "迄" in after) and _STARTING_AFTER.search(after))
        )
        if on_purpose and _YEAR_PERIOD.search(after):
            on_purpose = False
        mentions.append(YearMention(year, start, end, chinese, on_purpose))
    return mentions


def is_legitimate(mention: YearMention, report_year: int, text: str) -> bool:
    """Whether a mention may stand in a report for ``report_year``."""
    if mention.year == report_year or mention.on_purpose or in_title(text, mention.start):
        return True
    after = text[mention.end : mention.end + 20]
    if mention.year == report_year + 1:
        window = text[max(0, mention.start - 20) : mention.end + 12]
        return bool(
            _PLAN_CONTEXT.search(window)
            or _EARLY_NEXT_YEAR.search(after[:6])
            or _PLAN_AFTER.search(after)
            or _CARRIED_INTO.search(text[max(0, mention.start - 4) : mention.start])
        )
    if mention.year < report_year:
        before = text[max(0, mention.start - 5) : mention.start]
        return bool(_COMPARED_BEFORE.search(before) or _COMPARED_AFTER.search(after) or _EARLIER_REPORT.search(after))
    return False


def in_title(text: str, at: int) -> bool:
    """Whether ``at`` lies inside 《…》 (a document's or a regulation's title) on one line."""
    opening = text.rfind("《", max(0, at - 60), at)
    if opening < 0 or text.find("》", opening, at) >= 0 or "\n" in text[opening:at]:
        return False
    closing = text.find("》", at, at + 60)
    return closing >= 0 and "\n" not in text[at:closing]


def shift_years(text: str, delta: int) -> str:
    """Move every year mention on by ``delta``, except those written on purpose."""
    pieces = []
    last = 0
    for mention in find_year_mentions(text):
        if mention.on_purpose:
            continue
        pieces.append(text[last : mention.start])
        pieces.append(mention.render(mention.year + delta, text))
        last = mention.end
    pieces.append(text[last:])
    return "".join(pieces)
