"""The national six-section format and its three tables: declared as data, checked by one
generic engine, quoted by the text, carried into next year."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.boilerplate import render_section, render_title
from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import coerce_fact, new_draft, set_fact, set_section_text
from desktop_app.core.errors import DraftFileError, FormatPackError, InputError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldKind, available_formats, load_format
from desktop_app.core.formats.table_spec import parse_table
from desktop_app.core.model import Draft, from_json, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import render_docx_bytes
from tests.strategies import drafts, table_values

FORMAT = "ogi-annual-2021"
TITLES = [
    "一、总体情况",
    "二、主动公开政府信息情况",
    "三、收到和处理政府信息公开申请情况",
    "四、政府信息公开行政复议、行政诉讼情况",
    "五、存在的主要问题及改进情况",
    "六、其他需要报告的事项",
]


def spec():
    return load_format(FORMAT)


def table(key: str):
    t = spec().field(key).table
    assert t is not None
    return t


def right_t3() -> dict:
    """A year that balances: 5 new + 1 carried = 4 handled + 2 carried forward; 0 in every other cell."""
    return tables.fill_empty(
        table("t3"),
        {
            "new": {"natural": 3, "business": 2},
            "carried_over": {"natural": 1},
            "granted": {"natural": 2},
            "partial": {"business": 1},
            "unavailable_not_held": {"natural": 1},
            "carry_forward": {"natural": 1, "business": 1},
        },
    )


def right_t4() -> dict:
    return tables.fill_empty(table("t4"), {"cases": {"review_upheld": 1, "after_pending": 2}})


def draft_2021(**facts) -> Draft:
    base = {
        "proactive_items": 86,
        "problems": ["政策解读形式还不够丰富"],
        "measures": ["丰富解读形式"],
        "t2": tables.fill_empty(table("t2"), {}),
        "t3": right_t3(),
        "t4": right_t4(),
    }
    base.update(facts)
    return new_draft(FORMAT, 2022, demo_agency(), base, report_date=date(2023, 1, 18))


def codes(draft: Draft, last_year: Draft | None = None) -> list[str]:
    return [f.code for f in validate(draft, last_year)]


# --- the pack --------------------------------------------------------------------------------


def test_the_pack_is_a_folder_with_six_titled_sections_and_an_opening() -> None:
    assert FORMAT in available_formats()
    s = spec()
    assert [sec.heading_text for sec in s.sections if sec.heading] == TITLES
    assert not s.sections[0].heading  # the unheaded opening
    assert all(sec.guidance and sec.guidance_en for sec in s.sections)
    assert [f.key for f in s.fields if f.kind is FieldKind.TABLE] == ["t2", "t3", "t4"]


def test_table_3_is_25_rows_by_7_columns_with_the_official_header() -> None:
    t3 = table("t3")
    assert len(t3.rows) == 25 and t3.value_columns == 7 and t3.label_columns == 3
    assert len(t3.cells()) == 175
    header = t3.blocks[0].header
    assert header[0][0].text.startswith("（本列数据的勾稽关系为")
    assert (header[0][1].text, header[0][1].colspan) == ("申请人情况", 7)
    assert [c.text for c in header[1]] == ["自然人", "法人或其他组织", "总计"]
    assert header[1][1].colspan == 5
    assert [c.text for c in header[2]] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    first, last = t3.rows[0], t3.rows[-1]
    assert first.labels == ("一、本年新收政府信息公开申请数量",)
    assert last.labels == ("四、结转下年度继续办理",)
    grouped = [r for r in t3.rows if r.labels[0] == "三、本年度办理结果"]
    assert len(grouped) == 22 and grouped[-1].labels[-1] == "（七）总计"
    assert sum(1 for r in grouped if r.labels[1] == "（三）不予公开") == 8


def test_table_2_has_four_blocks_and_table_4_fifteen_columns() -> None:
    t2, t4 = table("t2"), table("t4")
    assert [b.header[0][0].text for b in t2.blocks] == [
        "第二十条第（一）项",
        "第二十条第（五）项",
        "第二十条第（六）项",
        "第二十条第（八）项",
    ]
    assert [len(b.columns) for b in t2.blocks] == [3, 1, 1, 1]
    assert t2.blocks[3].columns[0].kind == "money"
    assert len(t4.rows) == 1 and t4.value_columns == 15
    assert [c.text for c in t4.blocks[0].header[0]] == ["行政复议", "行政诉讼"]
    assert [c.text for c in t4.blocks[0].header[2]][:5] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]


def test_core_names_no_table_row_or_format_of_the_pack() -> None:
    """Formats are data: nothing in core Python names this pack's tables, rows or id."""
    from pathlib import Path

    core = Path(tables.__file__).parents[1]
    words = [
        "ogi-annual-2021",
        "carry_forward",
        "carried_over",
        "handled_total",
        "natural",
        '"t3"',
        "'t3'",
        "review_total",
        "申请人情况",
    ]
    for path in core.rglob("*.py"):
        text = path.read_text("utf-8")
        for word in words:
            assert word not in text, (path.name, word)


def test_the_pack_renders_title_and_every_section() -> None:
    draft = draft_2021()
    assert render_title(draft) == ["莒南县经济和信息化局", "2022年政府信息公开工作年度报告"]
    for section in spec().sections:
        assert render_section(draft, section.id)
    general = draft.section("general").text
    for part in ("（一）主动公开", "（二）依申请公开", "（三）政府信息管理", "（四）平台建设", "（五）监督保障"):
        assert part in general
    # the numbers come from the tables
    assert "新收政府信息公开申请5件" in general and "上年结转1件" in general
    assert "已办结4件" in general and "结转下年度继续办理2件" in general
    assert "未收取信息处理费" in draft.section("other").text


def test_a_clean_draft_has_no_findings() -> None:
    assert codes(draft_2021()) == []


def test_broken_table_specs_are_refused() -> None:
    good = {
        "label_columns": 1,
        "header": [[{"text": "a"}, {"text": "b"}]],
        "columns": [{"key": "x", "label": "x"}],
        "rows": [{"key": "r", "labels": ["r"]}],
    }
    assert parse_table("t", good).grid_columns == 2
    bad_header = dict(good, header=[[{"text": "a", "colspan": 3}]])
    bad_rule = dict(good, rules=[{"id": "z", "kind": "columns", "left": ["r"], "right": ["nope"]}])
    bad_labels = dict(good, rows=[{"key": "r", "labels": ["a", "b"]}])
    for broken in (bad_header, bad_rule, bad_labels):
        with pytest.raises((ValueError, KeyError)):
            parse_table("t", broken)


# --- the rules ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "row", "column", "rule"),
    [
        ("t3", "new", "natural", "T3-a"),  # 一 + 二 ≠ （七） + 四
        ("t3", "granted", "business", "T3-b"),  # （七）总计 ≠ sum of outcomes (stored total left as it was)
        ("t3", "new", "total", "T3-c"),  # 总计 ≠ sum of applicants
        ("t4", "cases", "review_total", "T4-review"),
        ("t4", "cases", "direct_upheld", "T4-direct"),
        ("t4", "cases", "after_total", "T4-after"),
    ],
)
def test_every_rule_fires_on_a_wrong_table(key: str, row: str, column: str, rule: str) -> None:
    value = right_t3() if key == "t3" else right_t4()
    value.setdefault(row, {})[column] = tables.cell(value, row, column) + 7
    draft = draft_2021(**{key: value})
    found = [f for f in validate(draft) if f.code == "table-arithmetic"]
    assert rule in {f.params["rule"] for f in found}
    finding = next(f for f in found if f.params["rule"] == rule)
    assert finding.field == key and finding.is_error
    assert finding.section == ("applications" if key == "t3" else "appeals")
    assert finding.params["table"] == key and finding.params["row"] and finding.params["column"]
    assert all(isinstance(c, list) and len(c) == 2 for c in finding.params["cells"])


def test_rules_stay_quiet_on_right_tables_and_on_blank_ones() -> None:
    assert tables.check(table("t3"), right_t3()) == []
    assert tables.check(table("t4"), right_t4()) == []
    assert tables.check(table("t3"), {}) == []
    assert tables.check(table("t2"), None) == []


def test_t3a_points_at_the_four_cells_of_the_failing_column() -> None:
    value = right_t3()
    value["carry_forward"]["natural"] = 0
    value = tables.compute(table("t3"), value)
    failures = [f for f in tables.check(table("t3"), value) if f.rule.id == "T3-a"]
    assert {f.column for f in failures} == {"natural", "total"}
    natural = next(f for f in failures if f.column == "natural")
    assert (natural.left, natural.right) == (4, 3)
    assert set(natural.cells) == {(r, "natural") for r in ("new", "carried_over", "handled_total", "carry_forward")}


@pytest.mark.parametrize(("number", "variant"), [(-1, "negative"), (1.5, "fraction")])
def test_cells_must_be_non_negative_whole_numbers(number: float, variant: str) -> None:
    draft = draft_2021()
    draft.facts["t3"]["granted"]["research"] = number  # as a hand-edited file could hold
    found = [f for f in validate(draft) if f.code == "table-cell"]
    assert [(f.params["variant"], f.params["row"], f.params["column"]) for f in found] == [
        (variant, "granted", "research")
    ]
    assert found[0].is_error


def test_money_cells_may_be_decimals_and_unknown_cells_are_flagged() -> None:
    draft = draft_2021(t2=tables.fill_empty(table("t2"), {"fees": {"amount": 1.25}}))
    assert codes(draft) == []
    draft.facts["t2"]["nonsense"] = {"x": 3}
    (finding,) = [f for f in validate(draft) if f.code == "table-cell"]
    assert finding.params["variant"] == "unknown" and not finding.is_error


def test_set_fact_checks_cells_and_reads_blanks_as_zero() -> None:
    draft = draft_2021()
    set_fact(draft, "t2", {"regulations": {"issued": "3", "repealed": "", "in_force": None}})
    assert draft.facts["t2"] == {"regulations": {"issued": 3}}
    assert tables.cell(draft.facts["t2"], "regulations", "repealed") == 0
    for bad in (
        {"regulations": {"issued": -1}},
        {"regulations": {"issued": 1.5}},
        {"nope": {"issued": 1}},
        {"regulations": {"nope": 1}},
        {"regulations": {"issued": "many"}},
        [1, 2],
    ):
        with pytest.raises(InputError):
            set_fact(draft, "t2", bad)  # type: ignore[arg-type]


@settings(max_examples=40, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(["natural", "business", "research", "public_interest", "legal_services", "other_org"]),
        st.integers(0, 500),
        max_size=6,
    ),
    st.sampled_from(["granted", "partial", "withheld_secret", "declined_repeat", "other_other"]),
)
def test_computed_totals_always_satisfy_their_rules(applicants: dict, outcome: str) -> None:
    value = tables.compute(table("t3"), {"new": dict(applicants), outcome: dict(applicants)})
    assert tables.check(table("t3"), value) == []
    assert tables.cell(value, "handled_total", "total") == sum(applicants.values())


# --- text against tables -----------------------------------------------------------------------


def test_numbers_in_section_one_are_checked_against_the_tables() -> None:
    draft = draft_2021()
    text = draft.section("general").text
    set_section_text(draft, "general", text.replace("新收政府信息公开申请5件", "新收政府信息公开申请6件"))
    (finding,) = [f for f in validate(draft) if f.code == "fact-mismatch"]
    assert finding.params["variant"] == "cell"
    assert (finding.field, finding.params["row"], finding.params["column"]) == ("t3", "new", "total")
    assert (finding.params["stated"], finding.params["expected"]) == ("6", "5")
    start, end = finding.span
    assert draft.section("general").text[start:end] == "6"


def test_review_count_in_the_text_is_checked_against_table_4() -> None:
    draft = draft_2021()
    set_section_text(draft, "general", draft.section("general").text + "被申请行政复议3件。")
    found = [f for f in validate(draft) if f.code == "fact-mismatch"]
    assert [(f.params["row"], f.params["column"], f.params["expected"]) for f in found] == [
        ("cases", "review_total", "1")
    ]


# --- the value type ------------------------------------------------------------------------------


def test_tables_round_trip_through_the_draft_file_format() -> None:
    draft = draft_2021(t2={"fees": {"amount": 0.35}, "licensing": {"decisions": 12}})
    again = from_json(to_json(draft))
    assert again.facts["t3"] == draft.facts["t3"] and again.facts["t2"] == draft.facts["t2"]
    assert again.content_hash() == draft.content_hash()
    # a copy shares nothing with the original
    again.facts["t3"]["new"]["natural"] = 99
    assert draft.facts["t3"]["new"]["natural"] == 3


@pytest.mark.parametrize("bad", [{"new": 3}, {"new": {"natural": "3"}}, {"new": {"natural": True}}])
def test_malformed_tables_in_a_file_are_refused(bad: dict) -> None:
    data = json.loads(to_json(draft_2021()))
    data["facts"]["t3"] = bad
    with pytest.raises(DraftFileError):
        from_json(json.dumps(data))


def test_a_pack_declaring_a_table_field_without_its_table_is_broken(tmp_path, monkeypatch) -> None:
    import desktop_app.core.formats.spec as formats

    folder = tmp_path / "formats" / "broken"
    folder.mkdir(parents=True)
    (folder / "format.toml").write_text(
        'id = "broken"\nname = "x"\ntitle_lines = ["x"]\n'
        '[[fields]]\nkey = "t"\nlabel = "t"\nkind = "table"\n'
        '[[sections]]\nid = "s"\ntitle = "s"\ntemplate = "s.j2"\nfields = ["t"]\n',
        encoding="utf-8",
    )
    monkeypatch.setattr(formats, "templates_root", lambda: tmp_path)
    formats.load_format.cache_clear()
    try:
        with pytest.raises(FormatPackError):
            formats.load_format("broken")
    finally:
        formats.load_format.cache_clear()


# --- roll-forward ----------------------------------------------------------------------------------


def test_roll_forward_carries_the_carried_forward_row_column_by_column() -> None:
    this_year = draft_2021()
    carried_over = dict(this_year.facts["t3"]["carried_over"])
    result = roll_forward(this_year)
    new = result.draft
    t3 = new.facts["t3"]
    # this year's 上年结转 = last year's 结转下年度继续办理, column by column
    for column in table("t3").blocks[0].columns:
        assert tables.cell(t3, "carried_over", column.key) == tables.cell(
            this_year.facts["t3"], "carry_forward", column.key
        )
    assert tables.cell(t3, "carried_over", "total") == 2
    # everything else starts blank
    assert {row for row, cells in t3.items() if any(cells.values())} == {"carried_over"}
    assert not any(new.facts["t4"].values())
    # last year's tables are kept beside, for the editor to show
    assert new.last_year_facts["t3"] == this_year.facts["t3"]
    assert new.last_year_facts["t4"] == this_year.facts["t4"]
    item = next(i for i in result.to_confirm if i.key == "fact:t3")
    assert "上年结转" in item.detail
    assert "fact:t3" in new.unconfirmed
    # this year's figures are asked for as missing, not read as 0 against the balance rule
    assert "table-missing" in codes(new) and "table-arithmetic" not in codes(new)
    assert this_year.facts["t3"]["carried_over"] == carried_over  # the source is untouched


def test_a_carried_over_row_that_differs_from_last_year_is_flagged() -> None:
    new = roll_forward(draft_2021()).draft
    assert "table-carry" not in codes(new)
    t3 = dict(new.facts["t3"])
    t3["carried_over"] = {"natural": 5}
    set_fact(new, "t3", tables.compute(table("t3"), t3))
    found = [f for f in validate(new) if f.code == "table-carry"]
    assert {(f.params["row"], f.params["column"]) for f in found} == {
        ("carried_over", "natural"),
        ("carried_over", "total"),
    }
    assert all(not f.is_error for f in found)
    # the business cell left empty is missing, not a 0 that differs from last year's 1
    (missing,) = [f for f in validate(new) if f.code == "table-missing" and f.params["row"] == "carried_over"]
    assert ["carried_over", "business"] in missing.params["cells"]


def test_core_imports_no_qt_with_the_table_modules() -> None:
    code = (
        "import sys\n"
        "import desktop_app.core.formats.tables, desktop_app.core.rollforward.conversion\n"
        "import desktop_app.core.word.tables\n"
        "import desktop_app.core.importing.table_reading\n"
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))]\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


@settings(max_examples=25, deadline=None)
@given(drafts(format_id=FORMAT))
def test_any_national_format_draft_round_trips_validates_and_exports(draft: Draft) -> None:
    again = from_json(to_json(draft))
    assert again.facts == draft.facts and again.content_hash() == draft.content_hash()
    for finding in validate(again):
        assert finding.code  # every rule copes with any table value
    render_docx_bytes(again)


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_any_table_value_is_accepted_as_it_is_and_its_totals_settle(data: st.DataObject) -> None:
    for key in ("t2", "t3", "t4"):
        field = spec().field(key)
        value = data.draw(table_values(field.table))
        assert coerce_fact(field, value) == tables.coerce_table(field.table, value)
        computed = tables.compute(field.table, value)
        assert [f for f in tables.check(field.table, computed) if f.rule.compute] == []
