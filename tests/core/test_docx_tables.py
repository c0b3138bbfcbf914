"""The three tables in the exported .docx: real Word tables in the official shape."""

from __future__ import annotations

import io
import itertools
from datetime import date

import docx
import pytest
from docx.oxml.ns import qn
from docx.table import Table

from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.word.export import render_docx_bytes
from desktop_app.core.word.layout import load_layout
from desktop_app.core.word.tables import STYLE_TABLE_TEXT, column_widths

FORMAT = "ogi-annual-2021"


def _table(key: str):
    t = load_format(FORMAT).field(key).table
    assert t is not None
    return t


@pytest.fixture(scope="module")
def exported() -> docx.document.Document:
    facts = {
        "proactive_items": 86,
        "problems": ["政策解读形式还不够丰富"],
        "measures": ["丰富解读形式"],
        "t2": {
            "normative_documents": {"issued": 3, "repealed": 1, "in_force": 12},
            "licensing": {"decisions": 56},
            "fees": {"amount": 1.25},
        },
        "t3": tables.fill_empty(  # the clerk typed these and 0 in every other cell
            _table("t3"),
            {
                "new": {"natural": 3, "business": 2},
                "granted": {"natural": 2},
                "partial": {"business": 2},
                "carry_forward": {"natural": 1},
            },
        ),
        "t4": tables.fill_empty(_table("t4"), {"cases": {"review_upheld": 1, "after_pending": 2}}),
    }
    draft = new_draft(FORMAT, 2022, demo_agency(), facts, report_date=date(2023, 1, 18))
    return docx.Document(io.BytesIO(render_docx_bytes(draft)))


def tcs(row_element) -> list:
    return row_element.findall(qn("w:tc"))


def span(tc) -> int:
    grid = tc.find(f"{qn('w:tcPr')}/{qn('w:gridSpan')}")
    return int(grid.get(qn("w:val"))) if grid is not None else 1


def vmerge(tc) -> str | None:
    merge = tc.find(f"{qn('w:tcPr')}/{qn('w:vMerge')}")
    if merge is None:
        return None
    return merge.get(qn("w:val")) or "continue"


def rows(table: Table) -> list:
    return table._tbl.findall(qn("w:tr"))


def is_header(tr) -> bool:
    return tr.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None


def test_the_tables_follow_their_sections(exported) -> None:
    # 表二's four blocks are four tables, then 表三 and 表四
    assert len(exported.tables) == 4 + 1 + 1
    body = exported.element.body
    order = [child.tag for child in body]
    tbl_positions = [i for i, tag in enumerate(order) if tag == qn("w:tbl")]
    texts = [child.xpath("string(.)") for child in body]
    headings = ("二、主动公开",) * 4 + ("三、收到和处理", "四、政府信息公开行政复议")
    for position, heading in zip(tbl_positions, headings, strict=True):
        before = [t for t in texts[:position] if t.startswith(("一、", "二、", "三、", "四、", "五、", "六、"))]
        assert before[-1].startswith(heading)


def test_table_3_shape_merges_and_numbers(exported) -> None:
    t3 = exported.tables[4]
    trs = rows(t3)
    assert len(trs) == 3 + 25 and len(t3.columns) == 10
    # header: the 勾稽 corner over 3 label columns and 3 header rows; 申请人情况 over 7
    first = tcs(trs[0])
    assert [(span(tc), vmerge(tc)) for tc in first] == [(3, "restart"), (7, None)]
    assert "勾稽关系" in t3.cell(0, 0).text and t3.cell(0, 3).text == "申请人情况"
    second = [(span(tc), vmerge(tc)) for tc in tcs(trs[1])]
    assert second == [(3, "continue"), (1, "restart"), (5, None), (1, "restart")]
    assert [(span(tc), vmerge(tc)) for tc in tcs(trs[2])][:2] == [(3, "continue"), (1, "continue")]
    assert [t3.cell(2, c).text for c in range(4, 9)] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]
    assert all(is_header(tr) for tr in trs[:3]) and not any(is_header(tr) for tr in trs[3:])
    assert all(tr.find(f"{qn('w:trPr')}/{qn('w:cantSplit')}") is not None for tr in trs)
    # rows 一 and 二 span the three label columns; 三 is merged down over （一）…（七）
    assert span(tcs(trs[3])[0]) == 3 and t3.cell(3, 0).text == "一、本年新收政府信息公开申请数量"
    group = [vmerge(tcs(tr)[0]) for tr in trs[5:27]]
    assert group[0] == "restart" and set(group[1:]) == {"continue"}
    assert t3.cell(20, 0).text == "三、本年度办理结果"
    assert span(tcs(trs[5])[1]) == 2 and t3.cell(5, 1).text == "（一）予以公开"
    assert t3.cell(7, 1).text == "（三）不予公开" and t3.cell(7, 2).text == "1.属于国家秘密"
    assert vmerge(tcs(trs[7])[1]) == "restart" and vmerge(tcs(trs[14])[1]) == "continue"
    assert span(tcs(trs[27])[0]) == 3 and t3.cell(27, 0).text == "四、结转下年度继续办理"
    # numbers, zeros as typed, totals as computed
    assert [t3.cell(3, c).text for c in range(3, 10)] == ["3", "2", "0", "0", "0", "0", "5"]
    assert t3.cell(26, 9).text == "4" and t3.cell(27, 3).text == "1"
    assert t3.cell(10, 5).text == "0"


def test_table_2_every_block_its_own_table_with_a_marked_header(exported) -> None:
    blocks = exported.tables[:4]
    assert [len(rows(t)) for t in blocks] == [2 + 2, 2 + 1, 2 + 2, 2 + 1]
    assert all(len(t.columns) == 4 for t in blocks)
    first, licensing, _, fees = blocks
    assert first.cell(0, 0).text == "第二十条第（一）项" and span(tcs(rows(first)[0])[0]) == 4
    assert [first.cell(1, c).text for c in range(4)] == ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]
    assert [first.cell(3, c).text for c in range(4)] == ["行政规范性文件", "3", "1", "12"]
    assert [span(tc) for tc in tcs(rows(licensing)[2])] == [1, 3] and licensing.cell(2, 1).text == "56"
    assert fees.cell(2, 0).text == "行政事业性收费" and fees.cell(2, 1).text == "1.25"
    for table in blocks:
        trs = rows(table)
        # each block's own two header rows repeat on a new page; its rows stay together
        assert [is_header(tr) for tr in trs] == [True, True] + [False] * (len(trs) - 2)
        keep = [tr.find(f".//{qn('w:keepNext')}") is not None for tr in trs]
        assert all(keep[:-1]) and not keep[-1]
    # Word joins two tables that touch: a paragraph stands between the blocks
    body = list(exported.element.body)
    positions = [body.index(t._tbl) for t in blocks]
    assert all(b - a == 2 and body[a + 1].tag == qn("w:p") for a, b in itertools.pairwise(positions))


def test_table_4_three_blocks_of_five(exported) -> None:
    t4 = exported.tables[5]
    trs = rows(t4)
    assert len(trs) == 4 and len(t4.columns) == 15
    assert [(span(tc), vmerge(tc)) for tc in tcs(trs[0])] == [(5, "restart"), (10, None)]
    assert [(span(tc), vmerge(tc)) for tc in tcs(trs[1])] == [(5, "continue"), (5, None), (5, None)]
    assert [t4.cell(1, c).text for c in (5, 10)] == ["未经复议直接起诉", "复议后起诉"]
    assert [t4.cell(2, c).text for c in range(5)] == ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    assert [t4.cell(3, c).text for c in range(15)] == ["1", "0", "0", "0", "1"] + ["0"] * 5 + ["0", "0", "0", "2", "2"]
    assert all(is_header(tr) for tr in trs[:3]) and not is_header(trs[3])


def test_widths_fill_the_text_block_and_numbers_are_centred(exported) -> None:
    layout = load_layout()
    for table in exported.tables:
        grid = [int(col.get(qn("w:w"))) for col in table._tbl.tblGrid.findall(qn("w:gridCol"))]
        assert sum(grid) == layout.text_width  # 156 mm
        for tr in rows(table):
            for tc in tcs(tr):
                assert tc.find(f".//{qn('w:pStyle')}").get(qn("w:val")) == STYLE_TABLE_TEXT
    number = rows(exported.tables[4])[3].findall(qn("w:tc"))[1]
    assert number.find(f".//{qn('w:jc')}").get(qn("w:val")) == "center"
    borders = exported.tables[0]._tbl.tblPr.find(qn("w:tblBorders"))
    assert {b.get(qn("w:val")) for b in borders} == {"single"}


def test_the_table_style_is_small_exact_and_unindented(exported) -> None:
    style = exported.styles["Table Text"]
    assert style.font.size.pt == load_layout().table.font.size_pt
    spacing = style.element.pPr.find(qn("w:spacing"))
    assert spacing.get(qn("w:lineRule")) == "exact" and int(spacing.get(qn("w:line"))) < 579
    assert style.element.pPr.find(qn("w:ind")).get(qn("w:firstLine")) == "0"
    fonts = style.element.rPr.find(qn("w:rFonts"))
    assert "仿宋" in fonts.get(qn("w:eastAsia"))


def test_declared_widths_are_scaled_and_missing_ones_shared() -> None:
    t3 = _table("t3")
    widths = column_widths(t3, 8845)
    assert sum(widths) == 8845 and widths[2] > widths[1] > widths[0]
    assert len(set(widths[3:9])) == 1
    t4 = _table("t4")
    assert sum(column_widths(t4, 8845)) == 8845 and max(column_widths(t4, 8845)) - min(column_widths(t4, 8845)) <= 15
