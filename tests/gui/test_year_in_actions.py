"""Next year in few actions: from last year's signed draft to an exportable report, counting
what the clerk does (clicks and typed fields). Published in docs/performance.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.model import SignOffState, sign_off_state
from desktop_app.core.signoff import sign_off
from desktop_app.core.validation.findings import Severity
from tests.gui.helpers import type_into

NO_CHANGES_TARGET = 20
CHANGED_TARGET = 40


class Actions:
    """Counts the clerk's actions: a click, or one field typed into."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, button: Any) -> None:
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def trigger(self, action: Any) -> None:
        self.count += 1
        action.trigger()

    def type(self, widget: Any, text: str) -> None:
        self.count += 1
        type_into(self.qtbot, widget, text)

    def dismiss(self) -> None:
        """An OK on a message box (the scripted dialogs answer it)."""
        self.count += 1


def _signed_last_year(library: Any, stored_demo: Any) -> Any:
    sign_off(stored_demo, drafted_by="张三", reviewed_by="李四", approved_by="王五")
    library.ctx.store.save(stored_demo, "signed-off")
    return stored_demo


def _next_year(qtbot: Any, library: Any, dialogs: Any, last: Any, act: Actions) -> Any:
    library.refresh()
    library.select(last.id)
    act.trigger(library.rollforward_action)
    qtbot.waitUntil(lambda: len(library.editors) == 1, timeout=10000)
    if dialogs.messages and dialogs.messages[-1][0] == "info":
        act.dismiss()  # the re-confirm summary
    return next(iter(library.editors.values()))


def _finish(qtbot: Any, editor: Any, act: Actions, tmp_path: Path) -> None:
    """Keep everything still listed, sign, export."""
    doc = editor.document
    review = editor.review_page
    editor.go_to(review.step_id)
    act.count += 1  # going to the review step
    listing = review.confirm_list
    if listing.count():
        listing.tree.setFocus()
        act.count += 1  # Ctrl+A
        listing.tree.selectAll()
        act.click(listing.keep_button)
    doc.validate_now()
    assert not doc.draft.unconfirmed
    review.refresh()
    assert review.sign_button.isEnabled(), review.blocked_label.text()  # a missing date becomes today
    act.type(review.drafted_by, "张三")
    act.type(review.reviewed_by, "李四")
    act.type(review.approved_by, "王五")
    act.click(review.sign_button)
    assert sign_off_state(doc.draft) is SignOffState.SIGNED_OFF
    doc.validate_now()
    assert not [f for f in doc.findings if f.severity is Severity.ERROR]
    export = editor.export_page
    editor.go_to(export.step_id)
    act.count += 1  # going to the export step
    export.path_edit.setText(str(tmp_path / "report.docx"))
    with qtbot.waitSignal(export.exported, timeout=10000):
        act.click(export.export_button)
    assert (tmp_path / "report.docx").exists()


def test_a_year_without_changes(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any, tmp_path: Path) -> None:
    act = Actions(qtbot)
    editor = _next_year(qtbot, library, dialogs, _signed_last_year(library, stored_demo), act)
    _finish(qtbot, editor, act, tmp_path)
    print(f"\nactions, a year without changes: {act.count}")
    assert act.count <= NO_CHANGES_TARGET


def test_a_year_with_ten_new_numbers(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any, tmp_path: Path) -> None:
    act = Actions(qtbot)
    editor = _next_year(qtbot, library, dialogs, _signed_last_year(library, stored_demo), act)
    doc = editor.document
    numbers = [f.key for f in doc.spec.fields if f.kind.value in ("count", "money")][:10]
    assert len(numbers) >= 8
    pages = {key: page for page in editor.pages for key in getattr(page, "editors", {})}
    for n, key in enumerate(numbers):
        page = pages[key]
        editor.go_to(page.step_id)
        spin = page.editors[key].spin
        spin.setFocus()
        spin.selectAll()
        act.type(spin, str(50 + n))
        spin.editingFinished.emit()
    for key in numbers:
        assert doc.draft.facts.get(key) is not None, key
    _finish(qtbot, editor, act, tmp_path)
    print(f"\nactions, a year with {len(numbers)} new numbers: {act.count}")
    assert act.count <= CHANGED_TARGET
