"""The editor for a table field (FieldKind.TABLE): one grid per block of the TableSpec.

Totals the format computes (``compute = true`` rules) are shown read-only and filled by
``core.tables.compute``; blank cells are left out of the value, as the core expects.
"""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desktop_app.core.formats import FieldSpec
from desktop_app.core.model import FactValue
from desktop_app.core.table_spec import COLUMNS, TableBlock, TableSpec
from desktop_app.core.tables import compute, show
from desktop_app.gui.i18n import CHINESE
from desktop_app.gui.widgets.fields import FieldEditor

COMPUTED_BRUSH = QBrush(QColor("#ececec"))
BAD_BRUSH = QBrush(QColor("#f9d0cf"))
ROW_HEADER_MAX_WIDTH = 360
INDENT = "\u3000\u3000"  # two ideographic spaces per level, as the printed tables indent


def computed_cells(table: TableSpec) -> set[tuple[str, str]]:
    """(row, column) of every cell a compute rule fills in."""
    cells: set[tuple[str, str]] = set()
    for rule in table.rules:
        if not rule.compute:
            continue
        block = table.rule_block(rule)
        if rule.kind == COLUMNS:
            cells |= {(rule.left[0], c.key) for c in block.columns}
        else:
            cells |= {(r.key, rule.left[0]) for r in block.rows}
    return cells


def _number(text: str) -> int | float | None:
    """A cell's text as a number; None when blank; ValueError when not a number."""
    text = text.strip().translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    if not text:
        return None
    return int(text) if text.isdigit() else float(text)


def row_headers(block: TableBlock) -> list[str]:
    """Row labels as the printed form merges them: a label shared with the row above is
    left out, and what remains is indented by its depth."""
    headers = []
    previous: tuple[str, ...] = ()
    for row in block.rows:
        labels = row.labels or (row.label,)
        depth = 0
        while depth < len(labels) - 1 and depth < len(previous) and labels[depth] == previous[depth]:
            depth += 1
        headers.append(INDENT * depth + " ".join(labels[depth:]))
        previous = labels
    return headers


class TableEditor(FieldEditor):
    wide = True  # its label goes above it: the grid needs the page's full width

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(spec, parent, lang)
        if spec.table is None:
            raise ValueError(f"table field {spec.key} has no table spec")
        self.table = spec.table
        self.computed = computed_cells(self.table)
        self.grids: list[tuple[TableBlock, QTableWidget]] = []
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        for block in self.table.blocks:
            grid = self._grid(block)
            column.addWidget(grid)
            self.grids.append((block, grid))
        self.layout_.addWidget(box)
        if self.grids:
            self.setFocusProxy(self.grids[0][1])

    def _grid(self, block: TableBlock) -> QTableWidget:
        zh = self.lang == CHINESE
        grid = QTableWidget(len(block.rows), len(block.columns))
        grid.setHorizontalHeaderLabels([c.label if zh else c.label_en for c in block.columns])
        grid.setVerticalHeaderLabels(row_headers(block) if zh else [r.label_en for r in block.rows])
        for index, row in enumerate(block.rows):
            header_item = grid.verticalHeaderItem(index)
            if header_item is not None:
                header_item.setToolTip(row.label if zh else row.label_en)
        for index, col in enumerate(block.columns):
            column_item = grid.horizontalHeaderItem(index)
            if column_item is not None:
                column_item.setToolTip(col.label if zh else col.label_en)
        grid.setTabKeyNavigation(True)
        grid.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.horizontalHeader().setMinimumSectionSize(56)
        # long row labels are cut short (the tooltip has them whole) so the numbers keep their room
        grid.verticalHeader().setMaximumWidth(ROW_HEADER_MAX_WIDTH)
        grid.verticalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for r, row in enumerate(block.rows):
            for c, col in enumerate(block.columns):
                item = QTableWidgetItem("")
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if (row.key, col.key) in self.computed:
                    item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                    item.setBackground(COMPUTED_BRUSH)
                grid.setItem(r, c, item)
        # the page scrolls, not the grid: show every row
        height = grid.horizontalHeader().sizeHint().height() + 2 * grid.frameWidth()
        height += grid.horizontalScrollBar().sizeHint().height()  # room for it when the page is narrow
        height += sum(grid.rowHeight(r) for r in range(grid.rowCount()))
        grid.setFixedHeight(height)
        grid.itemChanged.connect(self._cell_changed)
        return grid

    def value(self) -> FactValue:
        out: dict[str, dict[str, int | float]] = {}
        for block, grid in self.grids:
            for r, row in enumerate(block.rows):
                for c, col in enumerate(block.columns):
                    if (row.key, col.key) in self.computed:
                        continue
                    try:
                        number = _number(self._item(grid, r, c).text())
                    except ValueError:
                        number = None  # marked red by _cell_changed; left out until it is a number
                    if number is not None:
                        out.setdefault(row.key, {})[col.key] = number
        return out

    def set_value(self, value: FactValue) -> None:
        table = compute(self.table, value if isinstance(value, dict) else None)
        for block, grid in self.grids:
            with QSignalBlocker(grid):
                for r, row in enumerate(block.rows):
                    for c, col in enumerate(block.columns):
                        number = table.get(row.key, {}).get(col.key)
                        item = self._item(grid, r, c)
                        text = "" if number is None else show(number)
                        if item.text() != text and not grid.isPersistentEditorOpen(item):
                            item.setText(text)

    @staticmethod
    def _item(grid: QTableWidget, row: int, column: int) -> QTableWidgetItem:
        item = grid.item(row, column)
        assert item is not None  # every cell got an item in _grid
        return item

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if item.flags() & Qt.ItemFlag.ItemIsEditable:
            try:
                _number(item.text())
                brush = QBrush()
            except ValueError:
                brush = BAD_BRUSH
            with QSignalBlocker(item.tableWidget()):
                item.setBackground(brush)
        self.value_changed.emit(self.value())
