"""The export page says, before export, which official fonts this computer lacks and what the
document will use; a checkbox keeps the official names."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml.ns import qn

from desktop_app.gui.pages import export as export_page

WINDOWS_PC = ["SimSun", "SimHei", "FangSong", "KaiTi", "STZhongsong", "Times New Roman"]


class _WindowsFonts:
    @staticmethod
    def families() -> list[str]:
        return list(WINDOWS_PC)


@pytest.fixture
def windows_fonts(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(export_page, "QFontDatabase", _WindowsFonts)


def _fonts(path: Path) -> set[str]:
    styles = docx.Document(str(path)).styles.element
    return {f.get(qn("w:eastAsia")) for f in styles.iter(qn("w:rFonts"))} - {None}


def _export(qtbot: Any, page: Any, path: Path) -> set[str]:
    page.path_edit.setText(str(path))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export == path, timeout=20000)
    return _fonts(path)


def test_missing_fonts_are_named_before_export_and_replaced(
    qtbot: Any, library: Any, stored_demo: Any, windows_fonts: None, tmp_path: Path
) -> None:
    editor = library.open_draft(stored_demo.id)
    page = editor.export_page
    editor.go_to(page.step_id)
    note = page.fonts_note.text()
    assert page.fonts_note.isVisible()
    assert "仿宋_GB2312" in note and "FangSong" not in note and "仿宋" in note.replace("仿宋_GB2312", "")
    assert "方正小标宋简体" in note and "华文中宋" in note
    fonts = _export(qtbot, page, tmp_path / "plain.docx")
    assert {"仿宋", "楷体", "华文中宋"} <= fonts and not fonts & {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}


def test_the_checkbox_keeps_the_official_names(
    qtbot: Any, library: Any, stored_demo: Any, windows_fonts: None, tmp_path: Path
) -> None:
    editor = library.open_draft(stored_demo.id)
    page = editor.export_page
    editor.go_to(page.step_id)
    page.strict_fonts.setChecked(True)
    assert "official name is kept" in page.fonts_note.text()
    assert {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"} <= _export(qtbot, page, tmp_path / "strict.docx")
    assert editor.ctx.settings.get("strict_fonts") is True  # remembered for the next export
