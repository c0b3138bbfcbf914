"""A screen reader can read the form, and the keyboard reaches every control."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView)


def _national_editor(library: Any, dialogs: Any) -> Any:
    from desktop_app.gui.widgets.new_draft import NewDraftRequest

    dialogs.new_request = NewDraftRequest("某县某局", "县某局", 2023, "ogi-annual-2021")
    library.new_action.trigger()
    return next(iter(library.editors.values()))


def _every_page(editor: Any) -> list[QWidget]:
    for index in range(editor.step_count()):
        editor.set_step(index)
    return list(editor.pages.built())


def _spoken_name(widget: QWidget) -> str:
    """What a screen reader announces: the accessible name, or the text of the label whose buddy it is."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def _unnamed_inputs(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), (QAbstractSpinBox, QComboBox)):
            continue  # the spin box or combo box around it carries the name
        if isinstance(widget, QHeaderView) or not widget.isVisibleTo(root):
            continue  # a header is read as part of its table
        if not _spoken_name(widget):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


def test_every_input_has_an_accessible_name(qtbot: Any, library: Any, dialogs: Any) -> None:
    editor = _national_editor(library, dialogs)
    missing: list[str] = []
    for page in _every_page(editor):
        missing += _unnamed_inputs(page)
    missing += _unnamed_inputs(library)
    assert missing == [], "\n".join(missing)


def test_every_control_takes_keyboard_focus(qtbot: Any, library: Any, dialogs: Any) -> None:
    editor = _national_editor(library, dialogs)
    unreachable = []
    for page in _every_page(editor):
        for widget in page.findChildren(QWidget):
            if isinstance(widget, QHeaderView):
                continue  # reached through its table's cells
            reachable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
            if isinstance(widget, (*INPUTS, QAbstractButton)) and widget.isVisibleTo(page) and not reachable:
                unreachable.append(f"{type(widget).__name__} {widget.accessibleName() or widget.objectName()!r}")
    assert unreachable == []


def test_focus_is_visible_in_the_style(qapp: Any) -> None:
    """The app style keeps Qt's focus frame: no style sheet turns the outline off."""
    sheet = qapp.styleSheet()
    assert "outline: none" not in sheet.replace(":", ": ").replace("  ", " ")
    assert "outline:0" not in sheet.replace(" ", "")
