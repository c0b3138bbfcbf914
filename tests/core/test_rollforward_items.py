"""Items to confirm in carried prose: found, located, tied to facts, carried across edits;
last year's values kept beside this year's, and taken over in one action (沿用上年)."""

from __future__ import annotations

import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from desktop_app.core import model
from desktop_app.core.editing import (
    confirm,
    last_year_keys,
    section_keys,
    set_fact,
    set_section_text,
    use_last_year,
)
from desktop_app.core.errors import DraftFileError
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.importer import import_report, import_text
from desktop_app.core.model import Draft, Origin
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.rollforward.stale import find_stale
from desktop_app.core.storage.draft_files import save_draft_file

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
NATIONAL = "ogi-annual-2021"


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(m.kind, m.text) for m in find_stale(text)]


def test_finder_names_each_kind_of_stale_words() -> None:
    text = (
        "2023年，我局主动公开信息328条。截至11月底收到申请25件，依据国办公开办函〔2021〕30号，"
        "于2024年1月5日前完成。上半年开展培训五次，收取费用1,200.5元，办结率100%。自2015年以来。"
    )
    assert _kinds(text) == [
        ("year", "2023年"),
        ("number", "328"),
        ("period", "截至11月底"),
        ("number", "25"),
        ("docno", "〔2021〕30号"),
        ("date", "2024年1月5日"),
        ("period", "上半年"),
        ("number", "五次"),
        ("amount", "1,200.5元"),
        ("number", "100%"),
        ("year", "2015年"),
    ]


def test_finder_leaves_list_markers_and_durations_of_words_alone() -> None:
    assert _kinds("一是加强领导；\n1.主动公开。（2）依申请公开。进一步完善") == []
    assert _kinds("二〇二三年一月九日") == [("date", "二〇二三年一月九日")]
    assert _kinds("12月31日止，2023-10-01") == [("date", "12月31日"), ("date", "2023-10-01")]


@given(st.text(alphabet="0123456789年月日号〔〕第上半今以来截至元%，。一二三次件 -./", max_size=60))
@example("0，0000")  # a group of more than three digits after a separator is not a thousands group
@settings(max_examples=300, deadline=None)
def test_finder_spans_never_overlap_and_cover_every_digit(text: str) -> None:
    found = find_stale(text)
    ends = 0
    for mention in found:
        assert mention.start >= ends and text[mention.start : mention.end] == mention.text
        ends = mention.end
    covered = {i for m in found for i in range(m.start, m.end)}
    markers = {i for i, c in enumerate(text) if c.isdigit() and i not in covered}
    # a digit left out is only ever part of a list marker ("1." / "2 、" / "（3）"; spaces allowed)
    for i in markers:
        after = text[i + 1 :].lstrip(" ")[:1]
        assert after in {"、", ".", "．", "）", ")"} or after.isdigit()


def _national(name: str) -> Draft:
    """A corpus report imported, with its tables as the expectation file records them (as
    last year's finished draft holds them, whatever the importer read)."""
    path = next(CORPUS.glob(f"{name}.txt"))
    draft = import_report(path, NATIONAL).draft
    expected = tomllib.loads((CORPUS / f"{name}.expect.toml").read_text(encoding="utf-8"))
    for key, cells in expected.get("tables", {}).items():
        table: dict[str, dict[str, int | float]] = {}
        for name_, value in cells.items():
            row, column = name_.split(".")
            table.setdefault(row, {})[column] = value
        draft.facts[key] = table
    return draft


def test_a_number_that_is_a_fact_follows_the_fact() -> None:
    source = _national("2023-anlan-xian-yibao")
    result = roll_forward(source)
    draft = result.draft
    tied = [i for i in draft.text_items if i.fact == "proactive_items"]
    assert len(tied) == 1 and tied[0].old_text == "328" and tied[0].last_year_value == 328
    listed = next(i for i in result.to_confirm if i.key == tied[0].key)
    assert listed.fact == "proactive_items" and listed.last_year_value == 328
    general = draft.section("general")
    assert general is not None and "全年主动公开政府信息328条" in general.text
    later = [i for i in draft.text_items if i.section == "general" and i.start > tied[0].start]
    before = [(i.key, general.text[i.start : i.end]) for i in later]

    set_fact(draft, "proactive_items", 1234)
    assert "全年主动公开政府信息1234条" in general.text
    assert tied[0].key not in draft.unconfirmed
    assert tied[0].key not in {i.key for i in draft.text_items}
    # the spans after it moved with the longer number
    assert [(i.key, general.text[i.start : i.end]) for i in later] == before


def test_spans_move_with_the_clerks_edits_and_a_rewritten_one_is_done() -> None:
    draft = roll_forward(_national("2023-anlan-xian-yibao")).draft
    general = draft.section("general")
    assert general is not None
    items = sorted((i for i in draft.text_items if i.section == "general"), key=lambda i: i.start)
    first, second = items[0], items[1]
    second_text = general.text[second.start : second.end]
    # the clerk rewrites the first number and adds words in front
    edited = "新增一句。" + general.text[: first.start] + "999" + general.text[first.end :]
    set_section_text(draft, "general", edited)
    assert first.key not in draft.unconfirmed
    assert first.key not in {i.key for i in draft.text_items}
    moved = next(i for i in draft.text_items if i.key == second.key)
    assert general.text[moved.start : moved.end] == second_text
    assert second.key in draft.unconfirmed


def test_template_sections_and_unplaced_passages_are_listed() -> None:
    source = _national("2023-anlan-xian-yibao")
    if not source.unplaced:  # the import placed everything: last year's draft still kept a passage aside
        source.unplaced = ["附件：2023年医保政策解读汇编（略）"]
    result = roll_forward(source)
    keys = [i.key for i in result.to_confirm]
    empty = [s.id for s in source.sections if not s.text.strip()]
    assert empty
    for section_id in empty:
        assert f"template:{section_id}" in keys
        section = result.draft.section(section_id)
        assert section is not None and section.origin is Origin.BOILERPLATE
    for n, passage in enumerate(source.unplaced):
        item = next(i for i in result.to_confirm if i.key == f"unplaced:{n}")
        assert item.kind == "unplaced" and item.old_text == passage


def test_last_years_value_is_kept_for_every_fact_and_taken_in_one_action() -> None:
    source = _national("2023-anlan-xian-yibao")
    source.facts["training_sessions"] = 5  # as the clerk had it in last year's draft
    draft = roll_forward(source).draft
    spec = load_format(NATIONAL)
    for key, value in source.facts.items():
        if key in spec.field_map:
            assert draft.last_year_facts[key] == value, key
    # counts start empty, with last year's beside them
    assert "training_sessions" not in draft.facts
    assert draft.last_year_facts["training_sessions"] == 5
    # a table keeps its carried row; 本年无变化 takes the rest from last year
    t3 = draft.facts["t3"]
    assert isinstance(t3, dict) and t3["carried_over"]["total"] == 1
    assert set(last_year_keys(draft, "applications")) == {"t3"}
    assert use_last_year(draft, ["t3"]) == ["t3"]
    t3 = draft.facts["t3"]
    assert isinstance(t3, dict)
    assert t3["new"]["natural"] == 21 and t3["carried_over"]["total"] == 1
    assert "fact:t3" not in draft.unconfirmed
    # per section: every empty fact of "general" that had a value last year
    keys = last_year_keys(draft, "general")
    assert {"proactive_items", "training_sessions"} <= set(keys)
    use_last_year(draft, keys)
    assert draft.facts["training_sessions"] == 5 and draft.facts["proactive_items"] == 328
    assert last_year_keys(draft, "general") == []


def test_bulk_confirm_per_section() -> None:
    draft = roll_forward(_national("2023-anlan-xian-yibao")).draft
    keys = section_keys(draft, "general")
    assert "section:general" in keys and any(k.startswith("text:general:") for k in keys)
    for key in keys:
        confirm(draft, key)
    assert section_keys(draft, "general") == []
    assert not [i for i in draft.text_items if i.section == "general"]


def test_text_items_survive_the_draft_file_and_bad_ones_are_refused() -> None:
    draft = roll_forward(_national("2023-anlan-xian-yibao")).draft
    data = model.to_dict(draft)
    assert data["text_items"] and set(data["text_items"][0]) >= {"kind", "section", "span", "old_text"}
    again = model.from_dict(json.loads(json.dumps(data)))
    assert again.text_items == draft.text_items
    # confirming or reanchoring spans is not an edit of what a sign-off vouches for
    assert again.content_hash() == draft.content_hash()
    for bad in ({"span": [3, 1]}, {"span": "0-1"}, {"last_year_value": [1]}, {"kind": 3}):
        broken = json.loads(json.dumps(data))
        broken["text_items"][0].update(bad)
        with pytest.raises(DraftFileError):
            model.from_dict(broken)


def test_cli_roll_forward_json_prints_every_item(tmp_path: Path) -> None:
    source = _national("2023-anlan-xian-yibao")
    src, out = tmp_path / "2023.json", tmp_path / "2024.json"
    save_draft_file(source, src)
    run = subprocess.run(
        [sys.executable, "-m", "desktop_app", "roll-forward", str(src), "-o", str(out), "--json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert run.returncode == 0, run.stderr
    printed = json.loads(run.stdout)
    expected = roll_forward(source).to_confirm
    assert [i["key"] for i in printed["items"]] == [i.key for i in expected]
    for item in printed["items"]:
        assert {"kind", "section", "span", "old_text", "last_year_value"} <= set(item)
    spans = [i for i in printed["items"] if i["kind"] == "number" and i["old_text"] == "328"]
    assert spans and spans[0]["section"] == "general" and spans[0]["last_year_value"] == 328
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["unconfirmed"] == [i["key"] for i in printed["items"]]


def test_the_sample_draft_rolls_with_its_numbers_listed(sample_text: str) -> None:
    draft = roll_forward(import_text(sample_text).draft).draft
    numbers = [i for i in draft.text_items if i.kind in ("number", "amount")]
    assert numbers
    for item in numbers:
        section = draft.section(item.section)
        assert section is not None and section.text[item.start : item.end] == item.old_text
