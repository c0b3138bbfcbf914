"""The library's list of drafts: the table, its sorting and filter, the short columns fitted.

No Qt.* enum is named on the way to the first paint: see library_model's docstring.
"""

from __future__ import annotations

from PySide6.QtCore import QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLineEdit, QTableView, QWidget

from desktop_app.gui.i18n import translate
from desktop_app.gui.library_model import COLUMNS, ID_ROLE, SHOWN_ORDER, LibraryModel

FITTED_COLUMNS = [COLUMNS.index(c) for c in COLUMNS if c != "agency"]  # the agency stretches


class DraftList:
    """The table view over the library model, and the filter line above it."""

    def __init__(self, lang: str, parent: QWidget) -> None:
        self.model = LibraryModel(lang)
        self.proxy = QSortFilterProxyModel(parent)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.fitted = False
        self.view = self._build_view()
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Library", "Filter by agency, year or state…"))
        self.filter_edit.setAccessibleName(translate("Library", "Filter drafts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self.filter)

    def _build_view(self) -> QTableView:
        view = QTableView()
        view.setAccessibleName(translate("Library", "Drafts"))
        view.setModel(self.proxy)
        view.setSortingEnabled(True)  # the header's default: column 0 ("last change"), newest first
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        for shown, name in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(COLUMNS.index(name)), shown)
        header.setSectionResizeMode(COLUMNS.index("agency"), QHeaderView.ResizeMode.Stretch)
        for column in FITTED_COLUMNS:  # sized by fit_columns: ResizeToContents measures every row
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        return view

    def fit_columns(self) -> None:
        """Size the short columns to their widest text, as ResizeToContents would.

        The header would ask the delegate about every row; the model already holds every
        display string, so the widest one is found by its advance and the cell's margins
        are measured once, on the first row shown.
        """
        view = self.view
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        sample = self.proxy.index(0, 0)
        self.fitted = sample.isValid()
        if not self.fitted:  # nothing shown (yet): the header's own widths
            for column in FITTED_COLUMNS:
                header.resizeSection(column, header.sectionSizeHint(column))
            return
        margin = view.sizeHintForIndex(sample).width() - metrics.horizontalAdvance(str(sample.data()))
        margin += (1 if view.showGrid() else 0) + 1  # + 1: advances are rounded, layouts ceiled
        for column in FITTED_COLUMNS:
            widest = max(metrics.horizontalAdvance(text) for text in {t[column] for t in self.model.texts})
            header.resizeSection(column, max(header.sectionSizeHint(column), widest + margin))

    def filter(self, text: str) -> None:
        from PySide6.QtCore import Qt  # not at start-up: see library_model's docstring

        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterFixedString(text)
        if not self.fitted:
            self.fit_columns()

    def selected_id(self) -> str | None:
        rows = self.view.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(ID_ROLE))

    def select(self, draft_id: str) -> None:
        row = self.model.row_of(draft_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.view.selectRow(index.row())
