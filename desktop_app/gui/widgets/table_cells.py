"""The cells of the table editor: what a clerk may type into one, how it is drawn, and its menu.

A cell takes a number (a whole one, or a decimal in a money column), 0 included; where the
format allows 不适用 it also takes the word (or a mark the format reads as it, such as — or /);
erased, it is empty again: never filled, which is not a 0.
"""

from __future__ import annotations

import re
from typing import Protocol

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QFont, QPainter, QValidator
from PySide6.QtWidgets import QLineEdit, QMenu, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop_app.core.formats import tables
from desktop_app.core.formats.table_spec import TableSpec
from desktop_app.core.model import NOT_APPLICABLE, CellValue
from desktop_app.gui import palette
from desktop_app.gui.i18n import translate


class CellHost(Protocol):
    """What the cells ask of the table editor that holds them."""

    table: TableSpec

    def is_money(self, row: str, column: str) -> bool: ...
    def last_year_cell(self, cell: tuple[str, str]) -> float | None: ...
    def is_editable(self, cell: tuple[str, str]) -> bool: ...
    def has_empty_cells(self) -> bool: ...
    def set_cell(self, cell: tuple[str, str], content: CellValue | None) -> None: ...
    def fill_empty(self) -> None: ...


CELL_ROLE = Qt.ItemDataRole.UserRole + 1  # (row key, column key) of a value cell
_COUNT = re.compile(r"[0-9０-９]{0,9}")
_MONEY = re.compile(r"[0-9０-９]{0,9}(?:[.．][0-9０-９]{0,4})?")


class CellValidator(QValidator):
    """Digits (and a decimal point in a money column); the 不适用 marks where the cell allows them."""

    def __init__(self, money: bool, marks: tuple[str, ...], parent: QWidget) -> None:
        super().__init__(parent)
        self._number = _MONEY if money else _COUNT
        self._marks = marks

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if self._number.fullmatch(text) or text in self._marks:
            return QValidator.State.Acceptable, text, pos
        if any(mark.startswith(text) for mark in self._marks):
            return QValidator.State.Intermediate, text, pos  # 不 on the way to 不适用
        return QValidator.State.Invalid, text, pos


class CellDelegate(QStyledItemDelegate):
    """Edits a cell with a CellValidator, and draws last year's figure small in its corner."""

    def __init__(self, editor: CellHost, parent: QWidget) -> None:
        super().__init__(parent)
        self._editor = editor

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        line = QLineEdit(parent)
        line.setAlignment(Qt.AlignmentFlag.AlignCenter)
        cell = index.data(CELL_ROLE)
        if cell is not None:
            table = self._editor.table
            allowed = table.allows_not_applicable(*cell)
            marks = (table.marks.not_applicable, *table.marks.read_not_applicable) if allowed else ()
            line.setValidator(CellValidator(self._editor.is_money(*cell), marks, line))
        return line

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        """The cell as usual, and last year's figure small in its corner: always in sight."""
        super().paint(painter, option, index)
        cell = index.data(CELL_ROLE)
        last = self._editor.last_year_cell(cell) if cell is not None else None
        if last is None:
            return
        painter.save()
        font = QFont(option.font)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.7))
        painter.setFont(font)
        painter.setPen(QColor(palette.LAST_YEAR_INK))
        rect = option.rect.adjusted(2, 1, -3, 0)  # room for the cursor on the right
        painter.drawText(rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom, tables.show(last))
        painter.restore()


def cell_menu(editor: CellHost, cell: tuple[str, str] | None, parent: QWidget) -> QMenu:
    """The context menu of a cell: mark it 不适用 (where the format allows it), empty it, or
    put 0 in every cell still empty."""
    menu = QMenu(parent)
    editable = cell is not None and editor.is_editable(cell)
    not_applicable = QAction(translate("TableEditor", "Mark as not applicable"), menu)
    not_applicable.setObjectName("notApplicableAction")
    not_applicable.setEnabled(editable and cell is not None and editor.table.allows_not_applicable(*cell))
    clear = QAction(translate("TableEditor", "Empty the cell (not filled in)"), menu)
    clear.setObjectName("clearCellAction")
    clear.setEnabled(editable)
    zeros = QAction(translate("TableEditor", "Fill every empty cell with 0"), menu)
    zeros.setObjectName("fillZerosAction")
    zeros.setEnabled(editor.has_empty_cells())
    if cell is not None:
        not_applicable.triggered.connect(lambda: editor.set_cell(cell, NOT_APPLICABLE))
        clear.triggered.connect(lambda: editor.set_cell(cell, None))
    zeros.triggered.connect(editor.fill_empty)
    for action in (not_applicable, clear, zeros):
        menu.addAction(action)
    return menu
