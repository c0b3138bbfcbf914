"""The table editor looks like the printed table, computes totals live, marks failing cells
and shows last year's figures."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import NOT_APPLICABLE
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.gui.i18n import CHINESE, install_translators, remove_translators
from desktop_app.gui.widgets.field_registry import create_editor
from desktop_app.gui.widgets.table_editor import COMPUTED_BRUSH, FAILING_BRUSH, TableEditor

FORMAT = "ogi-annual-2021"


def field(key: str):
    return load_format(FORMAT).field(key)


@pytest.fixture
def chinese(qapp: Any) -> Iterator[str]:
    translators = install_translators(qapp, CHINESE)
    yield CHINESE
    remove_translators(qapp, translators)


@pytest.fixture
def t3(qtbot: Any, chinese: str) -> TableEditor:
    editor = create_editor(field("t3"), None, chinese)
    assert isinstance(editor, TableEditor)  # the registry gives table fields this editor
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def type_into(qtbot: Any, editor: TableEditor, row: str, column: str, text: str) -> None:
    """Type into a cell as the clerk does: select it, type, press Enter."""
    item = editor.cell_items[(row, column)]
    editor.grid.setCurrentItem(item)
    editor.grid.editItem(item)
    index = editor.grid.indexFromItem(item)
    line = editor.grid.indexWidget(index)
    assert isinstance(line, QLineEdit)
    line.selectAll()
    if not text:
        qtbot.keyClick(line, Qt.Key.Key_Backspace)
    elif text.isascii():
        qtbot.keyClicks(line, text)
    else:  # Chinese arrives from the input method, committed whole
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(line, event)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    # the delegate commits and closes its editor through the event loop
    qtbot.waitUntil(lambda: editor.grid.indexWidget(index) is None)


def test_the_grid_has_the_official_shape(t3: TableEditor) -> None:
    grid = t3.grid
    assert grid.rowCount() == 3 + 25 and grid.columnCount() == 10
    assert "勾稽关系" in grid.item(0, 0).text()
    assert (grid.rowSpan(0, 0), grid.columnSpan(0, 0)) == (3, 3)
    assert grid.item(0, 3).text() == "申请人情况" and grid.columnSpan(0, 3) == 7
    assert grid.item(1, 3).text() == "自然人" and grid.rowSpan(1, 3) == 2
    assert grid.item(1, 4).text() == "法人或其他组织" and grid.columnSpan(1, 4) == 5
    assert grid.item(3, 0).text() == "一、本年新收政府信息公开申请数量" and grid.columnSpan(3, 0) == 3
    assert grid.item(5, 0).text() == "三、本年度办理结果" and grid.rowSpan(5, 0) == 22
    assert grid.item(7, 1).text() == "（三）不予公开" and grid.rowSpan(7, 1) == 8
    assert grid.item(7, 2).text() == "1.属于国家秘密"
    # cells never filled show blank, not 0; labels and headers cannot be edited
    assert {item.text() for item in t3.cell_items.values()} == {""}
    assert not grid.item(3, 0).flags() & Qt.ItemFlag.ItemIsEditable
    assert t3.cell_items[("new", "natural")].flags() & Qt.ItemFlag.ItemIsEditable


def test_totals_are_read_only_and_follow_each_edit(qtbot: Any, t3: TableEditor) -> None:
    total = t3.cell_items[("new", "total")]
    assert not total.flags() & Qt.ItemFlag.ItemIsEditable and total.background() == COMPUTED_BRUSH
    with qtbot.waitSignal(t3.value_changed) as changed:
        type_into(qtbot, t3, "new", "natural", "3")
    assert changed.args[0] == {"new": {"natural": 3, "total": 3}}
    type_into(qtbot, t3, "new", "business", "2")
    assert total.text() == "5"
    assert t3.value() == {"new": {"natural": 3, "business": 2, "total": 5}}


def test_the_cell_editor_refuses_what_is_not_a_count(qtbot: Any, t3: TableEditor) -> None:
    type_into(qtbot, t3, "granted", "natural", "-1.5x")
    assert t3.cell_items[("granted", "natural")].text() == "15"  # only the digits went in
    assert tables.cell(t3.value(), "granted", "natural") == 15


def test_cells_failing_a_rule_are_marked_with_the_message(qtbot: Any, t3: TableEditor) -> None:
    type_into(qtbot, t3, "new", "natural", "4")
    assert t3.failing_cells() == set()  # the other cells are empty, not 0: no sum to judge yet
    t3.cell_menu(("new", "natural")).findChild(QAction, "fillZerosAction").trigger()
    # 一 + 二 = 4 but （七） + 四 = 0: the balance rule fails in the 自然人 and 总计 columns
    failing = t3.failing_cells()
    assert ("new", "natural") in failing and ("carry_forward", "natural") in failing
    assert ("new", "business") not in failing
    tip = t3.cell_items[("new", "natural")].toolTip()
    assert "第一项加第二项之和应等于第三项（七）总计加第四项之和" in tip
    type_into(qtbot, t3, "granted", "natural", "3")
    type_into(qtbot, t3, "carry_forward", "natural", "1")
    assert t3.failing_cells() == set()
    assert t3.cell_items[("new", "natural")].background() != FAILING_BRUSH


def test_a_typed_zero_stays_zero_and_an_erased_cell_is_empty(qtbot: Any, t3: TableEditor) -> None:
    with qtbot.waitSignal(t3.value_changed) as changed:
        type_into(qtbot, t3, "new", "natural", "0")
    assert changed.args[0] == {"new": {"natural": 0, "total": 0}}
    assert t3.cell_items[("new", "natural")].text() == "0" and t3.cell_items[("new", "total")].text() == "0"
    assert t3.cell_items[("new", "business")].text() == ""  # never filled: blank, not 0
    type_into(qtbot, t3, "new", "natural", "")
    assert t3.value() == {} and t3.cell_items[("new", "natural")].text() == ""


def test_not_applicable_is_typed_or_chosen_where_the_format_allows_it(qtbot: Any, chinese: str) -> None:
    t2 = create_editor(field("t2"), None, chinese)
    qtbot.addWidget(t2)
    t2.resize(700, 500)
    t2.show()
    qtbot.waitExposed(t2)
    type_into(qtbot, t2, "regulations", "issued", "不适用")
    assert t2.value() == {"regulations": {"issued": NOT_APPLICABLE}}
    assert t2.cell_items[("regulations", "issued")].text() == "不适用"
    menu = t2.cell_menu(("regulations", "repealed"))
    menu.findChild(QAction, "notApplicableAction").trigger()
    assert t2.value()["regulations"] == {"issued": NOT_APPLICABLE, "repealed": NOT_APPLICABLE}
    t2.cell_menu(("regulations", "issued")).findChild(QAction, "clearCellAction").trigger()
    assert t2.value() == {"regulations": {"repealed": NOT_APPLICABLE}}
    t2.cell_menu(None).findChild(QAction, "fillZerosAction").trigger()
    assert t2.value()["regulations"] == {"issued": 0, "repealed": NOT_APPLICABLE, "in_force": 0}
    assert not t2.cell_menu(None).findChild(QAction, "fillZerosAction").isEnabled()  # nothing empty left


def test_table_3_takes_no_not_applicable(qtbot: Any, t3: TableEditor) -> None:
    assert not t3.cell_menu(("new", "natural")).findChild(QAction, "notApplicableAction").isEnabled()
    assert not t3.cell_menu(("new", "total")).findChild(QAction, "clearCellAction").isEnabled()  # computed
    type_into(qtbot, t3, "new", "natural", "不适用")  # the cell refuses the characters
    assert t3.value() == {}


def test_a_wrong_stored_total_is_marked(t3: TableEditor) -> None:
    row = dict.fromkeys(("business", "research", "public_interest", "legal_services", "other_org"), 0)
    t3.set_value({"new": {"natural": 2, **row, "total": 5}})  # as an import of a faulty report gives it
    assert ("new", "total") in t3.failing_cells()
    assert "总计应等于" in t3.cell_items[("new", "total")].toolTip()


def test_last_year_is_in_every_tooltip_and_behind_the_toggle(qtbot: Any, t3: TableEditor) -> None:
    assert not t3.last_year_toggle.isEnabled()
    t3.set_value({"carried_over": {"natural": 2, "total": 2}})
    t3.set_last_year({"carry_forward": {"natural": 2, "total": 2}, "new": {"natural": 7, "total": 7}})
    assert t3.last_year_toggle.isEnabled()
    assert "上年：7" in t3.cell_items[("new", "natural")].toolTip()
    t3.last_year_toggle.setChecked(True)
    assert t3.cell_items[("new", "natural")].text() == "7"
    assert not t3.cell_items[("new", "natural")].flags() & Qt.ItemFlag.ItemIsEditable
    assert t3.last_year_note.isVisible()
    t3.last_year_toggle.setChecked(False)
    assert t3.cell_items[("new", "natural")].text() == ""
    assert t3.value() == {"carried_over": {"natural": 2, "total": 2}}


def test_a_carried_over_row_unlike_last_year_is_marked(t3: TableEditor) -> None:
    t3.set_last_year({"carry_forward": {"natural": 2, "total": 2}})
    t3.set_value({"carried_over": {"natural": 1, "total": 1}, "carry_forward": {"natural": 1, "total": 1}})
    assert ("carried_over", "natural") in t3.failing_cells()


def test_table_4_and_table_2_shapes(qtbot: Any) -> None:
    t4 = create_editor(field("t4"), None, "zh_CN")
    qtbot.addWidget(t4)
    grid = t4.grid
    assert grid.rowCount() == 4 and grid.columnCount() == 15
    assert (grid.rowSpan(0, 0), grid.columnSpan(0, 0)) == (2, 5) and grid.item(0, 5).text() == "行政诉讼"
    assert grid.item(1, 10).text() == "复议后起诉"
    t2 = create_editor(field("t2"), None, "zh_CN")
    qtbot.addWidget(t2)
    assert t2.grid.rowCount() == 14 and t2.grid.columnCount() == 4
    fees = t2.cell_items[("fees", "amount")]
    assert t2.grid.columnSpan(fees.row(), 1) == 3
    assert t2.is_money("fees", "amount") and not t2.is_money("licensing", "decisions")


def test_in_the_editor_a_table_page_edits_the_draft_and_shows_last_year(qtbot: Any, library: Any) -> None:
    t3 = load_format(FORMAT).field("t3").table
    draft = new_draft(
        FORMAT,
        2021,
        demo_agency(),
        {
            "proactive_items": 10,
            "problems": ["甲"],
            "measures": ["乙"],
            "t3": tables.compute(
                t3, {"new": {"natural": 2}, "granted": {"natural": 1}, "carry_forward": {"natural": 1}}
            ),
        },
    )
    rolled = roll_forward(draft).draft
    library.ctx.store.create(rolled)
    editor = library.open_draft(rolled.id)
    editor.go_to("applications")
    page = editor.pages[[getattr(p, "step_id", None) for p in editor.pages].index("applications")]
    table_editor = page.editors["t3"]
    assert isinstance(table_editor, TableEditor)
    qtbot.waitUntil(lambda: table_editor.last_year_toggle.isEnabled())
    assert table_editor.cell_items[("carried_over", "natural")].text() == "1"
    assert (
        "上年：2" in table_editor.cell_items[("new", "natural")].toolTip()
        or "Last year: 2" in table_editor.cell_items[("new", "natural")].toolTip()
    )
    type_into(qtbot, table_editor, "new", "natural", "5")
    assert editor.document.draft.facts["t3"]["new"] == {"natural": 5, "total": 5}
