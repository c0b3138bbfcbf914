"""Step 1: basic information — the agency, the year, the report's title, date and date style."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.errors import ReportError
from desktop_app.core.model import DateStyle
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.i18n import CHINESE, translate
from desktop_app.gui.widgets.fields import OptionalDate
from desktop_app.gui.widgets.findings import FindingsList
from desktop_app.gui.widgets.narrow import WrapWhenNarrow
from desktop_app.gui.widgets.unplaced import UnplacedPanel

TITLE_LINES = 2  # the title box shows the agency line and the report line


def example_date(when: date | None) -> date:
    """The date the style examples show: the draft's own, today while it has none."""
    return when or date.today()


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class InfoPage(QWidget):
    finding_activated = Signal(object)
    step_id = INFO_STEP

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._updating = False
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{translate('InfoPage', 'Basic information')}</h2>"))
        layout.addWidget(self._build_agency())
        layout.addWidget(self._build_report())
        WrapWhenNarrow(self, [self._agency_form, self._report_form])
        layout.addWidget(self._build_unplaced(), 1)
        findings_label = QLabel(translate("InfoPage", "Findings for the basic information:"))
        layout.addWidget(findings_label)
        layout.addWidget(self._build_findings())
        layout.addWidget(self.findings.fix_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(0 if document.draft.unplaced else 1)
        self._connect()
        self.refresh()
        self.refresh_findings()

    # --- building ---------------------------------------------------------------------

    def _build_agency(self) -> QGroupBox:
        agency = self.document.draft.agency
        box = QGroupBox(translate("InfoPage", "Agency"))
        form = self._agency_form = QFormLayout(box)
        self.full_name = QLineEdit(agency.full_name)
        self.full_name.setPlaceholderText(translate("InfoPage", "e.g. 莒南县经济和信息化局"))
        self.short_name = QLineEdit(agency.short_name)
        self.short_name.setPlaceholderText(translate("InfoPage", "e.g. 县经信局"))
        self.parent_government = QLineEdit(agency.parent_government)
        self.parent_government.setPlaceholderText(translate("InfoPage", "e.g. 莒南县人民政府"))
        self.website_name = QLineEdit(agency.website_name)
        self.website_name.setPlaceholderText(translate("InfoPage", "e.g. 莒南政府网"))
        form.addRow(translate("InfoPage", "&Full name:"), self.full_name)
        form.addRow(translate("InfoPage", "S&hort name:"), self.short_name)
        form.addRow(translate("InfoPage", "&Parent government:"), self.parent_government)
        form.addRow(translate("InfoPage", "&Website name:"), self.website_name)
        return box

    def _build_report(self) -> QGroupBox:
        draft = self.document.draft
        box = QGroupBox(translate("InfoPage", "Report"))
        form = self._report_form = QFormLayout(box)
        # the year, the date and the style stay small; the issuer, the title and the format's
        # name take the width (a wrapped name given only its size hint overlapped the row below)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.year = QSpinBox()
        self.year.setRange(1950, 2100)
        self.year.setValue(draft.year)
        self.report_date = OptionalDate()
        self.report_date.set_value(draft.report_date)
        self.issuer = QLineEdit(draft.issuer or "")
        self.issuer.setPlaceholderText(draft.agency.full_name or translate("InfoPage", "the agency's full name"))
        self.date_style = QComboBox()
        for style in (DateStyle.CHINESE, DateStyle.ARABIC):
            self.date_style.addItem(format_date(example_date(draft.report_date), style), style)
        self.date_style.setCurrentIndex(self.date_style.findData(draft.date_style))
        spec = self.document.spec
        self.format_label = QLabel(spec.name if self.document.lang == CHINESE else spec.name_en)
        self.format_label.setWordWrap(True)
        self.format_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        form.addRow(translate("InfoPage", "Report &year:"), self.year)
        form.addRow(translate("InfoPage", "&Title:"), self._build_title())
        form.addRow(translate("InfoPage", "Report &date:"), self.report_date)
        form.addRow(translate("InfoPage", "&Issuer:"), self.issuer)
        form.addRow(translate("InfoPage", "Date &style:"), self.date_style)
        form.addRow(translate("InfoPage", "Format:"), self.format_label)
        return box

    def _build_title(self) -> QWidget:
        """The title as printed, a line per line; the format's wording until the clerk edits it."""
        self.title_edit = QPlainTextEdit()
        self.title_edit.setTabChangesFocus(True)
        self.title_edit.setAccessibleName(translate("InfoPage", "Report title, one printed line per line"))
        self.title_edit.setToolTip(
            translate("InfoPage", "As the format words it until you edit it; each line is a line of the printed title")
        )
        line = self.title_edit.fontMetrics().lineSpacing()
        margins = 2 * (self.title_edit.frameWidth() + round(self.title_edit.document().documentMargin()))
        self.title_edit.setFixedHeight(line * (TITLE_LINES + 1) + margins)
        self.title_format_button = QPushButton(translate("InfoPage", "F&ollow the format"))
        self.title_format_button.setToolTip(translate("InfoPage", "Go back to the format's title"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(self.title_edit, 1)
        row_layout.addWidget(self.title_format_button, 0, Qt.AlignmentFlag.AlignTop)
        return row

    def _build_unplaced(self) -> QGroupBox:
        self.unplaced_box = QGroupBox(translate("InfoPage", "Text the import could not place"))
        self.unplaced = UnplacedPanel(self.document)
        QVBoxLayout(self.unplaced_box).addWidget(self.unplaced)
        self.unplaced_box.setVisible(bool(self.document.draft.unplaced))
        return self.unplaced_box

    def _build_findings(self) -> FindingsList:
        self.findings = FindingsList()
        self.findings.setMaximumHeight(140)
        self.findings.set_fixable(self.document.has_fix)
        self.findings.fix_requested.connect(self.document.apply_fix)
        return self.findings

    def _connect(self) -> None:
        document = self.document
        for edit, key in (
            (self.full_name, "full_name"),
            (self.short_name, "short_name"),
            (self.parent_government, "parent_government"),
            (self.website_name, "website_name"),
        ):
            edit.textEdited.connect(lambda text, key=key: self.document.set_agency(**{key: text}))
        self.year.valueChanged.connect(document.set_year)
        self.title_edit.textChanged.connect(self._title_edited)
        self.title_format_button.clicked.connect(lambda: self.document.set_title(""))
        self.report_date.date_changed.connect(document.set_report_date)
        self.issuer.textEdited.connect(document.set_issuer)
        self.date_style.currentIndexChanged.connect(
            lambda _: self.document.set_date_style(DateStyle(self.date_style.currentData()))
        )
        self.findings.finding_activated.connect(self.finding_activated)
        document.unplaced_changed.connect(lambda: self.unplaced_box.setVisible(bool(document.draft.unplaced)))
        document.findings_changed.connect(self.refresh_findings)
        document.changed.connect(self.refresh)

    @staticmethod
    def title() -> str:  # static: the editor lists its steps before building the pages
        return translate("InfoPage", "Basic information")

    def refresh(self) -> None:
        """Re-read the draft (after something else changed it)."""
        draft = self.document.draft
        with QSignalBlocker(self.year):
            self.year.setValue(draft.year)
        self.report_date.set_value(draft.report_date)
        if (draft.issuer or "") != self.issuer.text().strip():
            self.issuer.setText(draft.issuer or "")
        self.issuer.setPlaceholderText(draft.agency.full_name)
        for index in range(self.date_style.count()):
            style = DateStyle(self.date_style.itemData(index))
            self.date_style.setItemText(index, format_date(example_date(draft.report_date), style))
        self._refresh_title()

    def _refresh_title(self) -> None:
        """The printed title (the format's follows the agency and year) unless it is what the box says."""
        try:
            lines = render_title(self.document.draft, self.document.spec)
        except ReportError:
            lines = []
        typed = _lines(self.title_edit.toPlainText())
        if typed != lines and (typed or not self.title_edit.hasFocus()):  # not while it is being retyped
            self._updating = True
            try:
                self.title_edit.setPlainText("\n".join(lines))
            finally:
                self._updating = False
        self.title_format_button.setEnabled(self.document.draft.title is not None)

    def _title_edited(self) -> None:
        if not self._updating:
            self.document.set_title(self.title_edit.toPlainText())

    def refresh_findings(self) -> None:
        doc = self.document
        self.findings.set_findings(doc.findings_for(INFO_STEP), doc.message)

    def show_finding(self, finding: object) -> None:
        code = getattr(finding, "code", "")
        if code.startswith("date-") or code == "latin-o-in-date":
            self.report_date.setFocus()
        elif code.startswith("issuer-"):
            self.issuer.setFocus()
            self.issuer.selectAll()
        else:
            self.full_name.setFocus()
