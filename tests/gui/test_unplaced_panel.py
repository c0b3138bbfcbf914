"""The panel of passages an import could not place: each goes into a section, or is
discarded, in one action; the export step says what would be left out."""

from __future__ import annotations

from typing import Any

from desktop_app.core.demo import demo_draft


def _stored_with_unplaced(ctx: Any) -> Any:
    draft = demo_draft()
    draft.unplaced = ["十二、需要说明的事项与附表", "附表：统计指标略。"]
    ctx.store.create(draft)
    return draft


def test_each_passage_is_assigned_or_discarded_in_one_action(qtbot: Any, library: Any, ctx: Any) -> None:
    stored = _stored_with_unplaced(ctx)
    editor = library.open_draft(stored.id)
    info = editor.pages[0]
    panel = info.unplaced
    assert not info.unplaced_box.isHidden()
    assert panel.passages.count() == 2
    assert any(f.code == "unplaced-text" for f in editor.document.findings)

    panel.passages.setCurrentRow(1)
    panel.section.setCurrentIndex(panel.section.findData("problems"))
    panel.assign_button.click()
    assert editor.document.draft.unplaced == ["十二、需要说明的事项与附表"]
    assert editor.document.draft.section("problems").text.endswith("附表：统计指标略。")
    assert editor.page("problems").text_edit.toPlainText().endswith("附表：统计指标略。")
    assert panel.passages.count() == 1

    panel.discard_button.click()
    assert editor.document.draft.unplaced == []
    assert info.unplaced_box.isHidden()
    editor.document.validate_now()
    assert not any(f.code == "unplaced-text" for f in editor.document.findings)


def test_the_export_step_shows_the_finding(qtbot: Any, library: Any, ctx: Any) -> None:
    stored = _stored_with_unplaced(ctx)
    editor = library.open_draft(stored.id)
    export = editor.pages[-1]
    assert "2" in export.note.text() and "十二、需要说明的事项与附表" in export.note.text()
