"""The county roll-up over a generated county: every key of the summary, and nothing changed."""

from __future__ import annotations

import copy
import hashlib
from pathlib import Path

import pytest

from desktop_app.core.boilerplate import render_section
from desktop_app.core.county.rollup import county_summary, summary_dict
from desktop_app.core.county.totals import sum_tables
from desktop_app.core.editing import set_fact, set_section_text
from desktop_app.core.model import Draft
from desktop_app.core.publish.package import write_package
from desktop_app.core.storage.draft_files import save_draft_file
from desktop_app.core.word.export import export_docx
from tests.county_units import AGENCIES, COPIED, unit_draft, with_copied_passage

MISSING = "临河县林业局"


def folder_digest(folder: Path) -> dict[str, str]:
    return {
        p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def generated_only_pair() -> tuple[Draft, Draft]:
    """Two units with the same facts whose edited overview keeps the app's wording, each adding
    one sentence of its own: they share only what the app generated."""
    first = unit_draft(AGENCIES[6], own_words=False, signed=False)
    second = unit_draft(AGENCIES[7], own_words=False, signed=False)
    for key, value in first.facts.items():
        set_fact(second, key, copy.deepcopy(value))
    for draft, own in ((first, "本年还组织了一次公开日活动。"), (second, "全年未发生泄密事件，群众满意度较高。")):
        set_section_text(draft, "general", render_section(draft, "general") + own)
    return first, second


@pytest.fixture(scope="module")
def county(tmp_path_factory) -> dict[str, object]:
    folder = tmp_path_factory.mktemp("county")
    (folder / "乡镇").mkdir()
    drafts: dict[str, Draft] = {}
    drafts["package"] = unit_draft(AGENCIES[0])
    write_package(drafts["package"], folder / "县发改局-2024.zip")
    drafts["draft"] = unit_draft(AGENCIES[1])
    save_draft_file(drafts["draft"], folder / "教体局.json")
    broken = unit_draft(AGENCIES[2], signed=False)
    t3 = copy.deepcopy(broken.facts["t3"])
    t3["new"]["natural"] = t3["new"].get("natural", 0) + 5  # type: ignore[index,union-attr,operator]
    broken.facts["t3"] = t3  # as a hand-edited file would hold it: the totals no longer add up
    drafts["broken"] = broken
    save_draft_file(broken, folder / "乡镇" / "公安局.json")
    drafts["copier_a"] = with_copied_passage(unit_draft(AGENCIES[3], signed=False), after="对此，")
    drafts["copier_b"] = with_copied_passage(unit_draft(AGENCIES[4], signed=False), before="经自查，")
    save_draft_file(drafts["copier_a"], folder / "民政局.json")
    write_package(drafts["copier_b"], folder / "司法局.zip")
    drafts["generated_a"], drafts["generated_b"] = generated_only_pair()
    save_draft_file(drafts["generated_a"], folder / "人社局.json")
    save_draft_file(drafts["generated_b"], folder / "自然资源局.json")
    drafts["published"] = unit_draft(AGENCIES[8])
    export_docx(drafts["published"], folder / "住建局2024年报告.docx")
    (folder / "说明.json").write_text("{not a draft", encoding="utf-8")
    roster = folder.parent / f"{folder.name}-roster.txt"
    names = [AGENCIES[i] for i in range(9)] + [MISSING]
    names[5] = "  临河县 财政局"  # listed with stray spaces; it has no report
    names[1] = AGENCIES[1].replace("县", "县 ", 1) + "\t"  # spaces: still matches its report
    roster.write_text("\n".join(names) + "\n\n", encoding="utf-8")
    before = folder_digest(folder)
    summary = county_summary(folder, roster, 2024)
    after = folder_digest(folder)
    return {"folder": folder, "drafts": drafts, "summary": summary, "before": before, "after": after}


def test_nothing_in_the_folder_changes(county):
    assert county["before"] == county["after"]


def test_every_report_is_a_unit_and_the_unreadable_file_is_listed(county):
    data = summary_dict(county["summary"], "zh_CN")
    units = {u["agency"]: u for u in data["units"]}
    assert set(units) == {AGENCIES[i] for i in (0, 1, 2, 3, 4, 6, 7, 8)}
    for unit in data["units"]:
        assert {"file", "agency", "year", "format_id", "signed_off", "errors", "warnings"} <= set(unit)
        assert unit["year"] == 2024 and unit["format_id"] == "ogi-annual-2021"
    assert units[AGENCIES[0]]["file"] == "县发改局-2024.zip" and units[AGENCIES[0]]["signed_off"] is True
    assert units[AGENCIES[1]]["signed_off"] is True and units[AGENCIES[1]]["errors"] == []
    assert units[AGENCIES[2]]["file"] == "乡镇/公安局.json" and units[AGENCIES[2]]["signed_off"] is False
    assert units[AGENCIES[8]]["file"] == "住建局2024年报告.docx" and units[AGENCIES[8]]["state"] == "imported"
    assert data["skipped"] == [{"file": "说明.json", "reason": "unreadable", "detail": data["skipped"][0]["detail"]}]


def test_a_table_that_does_not_add_up_is_an_error_of_that_unit(county):
    data = summary_dict(county["summary"], "en")
    units = {u["agency"]: u for u in data["units"]}
    codes = {e["code"] for e in units[AGENCIES[2]]["errors"]}
    assert "table-arithmetic" in codes
    assert all("table-arithmetic" not in {e["code"] for e in u["errors"]} for n, u in units.items() if n != AGENCIES[2])
    assert any("Table 3" in e["message"] or "t3" in e["message"] or e["message"] for e in units[AGENCIES[2]]["errors"])


def test_missing_names_the_roster_units_without_a_report(county):
    data = summary_dict(county["summary"])
    assert data["missing"] == ["临河县 财政局", MISSING]


def test_totals_are_the_exact_sums_of_every_cell(county):
    data = summary_dict(county["summary"])
    drafts = county["drafts"]
    expected = sum_tables(drafts[k] for k in drafts)
    assert data["totals"]["t3"] == expected["t3"]
    assert data["totals"]["t4"] == expected["t4"]
    by_hand = sum(d.facts["t3"]["new"].get("natural", 0) for d in drafts.values())  # type: ignore[index,union-attr]
    assert data["totals"]["t3"]["new"]["natural"] == by_hand


def test_only_the_pair_that_copied_is_similar(county):
    data = summary_dict(county["summary"])
    pairs = data["similar"]
    assert [{p["a"], p["b"]} for p in pairs] == [{AGENCIES[3], AGENCIES[4]}]
    pair = pairs[0]
    assert 0 < pair["similarity"] <= 1
    assert len(pair["passages"]) == 1
    passage = pair["passages"][0]["text"]
    assert COPIED.rstrip("。") in passage and len(passage) <= len(COPIED) + 3  # the copied passage, no more
    assert pair["passages"][0]["a_section"] == pair["passages"][0]["b_section"] == "problems"


def test_units_of_another_year_and_duplicates_are_not_counted(tmp_path):
    save_draft_file(unit_draft(AGENCIES[0]), tmp_path / "a.json")
    write_package(unit_draft(AGENCIES[0]), tmp_path / "a.zip")
    save_draft_file(unit_draft(AGENCIES[1], year=2023), tmp_path / "b.json")
    data = summary_dict(county_summary(tmp_path, year=2024))
    assert [u["file"] for u in data["units"]] == ["a.zip"]  # the package is preferred
    assert {(s["file"], s["reason"]) for s in data["skipped"]} == {("a.json", "duplicate"), ("b.json", "other-year")}
    assert data["missing"] == []
