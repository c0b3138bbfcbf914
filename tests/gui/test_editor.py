"""Moving around the editor never loses anything; the sidebar shows each step's state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.model import Origin
from desktop_app.gui.step_state import StepState
from tests.gui.helpers import append_text, keys, replace_all


def test_back_next_and_jumping_keep_input(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    info = editor.pages[0]
    replace_all(qtbot, info.short_name, "经信局")
    editor.next_button.click()
    assert editor.current_step == 1
    intro = editor.pages[1]
    append_text(qtbot, intro, "补充一句。")
    editor.back_button.click()
    assert editor.current_step == 0
    assert info.short_name.text() == "经信局"
    editor.sidebar.setCurrentRow(editor.step_count() - 1)  # jump to the export step
    editor.go_to("intro")
    assert intro.text_edit.toPlainText().endswith("补充一句。")
    assert editor.document.draft.section("intro").origin is Origin.EDITED
    assert editor.document.draft.agency.short_name == "经信局"


def test_keyboard_shortcuts_move_between_steps(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    qtbot.keyClick(editor, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_step == 1
    qtbot.keyClick(editor, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert editor.current_step == 2
    qtbot.keyClick(editor, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_step == 0
    assert not editor.back_button.isEnabled()


def test_untouched_text_follows_the_facts_until_typed(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    page = editor.page("proactive")
    editor.go_to("proactive")
    replace_all(qtbot, page.editors["proactive_items"].spin.lineEdit(), "123")
    assert "123" in page.text_edit.toPlainText()
    assert "123" in editor.page("intro").text_edit.toPlainText()  # the same fact elsewhere
    assert editor.page("intro").editors["proactive_items"].value() == 123
    append_text(qtbot, page, "我们自己写的。")
    assert page.restore_button.isEnabled()
    replace_all(qtbot, page.editors["proactive_items"].spin.lineEdit(), "124")
    assert "124" not in page.text_edit.toPlainText()  # edited text is never overwritten
    page.restore_button.click()  # dialogs.ask answers yes
    assert "124" in page.text_edit.toPlainText()
    assert editor.document.draft.section("proactive").origin is Origin.BOILERPLATE
    page.text_edit.setFocus()
    keys(qtbot, page.text_edit, "x")
    qtbot.keyClick(page.text_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo works
    assert not page.text_edit.toPlainText().endswith("x")


def test_sidebar_states(qtbot: Any, library: Any, dialogs: Any) -> None:
    from desktop_app.gui.widgets.new_draft import NewDraftRequest

    dialogs.new_request = NewDraftRequest("某县某局", "", 2017, "ogi-annual-2017")
    library.new_action.trigger()
    editor = next(iter(library.editors.values()))
    states = [editor.step_state(i) for i in range(editor.step_count())]
    assert StepState.NOT_STARTED in states  # sections whose facts are still missing
    assert states[0] is StepState.ERRORS  # no report date yet
    page = editor.page("problems")
    index = editor.step_index("problems")
    append_text(qtbot, page, "上半年工作。")
    qtbot.waitUntil(lambda: editor.sidebar.item(index).toolTip() in ("has errors", "has warnings"))
    assert editor.step_state(index) in (StepState.ERRORS, StepState.WARNINGS)


def test_a_finding_without_span_focuses_its_field(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.core.validation.findings import found

    editor = library.open_draft(stored_demo.id)
    editor.go_to("proactive", found("missing-fact", section="proactive", field="proactive_items"))
    page = editor.page("proactive")
    assert editor.current_step == editor.step_index("proactive")
    assert page.editors["proactive_items"].isAncestorOf(editor.focusWidget())


def test_tab_goes_from_the_sidebar_into_the_page(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id, 2)
    with qtbot.waitActive(editor):
        editor.activateWindow()
    editor.sidebar.setFocus()
    qtbot.keyClick(editor.sidebar, Qt.Key.Key_Tab)
    page = editor.pages[2]
    assert page.isAncestorOf(editor.focusWidget())


def test_a_format_with_tables_gets_grids(qtbot: Any, library: Any, dialogs: Any) -> None:
    from desktop_app.gui.widgets.new_draft import NewDraftRequest
    from desktop_app.gui.widgets.table_editor import TableEditor

    dialogs.new_request = NewDraftRequest("某县某局", "", 2021, "ogi-annual-2021")
    library.new_action.trigger()
    editor = next(iter(library.editors.values()))
    page = next(p for p in editor.pages if any(isinstance(e, TableEditor) for e in getattr(p, "editors", {}).values()))
    key, table_editor = next((k, e) for k, e in page.editors.items() if isinstance(e, TableEditor))
    editor.go_to(page.step_id)
    block = table_editor.table.blocks[0]
    row, column = block.rows[0], block.columns[0]
    table_editor.cell_items[(row.key, column.key)].setText("3")
    assert editor.document.draft.facts[key][row.key][column.key] == 3


def test_pages_are_built_when_their_step_is_first_shown(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.core.rollforward.forward import roll_forward

    result = roll_forward(stored_demo)
    library.ctx.store.create(result.draft)
    editor = library.open_draft(result.draft.id)
    assert editor.pages.built() == [editor.pages[0]]
    states = [editor.sidebar.item(i).toolTip() for i in range(editor.step_count())]
    assert "carried, unconfirmed" in states  # every step's state, though only one page exists
    fact = next(k for k in editor.document.draft.unconfirmed if k.startswith("fact:")).removeprefix("fact:")
    editor.document.set_fact(fact, editor.document.draft.facts.get(fact))  # changed while its page is unbuilt
    editor.document.confirm(f"fact:{fact}")
    page = next(p for p in editor.pages if fact in getattr(p, "editors", {}))
    assert page.editors[fact].property("carried") is False  # a late page shows the draft as it is now
    assert len(editor.pages.built()) < editor.step_count()  # only as far as the search went
