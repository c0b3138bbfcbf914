"""Fields and steps: the text's state said plainly, a field and its text never disagree in
silence, and the report's title follows the format until the clerk edits it (in Chinese, as a
county clerk sees it)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
import pytest

from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.gui.i18n import CHINESE, install_translators, remove_translators
from tests.gui.helpers import append_text, replace_all, type_into

SECTION = "confidentiality"  # 保密检查{{ inspection_frequency }}


@pytest.fixture
def lang(qapp: Any) -> Iterator[str]:
    translators = install_translators(qapp, CHINESE)
    yield CHINESE
    remove_translators(qapp, translators)


def test_the_label_says_whether_the_text_is_generated_edited_or_carried(
    qtbot: Any, library: Any, stored_demo: Any
) -> None:
    editor = library.open_draft(stored_demo.id)
    page = editor.page(SECTION)
    editor.go_to(SECTION)
    assert "由事实生成" in page.origin_label.text()
    append_text(qtbot, page, "另有补充。")
    assert "已修改" in page.origin_label.text()
    library.close_editor(stored_demo.id)

    nxt = roll_forward(editor.document.draft).draft  # the edited text is carried into next year
    library.ctx.store.create(nxt, label="rolled-forward")
    carried = library.open_draft(nxt.id).page(SECTION)
    assert "沿用上年，待确认" in carried.origin_label.text()


def test_an_edited_text_whose_field_changes_gets_a_note_and_one_click_regenerates_it(
    qtbot: Any, library: Any, stored_demo: Any
) -> None:
    editor = library.open_draft(stored_demo.id)
    page = editor.page(SECTION)
    editor.go_to(SECTION)
    field = page.editors["inspection_frequency"]
    replace_all(qtbot, field.edit, "每月至少一次")  # untouched text follows the field
    assert "保密检查每月至少一次" in page.text_edit.toPlainText()
    assert page.mismatch.isHidden()

    append_text(qtbot, page, "另有补充。")
    replace_all(qtbot, field.edit, "每季度至少一次")
    assert "保密检查每月至少一次" in page.text_edit.toPlainText()  # the clerk's words stay
    assert page.mismatch.isVisible()
    assert "每季度" in page.mismatch_label.text() and "每周" in page.mismatch_label.text()
    assert page.regenerate_button.text().startswith("重新生成")
    page.regenerate_button.click()
    assert "保密检查每季度至少一次" in page.text_edit.toPlainText()
    assert page.mismatch.isHidden()
    assert "由事实生成" in page.origin_label.text()


def test_keeping_the_text_takes_the_note_away(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    page = editor.page(SECTION)
    editor.go_to(SECTION)
    append_text(qtbot, page, "另有补充。")
    replace_all(qtbot, page.editors["inspection_frequency"].edit, "每季度至少一次")
    assert page.mismatch.isVisible()
    page.keep_button.click()
    assert page.mismatch.isHidden()
    assert "保密检查每周至少一次" in page.text_edit.toPlainText()


def test_the_title_follows_the_format_can_be_edited_and_is_exported(
    qtbot: Any, library: Any, stored_demo: Any, tmp_path: Path
) -> None:
    editor = library.open_draft(stored_demo.id)
    info = editor.pages[0]
    assert info.title_edit.toPlainText() == "莒南县经济和信息化局\n2017年政府信息公开工作总结"
    assert not info.title_format_button.isEnabled()
    replace_all(qtbot, info.full_name, "莒南县工业和信息化局")  # the format's title follows the agency
    assert info.title_edit.toPlainText().startswith("莒南县工业和信息化局\n")

    replace_all(qtbot, info.title_edit, "莒南县工业和信息化局\n2017年政府信息公开工作年度报告")
    assert editor.document.draft.title == "莒南县工业和信息化局\n2017年政府信息公开工作年度报告"
    assert info.title_format_button.isEnabled()
    export = editor.export_page
    editor.go_to(export.step_id)
    assert Path(export.default_path()).name == "莒南县工业和信息化局2017年政府信息公开工作年度报告.docx"
    target = tmp_path / "report.docx"
    export.path_edit.setText(str(target))
    with qtbot.waitSignal(export.exported, timeout=10000):
        export.export_button.click()
    printed = [p.text for p in docx.Document(str(target)).paragraphs[:2]]
    assert printed == ["莒南县工业和信息化局", "2017年政府信息公开工作年度报告"]

    editor.go_to(info.step_id)
    info.title_format_button.click()
    assert editor.document.draft.title is None
    assert info.title_edit.toPlainText().endswith("工作总结")


def test_typing_the_title_line_by_line(qtbot: Any, library: Any, stored_demo: Any) -> None:
    info = library.open_draft(stored_demo.id).pages[0]
    info.title_edit.clear()
    type_into(qtbot, info.title_edit, "莒南县经信局\n2017年度工作报告")
    assert info.document.draft.title == "莒南县经信局\n2017年度工作报告"
