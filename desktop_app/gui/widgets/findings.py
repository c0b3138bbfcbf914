"""A list of validation findings; clicking one asks the page to show where it points."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QStyle, QWidget

from desktop_app.core.validation.runner import Finding, Severity
from desktop_app.gui.i18n import translate

FINDING_ROLE = Qt.ItemDataRole.UserRole + 1


def severity_icon(widget: QWidget, severity: Severity) -> QIcon:
    pixmap = (
        QStyle.StandardPixmap.SP_MessageBoxCritical
        if severity == Severity.ERROR
        else QStyle.StandardPixmap.SP_MessageBoxWarning
    )
    return widget.style().standardIcon(pixmap)


def severity_text(severity: Severity) -> str:
    if severity == Severity.ERROR:
        return translate("Findings", "Error")
    return translate("Findings", "Warning")


class FindingsList(QListWidget):
    finding_activated = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(translate("Findings", "Findings"))
        self.itemClicked.connect(self._activate)
        self.itemActivated.connect(self._activate)

    def set_findings(self, findings: list[Finding], message: Callable[[Finding], str]) -> None:
        self.clear()
        ordered = sorted(findings, key=lambda f: f.severity != Severity.ERROR)
        for finding in ordered:
            item = QListWidgetItem(severity_icon(self, finding.severity), message(finding))
            item.setData(FINDING_ROLE, finding)
            item.setToolTip(severity_text(finding.severity))
            self.addItem(item)
        if not findings:
            item = QListWidgetItem(translate("Findings", "No problems found here."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)

    def findings(self) -> list[Finding]:
        found = []
        for row in range(self.count()):
            data = self.item(row).data(FINDING_ROLE)
            if data is not None:
                found.append(data)
        return found

    def _activate(self, item: QListWidgetItem) -> None:
        finding = item.data(FINDING_ROLE)
        if finding is not None:
            self.finding_activated.emit(finding)
