"""The elements evaluators check, declared per format in format.toml [review]."""

from __future__ import annotations

from datetime import date

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import new_draft, set_section_text
from desktop_app.core.model import Draft
from desktop_app.core.validation.runner import Finding, Severity, validate


def national() -> Draft:
    draft = new_draft(
        "ogi-annual-2021",
        2022,
        demo_draft().agency,
        {"proactive_items": 12, "problems": ["解读形式单一"], "measures": ["丰富解读形式"], "processing_fees": 0},
    )
    draft.report_date = date(2023, 1, 20)
    draft.issuer = draft.agency.full_name
    for key in ("t2", "t3", "t4"):
        draft.facts[key] = {}
    return draft


def of(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def test_a_generated_national_report_has_every_element() -> None:
    assert of(validate(national()), "missing-element") == []


def test_the_statistics_period_must_be_stated() -> None:
    draft = national()
    set_section_text(draft, "intro", "本报告由县经信局编制。")
    (finding,) = of(validate(draft), "missing-element")
    assert (finding.params["element"], finding.severity) == ("period", Severity.WARNING)


def test_fees_must_be_stated_from_2021_on() -> None:
    draft = national()
    set_section_text(draft, "other", "无。")
    assert [f.params["element"] for f in of(validate(draft), "missing-element")] == ["fees"]
    draft.year = 2020  # before 信息处理费 existed
    draft.report_date = date(2021, 1, 20)
    assert of(validate(draft), "missing-element") == []


def test_problems_and_measures_both_needed() -> None:
    draft = national()
    set_section_text(draft, "problems", "下一步，我局将进一步加强学习培训，完善制度。")
    (finding,) = of(validate(draft), "missing-element")
    assert (finding.params["element"], finding.section) == ("problems", "problems")
    set_section_text(draft, "problems", "一是解读形式单一，二是公开不够及时，这些问题都需要重视。")
    (finding,) = of(validate(draft), "missing-element")
    assert finding.params["element"] == "measures"


def test_a_one_line_section_is_trivial_but_other_matters_may_be_brief() -> None:
    draft = national()
    set_section_text(draft, "general", "全年工作正常开展。")
    set_section_text(draft, "other", "本年度未收取信息处理费。无。")
    (finding,) = of(validate(draft), "trivial-section")
    assert (finding.section, finding.severity) == ("general", Severity.WARNING)


def test_the_opening_is_optional() -> None:
    draft = national()
    draft.sections = [s for s in draft.sections if s.id != "intro"]
    findings = validate(draft)
    assert of(findings, "missing-section") == []


def test_a_date_after_the_statutory_deadline_names_it() -> None:
    draft = national()
    draft.report_date = date(2023, 2, 1)
    (finding,) = of(validate(draft), "date-out-of-window")
    assert finding.severity is Severity.WARNING
    assert finding.params["latest_iso"] == "2023-01-31"
    assert "第四十九条" in finding.params["basis"]
    draft.report_date = date(2023, 1, 31)
    assert of(validate(draft), "date-out-of-window") == []


def test_the_ten_section_frame_keeps_its_own_deadline() -> None:
    draft = demo_draft()
    draft.report_date = date(2018, 3, 31)
    assert validate(draft) == []


def test_a_table_section_with_a_caption_only_is_not_trivial() -> None:
    draft = national()
    set_section_text(draft, "proactive", "见下表。")
    assert of(validate(draft), "trivial-section") == []


def test_prose_numbers_naming_table_quantities_agree_with_the_tables() -> None:
    from .test_tables import draft_2021

    draft = draft_2021(t2={"licensing": {"decisions": 12}, "penalties": {"decisions": 3}})
    set_section_text(draft, "general", "全年予以公开2件，部分公开1件。办理行政许可12件，行政处罚3件。")
    assert [f for f in validate(draft) if f.code == "fact-mismatch"] == []
    set_section_text(draft, "general", "全年予以公开3件，部分公开2件。办理行政许可13件，行政处罚3件。")
    wrong = [f for f in validate(draft) if f.code == "fact-mismatch"]
    assert sorted(f.params["row"] for f in wrong) == ["granted", "licensing", "partial"]
    assert all(f.is_error for f in wrong)
