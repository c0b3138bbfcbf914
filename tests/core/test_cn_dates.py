from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.cn_dates import (
    LING,
    counting_numeral,
    find_date,
    format_date,
    parse_date,
    to_arabic,
    to_chinese,
)
from desktop_app.core.model import DateStyle

dates = st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


def test_example_report_date():
    assert to_chinese(date(2018, 1, 9)) == "二〇一八年一月九日"
    assert "\u3007" in to_chinese(date(2018, 1, 9)) and LING == "〇"
    assert to_arabic(date(2018, 1, 9)) == "2018年1月9日"


@pytest.mark.parametrize(
    ("n", "text"), [(1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (29, "二十九"), (31, "三十一")]
)
def test_counting_numerals(n, text):
    assert counting_numeral(n) == text


def test_months_and_days():
    assert to_chinese(date(2020, 12, 21)) == "二〇二〇年十二月二十一日"
    assert to_chinese(date(2000, 10, 30)) == "二〇〇〇年十月三十日"


@settings(max_examples=300, deadline=None)
@given(dates)
def test_round_trip_both_styles(d):
    assert parse_date(to_chinese(d)) == d
    assert parse_date(to_arabic(d)) == d
    for style in DateStyle:
        assert parse_date(format_date(d, style)) == d


def test_every_date_1950_2100_round_trips():
    d, end = date(1950, 1, 1), date(2100, 12, 31)
    while d <= end:
        assert parse_date(to_chinese(d)) == d
        d += timedelta(days=1)


@pytest.mark.parametrize("lookalike", ["O", "0", "○", "Ｏ", "０"])
def test_lookalike_zero_is_read_and_reported(lookalike):
    found = find_date(f"落款 二{lookalike}一八年一月二日")
    assert found is not None
    assert found.value == date(2018, 1, 2)
    assert found.lookalikes == lookalike


def test_clean_date_reports_no_lookalike():
    found = find_date("二〇一八年一月九日")
    assert found is not None and found.lookalikes == "" and found.style is DateStyle.CHINESE


@pytest.mark.parametrize("bad", ["二〇一八年二月三十日", "2018年13月1日", "二〇一八年", "", "一月九日"])
def test_invalid_dates_raise(bad):
    with pytest.raises(ValueError):
        parse_date(bad)
