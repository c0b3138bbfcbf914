"""Fix-its: every finding with one right fix is fixed in one action, and the fix holds."""

from __future__ import annotations

from datetime import date

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_fact, set_section_text
from desktop_app.core.formats import tables
from desktop_app.core.model import Draft, Origin, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.validation.fixes import apply_fix, has_fix
from desktop_app.core.validation.runner import Finding, validate

from .test_tables import draft_2021


def only(draft: Draft, key: str) -> Finding:
    (finding,) = [f for f in validate(draft) if f.key == key]
    return finding


def fixed_text(draft: Draft, section: str, key: str) -> str:
    finding = only(draft, key)
    assert has_fix(draft, finding)
    before = to_json(draft)
    result = apply_fix(draft, finding)
    assert to_json(draft) == before  # the draft given is untouched
    assert [f for f in validate(result) if f.key == key] == []
    text = result.section(section)
    assert text is not None and text.origin is Origin.EDITED
    return text.text


@pytest.mark.parametrize(
    ("written", "key", "expected"),
    [
        ("2016年共公开信息20条。", "stale-year", "2017年共公开信息20条。"),
        ("二〇一六年共公开信息20条。", "stale-year", "二〇一七年共公开信息20条。"),
        ("半年来，我局积极推进。", "period-word", "一年来，我局积极推进。"),
        ("本报告于二O一八年一月九日印发。", "latin-o-in-date:latin", "本报告于二〇一八年一月九日印发。"),
        ("正文。【打印本页】", "placeholder:portal", "正文。"),
        ("正文\x07。", "invalid-character:control", "正文。"),
    ],
)
def test_text_fixes(written: str, key: str, expected: str) -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", written)
    assert fixed_text(draft, "key-areas", key) == expected


def test_a_stated_number_takes_the_facts_value() -> None:
    draft = demo_draft()
    set_section_text(draft, "proactive", "全年主动公开政府信息50条。")
    assert fixed_text(draft, "proactive", "fact-mismatch:text") == "全年主动公开政府信息49条。"


def test_a_stated_number_takes_the_tables_value() -> None:
    draft = draft_2021()
    set_section_text(draft, "general", "全年新收政府信息公开申请9件。")
    assert fixed_text(draft, "general", "fact-mismatch:cell") == "全年新收政府信息公开申请5件。"


def test_a_total_is_recomputed() -> None:
    draft = draft_2021()
    draft.facts["t4"] = {
        "cases": {"review_upheld": 1, "review_corrected": 1, "review_other": 0, "review_pending": 0, "review_total": 1}
    }
    finding = only(draft, "table-arithmetic:row")
    result = apply_fix(draft, finding)
    assert tables.cell(result.facts["t4"], "cases", "review_total") == 2
    assert not [f for f in validate(result) if f.code == "table-arithmetic"]


def test_a_balance_between_filled_cells_has_no_one_fix() -> None:
    draft = draft_2021()
    t3 = {row: dict(cells) for row, cells in draft.facts["t3"].items()}
    t3["carry_forward"]["natural"] = 0
    draft.facts["t3"] = t3
    finding = next(f for f in validate(draft) if f.params.get("rule") == "T3-a")
    assert not has_fix(draft, finding)
    with pytest.raises(ValueError):
        apply_fix(draft, finding)


def test_carried_over_takes_last_years_value() -> None:
    new = roll_forward(draft_2021()).draft
    t3 = dict(new.facts["t3"])
    t3["carried_over"] = {"natural": 5}
    set_fact(new, "t3", t3)
    finding = next(f for f in validate(new) if f.code == "table-carry")
    result = apply_fix(new, finding)
    assert not [f for f in validate(result) if f.code == "table-carry"]


def test_missing_issuer_and_date_are_filled() -> None:
    draft = demo_draft()
    draft.issuer = None
    draft.report_date = None
    result = apply_fix(draft, only(draft, "issuer-missing"))
    assert result.issuer == draft.agency.full_name
    dated = apply_fix(draft, only(draft, "date-missing"), today=date(2018, 1, 10))
    assert dated.report_date == date(2018, 1, 10)
    # still inside the report year: there is no right date yet
    assert not has_fix(draft, only(draft, "date-missing"), today=date(2017, 11, 1))


def test_findings_without_one_right_fix_offer_none() -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", "上半年共公开信息20条。")  # which words? only the clerk knows
    assert not has_fix(draft, only(draft, "period-word"))


def test_a_fix_that_no_longer_fits_the_text_is_refused() -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", "2016年共公开信息20条。")
    finding = only(draft, "stale-year")
    set_section_text(draft, "key-areas", "全年共公开信息20条，2016")
    assert not has_fix(draft, finding)
