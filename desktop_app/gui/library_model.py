"""The library's table: one row per stored draft (DraftStore.list summaries, no JSON parsed).

Each row's display strings are made once, when the rows are set, and the model sorts itself
with one Python sort: the view and its filter proxy then only look strings up, instead of
calling into Python for every comparison and every row they measure.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDateTime, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.core.errors import ReportError
from desktop_app.gui.i18n import CHINESE, translate

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2

COLUMNS = ("agency", "year", "format", "state", "updated")
Index = QModelIndex | QPersistentModelIndex


def state_name(state: str) -> str:
    return {
        "editing": translate("Library", "Editing"),
        "signed-off": translate("Library", "Signed off"),
        "void": translate("Library", "Void (edited after sign-off)"),
    }.get(state, state)


@cache
def format_name(format_id: str, lang: str) -> str:
    from desktop_app.core.format_names import format_names  # the names only, not the whole pack

    try:
        name, name_en = format_names(format_id)
    except ReportError:
        return format_id
    return name if lang == CHINESE else name_en


def _local_time(iso: str) -> str:
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return iso
    return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm")


_SORT_KEYS: dict[str, Callable[[Any, str], Any]] = {
    "agency": lambda row, _lang: row.agency,
    "year": lambda row, _lang: row.year,
    "format": lambda row, lang: format_name(row.format_id, lang),
    "state": lambda row, _lang: row.state,
    "updated": lambda row, _lang: row.updated_at,
}


class LibraryModel(QAbstractTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.rows: list[Any] = []  # DraftSummary, in the current sort order
        self.texts: list[tuple[str, ...]] = []  # each row's display strings, by column
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        states = {state: state_name(state) for state in {row.state for row in rows}}
        texts: list[tuple[str, ...]] = [
            (row.agency, str(row.year), format_name(row.format_id, self.lang), states[row.state],
             _local_time(row.updated_at))
            for row in rows
        ]
        self.rows, self.texts = self._sorted(list(rows), texts)
        self.endResetModel()

    def _sorted(self, rows: list[Any], texts: list[tuple[str, ...]]) -> tuple[list[Any], list[tuple[str, ...]]]:
        if self._sort is None:
            return rows, texts
        column, order = self._sort
        key = _SORT_KEYS[COLUMNS[column]]
        keys = [key(row, self.lang) for row in rows]
        # stable, as the proxy's own sort was: equal keys keep their order either way
        order_ = sorted(range(len(rows)), key=keys.__getitem__, reverse=order == Qt.SortOrder.DescendingOrder)
        return [rows[i] for i in order_], [texts[i] for i in order_]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Called by the view (through the proxy) when a header is clicked."""
        if not 0 <= column < len(COLUMNS):
            self._sort = None
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        moved = [(self.rows[i.row()].id, i.column()) for i in before]
        self.rows, self.texts = self._sorted(self.rows, self.texts)
        row_of = {row.id: n for n, row in enumerate(self.rows)}
        self.changePersistentIndexList(before, [self.index(row_of[draft_id], c) for draft_id, c in moved])
        self.layoutChanged.emit()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("Library", "Agency"),
            translate("Library", "Year"),
            translate("Library", "Format"),
            translate("Library", "State"),
            translate("Library", "Last change"),
        )[section]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts[index.row()][index.column()] if index.isValid() else None
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return _SORT_KEYS[COLUMNS[index.column()]](row, self.lang)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0 and row.short_name:
            return row.short_name
        return None

    def row_of(self, draft_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == draft_id), -1)
