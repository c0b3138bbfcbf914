"""A clerk's whole year: new draft, basic information, every section, a finding fixed,
sign-off, export — and the .docx holds what was typed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
from PySide6.QtCore import QDate
from PySide6.QtGui import QTextCursor

from desktop_app.core.model import SignOffState, sign_off_state
from desktop_app.gui.widgets.new_draft import NewDraftRequest
from tests.gui.helpers import append_text, fill_field, finding_codes, section_pages, type_into

TYPED = "半年来，我局坚持把政务公开摆在突出位置。"
FIXED = "一年来，我局坚持把政务公开摆在突出位置。"


def start_new_draft(library: Any, dialogs: Any) -> Any:
    dialogs.new_request = NewDraftRequest("莒南县经济和信息化局", "县经信局", 2017, "ogi-annual-2017")
    library.new_action.trigger()
    assert len(library.editors) == 1
    return next(iter(library.editors.values()))


def test_clerk_writes_signs_and_exports(qtbot: Any, library: Any, dialogs: Any, tmp_path: Path) -> None:
    editor = start_new_draft(library, dialogs)
    doc = editor.document

    info = editor.pages[0]
    type_into(qtbot, info.parent_government, "莒南县人民政府")
    type_into(qtbot, info.website_name, "莒南政府网")
    info.report_date.enabled.setChecked(True)
    info.report_date.edit.setDate(QDate(2018, 1, 9))
    assert doc.draft.agency.parent_government == "莒南县人民政府"
    assert str(doc.draft.report_date) == "2018-01-09"

    for page in section_pages(editor):
        editor.go_to(page.step_id)
        for editor_widget in page.editors.values():
            fill_field(qtbot, editor_widget)
    assert doc.draft.facts["proactive_items"] == 7
    assert doc.draft.facts["problems"] == ["第一项内容", "第二项内容"]
    assert all(s.text.strip() for s in doc.draft.sections), "every section rendered from the facts"

    problems = editor.page("problems")
    editor.go_to("problems")
    append_text(qtbot, problems, "\n" + TYPED)
    qtbot.waitUntil(lambda: "period-word" in finding_codes(problems))
    finding = next(f for f in problems.findings.findings() if f.code == "period-word")
    problems.show_finding(finding)
    assert problems.text_edit.textCursor().selectedText() == "半年来"
    type_into(qtbot, problems.text_edit, "一年来")  # type over the selection
    qtbot.waitUntil(lambda: "period-word" not in finding_codes(problems))
    assert FIXED in doc.draft.section("problems").text

    review = editor.review_page
    editor.go_to(review.step_id)
    review.refresh()
    assert review.sign_button.isEnabled(), [doc.message(f) for f in doc.errors()]
    type_into(qtbot, review.drafted_by, "张三")
    type_into(qtbot, review.reviewed_by, "李四")
    type_into(qtbot, review.approved_by, "王五")
    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        review.sign_button.click()
    assert sign_off_state(doc.draft) is SignOffState.SIGNED_OFF

    export = editor.export_page
    editor.go_to(export.step_id)
    target = tmp_path / "out" / "report.docx"
    target.parent.mkdir()
    export.path_edit.setText(str(target))
    with qtbot.waitSignal(export.exported, timeout=10000):
        export.export_button.click()
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert FIXED in text
    assert "第一项内容" in text
    assert "莒南县经济和信息化局" in text
    assert export.open_button.isEnabled()
    assert library.ctx.settings.get_str("export_dir") == str(target.parent)


def test_editing_after_sign_off_voids_it(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.core.signoff import sign_off

    editor = library.open_draft(stored_demo.id)
    doc = editor.document
    sign_off(
        doc.draft,
        drafted_by="张三",
        reviewed_by="李四",
        approved_by="王五",
        issuer=doc.draft.agency.full_name,
        date=doc.draft.report_date,
    )
    doc.signed_off()
    page = editor.page("fees")
    editor.go_to("fees")
    page.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    type_into(qtbot, page.text_edit, "补充。")
    assert sign_off_state(doc.draft) is SignOffState.VOID
    editor.go_to(editor.review_page.step_id)
    qtbot.waitUntil(lambda: "void" in editor.review_page.state_label.text().lower())
    assert "Reconsideration" not in editor.review_page.state_label.text()
    assert "Fees" in editor.review_page.state_label.text()
