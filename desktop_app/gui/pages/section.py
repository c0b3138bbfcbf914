"""One page per SectionSpec, built from the spec alone: guidance, fields, text, last year, findings.

Under the text a label says plainly where it stands (generated from the facts, edited, carried
from last year and still to confirm, imported); when a fact the text was written from changes
and the words are the clerk's own, a note says so and offers 重新生成 (core.editing decides)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.editing import last_year_keys
from desktop_app.core.errors import ReportError
from desktop_app.core.formats.spec import FieldSpec, SectionSpec
from desktop_app.core.model import Origin
from desktop_app.core.validation.runner import Finding
from desktop_app.gui import palette
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.document import DraftDocument
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import CHINESE, translate
from desktop_app.gui.widgets.carried import confirm_button, mark_carried
from desktop_app.gui.widgets.diffview import ADDED_COLOR, LastYearView, select_span, span_selections
from desktop_app.gui.widgets.field_registry import create_editor
from desktop_app.gui.widgets.fields import FieldEditor
from desktop_app.gui.widgets.findings import FindingsList
from desktop_app.gui.widgets.last_year import LastYearNote
from desktop_app.gui.widgets.narrow import WrapWhenNarrow


def select_cells(editor: QWidget, cells: list[list[str]]) -> None:
    """In a table editor, make the finding's first cell the current one (selected, in view)."""
    items = getattr(editor, "cell_items", None)
    grid = getattr(editor, "grid", None)
    if not cells or not isinstance(items, dict) or grid is None:
        return
    item = items.get((cells[0][0], cells[0][1]))
    if item is not None:
        grid.setCurrentItem(item)
        grid.scrollToItem(item)
        grid.setFocus()


def section_title(spec: SectionSpec, lang: str) -> str:
    if lang == CHINESE:
        return spec.heading_text
    return spec.title_en


def origin_state(origin: Origin) -> str:
    """Where the text stands, in two or three words (bold in the label)."""
    return {
        Origin.BOILERPLATE: translate("SectionPage", "Generated from the facts"),
        Origin.EDITED: translate("SectionPage", "Edited"),
        Origin.CARRIED: translate("SectionPage", "Carried from last year, to confirm"),
        Origin.IMPORTED: translate("SectionPage", "Imported"),
    }[origin]


def origin_text(origin: Origin) -> str:
    """What that means for the clerk."""
    return {
        Origin.BOILERPLATE: translate("SectionPage", "It changes with the facts above until you edit it."),
        Origin.EDITED: translate("SectionPage", "Your own words: a change to the facts does not overwrite them."),
        Origin.CARRIED: translate("SectionPage", "Last year's words: check them, then click Confirm text."),
        Origin.IMPORTED: translate(
            "SectionPage", "The published report's words: a change to the facts does not overwrite them."
        ),
    }[origin]


class SectionPage(QWidget):
    finding_activated = Signal(object)

    def __init__(
        self, document: DraftDocument, spec: SectionSpec, dialogs: Dialogs, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.spec = spec
        self.step_id = spec.id
        self.dialogs = dialogs
        self._updating = False
        layout = QVBoxLayout(self)
        for widget in self._build_heading():
            layout.addWidget(widget)
        layout.addWidget(self._build_fields())
        layout.addWidget(self._build_text(), 1)
        layout.addLayout(self._build_findings())
        layout.addWidget(self.findings)
        self._connect()
        self.load_text()
        self.refresh_marks()
        self.refresh_last_year()
        self.refresh_findings()

    # --- building ---------------------------------------------------------------------

    def _build_heading(self) -> list[QLabel]:
        heading = QLabel(f"<h2>{section_title(self.spec, self.document.lang)}</h2>")
        heading.setWordWrap(True)
        zh = self.document.lang == CHINESE
        guidance = QLabel(self.spec.guidance if zh else self.spec.guidance_en)
        guidance.setWordWrap(True)
        guidance.setObjectName("guidance")
        guidance.setStyleSheet(f"color: {palette.GUIDANCE_INK};")
        return [heading, guidance]

    def _build_fields(self) -> QGroupBox:
        self.editors: dict[str, FieldEditor] = {}
        self.confirm_buttons: dict[str, QPushButton] = {}
        self.last_year_notes: dict[str, LastYearNote] = {}
        box = QGroupBox(translate("SectionPage", "Facts for this section"))
        form = QFormLayout(box)
        WrapWhenNarrow(self, [form])
        self.use_last_year_button = QPushButton(translate("SectionPage", "Same as last year: every empty fact here"))
        self.use_last_year_button.clicked.connect(
            lambda: self.document.use_last_year(last_year_keys(self.document.draft, self.spec.id))
        )
        form.addRow(self.use_last_year_button)
        for key in self.spec.fields:
            self._add_field(form, self.document.spec.field(key))
        box.setVisible(bool(self.spec.fields))
        return box

    def _add_field(self, form: QFormLayout, field: FieldSpec) -> None:
        """One fact: its label, editor, 确认 button and last year's value."""
        zh = self.document.lang == CHINESE
        key = field.key
        editor = create_editor(field, None, self.document.lang)
        editor.set_value(self.document.draft.facts.get(key))
        help_text = field.help if zh else field.help_en
        editor.setToolTip(help_text)
        button = confirm_button()
        button.clicked.connect(lambda _=False, key=key: self.document.confirm(f"fact:{key}"))
        row = QWidget()
        row_layout = QHBoxLayout(row)
        row_layout.setContentsMargins(0, 0, 0, 0)
        row_layout.addWidget(editor, 1 if editor.expands else 0)
        row_layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        note = LastYearNote(field, lang=self.document.lang)
        note.use_requested.connect(lambda key=key: self.document.use_last_year([key]))
        if not editor.wide:
            row_layout.addWidget(note, 0, Qt.AlignmentFlag.AlignTop)
        if not editor.expands:
            row_layout.addStretch(1)
        label_text = field.label if zh else field.label_en
        label = QLabel(label_text + ("：" if zh else ":"))
        label.setBuddy(editor)
        editor.set_accessible_label(label_text)
        label.setToolTip(help_text)
        if editor.wide:
            form.addRow(label)
            form.addRow(note)
            form.addRow(row)
        else:
            form.addRow(label, row)
        editor.value_changed.connect(lambda value, key=key: self._fact_edited(key, value))
        self.editors[key] = editor
        self.confirm_buttons[key] = button
        self.last_year_notes[key] = note

    def _build_text(self) -> QSplitter:
        """This year's text with its state and actions on the left, last year's on the right."""
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setMinimumHeight(180)
        self.text_edit.setAccessibleName(translate("SectionPage", "This year's text"))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        this_year_label = QLabel(translate("SectionPage", "&This year's text:"))
        this_year_label.setBuddy(self.text_edit)
        left_layout.addWidget(this_year_label)
        left_layout.addWidget(self.text_edit, 1)
        left_layout.addWidget(self._build_mismatch())
        left_layout.addLayout(self._build_origin_row())
        self.last_year_view = LastYearView()
        self.last_year_view.setAccessibleName(translate("SectionPage", "Last year's text"))
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        last_label = QLabel(translate("SectionPage", "Last year's text (changes marked):"))
        last_label.setBuddy(self.last_year_view)
        right_layout.addWidget(last_label)
        right_layout.addWidget(self.last_year_view, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        right.setVisible(self.document.last_year_text(self.spec.id) is not None)
        return self.splitter

    def _build_origin_row(self) -> QHBoxLayout:
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.origin_label.setTextFormat(Qt.TextFormat.RichText)
        self.restore_button = QPushButton(translate("SectionPage", "&Restore template text"))
        self.confirm_text_button = confirm_button()
        self.confirm_text_button.setText(translate("SectionPage", "Con&firm text"))
        row = QHBoxLayout()
        row.addWidget(self.origin_label, 1)
        row.addWidget(self.confirm_text_button)
        row.addWidget(self.restore_button)
        return row

    def _build_mismatch(self) -> QFrame:
        """Shown while the text may say something the facts above no longer do."""
        self.mismatch = QFrame()
        self.mismatch.setFrameShape(QFrame.Shape.StyledPanel)
        self.mismatch.setStyleSheet(f"QFrame {{ background: {palette.CARRIED}; }} QLabel {{ color: {palette.INK}; }}")
        self.mismatch_label = QLabel(
            translate(
                "SectionPage",
                "The facts above changed after this text was written, and the text did not change "
                "with them: it may now say something else (a field says quarterly, the text weekly).",
            )
        )
        self.mismatch_label.setWordWrap(True)
        self.regenerate_button = QPushButton(translate("SectionPage", "Re&generate from the facts"))
        self.keep_button = QPushButton(translate("SectionPage", "&Keep my text"))
        row = QHBoxLayout(self.mismatch)
        row.addWidget(self.mismatch_label, 1)
        row.addWidget(self.regenerate_button)
        row.addWidget(self.keep_button)
        self.mismatch.setVisible(False)
        return self.mismatch

    def _build_findings(self) -> QHBoxLayout:
        self.findings = FindingsList()
        self.findings.setMaximumHeight(110)
        self.findings.set_fixable(self.document.has_fix)
        self.findings.fix_requested.connect(self.document.apply_fix)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("SectionPage", "Findings in this section:")), 1)
        row.addWidget(self.findings.fix_button)
        return row

    def _connect(self) -> None:
        document = self.document
        self.text_edit.textChanged.connect(self._text_edited)
        self.restore_button.clicked.connect(self._restore)
        self.regenerate_button.clicked.connect(self._regenerate)
        self.keep_button.clicked.connect(lambda: self.document.keep_own_text(self.spec.id))
        self.confirm_text_button.clicked.connect(lambda: self.document.confirm(f"section:{self.spec.id}"))
        self.findings.finding_activated.connect(self.show_finding)
        document.fact_changed.connect(self._fact_changed)
        document.sections_rerendered.connect(self._rerendered)
        document.section_changed.connect(self._section_changed)
        document.unconfirmed_changed.connect(self.refresh_marks)
        document.findings_changed.connect(self.refresh_findings)

    def title(self) -> str:
        return section_title(self.spec, self.document.lang)

    # --- from the draft to the widgets ------------------------------------------------

    def load_text(self) -> None:
        section = self.document.draft.section(self.spec.id)
        text = section.text if section else ""
        if text != self.text_edit.toPlainText():
            self._updating = True
            try:
                self.text_edit.setPlainText(text)
            finally:
                self._updating = False
        self._refresh_origin()

    def refresh_marks(self) -> None:
        doc = self.document
        for key, editor in self.editors.items():
            carried = doc.is_unconfirmed(f"fact:{key}")
            mark_carried(editor, carried)
            self.confirm_buttons[key].setVisible(carried)
        carried_text = doc.is_unconfirmed(f"section:{self.spec.id}")
        mark_carried(self.text_edit, carried_text)
        self.confirm_text_button.setVisible(carried_text)
        self._refresh_origin()

    def refresh_last_year(self) -> None:
        """Last year's value beside each fact; the 沿用上年 actions while there is one to take."""
        draft = self.document.draft
        empty = last_year_keys(draft, self.spec.id)
        for key, note in self.last_year_notes.items():
            note.show_values(draft.last_year_facts.get(key), key in empty)
        self.use_last_year_button.setVisible(bool(empty))

    def refresh_findings(self) -> None:
        doc = self.document
        self.findings.set_findings(doc.findings_for(self.spec.id), doc.message)
        self.refresh_diff()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh_diff()

    def refresh_diff(self) -> None:
        last = self.document.last_year_text(self.spec.id)
        if last is None or not self.isVisible():  # hidden pages catch up when shown
            return
        added = self.last_year_view.show_diff(last, self.text_edit.toPlainText())
        self.text_edit.setExtraSelections(span_selections(self.text_edit, added, ADDED_COLOR))

    def show_finding(self, finding: Finding) -> None:
        if finding.span is not None:
            select_span(self.text_edit, *finding.span)
            self.text_edit.setFocus()
        elif finding.field in self.editors:
            editor = self.editors[finding.field]
            editor.setFocus()
            select_cells(editor, finding.params.get("cells") or [])
        else:
            self.text_edit.setFocus()

    # --- from the widgets to the draft ------------------------------------------------

    def _fact_edited(self, key: str, value: object) -> None:
        self.document.set_fact(key, value)  # type: ignore[arg-type]

    def _text_edited(self) -> None:
        if self._updating:
            return
        self.document.set_section_text(self.spec.id, self.text_edit.toPlainText())
        self._refresh_origin()

    def _restore(self) -> None:
        if not self.dialogs.ask(
            self,
            translate("SectionPage", "Restore template text"),
            translate("SectionPage", "Replace this section's text with the template text? Your wording is lost."),
        ):
            return
        self._regenerate()

    def _regenerate(self) -> None:
        """重新生成: the text from the facts as they are now (the note's one click)."""
        try:
            self.document.restore_template(self.spec.id)
        except ReportError as exc:
            self.dialogs.warning(self, translate("SectionPage", "Restore template text"), describe(exc))

    # --- signals from the document ----------------------------------------------------

    def _fact_changed(self, key: str) -> None:
        editor = self.editors.get(key)
        if editor is not None:  # editors ignore a value they already show
            editor.set_value(self.document.draft.facts.get(key))
            self.refresh_last_year()

    def _rerendered(self, section_ids: list[str]) -> None:
        if self.spec.id in section_ids:
            self.load_text()

    def _section_changed(self, section_id: str) -> None:
        if section_id == self.spec.id:
            self.load_text()

    def _refresh_origin(self) -> None:
        section = self.document.draft.section(self.spec.id)
        origin = section.origin if section else Origin.BOILERPLATE
        self.origin_label.setText(f"<b>{origin_state(origin)}</b> — {origin_text(origin)}")
        self.origin_label.setAccessibleName(f"{origin_state(origin)}: {origin_text(origin)}")
        self.restore_button.setEnabled(origin is not Origin.BOILERPLATE)
        self.mismatch.setVisible(self.document.is_stale(self.spec.id))
