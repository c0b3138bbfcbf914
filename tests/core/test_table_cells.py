"""A table cell is empty (never filled), a number (0 included) or 不适用 where the format allows
it (issue 16, point 3): kept apart in the draft file, the checks, the import, the export and
the roll-forward."""

from __future__ import annotations

import io
from datetime import date

import docx
import pytest

from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft, set_fact, set_section_text
from desktop_app.core.errors import CellValueError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.formats.table_spec import parse_table
from desktop_app.core.importing.importer import import_text
from desktop_app.core.model import NOT_APPLICABLE, Draft, from_json, to_json
from desktop_app.core.publish.html import render_html
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import render_docx_bytes

FORMAT = "ogi-annual-2021"


def table(key: str):
    t = load_format(FORMAT).field(key).table
    assert t is not None
    return t


def full_draft(year: int = 2022, **tables_given: dict) -> Draft:
    """A draft whose three tables hold a number in every cell, then ``tables_given`` as they are."""
    facts = {
        "proactive_items": 86,
        "problems": ["政策解读形式还不够丰富"],
        "measures": ["丰富解读形式"],
        "t2": tables.fill_empty(table("t2"), {"licensing": {"decisions": 5}}),
        "t3": tables.fill_empty(table("t3"), {"new": {"natural": 2}, "granted": {"natural": 2}}),
        "t4": tables.fill_empty(table("t4"), {}),
    }
    facts.update(tables_given)
    return new_draft(FORMAT, year, demo_agency(), facts, report_date=date(year + 1, 1, 18))


def keys(draft: Draft, code: str) -> list[str]:
    return [f.key for f in validate(draft) if f.code == code]


# --- the model and the draft file ----------------------------------------------------------------


def test_empty_zero_and_not_applicable_survive_the_draft_file() -> None:
    draft = full_draft()
    t2 = draft.facts["t2"]
    t2["regulations"] = {"issued": NOT_APPLICABLE, "repealed": 0}  # in_force never filled
    again = from_json(to_json(draft)).facts["t2"]
    assert again["regulations"] == {"issued": NOT_APPLICABLE, "repealed": 0}
    assert tables.is_not_applicable(again, "regulations", "issued")
    assert tables.number(again, "regulations", "repealed") == 0 and tables.is_filled(again, "regulations", "repealed")
    assert not tables.is_filled(again, "regulations", "in_force")


def test_a_typed_zero_is_kept_and_not_applicable_only_where_the_format_allows_it() -> None:
    draft = full_draft()
    set_fact(draft, "t2", {"regulations": {"issued": "0", "repealed": "不适用", "in_force": "—"}})
    assert draft.facts["t2"] == {"regulations": {"issued": 0, "repealed": NOT_APPLICABLE, "in_force": NOT_APPLICABLE}}
    with pytest.raises(CellValueError) as refused:
        set_fact(draft, "t3", {"new": {"natural": "不适用"}})
    assert refused.value.code == "table:not-applicable"


def test_the_pack_declares_where_not_applicable_is_allowed() -> None:
    assert table("t2").allows_not_applicable("regulations", "issued")
    assert table("t2").allows_not_applicable("fees", "amount")
    assert not table("t3").not_applicable and not table("t4").not_applicable
    spec = {
        "columns": [{"key": "x", "label": "x"}],
        "rows": [{"key": "r", "labels": ["r"]}],
        "not_applicable": {"rows": ["nope"]},
    }
    with pytest.raises(ValueError, match="not_applicable"):
        parse_table("t", spec)


# --- the checks ------------------------------------------------------------------------------------


def test_a_cell_never_filled_is_named_as_missing_with_its_table_row_and_column() -> None:
    draft = full_draft()
    del draft.facts["t3"]["granted"]["business"]
    (finding,) = [f for f in validate(draft) if f.code == "table-missing"]
    assert finding.key == "table-missing:cell" and not finding.is_error
    assert (finding.params["table"], finding.params["row"], finding.params["column"]) == ("t3", "granted", "business")
    assert finding.params["cells"] == [["granted", "business"]] and finding.section == "applications"


def test_a_row_and_a_whole_table_left_empty_are_named_once_each() -> None:
    draft = full_draft(t4={})
    draft.facts["t3"]["withheld_law"] = {}
    found = {f.key: f for f in validate(draft) if f.code == "table-missing"}
    assert set(found) == {"table-missing:row", "table-missing:table"}
    row = found["table-missing:row"]
    assert row.params["row"] == "withheld_law" and row.params["count"] == 6  # its total is not asked for
    assert "自然人" in row.params["column_labels"] and found["table-missing:table"].params["table"] == "t4"


def test_an_empty_cell_is_not_summed_as_zero() -> None:
    # 一 new 2 + 二 carried over (empty) against （七） 2 + 四 0: no arithmetic error, the empty
    # cell is named instead
    draft = full_draft()
    del draft.facts["t3"]["carried_over"]["natural"]
    assert keys(draft, "table-arithmetic") == []
    assert keys(draft, "table-missing") == ["table-missing:cell"]
    # the same cell holding 0 balances, holding 1 is the slip it always was
    draft.facts["t3"]["carried_over"]["natural"] = 1
    assert "table-arithmetic:column" in keys(draft, "table-arithmetic")


def test_totals_are_computed_over_the_filled_cells_and_a_zero_total_is_kept() -> None:
    t4 = table("t4")
    assert tables.compute(t4, {"cases": {"review_upheld": 2}})["cases"]["review_total"] == 2
    assert tables.compute(t4, {"cases": {"review_upheld": 0}})["cases"]["review_total"] == 0
    assert "direct_total" not in tables.compute(t4, {"cases": {"review_upheld": 0}})["cases"]
    assert tables.compute(t4, {"cases": {"review_total": 3}}) == {}  # no input: the total stays empty


def test_a_stored_total_whose_inputs_are_missing_is_not_an_arithmetic_error() -> None:
    draft = full_draft(t4={"cases": {"review_total": 3}})  # as an import reads a table with only totals
    assert keys(draft, "table-arithmetic") == []
    assert "table-missing:row" in keys(draft, "table-missing")


def test_not_applicable_is_neither_missing_nor_zero() -> None:
    draft = full_draft()
    draft.facts["t2"]["regulations"] = dict.fromkeys(("issued", "repealed", "in_force"), NOT_APPLICABLE)
    assert keys(draft, "table-missing") == [] and keys(draft, "table-cell") == []
    draft.facts["t3"]["new"]["business"] = NOT_APPLICABLE  # a hand-edited file: not a cell that may be
    assert keys(draft, "table-cell") == ["table-cell:not-applicable"]


def test_a_report_of_the_trial_edition_is_not_asked_for_cells_it_did_not_print() -> None:
    draft = full_draft(year=2020)
    del draft.facts["t2"]["fees"]  # the 2019 trial tables had no fees amount
    assert keys(draft, "table-missing") == []
    assert keys(full_draft(year=2021, t2={**draft.facts["t2"]}), "table-missing") == ["table-missing:cell"]


def test_the_slips_caught_before_are_still_caught() -> None:
    base = full_draft()
    assert [f for f in validate(base) if f.code.startswith("table")] == []
    off_by_one = full_draft()
    off_by_one.facts["t3"]["granted"]["natural"] = 3  # （七） still says 2
    assert "table-arithmetic:column" in keys(off_by_one, "table-arithmetic")
    shifted = full_draft()
    shifted.facts["t3"]["new"] = {**shifted.facts["t3"]["new"], "natural": 0, "business": 2}  # one column off
    assert keys(shifted, "table-arithmetic")


# --- the export --------------------------------------------------------------------------------------


def test_the_export_prints_empty_as_empty_not_applicable_and_zero_as_they_are() -> None:
    draft = full_draft()
    draft.facts["t2"]["regulations"] = {"issued": NOT_APPLICABLE, "repealed": 0}
    document = docx.Document(io.BytesIO(render_docx_bytes(draft)))
    first = document.tables[0]
    assert [first.cell(2, c).text for c in range(4)] == ["规章", "不适用", "0", ""]
    page = render_html(draft)
    row = page[page.index(">规章<") :].split("</tr>")[0]
    assert [cell.split(">")[-1] for cell in row.split("</td>")[:3]] == ["不适用", "0", ""]


# --- the import ------------------------------------------------------------------------------------


def test_an_import_keeps_blanks_blank_and_reads_marks_as_the_format_declares() -> None:
    rows = [
        "二、主动公开政府信息情况",
        "规章\t—\t/\t",
        "行政规范性文件\t无\t0\t3",
        "三、收到和处理政府信息公开申请情况",
        "一、本年新收政府信息公开申请数量\t1\t—\t\t无\t0\t0\t1",
    ]
    text = "莒南县经济和信息化局2022年政府信息公开工作年度报告\n" + "\n".join(rows)
    facts = import_text(text, FORMAT).draft.facts
    assert facts["t2"]["regulations"] == {"issued": NOT_APPLICABLE, "repealed": NOT_APPLICABLE}
    assert facts["t2"]["normative_documents"] == {"issued": 0, "repealed": 0, "in_force": 3}
    # table 3 takes no 不适用: a dash says nothing (empty), 无 is none (0)
    assert facts["t3"]["new"] == {"natural": 1, "public_interest": 0, "legal_services": 0, "other_org": 0, "total": 1}


# --- the roll-forward --------------------------------------------------------------------------------


def test_roll_forward_carries_last_years_carried_forward_row_and_empty_stays_empty() -> None:
    draft = full_draft()
    t3 = dict(draft.facts["t3"], carry_forward={"natural": 1, "business": 0})  # the rest never filled
    draft.facts["t3"] = tables.compute(table("t3"), t3)
    new = roll_forward(draft).draft
    assert new.facts["t3"] == {"carried_over": {"natural": 1, "business": 0, "total": 1}}
    assert keys(new, "table-carry") == []
    wrong = dict(new.facts["t3"], carried_over={"natural": 2, "business": 0, "total": 2})
    new.facts["t3"] = wrong
    assert keys(new, "table-carry") == ["table-carry", "table-carry"]  # 自然人 and 总计


def test_a_prose_number_is_checked_against_a_filled_cell_only() -> None:
    draft = full_draft()
    set_section_text(draft, "general", "全年新收政府信息公开申请5件。")
    assert "fact-mismatch:cell" in keys(draft, "fact-mismatch")  # the table says 2: the slip is caught
    for row in draft.facts["t3"].values():
        row.pop("total", None)
    del draft.facts["t3"]["new"]["natural"]  # the row never filled: nothing to disagree with
    assert "fact-mismatch:cell" not in keys(draft, "fact-mismatch")


def test_a_cell_not_applicable_in_either_year_is_no_jump() -> None:
    last = full_draft(year=2021)
    last.facts["t2"]["licensing"] = {"decisions": 400}
    draft = full_draft()
    draft.facts["t2"]["licensing"] = {"decisions": NOT_APPLICABLE}
    assert "year-jump" not in [f.code for f in validate(draft, last)]
    draft.facts["t2"]["licensing"] = {"decisions": 3}
    assert "year-jump" in [f.code for f in validate(draft, last)]
