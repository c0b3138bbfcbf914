"""The one rule for year mentions: which move on at roll-forward, which are stale."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.rollforward.years import find_year_mentions, is_legitimate, shift_years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2017年，经信局", "2018年，经信局"),
        ("2017 年，收到申请", "2018 年，收到申请"),
        ("二〇一七年政府信息公开", "二〇一八年政府信息公开"),
        ("二〇一九年工作", "二〇二〇年工作"),
        ("２０１７年", "２０１８年"),
        ("二O一七年", "二〇一八年"),  # a Latin O is written back as 〇
        ("现将2017年政府信息公开工作情况报告如下", "现将2018年政府信息公开工作情况报告如下"),
        ("所列数据统计期限自2017年1月1日起至12月31日止", "所列数据统计期限自2018年1月1日起至12月31日止"),
        ("自2017年1月1日至2017年12月31日", "自2018年1月1日至2018年12月31日"),
        ("从二〇一七年一月一日起至十二月三十一日", "从二〇一八年一月一日起至十二月三十一日"),
    ],
)
def test_shift_moves_each_mention(text: str, expected: str) -> None:
    assert shift_years(text, 1) == expected


@pytest.mark.parametrize(
    "text",
    [
        "自2015年以来，累计公开",
        "从2015年起实行",
        "2015年至今",
        "早在2010年就建立了制度",
        "自2017年1月1日起至今",  # a starting point that runs to now
        "本条例自2008年5月1日起施行",
    ],
)
def test_starting_points_stay(text: str) -> None:
    assert shift_years(text, 1) == text
    assert all(m.on_purpose for m in find_year_mentions(text))


def test_statistics_period_is_not_on_purpose() -> None:
    text = "统计期限自2017年1月1日起至12月31日止"
    (mention,) = find_year_mentions(text)
    assert not mention.on_purpose
    assert not is_legitimate(mention, 2018, text)
    assert is_legitimate(mention, 2017, text)


def test_digits_without_year_are_not_mentions() -> None:
    assert find_year_mentions("公开信息 2017 条，电话 12017年") == []
    assert find_year_mentions("第3000年") == []  # out of range


def test_next_year_in_a_plan_is_legitimate() -> None:
    text = "下一步，2018年将继续完善制度"
    (mention,) = find_year_mentions(text)
    assert is_legitimate(mention, 2017, text)
    assert not is_legitimate(mention, 2016, text)


@settings(max_examples=50, deadline=None)
@given(st.text(alphabet=st.sampled_from("2017 年二〇一七自以来至今1月日，。O０２"), max_size=60))
def test_shift_never_fails_and_back_is_identity_for_plain_mentions(text: str) -> None:
    shifted = shift_years(text, 1)
    assert isinstance(shifted, str)
    if all(not m.on_purpose for m in find_year_mentions(text)) and "O" not in text:
        # the same number of mentions, each one year later
        before = [m.year for m in find_year_mentions(text)]
        after = [m.year for m in find_year_mentions(shifted)]
        if len(before) == len(after):
            assert after == [y + 1 for y in before]


def test_a_day_early_in_the_next_year_is_when_the_report_is_written():
    from desktop_app.core.rollforward.years import find_year_mentions, is_legitimate

    for text in ("截至2018年1月底，未发生泄密事件。", "本报告于二〇一八年一月九日定稿。", "2018年3月前完成整改。"):
        [mention] = find_year_mentions(text)
        assert is_legitimate(mention, 2017, text), text
    for text in ("2018年6月完成", "2018年，我局公开信息49条。"):
        [mention] = find_year_mentions(text)
        assert not is_legitimate(mention, 2017, text), text


@pytest.mark.parametrize(
    "text",
    [
        "较2016年增长12%。",
        "与2016年相比有所增加。",
        "比2016年多公开20条。",
        "2016年同期为15件。",
        "学习《2016年政务公开工作要点》。",
        "公开《关于2016年度县级预算执行情况的报告》。",
        "2016年年度报告提出的问题均已整改。",
    ],
)
def test_an_earlier_year_compared_or_in_a_title_is_legitimate(text: str) -> None:
    (mention,) = find_year_mentions(text)
    assert is_legitimate(mention, 2017, text)


@pytest.mark.parametrize("text", ["2018年，我局将进一步拓宽公开渠道。", "1件结转至2018年继续办理。"])
def test_next_year_planned_or_carried_into_is_legitimate(text: str) -> None:
    (mention,) = find_year_mentions(text)
    assert is_legitimate(mention, 2017, text)


@pytest.mark.parametrize(
    "text", ["2016年共公开信息20条。", "《条例》施行后，2016年全年受理申请3件。", "2018年公开信息20条。"]
)
def test_a_plain_other_year_is_still_stale(text: str) -> None:
    (mention,) = find_year_mentions(text)
    assert not is_legitimate(mention, 2017, text)
