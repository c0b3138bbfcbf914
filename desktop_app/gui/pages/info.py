"""Step 1: basic information — the agency, the year, the report date and its style."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.cn_dates import format_date
from desktop_app.core.model import DateStyle
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.i18n import CHINESE, translate
from desktop_app.gui.widgets.fields import OptionalDate
from desktop_app.gui.widgets.findings import FindingsList
from desktop_app.gui.widgets.narrow import WrapWhenNarrow
from desktop_app.gui.widgets.unplaced import UnplacedPanel


def example_date(when: date | None) -> date:
    """The date the style examples show: the draft's own, today while it has none."""
    return when or date.today()


class InfoPage(QWidget):
    finding_activated = Signal(object)
    step_id = INFO_STEP

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        draft = document.draft
        heading = QLabel(f"<h2>{translate('InfoPage', 'Basic information')}</h2>")

        agency_box = QGroupBox(translate("InfoPage", "Agency"))
        agency_form = QFormLayout(agency_box)
        self.full_name = QLineEdit(draft.agency.full_name)
        self.full_name.setPlaceholderText(translate("InfoPage", "e.g. 莒南县经济和信息化局"))
        self.short_name = QLineEdit(draft.agency.short_name)
        self.short_name.setPlaceholderText(translate("InfoPage", "e.g. 县经信局"))
        self.parent_government = QLineEdit(draft.agency.parent_government)
        self.parent_government.setPlaceholderText(translate("InfoPage", "e.g. 莒南县人民政府"))
        self.website_name = QLineEdit(draft.agency.website_name)
        self.website_name.setPlaceholderText(translate("InfoPage", "e.g. 莒南政府网"))
        agency_form.addRow(translate("InfoPage", "&Full name:"), self.full_name)
        agency_form.addRow(translate("InfoPage", "S&hort name:"), self.short_name)
        agency_form.addRow(translate("InfoPage", "&Parent government:"), self.parent_government)
        agency_form.addRow(translate("InfoPage", "&Website name:"), self.website_name)

        report_box = QGroupBox(translate("InfoPage", "Report"))
        report_form = QFormLayout(report_box)
        # the year, the date and the style stay small; the issuer and the format's name take the
        # width (a wrapped name given only its size hint overlapped the row below)
        report_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
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
        spec = document.spec
        self.format_label = QLabel(spec.name if document.lang == CHINESE else spec.name_en)
        self.format_label.setWordWrap(True)
        self.format_label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        report_form.addRow(translate("InfoPage", "Report &year:"), self.year)
        report_form.addRow(translate("InfoPage", "Report &date:"), self.report_date)
        report_form.addRow(translate("InfoPage", "&Issuer:"), self.issuer)
        report_form.addRow(translate("InfoPage", "Date &style:"), self.date_style)
        report_form.addRow(translate("InfoPage", "Format:"), self.format_label)

        WrapWhenNarrow(self, [agency_form, report_form])

        self.unplaced_box = QGroupBox(translate("InfoPage", "Text the import could not place"))
        unplaced_layout = QVBoxLayout(self.unplaced_box)
        self.unplaced = UnplacedPanel(document)
        unplaced_layout.addWidget(self.unplaced)
        self.unplaced_box.setVisible(bool(draft.unplaced))
        document.unplaced_changed.connect(lambda: self.unplaced_box.setVisible(bool(document.draft.unplaced)))

        self.findings = FindingsList()
        self.findings.setMaximumHeight(140)
        self.findings.set_fixable(document.has_fix)
        self.findings.fix_requested.connect(document.apply_fix)
        findings_label = QLabel(translate("InfoPage", "Findings for the basic information:"))

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(agency_box)
        layout.addWidget(report_box)
        layout.addWidget(self.unplaced_box, 1)
        layout.addWidget(findings_label)
        layout.addWidget(self.findings)
        layout.addWidget(self.findings.fix_button, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(0 if draft.unplaced else 1)

        for edit, key in (
            (self.full_name, "full_name"),
            (self.short_name, "short_name"),
            (self.parent_government, "parent_government"),
            (self.website_name, "website_name"),
        ):
            edit.textEdited.connect(lambda text, key=key: self.document.set_agency(**{key: text}))
        self.year.valueChanged.connect(self.document.set_year)
        self.report_date.date_changed.connect(self.document.set_report_date)
        self.issuer.textEdited.connect(self.document.set_issuer)
        self.date_style.currentIndexChanged.connect(
            lambda _: self.document.set_date_style(DateStyle(self.date_style.currentData()))
        )
        self.findings.finding_activated.connect(self.finding_activated)
        document.findings_changed.connect(self.refresh_findings)
        document.changed.connect(self.refresh)
        self.refresh_findings()

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
