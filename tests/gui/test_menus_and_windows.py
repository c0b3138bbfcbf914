"""The menus a clerk expects, their shortcuts, the About box, and windows that keep their place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QKeySequence

from desktop_app import paths


def _menu_titles(window: Any) -> list[str]:
    return [action.text().replace("&", "") for action in window.menuBar().actions()]


def _shortcuts(window: Any) -> set[str]:
    found = set()
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        for action in menu.actions() if menu is not None else []:
            found |= {s.toString() for s in action.shortcuts()}
    return found


def test_library_menus_and_shortcuts(library: Any) -> None:
    assert _menu_titles(library)[:2] == ["File", "Edit"]
    assert {"View", "Help"} <= set(_menu_titles(library))
    assert _menu_titles(library)[-1] == "Help"
    assert {"Ctrl+N", "Ctrl+O", "F1", "Ctrl+F"} <= _shortcuts(library)


def test_editor_menus_and_shortcuts(qtbot: Any, library: Any, stored_demo: Any) -> None:
    library.open_draft(stored_demo.id)
    editor = library.editors[stored_demo.id]
    assert _menu_titles(editor) == ["File", "Edit", "View", "Help"]
    assert {"Ctrl+S", "Ctrl+E", "F1", "Ctrl+Z", "Ctrl+C", "Ctrl+V"} <= _shortcuts(editor)
    editor.export_action.trigger()
    from desktop_app.gui.pages.export import ExportPage

    assert editor.current_step == editor.step_index(ExportPage.step_id) > 0


def test_about_box_names_version_and_data_folder(library: Any, dialogs: Any) -> None:
    from desktop_app import __version__

    library.about_action.trigger()
    kind, _title, text, _details = dialogs.messages[-1]
    assert kind == "info"
    assert __version__ in text and str(paths.data_dir()) in text


def test_f1_opens_the_guide(library: Any, dialogs: Any) -> None:
    assert QKeySequence("F1") in library.guide_action.shortcuts()
    library.guide_action.trigger()
    assert "Ctrl+E" in dialogs.messages[-1][2]


def test_windows_come_back_where_they_were_left(qtbot: Any, ctx: Any) -> None:
    from desktop_app.gui.library import LibraryWindow

    first = LibraryWindow(ctx)
    qtbot.addWidget(first)
    first.show()
    first.setGeometry(QRect(40, 50, 700, 480))
    qtbot.wait(10)
    left = first.size()
    first.close()
    again = LibraryWindow(ctx)
    qtbot.addWidget(again)
    assert again.geometry_keeper.restored
    assert again.size() == left
    assert (again.width(), again.height()) == (700, 480)


def test_new_for_a_recent_year_proposes_the_national_format_and_says_why(qtbot: Any) -> None:
    from desktop_app.gui.widgets.new_draft import NewDraftDialog

    dialog = NewDraftDialog("en")
    qtbot.addWidget(dialog)
    dialog.year.setValue(2017)
    assert dialog.format.currentData() == "ogi-annual-2017"
    dialog.year.setValue(2023)
    assert dialog.format.currentData() == "ogi-annual-2021"
    assert "2019" in dialog.format_reason.text() and "国办公开办函" in dialog.format_reason.text()


def test_the_editors_edit_menu_acts_on_the_focused_field(qtbot: Any, library: Any, stored_demo: Any) -> None:
    """编辑 → 全选, 剪切, 撤销 reach the text field with the focus."""
    from PySide6.QtWidgets import QLineEdit

    library.open_draft(stored_demo.id)
    editor = library.editors[stored_demo.id]
    editor.show()
    qtbot.waitExposed(editor)
    field = next(w for w in editor.findChildren(QLineEdit) if w.isVisible() and not w.isReadOnly() and w.text())
    before = field.text()
    assert before
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    # the menu-bar action held while its menu is read (PySide6 6.8 lets a bare menu() wrapper go)
    edit_action = next(a for a in editor.menuBar().actions() if a.text().replace("&", "") == "Edit")
    menu = edit_action.menu()
    actions = {a.text().replace("&", ""): a for a in menu.actions() if not a.isSeparator()}
    actions["Select all"].trigger()
    actions["Cut"].trigger()
    assert field.text() == ""
    actions["Undo"].trigger()
    assert field.text() == before
