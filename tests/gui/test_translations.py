"""With the Chinese catalogue loaded, no window shows an English source string."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    QTableView,
    QTreeWidget,
    QWidget,
)

from desktop_app.gui.i18n import CHINESE, install_translators, remove_translators

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "ogi_report_zh_CN.ts"
# Latin words that may stand in Chinese text: file types, key names, a language's own name
ALLOWED_LATIN = {
    "English",
    "docx",
    "doc",
    "txt",
    "json",
    "Ctrl",
    "Alt",
    "PgUp",
    "PgDown",
    "Word",
    "Windows",
}  # proper names
TAG = re.compile(r"<[^>]+>")


def sources() -> list[str]:
    root = ET.parse(TS).getroot()
    return [m.findtext("source") or "" for m in root.iter("message")]


def source_patterns() -> list[re.Pattern[str]]:
    patterns = []
    for source in sources():
        plain = source.replace("&", "")
        parts = [re.escape(p) for p in re.split(r"%\d", plain)]
        patterns.append(re.compile("(?:" + ").+(?:".join(parts) + ")"))
    return patterns


def visible_texts(window: QWidget) -> Iterator[tuple[str, str]]:
    yield "window title", window.windowTitle()
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and not isinstance(widget, QMenu):
            continue
        name = type(widget).__name__
        if isinstance(widget, QLabel):
            yield name, TAG.sub("", widget.text())
        if isinstance(widget, QAbstractButton):
            yield name, widget.text()
        if isinstance(widget, QGroupBox):
            yield name, widget.title()
        if isinstance(widget, QLineEdit | QPlainTextEdit):
            yield name + " placeholder", widget.placeholderText()
        if isinstance(widget, QAbstractSpinBox):
            yield name + " special", widget.specialValueText()
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                yield name, widget.itemText(i)
        if isinstance(widget, QListWidget):
            for i in range(widget.count()):
                yield name, widget.item(i).text()
                yield name + " tooltip", widget.item(i).toolTip()
        if isinstance(widget, QTreeWidget):
            header = widget.headerItem()
            for c in range(header.columnCount()):
                yield name + " header", header.text(c)
            for i in range(widget.topLevelItemCount()):
                yield name, widget.topLevelItem(i).text(1)
        if isinstance(widget, QTableView) and widget.model() is not None:
            model = widget.model()
            for c in range(model.columnCount()):
                yield name + " header", str(model.headerData(c, Qt.Orientation.Horizontal))
            for r in range(model.rowCount()):
                for c in range(model.columnCount()):
                    yield name, str(model.index(r, c).data())
        if isinstance(widget, QMenu):
            yield name, widget.title()
            for action in widget.actions():
                yield "action", action.text()
        tip = widget.toolTip()
        if tip:
            yield name + " tooltip", tip


def untranslated(window: QWidget) -> list[tuple[str, str]]:
    patterns = source_patterns()
    bad = []
    for where, text in visible_texts(window):
        text = text.replace("&", "").strip()
        if not text:
            continue
        if any(p.fullmatch(text) for p in patterns):
            bad.append((where, text))
            continue
        latin = set(re.findall(r"[A-Za-z]{3,}", text)) - ALLOWED_LATIN
        if latin:
            bad.append((where, text))
    return bad


@pytest.fixture
def lang(qapp: Any) -> Iterator[str]:
    translators = install_translators(qapp, CHINESE)
    yield CHINESE
    remove_translators(qapp, translators)


def test_every_message_in_the_catalogue_is_translated() -> None:
    root = ET.parse(TS).getroot()
    unfinished = [
        m.findtext("source") for m in root.iter("message") if m.find("translation").get("type") == "unfinished"
    ]
    assert unfinished == []
    assert (TS.with_suffix(".qm")).stat().st_size > 1000


def test_library_is_all_chinese(qtbot: Any, library: Any, stored_demo: Any) -> None:
    library.refresh()
    assert library.windowTitle() == "报告库"
    assert untranslated(library) == []
    library.trash_action.trigger()
    assert untranslated(library) == []


def test_every_editor_page_is_all_chinese(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.core.rollforward.forward import roll_forward

    result = roll_forward(stored_demo)
    library.ctx.store.create(result.draft)
    editor = library.open_draft(result.draft.id)
    for index in range(editor.step_count()):
        editor.set_step(index)
        qtbot.waitExposed(editor)
        assert untranslated(editor) == [], editor.pages[index].title()
    assert editor.back_button.text() == "上一步(&B)"


def test_dialogs_are_all_chinese(qtbot: Any, lang: str) -> None:
    from desktop_app.gui.widgets.error_dialog import ErrorDialog
    from desktop_app.gui.widgets.new_draft import NewDraftDialog

    for dialog in (NewDraftDialog(lang), ErrorDialog("Traceback: details stay as they are")):
        qtbot.addWidget(dialog)
        dialog.show()
        bad = [(w, t) for w, t in untranslated(dialog) if "Traceback" not in t]
        assert bad == []


def test_qts_own_buttons_and_context_menus_speak_chinese(qapp: Any) -> None:
    """Qt's own words (message-box buttons, a text field's context menu) come from Qt's
    bundled zh_CN catalogue, loaded beside ours."""
    from PySide6.QtWidgets import QDialogButtonBox

    translators = install_translators(qapp, CHINESE)
    try:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Yes)
        texts = {b.text().replace("&", "") for b in buttons.buttons()}
        assert any("取消" in t for t in texts) and any("是" in t for t in texts), texts
        field = QLineEdit("x")
        menu = field.createStandardContextMenu()
        words = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert any("撤销" in w or "撤消" in w for w in words) and any("粘贴" in w for w in words), words
        assert not any(re.search(r"[A-Za-z]{3,}", w.split("\t")[0].replace("&", "")) for w in words), words
    finally:
        remove_translators(qapp, translators)
