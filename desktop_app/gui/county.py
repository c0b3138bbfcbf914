"""The 公开办's view (File → 汇总本县报告…): a folder of the units' reports and the roster in,
every unit with its state, findings and similarity out; any report opens read-only, and the
summary exports as a workbook. The roll-up runs off the GUI thread; nothing in the folder is
ever written."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.county.rollup import CountySummary, county_summary
from desktop_app.core.errors import ReportError
from desktop_app.core.messages.catalogue import message
from desktop_app.core.messages.county import label
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import file_filter_roster, file_filter_workbook
from desktop_app.gui.errors import describe
from desktop_app.gui.folders import (
    COUNTY_DIR_KEY,
    COUNTY_SUMMARY_DIR_KEY,
    remember_file,
    remember_folder,
    start_folder,
)
from desktop_app.gui.i18n import translate
from desktop_app.gui.tasks import Task, run_task

ROSTER_KEY = "county_roster"


def _write_workbook(summary: CountySummary, path: str, lang: str) -> Path:
    from desktop_app.core.county.xlsx import write_summary  # openpyxl loads only when exporting

    return write_summary(summary, path, lang)


class CountyWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary: CountySummary | None = None
        self.task: Task | None = None
        self.setWindowTitle(translate("County", "County summary of the units' reports"))
        self._build_inputs()
        results = self._build_results()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(self._input_form())
        layout.addLayout(self._button_row())
        layout.addWidget(self.status)
        layout.addWidget(results, 1)
        self.setCentralWidget(central)
        self.resize(1100, 750)
        self._connect()
        self._update_buttons()

    def _build_inputs(self) -> None:
        """The folder, the roster, the year; the buttons and the status line."""
        self.folder_edit = QLineEdit(self.ctx.settings.get_str(COUNTY_DIR_KEY) or "")
        self.folder_edit.setAccessibleName(translate("County", "Folder of the units' reports"))
        self.folder_button = QPushButton(translate("County", "C&hoose…"))
        self.roster_edit = QLineEdit(self.ctx.settings.get_str(ROSTER_KEY) or "")
        self.roster_edit.setAccessibleName(translate("County", "Roster of units"))
        self.roster_edit.setPlaceholderText(translate("County", "optional: a text file, one agency per line"))
        self.roster_button = QPushButton(translate("County", "Ch&oose…"))
        self.year_spin = QSpinBox()
        self.year_spin.setRange(0, 2200)
        self.year_spin.setSpecialValueText(translate("County", "every year"))
        self.year_spin.setValue(0)
        self.year_spin.setAccessibleName(translate("County", "Report year"))
        self.run_button = QPushButton(translate("County", "&Summarise"))
        self.run_button.setDefault(True)
        self.open_button = QPushButton(translate("County", "&Open the report (read-only)"))
        self.export_button = QPushButton(translate("County", "&Export the summary…"))
        self.status = QLabel()
        self.status.setWordWrap(True)

    def _input_form(self) -> QFormLayout:
        form = QFormLayout()
        for edit, button, text in (
            (self.folder_edit, self.folder_button, translate("County", "&Folder:")),
            (self.roster_edit, self.roster_button, translate("County", "&Roster:")),
        ):
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            form.addRow(text, row)
        form.addRow(translate("County", "&Year:"), self.year_spin)
        return form

    def _button_row(self) -> QHBoxLayout:
        buttons = QHBoxLayout()
        for button in (self.run_button, self.open_button, self.export_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _build_results(self) -> QSplitter:
        """Every unit in a table; below it its findings, the missing units, copied writing and
        the files not counted, one tab each."""
        self.units = QTableWidget(0, 7)
        self.units.setHorizontalHeaderLabels(
            [
                translate("County", "Agency"),
                translate("County", "File"),
                translate("County", "Year"),
                translate("County", "State"),
                translate("County", "Errors"),
                translate("County", "Warnings"),
                translate("County", "Similar to"),
            ]
        )
        self.units.setAccessibleName(translate("County", "Units"))
        self.units.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.units.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.findings = QListWidget()
        self.missing = QListWidget()
        self.similar = QListWidget()
        self.skipped = QListWidget()
        self.tabs = QTabWidget()
        self.tabs.addTab(self.findings, translate("County", "Findings"))
        self.tabs.addTab(self.missing, translate("County", "Missing"))
        self.tabs.addTab(self.similar, translate("County", "Copied writing"))
        self.tabs.addTab(self.skipped, translate("County", "Not counted"))
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.units)
        splitter.addWidget(self.tabs)
        return splitter

    def _connect(self) -> None:
        self.folder_button.clicked.connect(self.choose_folder)
        self.roster_button.clicked.connect(self.choose_roster)
        self.run_button.clicked.connect(self.run)
        self.open_button.clicked.connect(self.open_selected)
        self.export_button.clicked.connect(self.export)
        self.units.itemSelectionChanged.connect(self._show_findings)
        self.units.itemDoubleClicked.connect(lambda _item: self.open_selected())

    # --- inputs -----------------------------------------------------------------------

    def _start_folder(self) -> str:
        typed = self.folder_edit.text().strip()
        return typed if typed and Path(typed).is_dir() else str(start_folder(self.ctx.settings, COUNTY_DIR_KEY))

    def choose_folder(self) -> None:
        path = self.ctx.dialogs.choose_folder(
            self, translate("County", "Folder of the units' reports"), self._start_folder()
        )
        if path:
            self.folder_edit.setText(path)
            remember_folder(self.ctx.settings, COUNTY_DIR_KEY, path)

    def choose_roster(self) -> None:
        path = self.ctx.dialogs.open_file(
            self, translate("County", "Roster of units"), self._start_folder(), file_filter_roster()
        )
        if path:
            self.roster_edit.setText(path)

    # --- the roll-up ------------------------------------------------------------------

    def run(self) -> None:
        folder = self.folder_edit.text().strip()
        if not folder:
            self.choose_folder()
            folder = self.folder_edit.text().strip()
            if not folder:
                return
        roster = self.roster_edit.text().strip() or None
        year = self.year_spin.value() or None
        remember_folder(self.ctx.settings, COUNTY_DIR_KEY, folder)
        self.ctx.settings.set(ROSTER_KEY, roster or "")
        self.run_button.setEnabled(False)
        self.status.setText(translate("County", "Reading the reports…"))
        self.task = run_task(county_summary, folder, roster, year, on_done=self._done, on_error=self._failed)

    def _done(self, summary: CountySummary) -> None:
        self.summary = summary
        self.run_button.setEnabled(True)
        lang = self.ctx.lang
        partners: dict[int, list[str]] = {}
        for pair in summary.similar:
            for me, other in ((pair.a, pair.b), (pair.b, pair.a)):
                partners.setdefault(me, []).append(
                    f"{summary.units[other].draft.agency.full_name} {pair.similarity:.0%}"
                )
        self.units.setRowCount(len(summary.units))
        for row, unit in enumerate(summary.units):
            cells = [
                unit.draft.agency.full_name,
                unit.submission.file,
                str(unit.draft.year),
                label(f"state-{unit.state}", lang),
                str(len(unit.errors)),
                str(len(unit.warnings)),
                "；".join(partners.get(row, [])),
            ]
            for column, text in enumerate(cells):
                self.units.setItem(row, column, QTableWidgetItem(text))
        self.missing.clear()
        if summary.roster is None:
            self.missing.addItem(label("no-roster", lang))
        elif not summary.missing:
            self.missing.addItem(label("no-missing", lang))
        self.missing.addItems(summary.missing)
        self.similar.clear()
        for pair in summary.similar:
            a, b = summary.units[pair.a].draft.agency.full_name, summary.units[pair.b].draft.agency.full_name
            for passage in pair.passages:
                self.similar.addItem(f"{a} ↔ {b}  {pair.similarity:.0%}\n{passage.text}")
        self.skipped.clear()
        for skipped in summary.skipped:
            self.skipped.addItem(f"{skipped.file}: {label(f'reason-{skipped.reason}', lang)} {skipped.detail}".strip())
        self.status.setText(
            translate("County", "%1 reports, %2 missing, %3 pairs with copied writing, %4 files not counted.")
            .replace("%1", str(len(summary.units)))
            .replace("%2", str(len(summary.missing)))
            .replace("%3", str(len(summary.similar)))
            .replace("%4", str(len(summary.skipped)))
        )
        if summary.units:
            self.units.selectRow(0)
        self._update_buttons()

    def _failed(self, exc: Exception) -> None:
        self.run_button.setEnabled(True)
        if not isinstance(exc, ReportError | OSError):
            raise exc  # a bug: the excepthook shows it
        self.status.setText(describe(exc))
        self.ctx.dialogs.warning(self, translate("County", "County summary"), describe(exc), str(exc))

    # --- one unit ---------------------------------------------------------------------

    def selected_unit(self) -> int | None:
        rows = self.units.selectionModel().selectedRows() if self.units.selectionModel() else []
        return rows[0].row() if rows else None

    def _show_findings(self) -> None:
        self.findings.clear()
        number = self.selected_unit()
        if self.summary is not None and number is not None:
            unit = self.summary.units[number]
            for finding in unit.findings:
                self.findings.addItem(message(finding, self.ctx.lang))
            if unit.submission.mismatched:
                self.findings.addItem(
                    translate("County", "The package's files differ from its manifest: %1").replace(
                        "%1", ", ".join(unit.submission.mismatched)
                    )
                )
        self._update_buttons()

    def open_selected(self) -> None:
        number = self.selected_unit()
        if self.summary is None or number is None:
            return
        from desktop_app.gui.placement import bring_forward
        from desktop_app.gui.report_viewer import ReportViewer

        unit = self.summary.units[number]
        self.viewer = ReportViewer(unit.draft, unit.findings, unit.submission.file, self.ctx.lang, self)
        bring_forward(self.viewer, self)

    def export(self) -> None:
        if self.summary is None:
            return
        name = f"{Path(self.summary.folder).name or 'county'}-summary.xlsx"
        path = self.ctx.dialogs.save_file(
            self,
            translate("County", "Export the summary"),
            str(start_folder(self.ctx.settings, COUNTY_SUMMARY_DIR_KEY) / name),
            file_filter_workbook(),
        )
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        remember_file(self.ctx.settings, COUNTY_SUMMARY_DIR_KEY, path)
        self.export_button.setEnabled(False)
        self.task = run_task(
            _write_workbook, self.summary, path, self.ctx.lang, on_done=self._exported, on_error=self._export_failed
        )

    def _exported(self, path: Path) -> None:
        self._update_buttons()
        self.status.setText(translate("County", "Summary written to %1").replace("%1", str(path)))

    def _export_failed(self, exc: Exception) -> None:
        self._update_buttons()
        if not isinstance(exc, ReportError | OSError):
            raise exc
        self.ctx.dialogs.warning(self, translate("County", "Export the summary"), describe(exc), str(exc))

    def _update_buttons(self) -> None:
        self.open_button.setEnabled(self.selected_unit() is not None)
        self.export_button.setEnabled(self.summary is not None)
