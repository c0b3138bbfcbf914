"""The wording rules (stale years, period words, blanks, dates, characters) fire on a crafted
draft and stay quiet on the clean demo report."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.model import Draft
from desktop_app.core.validation.runner import Severity, validate
from tests.core.validation_helpers import of, text_at, with_text

# --- stale-year -------------------------------------------------------------------------


def test_stale_year(demo: Draft) -> None:
    text = demo.section("key-areas").text.replace("2017年", "2016年")  # type: ignore[union-attr]
    with_text(demo, "key-areas", text)
    (finding,) = validate(demo)
    assert (finding.code, finding.section, finding.severity) == ("stale-year", "key-areas", Severity.WARNING)
    assert text_at(demo, finding) == "2016年"
    assert finding.params["report_year"] == 2017


def test_stale_year_spares_deliberate_years(demo: Draft) -> None:
    text = "自2015年以来，坚持重点领域信息公开。2018年工作打算：继续推进。二〇一七年全年公开信息。"
    with_text(demo, "key-areas", text)
    assert of(validate(demo), "stale-year") == []


# --- period-word ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("半年来，我局政府信息公开工作存在一些不足。", "半年来"),
        ("上半年共公开信息20条。", "上半年"),
        ("下半年将继续推进。", "下半年"),
        ("本季度公开信息5条。", "本季度"),
        ("一季度公开信息5条。", "一季度"),
        ("第三季度开展检查。", "第三季度"),
        ("前三季度公开信息30条。", "前三季度"),
        ("今年以来，截至10月底共公开信息40条。", "截至10月"),
        ("截至2017年9月，公开信息30条。", "截至2017年9月"),
        ("截至十月底，公开信息30条。", "截至十月"),
        ("1-9月公开信息30条。", "1-9月"),
        ("一至九月公开信息30条。", "一至九月"),
    ],
)
def test_period_words(demo: Draft, sentence: str, word: str) -> None:
    with_text(demo, "problems", sentence)
    findings = of(validate(demo), "period-word")
    assert [text_at(demo, f) for f in findings] == [word]
    assert findings[0].params["found"] == word


@pytest.mark.parametrize(
    "sentence",
    [
        "截至目前，未发生泄密事件。",
        "截至12月31日，共公开信息49条。",
        "截至2018年1月，各项工作均已完成。",
        "统计期限自2017年1月1日起至12月31日止。",
        "每季度至少开展一次保密检查。",
        "一年来，全年共公开信息49条。",
    ],
)
def test_period_words_quiet(demo: Draft, sentence: str) -> None:
    with_text(demo, "problems", sentence)
    assert of(validate(demo), "period-word") == []


# --- placeholder ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "blank"),
    [
        ("全年主动公开政府信息XX条。", "XX"),
        ("全年主动公开政府信息xx条。", "xx"),
        ("全年主动公开政府信息ＸＸ条。", "ＸＸ"),
        ("全年主动公开政府信息××条。", "××"),
        ("全年主动公开政府信息X条。", "X"),
        ("由＿＿＿具体负责。", "＿＿＿"),
        ("由__具体负责。", "__"),
        ("由【请填写】具体负责。", "【请填写】"),
        ("由【】具体负责。", "【】"),
        ("全年公开{{ proactive_items }}条。", "{{ proactive_items }}"),
        ("{% if x %}全年公开信息。", "{% if x %}"),
        ("由○○科具体负责。", "○○"),
        ("由办公室具体负责（请填写人数）。", "请填写"),
    ],
)
def test_placeholders(demo: Draft, sentence: str, blank: str) -> None:
    with_text(demo, "organization", sentence)
    findings = of(validate(demo), "placeholder")
    assert [text_at(demo, f) for f in findings] == [blank]
    assert findings[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    "sentence",
    ["通过Excel表格和XP系统统计。", "2017年全年公开信息49条。", "二〇〇九年起设立公开栏。", "3×4的展板。"],
)
def test_placeholders_quiet(demo: Draft, sentence: str) -> None:
    with_text(demo, "organization", sentence)
    assert of(validate(demo), "placeholder") == []


# --- dates ------------------------------------------------------------------------------


def test_date_missing(demo: Draft) -> None:
    demo.report_date = None
    assert [(f.code, f.severity) for f in validate(demo)] == [("date-missing", Severity.ERROR)]


@pytest.mark.parametrize(
    ("when", "variant", "severity"),
    [
        (date(2017, 12, 31), "early", Severity.ERROR),
        (date(2017, 6, 1), "early", Severity.ERROR),
        (date(2019, 1, 1), "late", Severity.WARNING),
        (date(2018, 4, 1), "late", Severity.WARNING),  # the 2007 条例's 31 March has passed
    ],
)
def test_date_out_of_window(demo: Draft, when: date, variant: str, severity: Severity) -> None:
    demo.report_date = when
    (finding,) = validate(demo)
    assert (finding.code, finding.params["variant"], finding.severity) == ("date-out-of-window", variant, severity)


@pytest.mark.parametrize("when", [date(2018, 1, 1), date(2018, 3, 31)])
def test_date_in_window(demo: Draft, when: date) -> None:
    demo.report_date = when
    assert validate(demo) == []


@pytest.mark.parametrize(
    ("written", "severity"),
    [
        ("二O一八年一月九日", Severity.ERROR),
        ("二0一八年一月九日", Severity.ERROR),
        ("二Ｏ一八年一月九日", Severity.ERROR),
        ("二○一八年一月九日", Severity.WARNING),
        ("二O一七年", Severity.ERROR),
    ],
)
def test_lookalike_zero_in_date(demo: Draft, written: str, severity: Severity) -> None:
    with_text(demo, "problems", f"本报告于{written}印发。")
    (finding,) = of(validate(demo), "latin-o-in-date")
    assert text_at(demo, finding) == written and finding.severity is severity


def test_proper_chinese_date_is_quiet(demo: Draft) -> None:
    with_text(demo, "key-areas", "本报告于二〇一七年十二月二十日起草，2017年12月29日定稿。")
    assert validate(demo) == []


# --- invalid-character ------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x07", "\x00", "\r", "\ud800", "\ufffe", "\uffff", "\x85"])
def test_control_characters(demo: Draft, char: str) -> None:
    with_text(demo, "problems", f"存在的问题{char}有待改进。{char}")
    (finding,) = validate(demo)
    assert (finding.code, finding.severity, finding.span) == ("invalid-character", Severity.ERROR, (5, 6))
    assert finding.params["count"] == 2


def test_characters_outside_gb2312_warn_only_for_a_gb2312_font(demo: Draft) -> None:
    with_text(demo, "organization", "由办公室刘堃同志负责，二〇一七年——全年·公开。")
    (finding,) = validate(demo)
    assert (finding.code, finding.severity, finding.params["char"]) == ("invalid-character", Severity.WARNING, "堃")
    assert validate(demo, body_font="仿宋") == []
    assert validate(demo, body_font=None) == []


def test_agency_name_characters_are_checked(demo: Draft) -> None:
    demo.agency.full_name += "\x07"
    demo.issuer = demo.agency.full_name
    findings = of(validate(demo), "invalid-character")
    assert {f.field for f in findings} == {"agency", "issuer"}
