"""Each validation rule fires on a crafted draft and stays quiet on the clean demo report: the
structure, the facts, repeats, similarity and the issuer (the wording rules: test_validation_wording)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.editing import set_fact
from desktop_app.core.model import Draft, to_json
from desktop_app.core.validation.rules_similarity import SIMILARITY_THRESHOLD
from desktop_app.core.validation.runner import Severity, validate
from tests.core.validation_helpers import of, text_at, with_text

# --- the clean demo ---------------------------------------------------------------------


def test_clean_demo_has_no_finding(demo: Draft) -> None:
    assert validate(demo) == []


def test_validation_is_pure(demo: Draft) -> None:
    before = to_json(demo)
    validate(demo, demo)
    assert to_json(demo) == before


def test_finding_as_dict(demo: Draft) -> None:
    demo.report_date = None
    (finding,) = validate(demo)
    assert finding.to_dict() == {
        "severity": "error",
        "code": "date-missing",
        "section": None,
        "field": None,
        "span": None,
        "params": {},
    }


# --- structure and facts ----------------------------------------------------------------


def test_missing_section(demo: Draft) -> None:
    demo.sections = [s for s in demo.sections if s.id != "fees"]
    (finding,) = validate(demo)
    assert (finding.code, finding.section, finding.severity) == ("missing-section", "fees", Severity.ERROR)
    assert finding.params["heading"] == "六、政府信息公开的收费及减免情况"


def test_empty_section(demo: Draft) -> None:
    with_text(demo, "problems", "  \n ")
    (finding,) = validate(demo)
    assert (finding.code, finding.section, finding.severity) == ("empty-section", "problems", Severity.ERROR)


def test_missing_number_fact_is_an_error(demo: Draft) -> None:
    demo.facts["applications_received"] = None
    findings = of(validate(demo), "missing-fact")
    assert [(f.field, f.section, f.severity) for f in findings] == [
        ("applications_received", "applications", Severity.ERROR)
    ]


def test_missing_list_fact_matters_only_while_the_template_writes_the_text(demo: Draft) -> None:
    demo.facts["problems"] = []
    assert [f.field for f in of(validate(demo), "missing-fact")] == ["problems"]
    with_text(demo, "problems", "我局政府信息公开工作还存在一些不足，下一步将加以改进。")
    assert of(validate(demo), "missing-fact") == []


def test_unconfirmed_carried_items_are_warnings(demo: Draft) -> None:
    demo.unconfirmed = ["fact:lead_office", "section:problems"]
    findings = of(validate(demo), "unconfirmed")
    assert [(f.field, f.section, f.severity) for f in findings] == [
        ("lead_office", "organization", Severity.WARNING),
        (None, "problems", Severity.WARNING),
    ]


# --- duplicate-passage ------------------------------------------------------------------

PASSAGE = "在现有制度的基础上，建立健全内部信息沟通协调机制，确保信息公开的时效性。"


def test_duplicate_across_sections_names_both_places(demo: Draft) -> None:
    organization = demo.section("organization").text + PASSAGE  # type: ignore[union-attr]
    with_text(demo, "organization", organization)
    with_text(demo, "problems", "一是进一步完善相关制度建设。" + PASSAGE.replace("，", ",") + "二是加强培训。")
    (finding,) = of(validate(demo), "duplicate-passage")
    assert finding.section == "problems"
    assert text_at(demo, finding) == PASSAGE.replace("，", ",")
    assert finding.params["other_section"] == "organization"
    start, end = finding.params["other_span"]
    assert organization[start:end] == PASSAGE
    assert finding.params["other_heading"].startswith("一、")


def test_duplicate_within_one_section_and_near_copies(demo: Draft) -> None:
    near = PASSAGE.replace("确保", "保证")
    with_text(demo, "problems", PASSAGE + "二是加大推进政务公开力度。" + near)
    (finding,) = of(validate(demo), "duplicate-passage")
    assert finding.section == "problems" and finding.params["other_section"] == "problems"
    assert text_at(demo, finding) == near


def test_neighbouring_repeated_sentences_are_one_passage(demo: Draft) -> None:
    two = "进一步规范工作规程，明确责任分工。建立责任追究和考核机制，实现制度化、规范化。"
    with_text(demo, "confidentiality", "坚持先审查后公开。" + two)
    with_text(demo, "problems", "下一步：" + two + "完。")
    (finding,) = of(validate(demo), "duplicate-passage")
    assert text_at(demo, finding) == two


def test_short_repeats_are_not_passages(demo: Draft) -> None:
    with_text(demo, "problems", "明确责任分工，规范工作规程。" + "明确责任分工，规范工作规程。")
    assert of(validate(demo), "duplicate-passage") == []


# --- similar-to-last-year ---------------------------------------------------------------


def test_similar_to_last_year(demo: Draft) -> None:
    from desktop_app.core.demo import demo_draft

    last = demo_draft()
    findings = validate(demo, last)
    similar = of(findings, "similar-to-last-year")
    assert {f.section for f in similar} >= {"organization", "problems"}
    assert all(f.severity is Severity.WARNING and f.params["similarity"] >= SIMILARITY_THRESHOLD for f in similar)
    # short sections (未收到申请) may read the same every year
    assert "applications" not in {f.section for f in similar}
    with_text(
        demo,
        "problems",
        "全年工作中发现三个问题：栏目更新慢，解读形式单一，人员均为兼职。下一步将逐一整改，"
        "落实专人负责，每月检查栏目更新情况，并组织一次全员培训。",
    )
    assert "problems" not in {f.section for f in of(validate(demo, last), "similar-to-last-year")}


# --- fact-mismatch ----------------------------------------------------------------------


def test_text_number_disagrees_with_fact(demo: Draft) -> None:
    text = demo.section("proactive").text.replace("49条", "48 条")  # type: ignore[union-attr]
    with_text(demo, "proactive", text)
    (finding,) = validate(demo)
    assert (finding.code, finding.section, finding.field) == ("fact-mismatch", "proactive", "proactive_items")
    assert finding.severity is Severity.ERROR
    assert text_at(demo, finding) == "48"
    assert (finding.params["stated"], finding.params["expected"]) == ("48", "49")


def test_zero_wording_disagrees_with_fact(demo: Draft) -> None:
    set_fact(demo, "applications_received", 3)
    set_fact(demo, "applications_answered", 3)
    with_text(demo, "applications", "2017年，未收到政府信息公开申请。")
    (finding,) = of(validate(demo), "fact-mismatch")
    assert (finding.section, finding.field, finding.params["stated"]) == ("applications", "applications_received", "0")


def test_sections_disagree_when_no_fact(demo: Draft) -> None:
    demo.facts["proactive_items"] = None
    with_text(demo, "intro", "2017年，全年主动公开政府信息49条。")
    with_text(demo, "proactive", "2017年，在莒南政府网主动公开政府信息50条。")
    (finding,) = of(validate(demo), "fact-mismatch")
    assert finding.params["variant"] == "sections"
    assert (finding.section, finding.params["other_section"]) == ("proactive", "intro")


def test_fees_without_requests(demo: Draft) -> None:
    set_fact(demo, "fees_collected", 30)  # the boilerplate now says 收取…费用30元
    (finding,) = validate(demo)
    assert (finding.code, finding.field, finding.section) == ("fact-mismatch", "fees_collected", "fees")
    assert finding.severity is Severity.WARNING
    assert text_at(demo, finding) == "30"
    assert finding.params["needs"] == "applications_received"


def test_fees_in_text_without_requests(demo: Draft) -> None:
    with_text(demo, "fees", "2017年，共收费20元。")
    findings = of(validate(demo), "fact-mismatch")
    assert {f.params["variant"] for f in findings} == {"text", "needs"}  # vs fact 0, and vs no requests


def test_appeals_without_requests(demo: Draft) -> None:
    set_fact(demo, "reconsideration_cases", 1)
    (finding,) = validate(demo)
    assert (finding.code, finding.field, finding.section) == ("fact-mismatch", "reconsideration_cases", "appeals")


# --- issuer -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("issuer", "fires"),
    [("莒南县工业和信息化局", True), ("县经信局", False), ("莒南县经济和信息化局 ", False), (None, False)],
)
def test_issuer_mismatch(demo: Draft, issuer: str | None, fires: bool) -> None:
    demo.issuer = issuer
    findings = of(validate(demo), "issuer-mismatch")
    assert bool(findings) is fires
    assert all(f.severity is Severity.ERROR for f in findings)


# --- robustness -------------------------------------------------------------------------


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=300))
def test_any_text_validates_without_crashing(text: str) -> None:
    from desktop_app.core.demo import demo_draft

    draft = demo_draft()
    with_text(draft, "problems", text or "空")
    for finding in validate(draft, draft):
        assert isinstance(finding.severity, Severity)
        if finding.span is not None and finding.section is not None:
            start, end = finding.span
            assert 0 <= start <= end <= len(draft.section(finding.section).text)  # type: ignore[union-attr]


# --- with the importer and roll-forward -------------------------------------------------


def test_imported_sample_report(sample_text: str) -> None:
    from desktop_app.core.importing.importer import import_text

    draft = import_text(sample_text).draft
    findings = validate(draft)
    periods = of(findings, "period-word")
    assert [(f.section, f.params["found"]) for f in periods] == [("problems", "半年来")]
    duplicates = of(findings, "duplicate-passage")
    assert any(
        f.section == "problems"
        and f.params["other_section"] == "organization"
        and "内部信息沟通协调机制" in text_at(draft, f)
        for f in duplicates
    )


def test_rolled_forward_demo(demo: Draft) -> None:
    from desktop_app.core.rollforward.forward import roll_forward

    draft = roll_forward(demo).draft
    findings = validate(draft, demo)
    assert of(findings, "similar-to-last-year")
    assert of(findings, "stale-year") == []
    section = next(s for s in draft.sections if "2018年" in s.text)
    with_text(draft, section.id, section.text.replace("2018年", "2017年", 1))
    stale = of(validate(draft, demo), "stale-year")
    assert [(f.section, text_at(draft, f)) for f in stale] == [(section.id, "2017年")]


def test_a_report_without_issuer_line_gets_a_warning(demo: Draft) -> None:
    demo.issuer = None
    [finding] = [f for f in validate(demo) if f.code == "issuer-missing"]
    assert finding.severity is Severity.WARNING and finding.field == "issuer"
    demo.issuer = demo.agency.full_name
    assert not [f for f in validate(demo) if f.code == "issuer-missing"]
