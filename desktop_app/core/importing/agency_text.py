"""The agency's name and website where the report's text states them: the opening sentence
("现公布××局2023年政府信息公开工作年度报告", "本报告由××局编制") when the title carries no
name, and the site where the report or the agency's information is published."""

from __future__ import annotations

import re

from desktop_app.core.importing.report_lines import looks_like_agency

_OPENING_LINES = 3  # the agency is named at the start or not at all
_NAME = r"(?P<name>[\u4e00-\u9fff（）()]{2,30}?)"
_YEAR = r"(?:[12][0-9]{3}|[一二][〇零○一二三四五六七八九]{3})"
_IN_OPENING = (
    re.compile(rf"(?:现公布|现予公布|现将|公布|发布){_NAME}{_YEAR}年度?(?:政府信息公开|政务公开)"),
    re.compile(rf"由{_NAME}(?:编制|编写|负责编制)"),
    re.compile(rf"^{_NAME}{_YEAR}年度?(?:政府信息公开|政务公开)工作"),
)
_SITE = re.compile(
    r"(?:可在|可登录|可通过|登录|在|通过)\s*[“\"《]?"
    r"(?P<site>[\u4e00-\u9fff]{2,24}?(?:人民政府门户网站|政府门户网站|门户网站|政府网站|政府网|信息公开网|政务网|网站))"
    r"[”\"》]?"
)
_SITE_FIRST = ("电子版", "查阅", "下载")  # the sentence that says where the report itself is published


def agency_from_opening(body: list[str]) -> str | None:
    for line in body[:_OPENING_LINES]:
        for pattern in _IN_OPENING:
            match = pattern.search(line)
            if match and looks_like_agency(match.group("name")):
                return match.group("name")
    return None


def website(body: list[str]) -> str | None:
    """The site named where the text says the report can be read, else the first site named."""
    first: str | None = None
    for line in body:
        for match in _SITE.finditer(line):
            site = match.group("site")
            if any(word in line for word in _SITE_FIRST):
                return site
            first = first or site
    return first
