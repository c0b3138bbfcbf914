"""The library's table: one row per stored draft (DraftStore.list summaries, no JSON parsed)."""

from __future__ import annotations

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
    from desktop_app.core.formats import load_format  # not before the first row needs it: start-up

    try:
        spec = load_format(format_id)
    except ReportError:
        return format_id
    return spec.name if lang == CHINESE else spec.name_en


def _local_time(iso: str) -> str:
    stamp = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not stamp.isValid():
        return iso
    return stamp.toLocalTime().toString("yyyy-MM-dd HH:mm")


class LibraryModel(QAbstractTableModel):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang = lang
        self.rows: list[Any] = []  # DraftSummary

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

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
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return {
                "agency": row.agency,
                "year": row.year,
                "format": format_name(row.format_id, self.lang),
                "state": row.state,
                "updated": row.updated_at,
            }[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                "agency": row.agency,
                "year": str(row.year),
                "format": format_name(row.format_id, self.lang),
                "state": state_name(row.state),
                "updated": _local_time(row.updated_at),
            }[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == "agency" and row.short_name:
            return row.short_name
        return None

    def row_of(self, draft_id: str) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == draft_id), -1)
