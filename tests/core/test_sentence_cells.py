"""A sentence the app writes from a table never reads a cell nobody filled as 0 (issue 16,
point 3): the number is the blank the review flags, and the finding points at it. A 0 typed
in the table is printed as 0."""

from __future__ import annotations

from desktop_app.core.editing import set_fact
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.formats.template_cells import BLANK, MARK, sentence_cells
from desktop_app.core.model import NOT_APPLICABLE, Draft
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.validation.runner import validate

from .test_rollforward_items import _national
from .test_table_cells import full_draft, table


def general_text(draft: Draft) -> str:
    section = draft.section("general")
    assert section is not None
    return section.text


def blanks(draft: Draft) -> list[tuple[str, str]]:
    """(section, the text the finding points at) of every placeholder finding."""
    out = []
    for finding in validate(draft):
        if finding.code == "placeholder":
            section = draft.section(finding.section or "")
            assert section is not None and finding.span is not None
            out.append((finding.section or "", section.text[finding.span[0] : finding.span[1]]))
    return out


def test_an_empty_cell_feeding_a_sentence_is_a_blank_the_review_names() -> None:
    t3 = tables.fill_empty(table("t3"), {"new": {"natural": 2}, "granted": {"natural": 2}})
    del t3["carried_over"]["natural"]  # never filled
    draft = full_draft(t3=tables.compute(table("t3"), t3))
    text = general_text(draft)
    assert f"上年结转{MARK}件" in text and "上年结转0件" not in text
    assert "结转下年度继续办理0件" in text  # a typed 0 is still 0
    found = blanks(draft)
    assert found == [("general", MARK)]
    finding = next(f for f in validate(draft) if f.code == "placeholder")
    assert finding.is_error and finding.span is not None
    assert text[finding.span[0] - 4 : finding.span[1] + 1] == f"上年结转{MARK}件"


def test_a_zero_cell_prints_zero_and_nothing_is_flagged() -> None:
    draft = full_draft()
    text = general_text(draft)
    assert "上年结转0件" in text and "新收政府信息公开申请2件" in text
    assert MARK not in text and blanks(draft) == []


def test_a_sentence_kept_for_a_number_states_the_blank_and_not_applicable_counts_as_none() -> None:
    t2 = tables.fill_empty(table("t2"), {"licensing": {"decisions": 5}})
    del t2["enforcement"]["decisions"]
    draft = full_draft(t2=t2)
    assert f"行政强制处理决定{MARK}件" in general_text(draft)
    set_fact(draft, "t2", t2 | {"enforcement": {"decisions": NOT_APPLICABLE}})
    assert "行政强制处理决定5件" in general_text(draft)


def test_a_cell_the_reports_edition_does_not_print_is_not_a_blank() -> None:
    # 本年制发件数 came with the 2021 tables: a 2020 report has no such cell to fill
    t2 = tables.fill_empty(table("t2"), {})
    del t2["normative_documents"]["issued"]
    assert MARK not in general_text(full_draft(year=2020, t2=t2))
    assert f"制发行政规范性文件{MARK}件" in general_text(full_draft(year=2022, t2=t2))


def test_a_total_over_an_empty_cell_is_blank_and_a_blank_stays_blank_in_sums() -> None:
    t3 = table("t3")
    cells = sentence_cells(t3, tables.fill_empty(t3, {}) | {"withheld_law": {"natural": 1}}, 2022)
    assert cells["withheld_law"]["total"] is BLANK and cells["handled_total"]["natural"] == 1
    assert cells["handled_total"]["total"] is BLANK and cells["new"]["total"] == 0
    assert BLANK + 1 is BLANK and 1 + BLANK is BLANK and str(BLANK) == MARK
    assert BLANK > 0 and BLANK != 0 and not BLANK == 0  # noqa: SIM201
    assert 0 < BLANK  # noqa: SIM300  (the number on the left asks the blank)


def test_a_carried_sentence_does_not_follow_an_empty_cell_as_zero() -> None:
    draft = roll_forward(_national("2023-anlan-xian-yibao")).draft
    handled = next(i for i in draft.text_items if i.fact == "t3:handled_total.total")
    new = next(i for i in draft.text_items if i.fact == "t3:new.total")
    t3 = dict(draft.facts["t3"])
    set_fact(draft, "t3", t3 | {"new": {"natural": 20}})
    text = general_text(draft)
    assert "全年办结27件" in text and "全年办结0件" not in text
    assert "新收政府信息公开申请25件" in text  # 20 is the natural column alone
    assert {handled.key, new.key} <= set(draft.unconfirmed)
    spec = load_format("ogi-annual-2021")
    whole_row = tables.fill_empty(spec.field("t3").table, {"new": {"natural": 20}})["new"]  # type: ignore[arg-type]
    set_fact(draft, "t3", t3 | {"new": whole_row})
    assert "新收政府信息公开申请20件" in general_text(draft) and new.key not in draft.unconfirmed
