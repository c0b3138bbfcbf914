"""The editor's 编辑 menu: undo, redo, cut, copy, paste and select all, acting on whichever
text field has the keyboard focus (the fields keep their own undo history)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMainWindow, QMenu, QWidget

from desktop_app.gui.i18n import translate


def _edits() -> tuple[tuple[str, QKeySequence.StandardKey, str] | None, ...]:
    """(label, standard key, the method every Qt text field offers); None for a separator."""
    keys = QKeySequence.StandardKey
    return (
        (translate("Editor", "&Undo"), keys.Undo, "undo"),
        (translate("Editor", "&Redo"), keys.Redo, "redo"),
        None,
        (translate("Editor", "Cu&t"), keys.Cut, "cut"),
        (translate("Editor", "&Copy"), keys.Copy, "copy"),
        (translate("Editor", "&Paste"), keys.Paste, "paste"),
        None,
        (translate("Editor", "Select &all"), keys.SelectAll, "selectAll"),
    )


def add_edit_menu(window: QMainWindow) -> QMenu:
    """Adds 编辑 to the window's menu bar; its actions reach the focused field. A field that
    has the focus takes these keys itself first, so the shortcuts never fire twice."""
    menu = window.menuBar().addMenu(translate("Editor", "&Edit"))
    for edit in _edits():
        if edit is None:
            menu.addSeparator()
            continue
        label, key, method = edit
        action = QAction(label, window)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(lambda _=False, name=method: edit_focused(name))
        menu.addAction(action)
    return menu


def edit_focused(method: str) -> None:
    """Undo, copy, … on the field with the focus (a number field's text line for spin boxes)."""
    widget: QWidget | None = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.lineEdit()
    call = getattr(widget, method, None)
    if callable(call):
        call()
