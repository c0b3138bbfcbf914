"""Fix-its and exact places from the findings lists (pytest-qt, offscreen)."""

from __future__ import annotations

from typing import Any

from desktop_app.core.model import Origin
from desktop_app.core.validation.findings import found


def _finding_row(page: Any, code: str) -> int:
    for row in range(page.findings.count()):
        finding = page.findings.item(row).data(0x0100 + 1)
        if finding is not None and finding.code == code:
            return row
    raise AssertionError(f"no {code} finding listed")


def test_the_fix_button_replaces_a_stale_year(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    editor.go_to("key-areas")
    page = editor.page("key-areas")
    page.text_edit.setPlainText("2016年共公开信息20条。")
    editor.document.validate_now()
    page.findings.setCurrentRow(_finding_row(page, "stale-year"))
    assert page.findings.fix_button.isEnabled()
    page.findings.fix_button.click()
    assert page.text_edit.toPlainText() == "2017年共公开信息20条。"
    section = editor.document.draft.section("key-areas")
    assert section.text == "2017年共公开信息20条。" and section.origin is Origin.EDITED
    assert not [f for f in editor.document.findings if f.code == "stale-year"]


def test_no_fix_is_offered_where_there_is_no_one_right_fix(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    editor.go_to("key-areas")
    page = editor.page("key-areas")
    page.text_edit.setPlainText("上半年共公开信息20条。")
    editor.document.validate_now()
    page.findings.setCurrentRow(_finding_row(page, "period-word"))
    assert not page.findings.fix_button.isEnabled()


def test_double_click_selects_the_span(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    editor.go_to("key-areas")
    page = editor.page("key-areas")
    page.text_edit.setPlainText("全年工作扎实。半年来，我局积极推进。")
    editor.document.validate_now()
    item = page.findings.item(_finding_row(page, "period-word"))
    page.findings.scrollToItem(item)
    rect = page.findings.visualItemRect(item)
    from PySide6.QtCore import Qt

    page.text_edit.moveCursor(page.text_edit.textCursor().MoveOperation.End)
    # a real double click: press, release, then the double-click event on the same item
    qtbot.mouseClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.findings.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.text_edit.textCursor().selectedText() == "半年来"


def test_a_table_finding_selects_its_cell(qtbot: Any, library: Any) -> None:
    from desktop_app.core.demo import demo_agency
    from desktop_app.core.editing import new_draft

    draft = new_draft("ogi-annual-2021", 2022, demo_agency(), {"proactive_items": 3})
    library.ctx.store.create(draft)
    editor = library.open_draft(draft.id)
    finding = found("table-cell", "negative", section="applications", field="t3", cells=[["granted", "research"]])
    editor.go_to("applications", finding)
    table_editor = editor.page("applications").editors["t3"]
    assert table_editor.grid.currentItem() is table_editor.cell_items[("granted", "research")]


def test_a_missing_issuer_is_filled_from_the_info_page(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    editor.document.set_issuer("")
    editor.document.validate_now()
    info = editor.pages[0]
    info.findings.setCurrentRow(_finding_row(info, "issuer-missing"))
    info.findings.fix_button.click()
    assert editor.document.draft.issuer == editor.document.draft.agency.full_name
    assert info.issuer.text() == editor.document.draft.agency.full_name
    editor.go_to("__info__", found("issuer-missing"))
    assert editor.focusWidget() is info.issuer
