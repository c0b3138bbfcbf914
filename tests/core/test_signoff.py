"""Sign-off: refused with an open error, accepted without, voided by any later edit, re-signable."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_fact, set_section_text
from desktop_app.core.errors import InputError, SignOffError
from desktop_app.core.messages.catalogue import render
from desktop_app.core.model import Draft, SignOffState, from_json, sign_off_state, to_json, void_reason_sections
from desktop_app.core.signoff import blocking_findings, sign_off, void_explanation

NAMES = {
    "drafted_by": "张三",
    "reviewed_by": "李四",
    "approved_by": "王五",
    "issuer": "莒南县经济和信息化局",
    "date": date(2018, 1, 9),
}


def test_accepted_without_errors(demo: Draft) -> None:
    record = sign_off(demo, **NAMES)
    assert sign_off_state(demo) is SignOffState.SIGNED_OFF
    assert demo.sign_off is record
    assert (record.drafted_by, record.reviewed_by, record.approved_by) == ("张三", "李四", "王五")
    assert (record.issuer, record.date) == ("莒南县经济和信息化局", date(2018, 1, 9))
    assert (demo.issuer, demo.report_date) == (record.issuer, record.date)
    assert record.content_hash == demo.content_hash()
    assert record.section_hashes == demo.section_hashes()
    assert datetime.fromisoformat(record.signed_at).tzinfo is not None


def test_sign_off_survives_the_draft_file(demo: Draft) -> None:
    sign_off(demo, **NAMES)
    assert sign_off_state(from_json(to_json(demo))) is SignOffState.SIGNED_OFF


def test_the_given_date_and_issuer_are_what_is_judged(demo: Draft) -> None:
    demo.report_date = None  # date-missing is an error now …
    demo.issuer = None
    assert [f.code for f in blocking_findings(demo)] == ["date-missing"]
    assert blocking_findings(demo, date=date(2018, 1, 20)) == []
    sign_off(demo, **{**NAMES, "issuer": "县经信局", "date": "2018-01-20"})  # … but not once dated
    assert (demo.report_date, demo.issuer) == (date(2018, 1, 20), "县经信局")


def test_refused_with_an_open_error(demo: Draft) -> None:
    set_section_text(demo, "proactive", "全年主动公开政府信息XX条。")
    before = to_json(demo)
    with pytest.raises(SignOffError) as caught:
        sign_off(demo, **{**NAMES, "date": date(2018, 2, 1)})
    assert [f.code for f in caught.value.blocking] == ["placeholder"]  # type: ignore[attr-defined]
    assert to_json(demo) == before  # nothing recorded, date and issuer untouched
    assert sign_off_state(demo) is SignOffState.EDITING


@pytest.mark.parametrize("role", ["drafted_by", "reviewed_by", "approved_by", "issuer"])
def test_refused_with_an_empty_name(demo: Draft, role: str) -> None:
    with pytest.raises(SignOffError) as caught:
        sign_off(demo, **{**NAMES, role: "  "})
    codes = [(f.code, f.field) for f in caught.value.blocking]  # type: ignore[attr-defined]
    assert codes == [("sign-off-name-missing", role)]
    assert demo.sign_off is None


def test_refused_when_the_issuer_is_not_the_agency(demo: Draft) -> None:
    with pytest.raises(SignOffError) as caught:
        sign_off(demo, **{**NAMES, "issuer": "莒南县工业和信息化局"})
    assert [f.code for f in caught.value.blocking] == ["issuer-mismatch"]  # type: ignore[attr-defined]


def test_refused_when_dated_inside_the_report_year(demo: Draft) -> None:
    with pytest.raises(SignOffError):
        sign_off(demo, **{**NAMES, "date": date(2017, 12, 30)})


def test_a_bad_date_text_is_an_input_error(demo: Draft) -> None:
    with pytest.raises(InputError):
        sign_off(demo, **{**NAMES, "date": "2018-13-01"})


def test_warnings_do_not_block() -> None:
    draft, last = demo_draft(), demo_draft()  # identical to last year: warnings only
    sign_off(draft, **NAMES, last_year=last)
    assert sign_off_state(draft) is SignOffState.SIGNED_OFF


def test_a_text_edit_voids_it_and_says_where(demo: Draft) -> None:
    sign_off(demo, **NAMES)
    set_section_text(demo, "problems", demo.section("problems").text + "另有一条。")  # type: ignore[union-attr]
    assert sign_off_state(demo) is SignOffState.VOID
    assert void_reason_sections(demo) == ["problems"]
    params = void_explanation(demo)
    assert params["sections"] == ["problems"]
    text = render("sign-off-void", params)
    assert "十、存在的问题及改进情况" in text and "{" not in text
    assert "Problems and improvements" in render("sign-off-void", params, "en")


def test_a_fact_edit_voids_it(demo: Draft) -> None:
    sign_off(demo, **NAMES)
    set_fact(demo, "applications_answered", 2)  # shows in no text while no request came in
    assert sign_off_state(demo) is SignOffState.VOID
    assert void_reason_sections(demo) == []
    assert void_explanation(demo)["changes"] == "基本信息"


def test_a_fact_shown_in_the_text_names_those_sections(demo: Draft) -> None:
    sign_off(demo, **NAMES)
    set_fact(demo, "proactive_items", 50)
    assert void_explanation(demo)["sections"] == ["intro", "proactive"]


def test_a_date_edit_voids_it(demo: Draft) -> None:
    sign_off(demo, **NAMES)
    demo.report_date = date(2018, 1, 10)
    assert sign_off_state(demo) is SignOffState.VOID
    assert void_explanation(demo)["changes"] == "成文日期"
    assert "the date" in render("sign-off-void", void_explanation(demo), "en")


def test_re_signable_after_an_edit(demo: Draft) -> None:
    first = sign_off(demo, **NAMES)
    set_section_text(demo, "problems", "一年来，存在信息公开不够及时的问题，下一步将落实专人负责。")
    assert sign_off_state(demo) is SignOffState.VOID
    second = sign_off(demo, **{**NAMES, "approved_by": "赵六"})
    assert sign_off_state(demo) is SignOffState.SIGNED_OFF
    assert second.content_hash != first.content_hash and demo.sign_off is second
    assert void_explanation(demo) == {}


def test_no_explanation_unless_void(demo: Draft) -> None:
    assert void_explanation(demo) == {}
    sign_off(demo, **NAMES)
    assert void_explanation(demo) == {}
