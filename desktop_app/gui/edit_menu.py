"""The editor's 编辑 menu: undo, redo, cut, copy, paste and select all, acting on whichever
text field has the keyboard focus (the fields keep their own undo history)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QMainWindow, QMenu, QWidget

from desktop_app.gui.i18n import translate

# (label, standard key, the method every Qt text field offers)
_EDITS = (
    ("&Undo", QKeySequence.StandardKey.Undo, "undo"),
    ("&Redo", QKeySequence.StandardKey.Redo, "redo"),
    (None, None, None),
    ("Cu&t", QKeySequence.StandardKey.Cut, "cut"),
    ("&Copy", QKeySequence.StandardKey.Copy, "copy"),
    ("&Paste", QKeySequence.StandardKey.Paste, "paste"),
    (None, None, None),
    ("Select &all", QKeySequence.StandardKey.SelectAll, "selectAll"),
)


def add_edit_menu(window: QMainWindow) -> QMenu:
    """Adds 编辑 to the window's menu bar; its actions reach the focused field. A field that
    has the focus takes these keys itself first, so the shortcuts never fire twice."""
    menu = window.menuBar().addMenu(translate("Editor", "&Edit"))
    for label, key, method in _EDITS:
        if label is None or key is None or method is None:
            menu.addSeparator()
            continue
        action = QAction(_label(label), window)
        action.setShortcuts(QKeySequence.keyBindings(key))
        action.triggered.connect(lambda _=False, name=method: edit_focused(name))
        menu.addAction(action)
    return menu


def _label(label: str) -> str:
    # spelled out so the translation tools see every string
    return {
        "&Undo": translate("Editor", "&Undo"),
        "&Redo": translate("Editor", "&Redo"),
        "Cu&t": translate("Editor", "Cu&t"),
        "&Copy": translate("Editor", "&Copy"),
        "&Paste": translate("Editor", "&Paste"),
        "Select &all": translate("Editor", "Select &all"),
    }[label]


def edit_focused(method: str) -> None:
    """Undo, copy, … on the field with the focus (a number field's text line for spin boxes)."""
    widget: QWidget | None = QApplication.focusWidget()
    if isinstance(widget, QAbstractSpinBox):
        widget = widget.lineEdit()
    call = getattr(widget, method, None)
    if callable(call):
        call()
