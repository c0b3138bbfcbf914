"""内容雷同 across units: passages the clerk wrote that another unit's report also has."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_section_text
from desktop_app.core.model import Agency, Draft
from desktop_app.core.storage.draft_files import save_draft_file
from desktop_app.core.validation.other_units import read_folder
from desktop_app.core.validation.rules_copying import Index, OtherReport, copied_passages
from desktop_app.core.validation.runner import validate

COPIED = "我局建立了政务公开周例会制度，每周一由分管领导听取各股室公开事项推进情况并逐项督办销号。"
OWN = "全县范围内首次开展了涉企政策精准推送试点，覆盖规模以上工业企业一百余家，反响良好。"


def other_unit(text: str, name: str = "莒南县农业农村局") -> Draft:
    draft = demo_draft()
    draft.agency = Agency(full_name=name, short_name="县农业农村局")
    set_section_text(draft, "organization", text)
    return draft


def test_a_copied_passage_is_reported_with_both_passages() -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", "一年来工作扎实推进。" + COPIED.replace("周一", "周二"))
    index = Index([OtherReport("莒南县农业农村局", other_unit("为抓好落实，" + COPIED))])
    (finding,) = [f for f in validate(draft, others=index) if f.code == "copied-from-other-unit"]
    assert finding.section == "key-areas"
    text = draft.section("key-areas").text  # type: ignore[union-attr]
    assert finding.span is not None and text[finding.span[0] : finding.span[1]] == COPIED.replace("周一", "周二")
    assert finding.params["other_passage"] == "为抓好落实，" + COPIED
    assert finding.params["other_unit"] == "莒南县农业农村局"


def test_own_wording_and_generated_text_are_not_copying() -> None:
    draft = demo_draft()  # every section still as the app wrote it from the facts
    twin = demo_draft()  # another unit that also let the app write its report
    twin.agency = Agency(full_name="莒南县商务局", short_name="县商务局")
    index = Index([OtherReport("莒南县商务局", twin)])
    assert list(copied_passages(draft, index)) == []
    set_section_text(draft, "key-areas", OWN)
    assert list(copied_passages(draft, index)) == []


def test_stock_wording_shared_by_many_units_is_not_copying() -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", COPIED)
    others = [OtherReport(f"单位{i}", other_unit(COPIED, f"单位{i}")) for i in range(4)]
    assert list(copied_passages(draft, Index(others))) == []


@settings(max_examples=25, deadline=None)
@given(st.text(alphabet="政务公开信息工作制度落实推进年度报告情况我局", min_size=0, max_size=300))
def test_any_text_compares_without_failing(text: str) -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", text)
    index = Index([OtherReport("x", other_unit(text))])
    for finding in copied_passages(draft, index):
        assert finding.span is not None and finding.params["passage"]


def test_a_folder_of_reports_is_read_and_a_broken_file_is_listed(tmp_path) -> None:
    save_draft_file(other_unit(COPIED), tmp_path / "nongye.json")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (tmp_path / "portal.txt").write_text("某县水利局2017年政府信息公开工作年度报告\n" + OWN, encoding="utf-8")
    draft = demo_draft()
    save_draft_file(draft, tmp_path / "self.json")  # the draft itself is not compared with itself
    folder = read_folder(tmp_path, draft)
    assert [name for name, _ in folder.skipped] == ["broken.docx"]
    assert {r.name for r in folder.index.reports} == {"莒南县农业农村局", "某县水利局"}
