"""The prose numbers of 现行有效 (Table 2's 现行有效件数) and of the total of Table 3's results
(（七）总计: 办理结果, 处理决定) are checked against the tables, as format data (issue 16,
point 3)."""

from __future__ import annotations

from desktop_app.core.editing import set_section_text
from desktop_app.core.formats import tables
from desktop_app.core.model import Draft
from desktop_app.core.validation.findings import Finding
from desktop_app.core.validation.runner import validate

from .test_tables import draft_2021, table

# Table 2: 3 normative documents issued, 1 repealed, 14 in force, no 规章; licensing 7,
# penalties 2. Table 3 (right_t3): 5 new + 1 carried = 4 handled + 2 carried forward.
T2 = {
    "regulations": {"issued": 0, "repealed": 0, "in_force": 0},
    "normative_documents": {"issued": 3, "repealed": 1, "in_force": 14},
    "licensing": {"decisions": 7},
    "penalties": {"decisions": 2},
}


def draft(text: str) -> Draft:
    made = draft_2021(t2=tables.fill_empty(table("t2"), T2))
    set_section_text(made, "general", text)
    return made


def mismatches(made: Draft) -> list[Finding]:
    return [f for f in validate(made) if f.code == "fact-mismatch"]


def stated(made: Draft, finding: Finding) -> str:
    section = made.section(finding.section or "")
    assert section is not None and finding.span is not None
    return section.text[finding.span[0] : finding.span[1]]


AGREEING = (
    "对本局制发的规范性文件开展全面清理，废止1件，现行有效14件，现行有效规范性文件14件，现行有效规章0件。"
    "全年新收申请5件，上年结转1件，共计需办理6件，办理结果共计4件，作出处理决定4件，"
    "政府信息公开申请处理决定4件。公开行政许可、行政处罚、行政强制处理决定9件。"
)


def test_numbers_that_agree_with_the_tables_are_not_found() -> None:
    assert mismatches(draft(AGREEING)) == []


def test_a_stale_in_force_count_is_found_against_table_2() -> None:
    made = draft("对本局制发的规范性文件开展全面清理，废止1件，现行有效15件。现行有效规范性文件13件，现行有效规章2件。")
    found = mismatches(made)
    assert sorted((f.params["row"], f.params["column"], stated(made, f)) for f in found) == [
        ("normative_documents", "in_force", "13"),
        ("normative_documents", "in_force", "15"),
        ("regulations", "in_force", "2"),
    ]
    assert all(f.key == "fact-mismatch:cell" and f.is_error for f in found)
    assert {f.params["expected"] for f in found} == {"14", "0"}


def test_a_stale_total_of_the_results_is_found_against_table_3() -> None:
    made = draft("本年度办理结果共计5件，作出处理决定6件，政府信息公开申请处理决定7件。")
    found = mismatches(made)
    assert sorted(stated(made, f) for f in found) == ["5", "6", "7"]
    assert {(f.params["row"], f.params["column"], f.params["expected"]) for f in found} == {
        ("handled_total", "total", "4")
    }


def test_table_2_decisions_and_new_plus_carried_are_not_read_as_the_total_of_results() -> None:
    # 处理决定 of licensing, penalties and enforcement is Table 2's; 共计需办理 is new plus carried over
    made = draft("公开行政许可、行政处罚、行政强制处理决定9件，作出行政处罚决定2件。共计需办理6件。")
    assert mismatches(made) == []
