"""The New-draft dialog: agency, year and format; everything else is filled in the editor."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.editing import report_years
from desktop_app.core.formats.proposal import proposed_format
from desktop_app.core.formats.spec import available_formats
from desktop_app.gui.i18n import translate
from desktop_app.gui.library_model import format_name


@dataclass(frozen=True)
class NewDraftRequest:
    full_name: str
    short_name: str
    year: int
    format_id: str


def default_year(today: date | None = None) -> int:
    """Reports are written early in the following year, for the year just ended."""
    today = today or date.today()
    return today.year - 1 if today.month <= 6 else today.year


class NewDraftDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("NewDraft", "New report"))
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(translate("NewDraft", "e.g. 莒南县经济和信息化局"))
        self.full_name.setMinimumWidth(320)
        self.short_name = QLineEdit()
        self.short_name.setPlaceholderText(translate("NewDraft", "e.g. 县经信局"))
        self.year = QSpinBox()
        self.year.setRange(*report_years())
        self.year.setValue(default_year())
        self.format = QComboBox()
        for format_id in available_formats():
            self.format.addItem(format_name(format_id, lang), format_id)
        form = QFormLayout(self)
        form.addRow(translate("NewDraft", "Agency &full name:"), self.full_name)
        form.addRow(translate("NewDraft", "&Short name:"), self.short_name)
        form.addRow(translate("NewDraft", "Report &year:"), self.year)
        form.addRow(translate("NewDraft", "F&ormat:"), self.format)
        self.format_reason = QLabel()
        self.format_reason.setWordWrap(True)
        form.addRow(self.format_reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.full_name.textChanged.connect(self._check)
        self.year.valueChanged.connect(self._propose_format)
        self._propose_format(self.year.value())
        self._check()

    def _propose_format(self, year: int) -> None:
        """The format the year calls for is chosen and the reason given; the clerk may still change it."""
        proposal = proposed_format(year)
        index = self.format.findData(proposal.format_id) if proposal is not None else -1
        if proposal is None or index < 0:
            self.format_reason.clear()
            return
        self.format.setCurrentIndex(index)
        if proposal.first_year is not None:
            reason = translate("NewDraft", "Reports on %1 and later use this format (%2).").replace(
                "%1", str(proposal.first_year)
            )
        else:
            reason = translate("NewDraft", "Reports on this year use this format (%2).")
        self.format_reason.setText(reason.replace("%2", proposal.reference).replace("（）", "").replace(" ()", ""))

    def _check(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.full_name.text().strip()))

    def request(self) -> NewDraftRequest:
        return NewDraftRequest(
            full_name=self.full_name.text().strip(),
            short_name=self.short_name.text().strip(),
            year=self.year.value(),
            format_id=str(self.format.currentData()),
        )
