"""One unit's report, read-only: the page as the portal would show it (tables included) and
what the checks found. Nothing here can change the file it came from."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ReportError
from desktop_app.core.messages.catalogue import message
from desktop_app.core.model import Draft
from desktop_app.core.validation.runner import Finding, Severity
from desktop_app.gui.i18n import translate


class ReportViewer(QDialog):
    def __init__(
        self, draft: Draft, findings: list[Finding], file: str, lang: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportViewer", "%1 (read-only)").replace("%1", file))
        self.page = QTextBrowser()
        self.page.setOpenLinks(False)
        self.page.setReadOnly(True)
        self.page.setAccessibleName(translate("ReportViewer", "The report"))
        try:
            from desktop_app.core.publish.html import render_html

            self.page.setHtml(render_html(draft))
        except ReportError:  # a report whose facts cannot fill its title: its text still shows
            self.page.setPlainText(draft.full_text())
        self.findings = QListWidget()
        self.findings.setAccessibleName(translate("ReportViewer", "What the checks found"))
        for finding in findings:
            mark = (
                translate("ReportViewer", "Error")
                if finding.severity is Severity.ERROR
                else translate("ReportViewer", "Warning")
            )
            self.findings.addItem(f"{mark}: {message(finding, lang)}")
        if not findings:
            self.findings.addItem(translate("ReportViewer", "The checks found nothing."))
        splitter = QSplitter()
        splitter.addWidget(self.page)
        splitter.addWidget(self.findings)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{draft.agency.full_name}</b> · {draft.year}"))
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self.resize(1000, 700)
