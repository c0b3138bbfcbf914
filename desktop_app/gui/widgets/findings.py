"""A list of validation findings; clicking one asks the page to show where it points, and a
finding with one right fix can be fixed from it (the 修正 button, the context menu, F2)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QMenu, QPushButton, QStyle, QWidget

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


def fix_text() -> str:
    return translate("Findings", "&Fix")


def fix_menu(parent: QWidget, finding: Finding | None, fixable: Callable[[Finding], bool]) -> QMenu | None:
    """The context menu of a finding: its fix, enabled when it has one right fix."""
    if finding is None:
        return None
    menu = QMenu(parent)
    action = menu.addAction(fix_text())
    action.setEnabled(fixable(finding))
    action.setObjectName("fixAction")
    return menu


def same_place(finding: Finding, candidates: list[Finding]) -> int | None:
    """Where ``finding`` stands among ``candidates`` after a refresh: itself, else the first one
    like it (same code, place and wording) from its old position on: an edit before it moved
    its span, or a fix took it and the next like it takes its place. None: the row decides."""
    if finding in candidates:
        return candidates.index(finding)
    like = [
        i
        for i, other in enumerate(candidates)
        if (other.code, other.section, other.field, other.params)
        == (finding.code, finding.section, finding.field, finding.params)
    ]
    if not like or finding.span is None:
        return like[0] if like else None
    start = finding.span[0]
    return next((i for i in like if (candidates[i].span or (0, 0))[0] >= start), None)


@contextmanager
def kept_scroll(view: QAbstractItemView) -> Iterator[None]:
    """Refill ``view`` inside the block; it comes back scrolled where it was."""
    bar = view.verticalScrollBar()
    value = bar.value()
    yield
    view.doItemsLayout()  # the scroll range follows the new rows now, not at the next paint
    bar.setValue(value)


class FindingsList(QListWidget):
    finding_activated = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setAccessibleName(translate("Findings", "Findings"))
        self.itemClicked.connect(self._activate)
        self.itemActivated.connect(self._activate)
        self.itemDoubleClicked.connect(self._activate)
        self._fixable: Callable[[Finding], bool] = lambda _finding: False
        self.fix_button = QPushButton(fix_text())
        self.fix_button.setToolTip(translate("Findings", "Make the one right fix for the selected finding"))
        self.fix_button.setEnabled(False)
        self.fix_button.clicked.connect(self.fix_current)
        self.currentItemChanged.connect(lambda *_: self._refresh_fix_button())
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context_menu)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.fix_current, context=Qt.ShortcutContext.WidgetShortcut)

    def set_fixable(self, fixable: Callable[[Finding], bool]) -> None:
        """Which findings have a fix (asked of the document, which knows the draft)."""
        self._fixable = fixable
        self._refresh_fix_button()

    def current_finding(self) -> Finding | None:
        item = self.currentItem()
        data = item.data(FINDING_ROLE) if item is not None else None
        return data if isinstance(data, Finding) else None

    def fix_current(self) -> None:
        finding = self.current_finding()
        if finding is not None and self._fixable(finding):
            self.fix_requested.emit(finding)

    def _refresh_fix_button(self) -> None:
        finding = self.current_finding()
        self.fix_button.setEnabled(finding is not None and self._fixable(finding))

    def _context_menu(self, point: QPoint) -> None:
        item = self.itemAt(point)
        finding = item.data(FINDING_ROLE) if item is not None else None
        menu = fix_menu(self, finding, self._fixable)
        if menu is None or item is None:
            return
        self.setCurrentItem(item)
        chosen = menu.exec(self.viewport().mapToGlobal(point))
        if chosen is not None and chosen.isEnabled():
            self.fix_requested.emit(finding)

    def set_findings(self, findings: list[Finding], message: Callable[[Finding], str]) -> None:
        """Show ``findings``, keeping the clerk's place: the current finding stays current (or
        the next one takes its row when it is gone) and the list stays scrolled where it was."""
        was, row = self.current_finding(), self.currentRow()
        ordered = sorted(findings, key=lambda f: f.severity != Severity.ERROR)
        with kept_scroll(self):
            self.clear()
            for finding in ordered:
                item = QListWidgetItem(severity_icon(self, finding.severity), message(finding))
                item.setData(FINDING_ROLE, finding)
                item.setToolTip(severity_text(finding.severity))
                self.addItem(item)
            if not findings:
                item = QListWidgetItem(translate("Findings", "No problems found here."))
                item.setFlags(Qt.ItemFlag.NoItemFlags)
                self.addItem(item)
            at = same_place(was, ordered) if was is not None else None
            if at is None and was is not None and ordered:
                at = min(row, len(ordered) - 1)
            if at is not None:
                self.setCurrentRow(at)
        self._refresh_fix_button()

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
