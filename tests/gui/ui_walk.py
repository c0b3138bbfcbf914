"""Walking every window the clerk can open: their visible widgets and the texts they show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

from desktop_app.core.rollforward.forward import roll_forward

_TAG = re.compile(r"<[^>]+>")


def plain(text: str) -> str:
    """A label's words without its rich-text markup."""
    return _TAG.sub("", text).replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


def shown_widgets(top: QWidget) -> list[QWidget]:
    return [top, *(w for w in top.findChildren(QWidget) if w.isVisibleTo(top))]


def _columns(model: Any, parent: QModelIndex) -> int:
    try:
        return int(model.columnCount(parent))
    except TypeError:  # a list model keeps columnCount to itself: one column
        return 1


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    if model is None:
        return
    for column in range(_columns(model, QModelIndex())):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if header:
            yield str(header)
    pending = [QModelIndex()]
    while pending:
        parent = pending.pop()
        for row in range(model.rowCount(parent)):
            for column in range(_columns(model, parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = index.data(role)
                    if isinstance(value, str) and value:
                        yield value
                if column == 0 and model.rowCount(index) > 0:
                    pending.append(index)


def widget_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every text a widget shows or gives a screen reader; the values the
    clerk typed into inputs are theirs and left out."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", plain(widget.text())
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            yield "choice", widget.itemText(index)
    if isinstance(widget, QAbstractItemView) and not isinstance(widget, QHeaderView):  # its view has it
        for text in _model_texts(widget):
            yield "item", text


def action_texts(top: QWidget) -> Iterator[tuple[str, str]]:
    for action in top.findChildren(QAction):
        yield "action", action.text()
        yield "action tip", action.toolTip()
    for menu in top.findChildren(QMenu):
        yield "menu", menu.title()


def all_texts(top: QWidget) -> list[tuple[QWidget, str, str]]:
    found = [(w, what, text) for w in shown_widgets(top) for what, text in widget_texts(w) if text]
    found += [(top, what, text) for what, text in action_texts(top) if text]
    return found


def store_rolled_national(ctx: Any) -> Any:
    """Next year's draft of a national-format report: tables, last year's values beside every
    field, a full 尚待确认 list, findings: every kind of page filled."""
    from tests.core.test_rollforward_items import _national

    draft = roll_forward(_national("2023-anlan-xian-yibao")).draft
    ctx.store.create(draft, label="rolled-forward")
    return draft


def editor_steps(editor: Any) -> Iterator[int]:
    """Show each step of the editor in turn (building its page)."""
    for index in range(editor.step_count()):
        editor.set_step(index)
        yield index
