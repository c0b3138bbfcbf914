"""The library's table: one row per stored draft (DraftStore.list summaries, no JSON parsed).

A QStandardItemModel filled once per refresh: the view paints, sorts and filters it (through
the window's proxy, on the displayed text) without calling back into Python. Every column's
text sorts as its value does: years have four digits, times are "yyyy-MM-dd HH:mm".

Nothing here touches PySide6's ``Qt`` namespace: building its hundred-odd enum types costs
about 14 ms, and the library window is painted at start-up without needing any of them
(see docs/performance.md). Roles are therefore plain numbers, and "last change" is logical
column 0, so the header's default sort indicator (section 0, descending) is the library's
initial order, newest first; the window shows it as the last column.
"""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from PySide6.QtGui import QStandardItem, QStandardItemModel

from desktop_app.core.errors import ReportError
from desktop_app.gui.i18n import CHINESE, translate

_USER_ROLE = 0x0100  # Qt.ItemDataRole.UserRole
_TOOLTIP_ROLE = 3  # Qt.ItemDataRole.ToolTipRole
ID_ROLE = _USER_ROLE + 1  # on the first logical column

COLUMNS = ("updated", "year", "format", "state", "agency")  # logical order; shown agency first
SHOWN_ORDER = ("agency", "year", "format", "state", "updated")
_AGENCY = COLUMNS.index("agency")


def state_name(state: str) -> str:
    return {
        "editing": translate("Library", "Editing"),
        "signed-off": translate("Library", "Signed off"),
        "void": translate("Library", "Void (edited after sign-off)"),
    }.get(state, state)


@cache
def format_name(format_id: str, lang: str) -> str:
    from desktop_app.core.formats.names import format_names  # the names only, not the whole pack

    try:
        name, name_en = format_names(format_id)
    except ReportError:
        return format_id
    return name if lang == CHINESE else name_en


def local_time(iso: str) -> str:
    """A stored ISO timestamp as local "yyyy-MM-dd HH:mm"; anything else as it is."""
    try:
        t = datetime.fromisoformat(iso).astimezone()
    except (ValueError, OverflowError, OSError):
        return iso
    # not strftime: it imports the time module on every call, through PySide's import hook
    return f"{t.year:04d}-{t.month:02d}-{t.day:02d} {t.hour:02d}:{t.minute:02d}"


def header_labels() -> dict[str, str]:
    return {
        "agency": translate("Library", "Agency"),
        "year": translate("Library", "Year"),
        "format": translate("Library", "Format"),
        "state": translate("Library", "State"),
        "updated": translate("Library", "Last change"),
    }


class LibraryModel(QStandardItemModel):
    def __init__(self, lang: str) -> None:
        super().__init__(0, len(COLUMNS))
        self.lang = lang
        self.rows: list[Any] = []  # DraftSummary, in the order of the model's rows
        self.texts: list[tuple[str, ...]] = []  # each row's display strings, by logical column
        self._row_of: dict[str, int] = {}
        labels = header_labels()
        self.setHorizontalHeaderLabels([labels[column] for column in COLUMNS])

    def set_rows(self, rows: list[Any]) -> None:
        states = {state: state_name(state) for state in {row.state for row in rows}}
        self.rows = list(rows)
        self.texts = []
        self._row_of = {row.id: n for n, row in enumerate(self.rows)}
        # one reset instead of a signal per inserted row: the proxy sorts once, afterwards
        self.beginResetModel()
        blocked = self.blockSignals(True)
        try:
            self.setRowCount(0)
            for row in self.rows:
                texts = (
                    local_time(row.updated_at),
                    str(row.year),
                    format_name(row.format_id, self.lang),
                    states[row.state],
                    row.agency,
                )
                self.texts.append(texts)
                self.appendRow(_items(row, texts))
        finally:
            self.blockSignals(blocked)
            self.endResetModel()

    def row_of(self, draft_id: str) -> int:
        return self._row_of.get(draft_id, -1)


def _items(row: Any, texts: tuple[str, ...]) -> list[QStandardItem]:
    items = [QStandardItem(text) for text in texts]  # not editable: the view has no edit triggers
    items[0].setData(row.id, ID_ROLE)
    if row.short_name:
        items[_AGENCY].setData(row.short_name, _TOOLTIP_ROLE)
    return items
