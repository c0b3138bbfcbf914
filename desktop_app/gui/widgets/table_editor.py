"""The editor for a table field: one grid that looks like the printed table.

The grid is laid out from the TableSpec as the Word export lays it out: header rows with
their merged cells, row labels merged down where rows share them, a block's single column
stretched over the grid. A cell is empty (never filled: shown blank), a number (a typed 0
stays 0) or, where the format allows it, 不适用 (typed, or from the cell's context menu, which
also empties a cell or puts 0 in every empty one). Totals the format computes are read-only
and follow every keystroke (``core.tables.compute``). The table's rules run live through the
same engine validation uses (``core.rules_tables``): a cell a finding points at turns red and
carries the finding's message as its tooltip (an empty cell is not painted: it shows blank).
Last year's figures are in every cell's tooltip, and a toggle shows the whole of last year's
table in place (read-only).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint, QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import CellValueError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldSpec
from desktop_app.core.formats.table_spec import TableSpec, header_grid
from desktop_app.core.messages.catalogue import message
from desktop_app.core.model import CellValue, FactValue, TableValue
from desktop_app.core.validation.findings import Finding
from desktop_app.core.validation.rules_tables import field_findings
from desktop_app.gui import palette
from desktop_app.gui.i18n import CHINESE, translate
from desktop_app.gui.widgets.fields import FieldEditor
from desktop_app.gui.widgets.table_cells import CELL_ROLE, CellDelegate, cell_menu

HEADER_BRUSH = QBrush(QColor(palette.HEADER))
COMPUTED_BRUSH = QBrush(QColor(palette.COMPUTED))
FAILING_BRUSH = QBrush(QColor(palette.FAILING))
LAST_YEAR_BRUSH = QBrush(QColor(palette.LAST_YEAR))
_LABEL_SHARE = 0.45  # of the width for the label columns, when the spec declares no widths
_MIN_COLUMN = 34  # pixels


class TableEditor(FieldEditor):
    expands = True
    wide = True  # the table takes the page's width; its label goes above it

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(spec, parent, lang)
        if spec.table is None:
            raise ValueError(f"table field {spec.key} has no table spec")
        self.table: TableSpec = spec.table
        self.computed = self.table.computed_cells()
        self._value: TableValue = {}
        self._last_year: TableValue | None = None
        self._outside: list[Finding] = []  # findings from the whole draft (text against table)
        self._document: Any = None
        self.findings: list[Finding] = []
        self.cell_items: dict[tuple[str, str], QTableWidgetItem] = {}

        self.grid = QTableWidget()
        self.grid.horizontalHeader().hide()
        self.grid.verticalHeader().hide()
        self.grid.setWordWrap(True)
        self.grid.setTabKeyNavigation(True)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.grid.setItemDelegate(CellDelegate(self, self))
        self.grid.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.grid.customContextMenuRequested.connect(self._context_menu)
        self.grid.setAccessibleName(spec.label if lang == CHINESE else spec.label_en)
        self._build()
        first = next((i for k, i in self.cell_items.items() if k not in self.computed), None)
        if first is not None:  # the cursor starts in the first cell to fill, not on the header
            self.grid.setCurrentItem(first, QItemSelectionModel.SelectionFlag.NoUpdate)

        self.last_year_toggle = QCheckBox(translate("TableEditor", "Show last year's figures"))
        self.last_year_toggle.setEnabled(False)
        self.last_year_note = QLabel(translate("TableEditor", "Last year's figures, read-only"))
        self.last_year_note.setStyleSheet(f"color: {palette.LAST_YEAR_INK};")
        self.last_year_note.hide()
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.last_year_toggle)
        bar.addWidget(self.last_year_note)
        bar.addStretch(1)

        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(bar)
        box.addWidget(self.grid)
        self.layout_.addLayout(box)
        self.setFocusProxy(self.grid)

        self.last_year_toggle.toggled.connect(self._show_last_year)
        self.grid.itemChanged.connect(self._cell_edited)
        self._refresh()

    # --- the FieldEditor contract ---------------------------------------------------------

    def value(self) -> FactValue:
        return {row: dict(cells) for row, cells in self._value.items()}

    def set_value(self, value: FactValue) -> None:
        table = value if isinstance(value, dict) else {}
        if table == self._value:
            return  # keep the clerk's place while they type
        self._value = {row: dict(cells) for row, cells in table.items()}
        self._refresh()

    def set_last_year(self, value: FactValue) -> None:
        """Last year's table: shown in tooltips, behind the toggle, and checked for carried rows."""
        self._last_year = value if isinstance(value, dict) else None
        self.last_year_toggle.setEnabled(self._last_year is not None)
        if self._last_year is None:
            self.last_year_toggle.setChecked(False)
        self._refresh()

    def set_outside_findings(self, findings: list[Finding]) -> None:
        """Findings of the whole draft that point at cells of this table (e.g. a number the
        text quotes differently); the table's own rules are run here, live."""
        self._outside = [f for f in findings if f.field == self.spec.key and f.params.get("cells")]
        self._paint_findings()

    def is_money(self, row: str, column: str) -> bool:
        return tables.is_money(self.table, row, column)

    def last_year_cell(self, cell: tuple[str, str]) -> float | None:
        """Last year's figure for a cell, while this year's are shown; None without one."""
        if self._last_year is None or self.last_year_toggle.isChecked():
            return None
        return tables.number(self._last_year, *cell)

    def shown_text(self, value: TableValue | None, row: str, column: str) -> str:
        """A cell as the grid shows it: the number (0 too), 不适用, or blank when never filled."""
        if not tables.is_filled(value, row, column):
            return ""
        return tables.printed(self.table, value, row, column)

    def is_editable(self, cell: tuple[str, str]) -> bool:
        return cell not in self.computed and not self.last_year_toggle.isChecked()

    def has_empty_cells(self) -> bool:
        return any(cell not in self.computed for cell in tables.missing(self.table, self._value))

    # --- building the grid ------------------------------------------------------------------

    def _build(self) -> None:
        t = self.table
        total_rows = sum(len(b.header) + len(b.rows) for b in t.blocks)
        self.grid.setRowCount(total_rows)
        self.grid.setColumnCount(t.grid_columns)
        zh = self.lang == CHINESE
        r = 0
        for block in t.blocks:
            for row_cells in header_grid(block.header, t.grid_columns):
                for col, cell in row_cells:
                    item = self._fixed(cell.shown(english=not zh), header=True)
                    self.grid.setItem(r, col, item)
                    if cell.rowspan > 1 or cell.colspan > 1:
                        self.grid.setSpan(r, col, cell.rowspan, cell.colspan)
                r += 1
            for index, row in enumerate(block.rows):
                col = 0
                shown = row.labels if zh else row.path_en()
                for level in range(len(row.labels)):
                    last = level == len(row.labels) - 1
                    span = t.label_columns - level if last else 1
                    shared = index > 0 and self._shares(block.rows[index - 1], row, level)
                    if not shared:
                        down = 1
                        while index + down < len(block.rows) and self._shares(block.rows[index + down], row, level):
                            down += 1
                        item = self._fixed(shown[level], header=False)
                        item.setToolTip(row.label if zh else row.label_en)
                        self.grid.setItem(r, col, item)
                        if down > 1 or span > 1:
                            self.grid.setSpan(r, col, down, span)
                    col += span
                for column, span in zip(block.columns, t.block_column_spans(block), strict=True):
                    item = QTableWidgetItem()
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                    item.setData(CELL_ROLE, (row.key, column.key))
                    if (row.key, column.key) in self.computed:
                        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                    self.grid.setItem(r, col, item)
                    if span > 1:
                        self.grid.setSpan(r, col, 1, span)
                    self.cell_items[(row.key, column.key)] = item
                    col += span
                r += 1

    @staticmethod
    def _shares(other: Any, row: Any, level: int) -> bool:
        return (
            len(other.labels) > level + 1
            and len(row.labels) > level + 1
            and (other.labels[: level + 1] == row.labels[: level + 1])
        )

    def _fixed(self, text: str, header: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        if header:
            item.setToolTip(text)  # a narrow column may not show all of it
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setBackground(HEADER_BRUSH)
            font = QFont(item.font())
            font.setBold(True)
            item.setFont(font)
        else:
            item.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return item

    # --- showing values and findings -----------------------------------------------------------

    def _refresh(self) -> None:
        showing_last_year = self.last_year_toggle.isChecked() and self._last_year is not None
        shown = self._last_year if showing_last_year else self._value
        with QSignalBlocker(self.grid):
            for (row, column), item in self.cell_items.items():
                item.setText(self.shown_text(shown, row, column))
                editable = not showing_last_year and (row, column) not in self.computed
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                item.setFlags(flags | Qt.ItemFlag.ItemIsEditable if editable else flags)
        self.findings = list(field_findings(self.spec, self._value, None, self._last_year))
        self._paint_findings()

    def _paint_findings(self) -> None:
        showing_last_year = self.last_year_toggle.isChecked() and self._last_year is not None
        messages: dict[tuple[str, str], list[str]] = {}
        for finding in [*self.findings, *self._outside]:
            if finding.code == "table-missing":
                continue  # an empty cell shows blank; the review lists what is missing
            for cell in finding.params.get("cells", []):
                messages.setdefault((cell[0], cell[1]), []).append(message(finding, self.lang))
        last_label = translate("TableEditor", "Last year: %1")
        computed_label = translate("TableEditor", "Computed from the other cells")
        with QSignalBlocker(self.grid):
            for key, item in self.cell_items.items():
                failing = key in messages and not showing_last_year
                if showing_last_year:
                    brush = LAST_YEAR_BRUSH
                elif failing:
                    brush = FAILING_BRUSH
                elif key in self.computed:
                    brush = COMPUTED_BRUSH
                else:
                    brush = QBrush()
                item.setBackground(brush)
                tips = list(messages.get(key, [])) if failing else []
                if key in self.computed:
                    tips.append(computed_label)
                if self._last_year is not None and tables.is_filled(self._last_year, *key):
                    tips.append(last_label.replace("%1", self.shown_text(self._last_year, *key)))
                item.setToolTip("\n".join(tips))

    def failing_cells(self) -> set[tuple[str, str]]:
        """Cells currently marked (for tests and the page's focus)."""
        return {key for key, item in self.cell_items.items() if item.background() == FAILING_BRUSH}

    # --- edits --------------------------------------------------------------------------------

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        cell = item.data(CELL_ROLE)
        if cell is None or not self.is_editable(cell):
            return
        row, column = cell
        try:  # a blank is empty again, 0 is 0, 不适用 (or its marks) where the table allows it
            typed = tables.coerce_table(self.table, {row: {column: item.text()}}).get(row, {}).get(column)
        except CellValueError:
            typed = None  # the validator lets nothing else through; a paste might: the cell is empty
        self.set_cell(cell, typed)

    def set_cell(self, cell: tuple[str, str], content: CellValue | None) -> None:
        """One cell made a number, 不适用 (NOT_APPLICABLE) or empty (None); totals follow."""
        row, column = cell
        value = {k: dict(v) for k, v in self._value.items()}
        if content is None:
            value.get(row, {}).pop(column, None)
        else:
            value.setdefault(row, {})[column] = content
        self._commit({k: v for k, v in value.items() if v})

    def fill_empty(self) -> None:
        """0 in every cell still empty: the clerk's "there were none of the rest"."""
        self._commit(tables.fill_empty(self.table, self._value))

    def _commit(self, value: TableValue) -> None:
        self._value = tables.compute(self.table, value)
        self._refresh()
        self.value_changed.emit(self.value())

    def cell_menu(self, cell: tuple[str, str] | None) -> QMenu:
        return cell_menu(self, cell, self)

    def _context_menu(self, pos: QPoint) -> None:
        item = self.grid.itemAt(pos)
        cell = item.data(CELL_ROLE) if item is not None else None
        if item is not None:
            self.grid.setCurrentItem(item)
        self.cell_menu(cell).exec(self.grid.viewport().mapToGlobal(pos))

    def _show_last_year(self, on: bool) -> None:
        self.last_year_note.setVisible(on)
        self._refresh()

    # --- size: the page scrolls, never the grid -------------------------------------------------

    def _column_weights(self) -> list[float]:
        t = self.table
        if t.widths_mm:
            return list(t.widths_mm)
        if t.label_columns:
            return [_LABEL_SHARE / t.label_columns] * t.label_columns + [
                (1 - _LABEL_SHARE) / t.value_columns
            ] * t.value_columns
        return [1.0] * t.value_columns

    def _fit(self) -> None:
        width = self.grid.viewport().width()
        if width <= 0:
            return
        weights = self._column_weights()
        scale = width / sum(weights)
        widths = [max(_MIN_COLUMN, int(weight * scale)) for weight in weights]
        widths[-1] += max(0, width - sum(widths))  # no strip left over at the right
        for col, column_width in enumerate(widths):
            self.grid.setColumnWidth(col, column_width)
        self.grid.resizeRowsToContents()
        height = sum(self.grid.rowHeight(r) for r in range(self.grid.rowCount())) + 2 * self.grid.frameWidth()
        self.grid.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._attach_document()
        self._fit()

    def _attach_document(self) -> None:
        """Find the draft being edited (the page that holds this editor has it) for last
        year's figures and the draft's findings; without one the editor still works alone."""
        if self._document is not None:
            return
        document = next(_ancestors_document(self), None)
        if document is None:
            return
        self._document = document
        key = self.spec.key
        last = document.draft.last_year_facts.get(key)
        last_draft = getattr(document, "last_year", None)
        if last is None and last_draft is not None and last_draft.format_id == document.draft.format_id:
            last = last_draft.facts.get(key)
        self.set_last_year(last)
        document.findings_changed.connect(self._document_findings)
        self._document_findings()

    def _document_findings(self) -> None:
        if self._document is not None:
            self.set_outside_findings([f for f in self._document.findings if not f.code.startswith("table-")])


def _ancestors_document(widget: QWidget) -> Iterator[Any]:
    parent = widget.parentWidget()
    while parent is not None:
        document = getattr(parent, "document", None)
        if document is not None and hasattr(document, "draft") and hasattr(document, "findings_changed"):
            yield document
            return
        parent = parent.parentWidget()
