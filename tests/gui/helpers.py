"""Driving the editor as a clerk would: through its widgets, with Qt's key events."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.core.formats.spec import FieldKind
from desktop_app.gui.pages.section import SectionPage

SAMPLE_VALUES: dict[FieldKind, Any] = {
    FieldKind.COUNT: 7,
    FieldKind.MONEY: 0,
    FieldKind.TEXT: "局长",
    FieldKind.LIST: ["第一项内容", "第二项内容"],
}


def commit_text(widget: Any, text: str) -> None:
    """Chinese arrives from an input method as committed text, not as key presses
    (QTest.keyClicks only knows ASCII)."""
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def keys(qtbot: Any, widget: Any, text: str) -> None:
    """Type mixed text: ASCII as key clicks, everything else through the input method."""
    run = ""
    for char in text + "\0":
        if char.isascii() and char not in "\n\0":
            run += char
            continue
        if run:
            qtbot.keyClicks(widget, run)
            run = ""
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
        elif char != "\0":
            commit_text(widget, char)


def type_into(qtbot: Any, widget: Any, text: str) -> None:
    widget.setFocus()
    keys(qtbot, widget, text)


def replace_all(qtbot: Any, widget: Any, text: str) -> None:
    """Select everything (Ctrl+A) and type over it, as a clerk does."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    keys(qtbot, widget, text)


def fill_field(qtbot: Any, editor: Any) -> None:
    kind = editor.spec.kind
    if kind in (FieldKind.COUNT, FieldKind.MONEY):
        replace_all(qtbot, editor.spin.lineEdit(), str(SAMPLE_VALUES[kind]))
    elif kind is FieldKind.TEXT:
        replace_all(qtbot, editor.edit, SAMPLE_VALUES[kind])
    elif kind is FieldKind.LIST:
        editor.edit.setFocus()
        qtbot.keyClick(editor.edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        keys(qtbot, editor.edit, "\n".join(SAMPLE_VALUES[kind]))
    else:
        editor.date.enabled.setChecked(True)


def section_pages(editor: Any) -> list[SectionPage]:
    return [p for p in editor.pages if isinstance(p, SectionPage)]


def append_text(qtbot: Any, page: SectionPage, text: str) -> None:
    edit = page.text_edit
    edit.setFocus()
    edit.moveCursor(QTextCursor.MoveOperation.End)
    keys(qtbot, edit, text)


def finding_codes(page: Any) -> list[str]:
    return [f.code for f in page.findings.findings()]
