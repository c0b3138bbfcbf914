"""The passages an import could not place: each can be put into a section, or discarded on
purpose, in one action. The panel only calls DraftDocument, which calls core.unplaced."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.gui.i18n import CHINESE, translate

if TYPE_CHECKING:
    from desktop_app.gui.document import DraftDocument

PREVIEW = 120  # characters of a passage shown in the list; the tooltip has it all


class UnplacedPanel(QWidget):
    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        note = QLabel(
            translate(
                "UnplacedPanel",
                "Put each passage into the section it belongs to, or discard it. Until then the "
                "review lists it and the export leaves it out.",
            )
        )
        note.setWordWrap(True)
        self.passages = QListWidget()
        self.passages.setWordWrap(True)
        self.section = QComboBox()
        zh = document.lang == CHINESE
        for spec in document.spec.sections:
            title = spec.heading_text if zh else spec.title_en
            self.section.addItem(title, spec.id)
        self.assign_button = QPushButton(translate("UnplacedPanel", "&Put into section"))
        self.discard_button = QPushButton(translate("UnplacedPanel", "&Discard"))
        self.passages.setAccessibleName(translate("UnplacedPanel", "Passages the import could not place"))
        section_label = QLabel(translate("UnplacedPanel", "&Section:"))
        section_label.setBuddy(self.section)
        row = QHBoxLayout()
        row.addWidget(section_label)
        row.addWidget(self.section, 1)
        row.addWidget(self.assign_button)
        row.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(note)
        layout.addWidget(self.passages, 1)
        layout.addLayout(row)
        self.assign_button.clicked.connect(self.assign_selected)
        self.discard_button.clicked.connect(self.discard_selected)
        self.passages.currentRowChanged.connect(self._update_buttons)
        document.unplaced_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        current = max(self.passages.currentRow(), 0)
        self.passages.clear()
        for passage in self.document.draft.unplaced:
            flat = " ".join(passage.split())
            item = QListWidgetItem(flat if len(flat) <= PREVIEW else flat[: PREVIEW - 1] + "…")
            item.setToolTip(passage)
            item.setData(Qt.ItemDataRole.UserRole, passage)
            self.passages.addItem(item)
        if self.passages.count():
            self.passages.setCurrentRow(min(current, self.passages.count() - 1))
        self._update_buttons()

    def assign_selected(self) -> None:
        row = self.passages.currentRow()
        if row >= 0:
            self.document.assign_unplaced(row, str(self.section.currentData()))

    def discard_selected(self) -> None:
        row = self.passages.currentRow()
        if row >= 0:
            self.document.discard_unplaced(row)

    def _update_buttons(self) -> None:
        selected = self.passages.currentRow() >= 0
        self.assign_button.setEnabled(selected)
        self.discard_button.setEnabled(selected)
