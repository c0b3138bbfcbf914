"""Review & sign-off: every finding by section, similarity to last year, the sign-off form."""

from __future__ import annotations

import dataclasses
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import SignOffError
from desktop_app.core.model import SignOffState, sign_off_state, void_reason_sections
from desktop_app.core.signoff import blocking_findings, sign_off
from desktop_app.core.validation.rules_similarity import similarity
from desktop_app.gui import palette
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.pages.section import section_title
from desktop_app.gui.step_state import content_state, state_icon, state_text
from desktop_app.gui.widgets.findings import severity_icon

STEP_ROLE = Qt.ItemDataRole.UserRole + 1
FINDING_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewPage(QWidget):
    jump_requested = Signal(str, object)  # step id, finding or None
    signed = Signal()
    step_id = "__review__"

    def __init__(self, document: DraftDocument, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.dialogs = dialogs
        heading = QLabel(f"<h2>{self.title()}</h2>")
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setObjectName("signOffState")

        self.tree = QTreeWidget()
        self.tree.setAccessibleName(translate("ReviewPage", "Sections and findings"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("ReviewPage", "Section and findings"),
                translate("ReviewPage", "State"),
                translate("ReviewPage", "Similarity to last year"),
            ]
        )
        self.tree.setWordWrap(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemActivated.connect(self._jump)
        self.tree.itemDoubleClicked.connect(self._jump)

        confirm_box = QGroupBox(translate("ReviewPage", "Still to re-confirm"))
        self.unconfirmed = QListWidget()
        self.unconfirmed.itemActivated.connect(self._jump_unconfirmed)
        self.confirm_button = QPushButton(translate("ReviewPage", "&Confirm selected"))
        self.confirm_button.clicked.connect(self._confirm_selected)
        confirm_layout = QVBoxLayout(confirm_box)
        confirm_layout.addWidget(self.unconfirmed)
        confirm_layout.addWidget(self.confirm_button, 0, Qt.AlignmentFlag.AlignRight)

        form_box = QGroupBox(translate("ReviewPage", "Sign-off"))
        form = QFormLayout(form_box)
        self.drafted_by = QLineEdit()
        self.reviewed_by = QLineEdit()
        self.approved_by = QLineEdit()
        self.issuer = QLineEdit()
        self.sign_date = QDateEdit()
        self.sign_date.setCalendarPopup(True)
        self.sign_date.setDisplayFormat("yyyy-MM-dd")
        form.addRow(translate("ReviewPage", "Drafted by (拟稿):"), self.drafted_by)
        form.addRow(translate("ReviewPage", "Reviewed by (审核):"), self.reviewed_by)
        form.addRow(translate("ReviewPage", "Approved by (签发):"), self.approved_by)
        form.addRow(translate("ReviewPage", "Issuer (落款):"), self.issuer)
        form.addRow(translate("ReviewPage", "Date (成文日期):"), self.sign_date)
        self.blocked_label = QLabel()
        self.blocked_label.setWordWrap(True)
        self.sign_button = QPushButton(translate("ReviewPage", "&Sign off"))
        self.sign_button.clicked.connect(self._sign_off)
        self.sign_button.setEnabled(False)  # until the first check has run
        form.addRow(self.blocked_label)
        form.addRow(self.sign_button)

        bottom = QHBoxLayout()
        bottom.addWidget(confirm_box, 1)
        bottom.addWidget(form_box, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.state_label)
        layout.addWidget(self.tree, 1)
        layout.addLayout(bottom)

        self._stale = True
        self._fill_form()
        self.issuer.textChanged.connect(self._refresh_sign_button)
        self.sign_date.dateChanged.connect(self._refresh_sign_button)
        document.findings_changed.connect(self.refresh)
        document.unconfirmed_changed.connect(self.refresh)
        self.refresh()

    @staticmethod
    def title() -> str:  # static: the editor lists its steps before building the pages
        return translate("ReviewPage", "Review and sign-off")

    # --- display ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Rebuild the page; while it is hidden, only note that it is out of date."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._refresh_state()
        self._refresh_tree()
        self._refresh_unconfirmed()
        self._refresh_sign_button()

    def _form_date(self) -> date:
        qd = self.sign_date.date()
        return date(qd.year(), qd.month(), qd.day())

    def _refresh_sign_button(self) -> None:
        # judged as it will be signed: the form's 落款 and 成文日期 replace the draft's
        draft = self.document.draft
        candidate = dataclasses.replace(
            draft, issuer=self.issuer.text().strip() or draft.issuer, report_date=self._form_date()
        )
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
        doc = self.document
        self.tree.clear()
        steps = [(INFO_STEP, translate("ReviewPage", "Basic information"))]
        steps += [(s.id, section_title(s, doc.lang)) for s in doc.spec.sections]
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
            top.setExpanded(True)

    def _similarity(self, step: str) -> str:
        if step == INFO_STEP:
            return ""
        last = self.document.last_year_text(step)
        section = self.document.draft.section(step)
        if last is None or section is None:
            return ""
        return f"{round(similarity(section.text, last) * 100)}%"

    def _refresh_unconfirmed(self) -> None:
        doc = self.document
        self.unconfirmed.clear()
        for key in doc.draft.unconfirmed:
            kind, _, name = key.partition(":")
            if kind == "fact" and name in doc.spec.field_map:
                field = doc.spec.field(name)
                label = field.label if doc.lang == "zh_CN" else field.label_en
            else:
                label = self._section_name(name)
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.unconfirmed.addItem(item)
        self.confirm_button.setEnabled(self.unconfirmed.count() > 0)

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
        self.issuer.setText((signed.issuer if signed else None) or draft.issuer or draft.agency.full_name)
        when = (signed.date if signed else None) or draft.report_date or date.today()
        self.sign_date.setDate(QDate(when.year, when.month, when.day))

    # --- actions ----------------------------------------------------------------------

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        step = item.data(0, STEP_ROLE)
        if step:
            self.jump_requested.emit(step, item.data(0, FINDING_ROLE))

    def _jump_unconfirmed(self, item: QListWidgetItem) -> None:
        kind, _, name = str(item.data(Qt.ItemDataRole.UserRole)).partition(":")
        fields = {key: s.id for s in self.document.spec.sections for key in s.fields}
        step = fields.get(name, INFO_STEP) if kind == "fact" else name
        self.jump_requested.emit(step, None)

    def _confirm_selected(self) -> None:
        item = self.unconfirmed.currentItem() or self.unconfirmed.item(0)
        if item is not None:
            self.document.confirm(str(item.data(Qt.ItemDataRole.UserRole)))

    def _sign_off(self) -> None:
        try:
            sign_off(
                self.document.draft,
                drafted_by=self.drafted_by.text().strip(),
                reviewed_by=self.reviewed_by.text().strip(),
                approved_by=self.approved_by.text().strip(),
                issuer=self.issuer.text().strip(),
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
