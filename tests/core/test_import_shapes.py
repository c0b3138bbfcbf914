"""Headings and tables in the shapes clerks' reports really have (issue 14, points 2, 3, 5)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.importing.importer import import_report, import_text
from desktop_app.core.importing.numbers import chinese_count, plain_numbers
from desktop_app.core.validation.runner import validate

NATIONAL = "ogi-annual-2021"
TITLE = "桐华县水利局2023年政府信息公开工作年度报告\n"
PARTS = [
    ("总体情况", "全年主动公开政府信息439条。"),
    ("主动公开政府信息情况", "见下表。"),
    ("收到和处理政府信息公开申请情况", "见下表。"),
    ("政府信息公开行政复议、行政诉讼情况", "无。"),
    ("存在的主要问题及改进情况", "公开质量有待提高。"),
    ("其他需要报告的事项", "本年度未收取信息处理费。"),
]
IDS = ["general", "proactive", "applications", "appeals", "problems", "other"]
CN = "一二三四五六"


def _report(number, parts=PARTS, sub: str = "") -> str:
    body = []
    for i, (title, text) in enumerate(parts):
        body.append(f"{number(i)}{title}")
        if sub:
            body.append(sub)
        body.append(text)
    return TITLE + "\n".join(body) + "\n2024年1月20日\n"


@pytest.mark.parametrize(
    "number",
    [
        lambda i: f"{CN[i]}、",
        lambda i: f"（{CN[i]}）",
        lambda i: f"{i + 1}、",
        lambda i: f"{i + 1}. ",
        lambda i: f"第{CN[i]}部分 ",
        lambda i: f"第{CN[i]}章 ",
    ],
    ids=["一、", "（一）", "1、", "1.", "第一部分", "第一章"],
)
def test_each_numbering_style_can_be_the_top_level(number):
    draft = import_text(_report(number), NATIONAL).draft
    for section_id, (_, text) in zip(IDS, PARTS, strict=True):
        assert text in draft.section(section_id).text, section_id
    assert draft.unplaced == []


def test_chapters_with_numbered_sub_headings_inside_keep_the_sub_headings_as_text():
    # 第一章 … is the top level; the 一、二、 inside a chapter are its sub-headings
    text = _report(lambda i: f"第{CN[i]}章 ", sub="一、主动公开\n二、依申请公开")
    draft = import_text(text, NATIONAL).draft
    assert "二、依申请公开" in draft.section("general").text
    assert "公开质量有待提高" in draft.section("problems").text


def test_headings_with_extra_words_run_in_text_and_aliases():
    text = TITLE + "\n".join(
        [
            "一、总体情况概述。2023年，我局全年主动公开政府信息439条。",
            "二、2023年主动公开政府信息情况",
            "见下表。",
            "五、存在的不足及改进措施",
            "人员不足。",
            "六、其他事项",
            "无。",
        ]
    )
    draft = import_text(text, NATIONAL).draft
    assert draft.section("general").text.startswith("2023年，我局")
    assert "见下表" in draft.section("proactive").text
    assert "人员不足" in draft.section("problems").text
    assert draft.section("other").text == "无。"


def test_a_table_of_contents_and_running_headers_are_skipped():
    lines = ["目录", "一、总体情况……1", "二、主动公开政府信息情况……2", "三、收到和处理政府信息公开申请情况……3"]
    report = _report(lambda i: f"{CN[i]}、")
    head = report.splitlines()[0]
    body = report.splitlines()[1:]
    body = [*body[:4], head, "第 2 页 共 5 页", *body[4:8], head, "— 3 —", *body[8:]]
    result = import_text("\n".join([head, *lines, *body]), NATIONAL)
    assert result.draft.section("general").text == "全年主动公开政府信息439条。"
    assert result.draft.unplaced == []
    assert {getattr(n, "code", "") for n in result.notes} >= {"contents-skipped", "running-heads"}


T2_PIPES = """\
| 第二十条第（一）项 |  |  |  |
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
|---|---|---|---|
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 2 |  | 9 |
| 行政许可 | 135 |  |  |"""

T2_ONE_PER_LINE = """\
第二十条第（一）项
信息内容
本年制发件数
本年废止件数
现行有效件数
规章
0
0
0
行政规范性文件
2
1
9
第二十条第（五）项
信息内容
本年处理决定数量
行政许可
135"""


def _with_t2(table: str) -> str:
    lines = ["一、总体情况", "全年主动公开政府信息439条。", "二、主动公开政府信息情况", table]
    return TITLE + "\n".join([*lines, "三、收到和处理政府信息公开申请情况", "无。"])


def test_a_pipe_grid_reads_printed_zeros_as_zero_and_blanks_as_absent():
    t2 = import_text(_with_t2(T2_PIPES), NATIONAL).draft.facts["t2"]
    assert t2["regulations"] == {"issued": 0, "repealed": 0, "in_force": 0}
    assert t2["normative_documents"] == {"issued": 2, "in_force": 9}  # the blank stays absent
    assert t2["licensing"] == {"decisions": 135}


def test_one_cell_per_line_is_read_by_its_labels():
    result = import_text(_with_t2(T2_ONE_PER_LINE), NATIONAL)
    t2 = result.draft.facts["t2"]
    assert t2["normative_documents"] == {"issued": 2, "repealed": 1, "in_force": 9}
    assert t2["licensing"] == {"decisions": 135}
    assert result.draft.unplaced == []


def test_columns_follow_the_printed_header_labels_when_the_row_has_more_numbers():
    # the 2019 trial table: four numbers under 上一年项目数量/本年增/减/处理决定数量
    table = "信息内容\t上一年项目数量\t本年增/减\t处理决定数量\n行政许可\t12\t1\t135"
    t2 = import_text(_with_t2(table), NATIONAL).draft.facts["t2"]
    assert t2["licensing"] == {"decisions": 135}


def test_a_row_that_fits_nowhere_is_reported_not_guessed():
    result = import_text(_with_t2("规章\t1\t2\n本表没有的一行\t3\t4\t5"), NATIONAL)
    assert any("本表没有的一行" in passage for passage in result.unplaced)
    assert "regulations" not in result.draft.facts.get("t2", {})


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全年主动公开政府信息439条。", 439),
        ("主动公开和更新各类信息1,286条。", 1286),
        ("全年主动公开政府信息共计 627 条。", 627),
        ("全年主动公开各类政府信息７８６条。", 786),
    ],
)
def test_proactive_items_in_real_phrasings(sentence, value):
    draft = import_text(TITLE + "一、总体情况\n" + sentence, NATIONAL).draft
    assert draft.facts["proactive_items"] == value


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("全年开展培训三次。", 3),
        ("举办培训班2期。", 2),
        ("组织政务公开专题培训两次。", 2),
        ("全年组织培训十二场。", 12),
    ],
)
def test_counts_in_chinese_numerals(sentence, value):
    draft = import_text(TITLE + "一、总体情况\n" + sentence, NATIONAL).draft
    assert draft.facts["training_sessions"] == value


def test_numbers_that_are_not_facts_are_never_taken():
    text = TITLE + (
        "一、总体情况\n依据国办公开办函〔2021〕30号，咨询电话0531-12345678，索引号11440923007185236Q/2024-00012。"
        "条例第五十条规定。2024年1月19日发布。\n六、其他需要报告的事项\n未收取任何费用。"
    )
    facts = import_text(text, NATIONAL).draft.facts
    assert "proactive_items" not in facts and "training_sessions" not in facts
    assert facts["processing_fees"] == 0  # "未收取任何费用": none, as the sentence says


def test_plain_numbers():
    assert plain_numbers("共１,２８６条，十二件，两次，第五十条") == "共1286条，12件，2次，第五十条"
    assert chinese_count("一百零五") == 105 and chinese_count("三十") == 30 and chinese_count("一二") is None


def test_agency_from_the_opening_sentence_and_website_from_the_text():
    text = (
        "2023年政府信息公开工作年度报告\n"
        "根据《条例》规定，现公布桐华县水利局2023年政府信息公开工作年度报告。"
        "本报告电子版可在桐华县人民政府门户网站查阅。\n一、总体情况\n全年主动公开政府信息439条。"
    )
    draft = import_text(text, NATIONAL).draft
    assert draft.agency.full_name == "桐华县水利局"
    assert draft.agency.website_name == "桐华县人民政府门户网站"


def test_a_heading_that_continues_the_section_above_stays_in_it():
    text = TITLE + "\n".join(
        [
            "一、总体情况",
            "全年主动公开政府信息439条。",
            "五、存在的主要问题",
            "人员不足。",
            "六、下一步工作打算",
            "加强培训。",
            "七、其他需要报告的事项",
            "无。",
        ]
    )
    result = import_text(text, NATIONAL)
    assert "加强培训" in result.draft.section("problems").text
    assert result.draft.section("other").text == "无。"
    assert result.draft.unplaced == []


@pytest.mark.parametrize(
    ("name", "rule"),
    [("2024-heyang-jiedao.txt", "T3-c"), ("2023-yongning-hexi-zhujian.txt", "T4-review")],
)
def test_the_table_rules_run_on_what_was_imported(name, rule):
    corpus = Path(__file__).resolve().parents[1] / "data" / "corpus"
    findings = validate(import_report(corpus / name).draft)
    assert rule in {f.params.get("rule") for f in findings if f.code == "table-arithmetic"}
