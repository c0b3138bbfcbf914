"""Walking every window the clerk can open: their visible widgets and the texts they show."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
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


def settle() -> None:
    """Let layouts finish: a form that changes its shape posts another round of layout."""
    for _round in range(5):
        QApplication.processEvents()


def editor_steps(editor: Any) -> Iterator[int]:
    """Show each step of the editor in turn (building its page), laid out."""
    for index in range(editor.step_count()):
        editor.set_step(index)
        settle()
        yield index


def _scrolled(widget: QWidget, top: QWidget) -> bool:
    """Whether ``widget`` sits in a scroll area's page (it scrolls into view rather than
    having to fit the window)."""
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent.parentWidget(), QAbstractScrollArea) and parent is parent.parentWidget().viewport():
            return True
        parent = parent.parentWidget()
    return False


def cut_off(top: QWidget) -> list[str]:
    """Labels and buttons of ``top`` that show less than their text (a wrapped label is given
    the height its width needs), and widgets that stick out of the window."""
    bad = []
    window = top.rect()
    for widget in shown_widgets(top):
        name = f"{type(widget).__name__} {widget.objectName()}".strip()
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                if widget.heightForWidth(widget.width()) > widget.height() + 1:
                    bad.append(f"{name} {plain(widget.text())[:60]!r}: too low ({widget.height()})")
            elif widget.minimumSizeHint().width() > widget.width() + 1:
                bad.append(f"{name} {plain(widget.text())[:60]!r}: too narrow ({widget.width()})")
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and not isinstance(widget, QToolButton)  # a toolbar moves what does not fit into its menu
            and widget.sizeHint().width() > widget.width() + 1
        ):
            bad.append(f"{name} {widget.text()[:60]!r}: too narrow ({widget.width()})")
        if widget is not top and not _scrolled(widget, top):
            rect = QRect(widget.mapTo(top, QPoint(0, 0)), widget.size())
            if not window.contains(rect):
                bad.append(f"{name}: outside the window {rect.getRect()} of {window.getRect()}")
    return bad


def needs_sideways_scroll(editor: Any) -> list[str]:
    """Steps whose page is wider than the room the editor gives it."""
    wide = []
    for index in editor_steps(editor):
        scroll = editor.stack.widget(index)
        page = scroll.widget()
        need, room = page.minimumSizeHint().width(), scroll.viewport().width()
        if need > room:
            wide.append(f"step {index + 1} ({type(page).__name__}): {need} px in {room}")
    return wide
