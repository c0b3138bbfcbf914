"""Properties of import over open-ended input (issue 14, point 8): it never raises anything but
a clear InputError, and every number it reports occurs in the text (a fact of 0 may come from
words that say none; any other value is read, never made up)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.errors import InputError
from desktop_app.core.importing.importer import import_text
from desktop_app.core.importing.numbers import plain_numbers

_HEADINGS = [
    "一、总体情况",
    "（二）主动公开政府信息情况",
    "第三部分 收到和处理政府信息公开申请情况",
    "4. 政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
    "一、政府信息公开的组织领导和制度建设情况",
    "目录",
]
_PHRASES = [
    "全年主动公开政府信息{n}条。",
    "主动公开和更新各类信息{n:,}条。",
    "开展培训{cn}次。",
    "依据国办公开办函〔{n}〕{n}号，电话0531-{n}。",
    "索引号：11440923007185236Q/{n}-00012",
    "本年度未收取任何费用。",
    "收取信息处理费{n}元。",
    "共收到申请{n}件，办结{n}件。",
    "— {n} —",
    "第 {n} 页 共 {n} 页",
    "{year}年{n}月{n}日",
]
_LABELS = [
    "规章",
    "行政规范性文件",
    "行政许可",
    "（一）予以公开",
    "一、本年新收政府信息公开申请数量",
    "总计",
    "信息内容",
]
_CN = ["一", "两", "三", "十二", "二十", "一百零五"]


@st.composite
def _lines(draw: st.DrawFn) -> list[str]:
    out = [draw(st.sampled_from(["桐华县水利局2023年政府信息公开工作年度报告", "某局工作总结", ""]))]
    for _ in range(draw(st.integers(0, 25))):
        kind = draw(st.integers(0, 4))
        number = draw(st.integers(0, 99999))
        if kind == 0:
            out.append(draw(st.sampled_from(_HEADINGS)))
        elif kind == 1:
            phrase = draw(st.sampled_from(_PHRASES))
            out.append(phrase.format(n=number, cn=draw(st.sampled_from(_CN)), year=draw(st.integers(1990, 2030))))
        elif kind == 2:  # a table row in any shape, blanks included
            cells = [
                draw(st.sampled_from(["", "0", str(number), str(number % 97)])) for _ in range(draw(st.integers(1, 8)))
            ]
            label = draw(st.sampled_from(_LABELS))
            sep = draw(st.sampled_from(["\t", " | ", " ", "\n"]))
            out.append(sep.join([label, *cells]))
        elif kind == 3:
            out.append(
                draw(st.text(st.sampled_from("一二三四五六七八九十0123456789、。，（）条件次年月日共计"), max_size=30))
            )
        else:
            out.append(str(number))
    return out


def _numbers_in(text: str) -> set[float]:
    return {float(n) for n in re.findall(r"\d+(?:\.\d+)?", plain_numbers(text))}


def _reported(facts: dict) -> list[float]:
    values: list[float] = []
    for value in facts.values():
        if isinstance(value, bool):
            continue
        if isinstance(value, (int, float)):
            values.append(float(value))
        elif isinstance(value, dict):
            values += [float(v) for cells in value.values() if isinstance(cells, dict) for v in cells.values()]
    return values


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_lines(), st.sampled_from([None, "ogi-annual-2021", "ogi-annual-2017"]))
def test_import_never_raises_and_never_reports_a_number_absent_from_the_text(lines, format_id):
    text = "\n".join(lines)
    try:
        result = import_text(text, format_id)
    except InputError as error:
        # refused only when there is no text, or nothing but a web page's furniture
        assert not text.strip() or error.code == "import:no-page-text", (error.code, text)
        return
    in_text = _numbers_in(text)
    for value in _reported(result.recognised):
        assert value == 0 or value in in_text, (value, text)


def test_a_page_of_nothing_but_portal_furniture_is_refused_by_name() -> None:
    """A portal page saved without its report (only the 索引号 line) says so, in both languages."""
    from desktop_app.core.messages.errors import error_text

    with pytest.raises(InputError) as caught:
        import_text("\n索引号：11440923007185236Q/0-00012", "ogi-annual-2021")
    assert caught.value.code == "import:no-page-text"
    assert "没有找到报告正文" in error_text(caught.value, "zh_CN")


def test_a_text_file_of_nothing_but_portal_furniture_is_refused_the_same_way(tmp_path: Path) -> None:
    from desktop_app.core.importing.importer import import_report

    path = tmp_path / "page.txt"
    path.write_text("索引号：11440923007185236Q/0-00012\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        import_report(path, "ogi-annual-2021")
    assert caught.value.code == "import:no-page-text"
