"""Importing a published six-section report fills its three tables: from real Word tables
(merged cells and all) and from tables that came through as lines of label and numbers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.importer import import_report, import_text
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import export_docx

FORMAT = "ogi-annual-2021"
FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "2021-sample-report.txt"

EXPECTED_T2 = {
    "normative_documents": {"issued": 2, "repealed": 1, "in_force": 9},
    "licensing": {"decisions": 135},
    "penalties": {"decisions": 42},
    "enforcement": {"decisions": 3},
}
EXPECTED_T3 = {
    "new": {"natural": 4, "business": 1, "total": 5},
    "carried_over": {"natural": 1, "total": 1},
    "granted": {"natural": 2, "business": 1, "total": 3},
    "partial": {"natural": 1, "total": 1},
    "unavailable_not_held": {"natural": 1, "total": 1},
    "handled_total": {"natural": 4, "business": 1, "total": 5},
    "carry_forward": {"natural": 1, "total": 1},
}
EXPECTED_T4 = {"cases": {"review_upheld": 1, "review_total": 1}}


def _table(key: str):
    t = load_format(FORMAT).field(key).table
    assert t is not None
    return t


def _nonzero(table: dict) -> dict:
    """The cells that hold more than 0 (printed zeros are read as 0, blanks stay absent)."""
    rows = {row: {c: v for c, v in cells.items() if v} for row, cells in table.items()}
    return {row: cells for row, cells in rows.items() if cells}


def _assert_tables(facts: dict) -> None:
    assert _nonzero(facts["t2"]) == EXPECTED_T2
    assert _nonzero(facts["t3"]) == EXPECTED_T3
    assert _nonzero(facts["t4"]) == EXPECTED_T4


# --- a .docx with real tables, built from the text fixture ---------------------------------------


def _grid_table(document, grid: list[list[str]]) -> None:
    """A Word table from a grid of texts where "<" merges with the cell to the left and "^"
    with the cell above, as an agency's own Word file merges its cells."""
    table = document.add_table(rows=len(grid), cols=len(grid[0]))
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text not in ("<", "^"):
                table.cell(r, c).text = text
    for r, row in enumerate(grid):
        for c, text in enumerate(row):
            if text in ("<", "^"):
                continue
            right = c
            while right + 1 < len(row) and row[right + 1] == "<":
                right += 1
            bottom = r
            while bottom + 1 < len(grid) and all(grid[bottom + 1][k] == "^" for k in range(c, right + 1)):
                bottom += 1
            if (right, bottom) != (c, r):
                table.cell(r, c).merge(table.cell(bottom, right))


def _split(line: str) -> tuple[str, list[str]]:
    parts = line.split()
    numbers = [p for p in parts if p.replace(".", "").isdigit()]
    return " ".join(p for p in parts if p not in numbers) if numbers else line, numbers


def _t2_grid(lines: list[str]) -> list[list[str]]:
    grid = []
    for line in lines:
        label, numbers = _split(line)
        if line.startswith("第二十条"):
            grid.append([line, "<", "<", "<"])
        elif line.startswith("信息内容"):
            cells = line.split()
            grid.append(cells + ["<"] * (4 - len(cells)))
        else:
            grid.append([label, *numbers] + ["<"] * (3 - len(numbers)))
    return grid


def _t3_grid(lines: list[str]) -> list[list[str]]:
    grid = [
        [lines[0].split()[0], "<", "<", "申请人情况", "<", "<", "<", "<", "<", "<"],
        ["^", "^", "^", "自然人", "法人或其他组织", "<", "<", "<", "<", "总计"],
        ["^", "^", "^", "^", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "^"],
    ]
    group = subgroup = None  # a label printed on its own line, merged down over the rows below it
    for line in lines[3:]:
        label, numbers = _split(line)
        if not numbers:
            if line.startswith("三、"):
                group = line
            else:
                subgroup = line
        elif label.startswith(("一、", "二、", "四、")):
            grid.append([label, "<", "<", *numbers])
        elif label.startswith("（"):
            grid.append([group or "^", label, "<", *numbers])
            group = None
        else:
            grid.append([group or "^", subgroup or "^", label, *numbers])
            group = subgroup = None
    return grid


def _t4_grid(lines: list[str]) -> list[list[str]]:
    return [
        ["行政复议", "<", "<", "<", "<", "行政诉讼", "<", "<", "<", "<", "<", "<", "<", "<", "<"],
        ["^", "^", "^", "^", "^", "未经复议直接起诉", "<", "<", "<", "<", "复议后起诉", "<", "<", "<", "<"],
        lines[2].split(),
        lines[3].split(),
    ]


TABLE_SECTIONS = {
    "二、主动公开政府信息情况": _t2_grid,
    "三、收到和处理政府信息公开申请情况": _t3_grid,
    "四、政府信息公开行政复议、行政诉讼情况": _t4_grid,
}


def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """(line, table lines under it): each table is the block of lines after its heading."""
    lines = text.splitlines()
    out: list[tuple[str, list[str]]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        block = []
        if line in TABLE_SECTIONS:
            while index < len(lines) and lines[index].strip():
                block.append(lines[index])
                index += 1
        if line.strip():
            out.append((line, block))
    return out


def fixture_docx(path: Path) -> Path:
    """The text fixture as an agency's .docx: its tables as real Word tables with merged cells."""
    document = docx.Document()
    for line, table_lines in _blocks(FIXTURE.read_text("utf-8")):
        document.add_paragraph(line)
        if table_lines:
            _grid_table(document, TABLE_SECTIONS[line](table_lines))
    document.save(str(path))
    return path


# --- tests ---------------------------------------------------------------------------------------


def test_text_fixture_fills_all_three_tables() -> None:
    result = import_report(FIXTURE, FORMAT)
    draft = result.draft
    _assert_tables(draft.facts)
    assert _nonzero(result.recognised["t3"]) == EXPECTED_T3
    assert draft.facts["proactive_items"] == 216
    assert result.unplaced == []
    # the table rows left the sections' text; the prose stayed
    assert draft.section("applications").text == ""
    assert "本年制发件数" not in draft.full_text() and "三、本年度办理结果" not in draft.full_text()
    assert "全年新收政府信息公开申请5件" in draft.section("general").text
    assert any("25 rows" in note for note in result.notes)
    assert [f.code for f in validate(draft)] == []


def test_a_docx_with_real_merged_tables_fills_them_too(tmp_path: Path) -> None:
    path = fixture_docx(tmp_path / "report.docx")
    assert len(docx.Document(str(path)).tables) == 3
    result = import_report(path, FORMAT)
    _assert_tables(result.draft.facts)
    assert result.unplaced == []
    assert result.draft.section("applications").text == ""
    assert [f.code for f in validate(result.draft)] == []


def test_an_exported_report_reads_back_with_its_tables(tmp_path: Path) -> None:
    t2 = {"regulations": {"issued": 1, "in_force": 4}, "fees": {"amount": 2.5}}
    t3 = tables.compute(
        _table("t3"),
        {
            "new": {"natural": 7, "legal_services": 2},
            "granted": {"natural": 5},
            "declined_repeat": {"legal_services": 2},
            "carry_forward": {"natural": 2},
        },
    )
    t4 = tables.compute(_table("t4"), {"cases": {"direct_corrected": 1, "review_pending": 3}})
    draft = new_draft(
        FORMAT,
        2023,
        demo_agency(),
        {"proactive_items": 40, "problems": ["甲"], "measures": ["乙"], "t2": t2, "t3": t3, "t4": t4},
        report_date=date(2024, 1, 15),
    )
    path = export_docx(draft, tmp_path / "out.docx")
    result = import_report(path, FORMAT)
    assert _nonzero(result.draft.facts["t2"]) == _nonzero(t2)
    assert _nonzero(result.draft.facts["t3"]) == _nonzero(t3)
    assert _nonzero(result.draft.facts["t4"]) == _nonzero(t4)
    assert result.unplaced == []


def test_rows_that_fit_no_table_row_are_reported_not_dropped() -> None:
    text = FIXTURE.read_text("utf-8").replace(
        "四、结转下年度继续办理 1 0 0 0 0 0 1",
        "四、结转下年度继续办理 1 0 0 0 0 0 1\n五、本表没有的一行 9 9 9 9 9 9 9\n（七）总计 4 1 0",
    )
    result = import_text(text, FORMAT)
    assert "五、本表没有的一行 9 9 9 9 9 9 9" in result.unplaced
    assert "（七）总计 4 1 0" in result.unplaced  # the row is already read; a short row cannot be placed
    assert sum("could not be placed" in note for note in result.notes) == 2
    assert _nonzero(result.draft.facts["t3"]) == EXPECTED_T3


@pytest.mark.parametrize("row", ["行政许可 135 7", "行政许可 1.5"])
def test_a_row_with_the_wrong_count_or_a_fraction_is_not_guessed(row: str) -> None:
    result = import_text(FIXTURE.read_text("utf-8").replace("行政许可 135", row), FORMAT)
    assert "licensing" not in result.draft.facts["t2"]
    assert row in result.unplaced


def test_a_report_without_tables_leaves_them_blank() -> None:
    text = "\n".join(line for line, _ in _blocks(FIXTURE.read_text("utf-8")))
    result = import_text(text, FORMAT)
    assert not result.draft.facts.get("t3") and not result.draft.facts.get("t4")
    assert not any("rows of" in note for note in result.notes)
    assert result.unplaced == []
