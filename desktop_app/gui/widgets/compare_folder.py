"""Compare the draft with other units' reports (内容雷同): the clerk, or the county office,
points at a folder of reports; passages copied from them show as findings.

The folder is read off the GUI thread (reports may need importing); the index it gives is
handed to the document, whose every later check compares against it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.validation.other_units import Folder, read_folder
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.document import DraftDocument
from desktop_app.gui.errors import describe
from desktop_app.gui.folders import COUNTY_DIR_KEY, remember_folder, start_folder
from desktop_app.gui.i18n import translate
from desktop_app.gui.settings import Settings
from desktop_app.gui.tasks import Task, run_task


class CompareFolder(QWidget):
    def __init__(
        self, document: DraftDocument, dialogs: Dialogs, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        self.settings = settings
        self.task: Task | None = None
        self.button = QPushButton(translate("CompareFolder", "Compare with other units' reports…"))
        self.button.setToolTip(
            translate("CompareFolder", "Choose a folder of other units' reports: passages copied from them are shown")
        )
        self.button.clicked.connect(self.choose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.status, 1)

    def choose(self) -> None:
        title = translate("CompareFolder", "Folder of other units' reports")
        # the same folder of units' reports the county window reads
        folder = self.dialogs.choose_folder(self, title, str(start_folder(self.settings, COUNTY_DIR_KEY)))
        if folder:
            remember_folder(self.settings, COUNTY_DIR_KEY, folder)
            self.compare_with(Path(folder))

    def compare_with(self, folder: Path) -> None:
        self.button.setEnabled(False)
        self.status.setText(translate("CompareFolder", "Reading the reports…"))
        self.task = run_task(read_folder, folder, self.document.draft, on_done=self._read, on_error=self._failed)

    def _read(self, result: object) -> None:
        assert isinstance(result, Folder)
        self.button.setEnabled(True)
        count = str(len(result.index.reports))
        text = translate("CompareFolder", "Compared with %1 report(s).").replace("%1", count)
        if result.skipped:
            skipped = translate("CompareFolder", "Could not read: %1").replace(
                "%1", "、".join(n for n, _ in result.skipped)
            )
            text += " " + skipped
        self.status.setText(text)
        self.document.set_others(result.index)

    def _failed(self, exc: Exception) -> None:
        self.button.setEnabled(True)
        self.status.setText("")
        self.dialogs.warning(self, translate("CompareFolder", "Folder of other units' reports"), describe(exc))
