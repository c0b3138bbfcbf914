"""Review page: grouping, jump-to-edit, sign-off gate. Export page: retry, preview."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.gui.pages.review import STEP_ROLE
from tests.gui.helpers import append_text


def test_review_groups_findings_and_jumps_to_them(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    append_text(qtbot, editor.page("fees"), "截至10月底未收费。")
    review = editor.review_page
    editor.go_to(review.step_id)
    qtbot.waitUntil(
        lambda: any(review.tree.topLevelItem(i).childCount() for i in range(review.tree.topLevelItemCount()))
    )
    tops = [review.tree.topLevelItem(i) for i in range(review.tree.topLevelItemCount())]
    assert len(tops) == 1 + len(editor.document.spec.sections)
    fees = next(t for t in tops if t.data(0, STEP_ROLE) == "fees")
    child = fees.child(0)
    review.tree.itemActivated.emit(child, 0)
    assert editor.current_step == editor.step_index("fees")
    assert editor.page("fees").text_edit.textCursor().hasSelection()


def test_sign_off_needs_no_errors(qtbot: Any, library: Any, stored_demo: Any, dialogs: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    review = editor.review_page
    editor.go_to(review.step_id)
    assert review.sign_button.isEnabled()
    editor.document.set_report_date(date(2017, 6, 1))  # before the year ended: an error
    assert not review.sign_button.isEnabled()
    assert review.blocked_label.text()
    editor.document.set_report_date(date(2018, 1, 9))
    assert review.sign_button.isEnabled()
    review.sign_button.click()  # no names yet: refused with a message, draft untouched
    assert dialogs.messages[-1][0] == "warning"
    assert editor.document.draft.sign_off is None


def test_export_to_a_blocked_path_offers_retry_in_the_same_box(
    qtbot: Any, library: Any, stored_demo: Any, dialogs: Any, tmp_path: Path
) -> None:
    editor = library.open_draft(stored_demo.id)
    export = editor.export_page
    editor.go_to(export.step_id)
    blocked = tmp_path / "taken.docx"
    blocked.mkdir()  # a folder where the file should go
    export.path_edit.setText(str(blocked))
    dialogs.fix_answers = ["retry", None]  # retry once, then give up
    export.export_button.click()
    qtbot.waitUntil(lambda: dialogs.kinds().count("fix") == 2, timeout=10000)
    assert "taken.docx" in dialogs.messages[-1][2]
    assert export.export_button.isEnabled()
    assert not export.open_button.isEnabled()
    assert editor.document.draft.sign_off is None


def test_preview_shows_the_report(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    editor.go_to(editor.export_page.step_id)
    text = editor.export_page.preview.toPlainText()
    assert "莒南县经济和信息化局" in text
    assert "一、政府信息公开的组织领导和制度建设情况" in text
    assert "草稿" in text  # not signed off
