"""Review & sign-off: every finding by section, similarity to last year, the sign-off form."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.cn_dates import format_date
from desktop_app.core.errors import SignOffError
from desktop_app.core.model import SignOffState, sign_off_state, void_reason_sections
from desktop_app.core.signoff import blocking_findings, sign_off, today
from desktop_app.core.validation.rules_similarity import similarity
from desktop_app.core.validation.runner import Finding
from desktop_app.gui import palette
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.pages.section import section_title
from desktop_app.gui.settings import Settings
from desktop_app.gui.step_state import content_state, state_icon, state_text
from desktop_app.gui.widgets.compare_folder import CompareFolder
from desktop_app.gui.widgets.confirm_list import ConfirmList
from desktop_app.gui.widgets.findings import fix_menu, kept_scroll, same_place, severity_icon
from desktop_app.gui.widgets.narrow import WrapWhenNarrow

SIDE_BY_SIDE_WIDTH = 820  # pixels of page: narrower, the sign-off form goes under the list
STEP_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewPage(QWidget):
    jump_requested = Signal(str, object)  # step id, finding or None
    signed = Signal()
    step_id = "__review__"

    def __init__(
        self, document: DraftDocument, dialogs: Dialogs, settings: Settings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        heading = QLabel(f"<h2>{self.title()}</h2>")
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("signOffState")
        self.tree = self._build_tree()
        self.bottom = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.bottom.addWidget(self._build_confirm_box(), 3)  # its items need the width more than the form
        self.bottom.addWidget(self._build_sign_off_box(), 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.state_label)
        self.compare_folder = CompareFolder(document, dialogs, settings)
        layout.addWidget(self.compare_folder)
        layout.addWidget(self.tree, 1)
        layout.addLayout(self.bottom)

        self._stale = True
        self._fill_form()
        document.changed.connect(self._refresh_dates)
        document.findings_changed.connect(self.refresh)
        document.unconfirmed_changed.connect(self.refresh)
        self.refresh()

    def _build_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setAccessibleName(translate("ReviewPage", "Sections and findings"))
        tree.setColumnCount(3)
        tree.setHeaderLabels(
            [
                translate("ReviewPage", "Section and findings"),
                translate("ReviewPage", "State"),
                translate("ReviewPage", "Similarity to last year"),
            ]
        )
        tree.setWordWrap(True)
        tree.setAlternatingRowColors(True)
        tree.setMinimumHeight(120)  # the findings stay in sight at 1366×768 at 150 %: the page scrolls
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        tree.itemActivated.connect(self._jump)
        tree.itemDoubleClicked.connect(self._jump)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._finding_menu)
        return tree

    def _build_confirm_box(self) -> QGroupBox:
        confirm_box = QGroupBox(translate("ReviewPage", "Still to re-confirm"))
        self.confirm_list = ConfirmList(self.document)
        self.confirm_list.jump_requested.connect(self.jump_requested)
        confirm_layout = QVBoxLayout(confirm_box)
        confirm_layout.addWidget(self.confirm_list)
        return confirm_box

    def _build_sign_off_box(self) -> QGroupBox:
        form_box = QGroupBox(translate("ReviewPage", "Sign-off"))
        form = QFormLayout(form_box)
        WrapWhenNarrow(self, [form])
        self.drafted_by = QLineEdit()
        self.reviewed_by = QLineEdit()
        self.approved_by = QLineEdit()
        # 落款 and 成文日期 are the draft's own, edited on the basic-information page only
        self.issuer = QLabel()
        self.issuer.setObjectName("signIssuer")
        self.issuer.setWordWrap(True)
        self.sign_date = QLabel()
        self.sign_date.setObjectName("signDate")
        self.change_button = QPushButton(translate("ReviewPage", "C&hange…"))
        self.change_button.setToolTip(
            translate("ReviewPage", "The issuer and the date are set in the basic information")
        )
        self.change_button.clicked.connect(lambda: self.jump_requested.emit(INFO_STEP, None))
        date_row = QHBoxLayout()
        date_row.addWidget(self.sign_date, 1)
        date_row.addWidget(self.change_button)
        form.addRow(translate("ReviewPage", "Drafted by:"), self.drafted_by)
        form.addRow(translate("ReviewPage", "Reviewed by:"), self.reviewed_by)
        form.addRow(translate("ReviewPage", "Approved by:"), self.approved_by)
        form.addRow(translate("ReviewPage", "Issuer:"), self.issuer)
        form.addRow(translate("ReviewPage", "Date:"), date_row)
        self.blocked_label = QLabel()
        self.blocked_label.setWordWrap(True)
        self.sign_button = QPushButton(translate("ReviewPage", "&Sign off"))
        self.sign_button.clicked.connect(self._sign_off)
        self.sign_button.setEnabled(False)  # until the first check has run
        form.addRow(self.blocked_label)
        form.addRow(self.sign_button)
        return form_box

    @staticmethod
    def title() -> str:  # static: the editor lists its steps before building the pages
        return translate("ReviewPage", "Review and sign-off")

    # --- display ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The 尚待确认 list beside the sign-off form, or above it when the page is narrow."""
        super().resizeEvent(event)
        side_by_side = self.width() >= SIDE_BY_SIDE_WIDTH
        self.bottom.setDirection(QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom)

    def refresh(self) -> None:
        """Rebuild the page; while it is hidden, only note that it is out of date."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._refresh_state()
        self._refresh_tree()
        self.confirm_list.refresh()
        self._refresh_dates()
        self._refresh_sign_button()

    def _form_date(self) -> date:
        """The date signing writes: the draft's, or today for a draft without one."""
        return self.document.draft.report_date or today()

    def _issuer(self) -> str:
        draft = self.document.draft
        return draft.issuer or draft.agency.full_name

    def _refresh_dates(self) -> None:
        draft = self.document.draft
        issuer = self._issuer()
        if not (draft.issuer or "").strip():  # shown as signing will write it, and said to be a default
            issuer = translate("ReviewPage", "%1 (the agency's name: no issuer is set yet)").replace("%1", issuer)
        self.issuer.setText(issuer)
        when = format_date(self._form_date(), draft.date_style)
        if draft.report_date is None:
            when = translate("ReviewPage", "%1 (today: no date is set yet)").replace("%1", when)
        self.sign_date.setText(when)
        if self.isVisible():
            self._refresh_sign_button()

    def _refresh_sign_button(self) -> None:
        # judged as it will be signed: with today's date when the draft has none
        draft = self.document.draft
        candidate = dataclasses.replace(draft, issuer=self._issuer(), report_date=self._form_date())
        blocking = blocking_findings(candidate, self.document.last_year)
        self.sign_button.setEnabled(not blocking)
        self.blocked_label.setText(
            translate("ReviewPage", "Fix the errors above before signing off.") if blocking else ""
        )

    def _refresh_state(self) -> None:
        draft = self.document.draft
        state = sign_off_state(draft)
        if state is SignOffState.SIGNED_OFF and draft.sign_off is not None:
            text = (
                translate("ReviewPage", "Signed off by %1 on %2.")
                .replace("%1", draft.sign_off.approved_by)
                .replace("%2", draft.sign_off.date.isoformat())
            )
            color = palette.SIGNED
        elif state is SignOffState.VOID:
            changed = [self._section_name(s) for s in void_reason_sections(draft)]
            text = translate(
                "ReviewPage",
                "The sign-off is void: the draft was edited after it was signed off (%1). Sign it off again.",
            ).replace("%1", "、".join(changed) or translate("ReviewPage", "basic information"))
            color = palette.VOID
        else:
            text = translate("ReviewPage", "Not signed off yet.")
            color = palette.UNSIGNED
        self.state_label.setText(text)
        self.state_label.setStyleSheet(f"background: {color}; padding: 6px; border-radius: 4px;")

    def _refresh_tree(self) -> None:
        """Rebuild the tree in place: what was current, folded and scrolled to stays so."""
        doc = self.document
        current = self.tree.currentItem()
        place = (current.data(0, STEP_ROLE), current.data(0, FINDING_ROLE)) if current is not None else None
        parent = current.parent() if current is not None else None
        row = parent.indexOfChild(current) if parent is not None and current is not None else -1
        folded = {top.data(0, STEP_ROLE) for top in self._top_items() if not top.isExpanded()}
        steps = [(INFO_STEP, translate("ReviewPage", "Basic information"))]
        steps += [(s.id, section_title(s, doc.lang)) for s in doc.spec.sections]
        with kept_scroll(self.tree):
            self.tree.clear()
            for step, name in steps:
                state = content_state(doc, step)
                top = QTreeWidgetItem([name, state_text(state), self._similarity(step)])
                top.setIcon(0, state_icon(state))
                top.setData(0, STEP_ROLE, step)
                for finding in doc.findings_for(step):
                    child = QTreeWidgetItem([doc.message(finding), "", ""])
                    child.setIcon(0, severity_icon(self, finding.severity))
                    child.setData(0, STEP_ROLE, step)
                    child.setData(0, FINDING_ROLE, finding)
                    child.setToolTip(0, doc.message(finding))
                    top.addChild(child)
                self.tree.addTopLevelItem(top)
                top.setExpanded(step not in folded)
            if place is not None:
                self._restore_current(*place, row)

    def _top_items(self) -> list[QTreeWidgetItem]:
        return [item for i in range(self.tree.topLevelItemCount()) if (item := self.tree.topLevelItem(i))]

    def _restore_current(self, step: object, finding: object, row: int) -> None:
        """The same finding again (its span may have moved), else the one now in its row,
        else its section."""
        top = next((item for item in self._top_items() if item.data(0, STEP_ROLE) == step), None)
        if top is None:
            return
        target = top
        if isinstance(finding, Finding) and top.childCount():
            children = [child for i in range(top.childCount()) if (child := top.child(i)) is not None]
            at = same_place(finding, [child.data(0, FINDING_ROLE) for child in children])
            target = children[at if at is not None else min(row, len(children) - 1)]
        self.tree.setCurrentItem(target)

    def _similarity(self, step: str) -> str:
        if step == INFO_STEP:
            return ""
        last = self.document.last_year_text(step)
        section = self.document.draft.section(step)
        if last is None or section is None:
            return ""
        return f"{round(similarity(section.text, last) * 100)}%"

    def _section_name(self, section_id: str) -> str:
        try:
            return section_title(self.document.spec.section(section_id), self.document.lang)
        except KeyError:
            return section_id

    def _fill_form(self) -> None:
        draft = self.document.draft
        signed = draft.sign_off
        if signed is not None:
            self.drafted_by.setText(signed.drafted_by)
            self.reviewed_by.setText(signed.reviewed_by)
            self.approved_by.setText(signed.approved_by)

    # --- actions ----------------------------------------------------------------------

    def _finding_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        finding = item.data(0, FINDING_ROLE) if item is not None else None
        menu = fix_menu(self, finding, self.document.has_fix)
        if menu is not None and isinstance(finding, Finding):
            chosen = menu.exec(self.tree.viewport().mapToGlobal(point))
            if chosen is not None and chosen.isEnabled():
                self.document.apply_fix(finding)

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        step = item.data(0, STEP_ROLE)
        if step:
            self.jump_requested.emit(step, item.data(0, FINDING_ROLE))

    def _sign_off(self) -> None:
        try:
            sign_off(
                self.document.draft,
                drafted_by=self.drafted_by.text().strip(),
                reviewed_by=self.reviewed_by.text().strip(),
                approved_by=self.approved_by.text().strip(),
                issuer=self._issuer(),
                date=self._form_date(),
                last_year=self.document.last_year,
            )
        except SignOffError as exc:
            if exc.blocking:
                details = "\n".join(self.document.message(f) for f in exc.blocking)  # type: ignore[arg-type]
                self.dialogs.warning(self, self.title(), describe(exc), details)
            else:
                self.dialogs.warning(
                    self,
                    self.title(),
                    translate(
                        "ReviewPage", "Fill in who drafted, reviewed and approved the report, the issuer and the date."
                    ),
                    str(exc),
                )
            return
        self.document.signed_off()
        self.signed.emit()
        self.refresh()
