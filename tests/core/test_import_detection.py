"""The format of a published report, detected from the report itself (issue 14, point 1)."""

from __future__ import annotations

from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.detection import detect_format, detect_spec
from desktop_app.core.importing.importer import import_text
from desktop_app.core.importing.report import import_report_data

NATIONAL = """\
桐华县水利局2023年政府信息公开工作年度报告
本报告依据《中华人民共和国政府信息公开条例》和国办公开办函〔2021〕30号要求编制。
一、总体情况
2023年，我局全年主动公开政府信息439条。
二、主动公开政府信息情况
第二十条第（一）项
信息内容\t本年制发件数\t本年废止件数\t现行有效件数
规章\t0\t0\t0
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量\t3\t\t\t\t\t\t3
四、政府信息公开行政复议、行政诉讼情况
本年度无行政复议、行政诉讼。
五、存在的主要问题及改进情况
公开质量有待提高。
六、其他需要报告的事项
本年度未收取信息处理费。
桐华县水利局
2024年1月20日
"""

TEN_SECTION = """\
桐华县商务局
2016年政府信息公开工作总结
2016年，我局认真贯彻落实《条例》。
一、政府信息公开的组织领导和制度建设情况
成立领导小组。
二、发布解读、回应社会关切以及互动交流情况
发布解读稿件5篇。
三、重点领域政府信息公开工作推进情况和公开情况
公开部门预算。
四、主动公开政府信息以及公开平台建设情况
主动公开政府信息136条。
五、政府信息公开申请的办理情况
未收到申请。
十、存在的问题及改进情况
人员多为兼职。
二〇一七年一月十日
"""


def test_a_national_report_is_detected_without_being_told():
    result = import_text(NATIONAL)
    assert result.draft.format_id == "ogi-annual-2021"
    assert result.detection is not None and result.detection.sure
    assert result.detection.runner_up == "ogi-annual-2017"
    assert result.notes[0].code == "format-detected"
    assert result.draft.facts["proactive_items"] == 439


def test_a_ten_section_report_is_detected_as_such():
    result = import_text(TEN_SECTION)
    assert result.draft.format_id == "ogi-annual-2017"
    assert result.detection is not None and result.detection.confidence > 0.6


def test_a_forced_format_is_kept_and_not_announced_as_detected():
    result = import_text(NATIONAL, "ogi-annual-2017")
    assert result.draft.format_id == "ogi-annual-2017"
    assert result.detection is not None and result.detection.forced
    assert all(getattr(n, "code", "") != "format-detected" for n in result.notes)


def test_an_ambiguous_text_says_it_is_unsure_and_names_the_runner_up():
    # no headings, no tables, no reference, a year both formats could serve: nothing to go on
    result = import_text("某县某局工作情况\n全年主动公开政府信息12条。")
    detection = result.detection
    assert detection is not None and not detection.sure
    assert detection.runner_up is not None and detection.runner_up != result.draft.format_id
    assert result.notes[0].code == "format-unsure"
    assert load_format(detection.runner_up).name in result.notes[0]


def test_the_year_alone_tips_the_balance_between_two_equal_candidates():
    body = ["一、存在的不足及改进措施", "人员不足。"]
    assert detect_format(body, 2022).format_id == "ogi-annual-2021"
    assert detect_format(body, 2016).format_id == "ogi-annual-2017"


def test_detection_signals_are_data_in_the_format_packs():
    national = detect_spec(load_format("ogi-annual-2021"))
    assert any("国办公开办函〔2021〕30号" in r for r in national.references)
    assert national.first_year == 2019
    assert detect_spec(load_format("ogi-annual-2017")).last_year == 2018


def test_the_import_report_names_sources_facts_with_phrases_and_tables():
    data = import_report_data(import_text(NATIONAL))
    assert data["format"] == "ogi-annual-2021" and data["runner_up"] == "ogi-annual-2017"
    assert 0.5 < data["confidence"] <= 1
    general = next(s for s in data["sections"] if s["id"] == "general")
    assert general["heading"] == "一、总体情况" and general["lines"][0] >= 1
    fact = next(f for f in data["facts"] if f["key"] == "proactive_items")
    assert fact["value"] == 439 and "439条" in fact["phrase"]
    assert data["tables"]["t3"]["values"]["new.natural"] == 3
