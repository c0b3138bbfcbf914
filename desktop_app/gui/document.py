"""One open draft as the editor sees it: the Draft, its format, last year's draft, findings.

Every change goes through a core function (``core.editing``, ``core.signoff``); this class
only calls them and announces what changed, so pages stay in step with each other.

Validation while the clerk types runs on a worker thread, so a very large draft never holds
up the window (or the autosave timer, which lives on the window's thread). Each edit starts
a new generation; a result from before the latest edit is dropped, and a run that tripped
over an edit made meanwhile is simply superseded by the next one.
"""

from __future__ import annotations

import contextlib
import dataclasses
from concurrent.futures import ThreadPoolExecutor
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.core import editing, unplaced
from desktop_app.core.formats.spec import FormatSpec, load_format
from desktop_app.core.model import Agency, DateStyle, Draft, FactValue, to_json
from desktop_app.core.validation import fixes
from desktop_app.core.validation.rules_copying import Index
from desktop_app.core.validation.runner import Finding, Severity, validate

VALIDATE_DELAY_MS = 250
INFO_STEP = "__info__"  # findings about the draft as a whole land on the basic-information step


class DraftDocument(QObject):
    changed = Signal()  # anything at all (autosave, sidebar, title)
    fact_changed = Signal(str)  # a fact's key: other editors of the same fact follow
    sections_rerendered = Signal(list)  # ids whose boilerplate text changed with the facts
    section_changed = Signal(str)  # a section's text or origin changed outside its editor
    unconfirmed_changed = Signal()
    findings_changed = Signal()
    unplaced_changed = Signal()  # a passage the import could not place was assigned or discarded
    _validated = Signal(int, object)  # generation, findings: from the worker thread

    def __init__(self, draft: Draft, last_year: Draft | None = None, lang: str = "zh_CN") -> None:
        super().__init__()
        self.draft = draft
        self.spec: FormatSpec = load_format(draft.format_id)
        self.last_year = last_year
        self.lang = lang
        self.others: Index | None = None  # other units' reports, once the clerk points at them
        self.findings: list[Finding] = []
        self._field_sections = {key: s.id for s in self.spec.sections for key in s.fields}
        self._stale = list(draft.stale_texts)  # as last announced
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(VALIDATE_DELAY_MS)
        self._timer.timeout.connect(self.validate_in_background)
        self._generation = 0
        self._worker: ThreadPoolExecutor | None = None
        self._validated.connect(self._take_findings)  # queued: emitted on the worker thread
        self.validate_now()

    # --- edits ----------------------------------------------------------------------------

    def set_fact(self, key: str, value: FactValue) -> None:
        before = len(self.draft.unconfirmed)
        changed = editing.set_fact(self.draft, key, value)
        self.fact_changed.emit(key)
        if changed:
            self.sections_rerendered.emit(changed)
        if len(self.draft.unconfirmed) != before:
            self.unconfirmed_changed.emit()
        self._touch()

    def use_last_year(self, keys: list[str]) -> None:
        """沿用上年 for these facts (a field, a section's, a table)."""
        before = len(self.draft.unconfirmed)
        texts = {s.id: s.text for s in self.draft.sections}
        for key in editing.use_last_year(self.draft, keys):
            self.fact_changed.emit(key)
        changed = [s.id for s in self.draft.sections if texts.get(s.id) != s.text]
        if changed:
            self.sections_rerendered.emit(changed)
        if len(self.draft.unconfirmed) != before:
            self.unconfirmed_changed.emit()
        self._touch()

    def set_section_text(self, section_id: str, text: str) -> None:
        before = len(self.draft.unconfirmed)
        section = self.draft.section(section_id)
        if section is None or section.text == text:
            return
        editing.set_section_text(self.draft, section_id, text)
        if len(self.draft.unconfirmed) != before:
            self.unconfirmed_changed.emit()
        self._touch()

    def restore_template(self, section_id: str) -> None:
        """Raises MissingFactError when a fact the template needs is still empty."""
        editing.restore_template_text(self.draft, section_id)
        self.section_changed.emit(section_id)
        self.unconfirmed_changed.emit()
        self._touch()

    def confirm(self, key: str) -> None:
        self.confirm_many([key])

    def confirm_many(self, keys: list[str]) -> None:
        """Confirm several items at once: one announcement, one autosave."""
        for key in keys:
            editing.confirm(self.draft, key)
        for key in keys:
            if key.startswith("section:"):
                self.section_changed.emit(key.removeprefix("section:"))
        self.unconfirmed_changed.emit()
        self._touch()

    def set_others(self, others: Index | None) -> None:
        """Other units' reports to compare with (内容雷同), from then on in every check."""
        self.others = others
        self.validate_now()

    def has_fix(self, finding: Finding) -> bool:
        return fixes.has_fix(self.draft, finding)

    def apply_fix(self, finding: Finding) -> None:
        """Make the finding's one right fix (core.validation.fixes) and announce what it changed."""
        fixed = fixes.apply_fix(self.draft, finding)
        texts = {s.id: s.text for s in self.draft.sections}
        facts = dict(self.draft.facts)
        before = list(self.draft.unconfirmed)
        for spec_field in dataclasses.fields(fixed):  # the same Draft object: every holder sees it
            setattr(self.draft, spec_field.name, getattr(fixed, spec_field.name))
        for key, value in self.draft.facts.items():
            if facts.get(key) != value:
                self.fact_changed.emit(key)
        for section in self.draft.sections:
            if texts.get(section.id) != section.text:
                self.section_changed.emit(section.id)
        if self.draft.unconfirmed != before:
            self.unconfirmed_changed.emit()
        self._touch()
        self.validate_now()  # the fixed finding goes at once, not after the typing delay

    def set_agency(self, **names: str) -> None:
        current = self.draft.agency
        agency = Agency(
            full_name=names.get("full_name", current.full_name),
            short_name=names.get("short_name", current.short_name),
            parent_government=names.get("parent_government", current.parent_government),
            website_name=names.get("website_name", current.website_name),
        )
        self._rerendered(editing.set_agency(self.draft, agency))

    def set_year(self, year: int) -> None:
        if year != self.draft.year:
            self._rerendered(editing.set_year(self.draft, year))

    def set_title(self, title: str) -> None:
        """The clerk's own title (a line per printed line); blank follows the format."""
        before = self.draft.title
        editing.set_title(self.draft, title)
        if self.draft.title != before:
            self._touch()

    def keep_own_text(self, section_id: str) -> None:
        """The clerk keeps a section's words after the facts they were written from changed."""
        editing.keep_own_text(self.draft, section_id)
        self._touch()

    def is_stale(self, section_id: str) -> bool:
        return editing.is_stale(self.draft, section_id)

    def set_report_date(self, value: date | None) -> None:
        if value != self.draft.report_date:
            self.draft.report_date = value
            self._touch()

    def set_issuer(self, issuer: str) -> None:
        value = issuer.strip() or None
        if value != self.draft.issuer:
            self.draft.issuer = value
            self._touch()

    def set_date_style(self, style: DateStyle) -> None:
        if style != self.draft.date_style:
            self.draft.date_style = style
            self._touch()

    def assign_unplaced(self, index: int, section_id: str) -> None:
        unplaced.assign_unplaced(self.draft, index, section_id)
        self.section_changed.emit(section_id)
        self.unplaced_changed.emit()
        self._touch()

    def discard_unplaced(self, index: int) -> None:
        unplaced.discard_unplaced(self.draft, index)
        self.unplaced_changed.emit()
        self._touch()

    def signed_off(self) -> None:
        """The review page signed the draft off through core.signoff."""
        self._touch()
        self.validate_now()

    # --- findings -------------------------------------------------------------------------

    def schedule_validation(self) -> None:
        self._timer.start()

    def validate_now(self) -> None:
        """Validate on this thread and announce the findings at once (opening, sign-off)."""
        self._timer.stop()
        self._generation += 1
        self.findings = validate(self.draft, self.last_year, others=self.others)
        self.findings_changed.emit()

    def validate_in_background(self) -> None:
        self._timer.stop()
        self._generation += 1
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="validation")
        self._worker.submit(self._validate, self._generation)

    def shutdown(self) -> None:
        """The editor closes: no more validation runs."""
        self._timer.stop()
        self._generation += 1
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)

    def _validate(self, generation: int) -> None:
        if generation != self._generation:
            return  # edited again since: a newer run is queued
        try:
            findings = validate(self.draft, self.last_year, others=self.others)
        except Exception:  # the draft changed under the run (a dict grew): the next run counts
            return
        with contextlib.suppress(RuntimeError):  # the document was deleted meanwhile
            self._validated.emit(generation, findings)

    def _take_findings(self, generation: int, findings: list[Finding]) -> None:
        if generation == self._generation:
            self.findings = findings
            self.findings_changed.emit()

    def step_of(self, finding: Finding) -> str:
        """The step (a section id or INFO_STEP) a finding belongs on."""
        if finding.section and self.draft.section(finding.section) is not None:
            return finding.section
        if finding.field and finding.field in self._field_sections:
            return self._field_sections[finding.field]
        return INFO_STEP

    def findings_for(self, step: str) -> list[Finding]:
        return [f for f in self.findings if self.step_of(f) == step]

    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == Severity.ERROR]

    def message(self, finding: Finding) -> str:
        from desktop_app.core.messages.catalogue import message

        return message(finding, self.lang)

    # --- helpers --------------------------------------------------------------------------

    def snapshot(self) -> str:
        return to_json(self.draft)

    def last_year_text(self, section_id: str) -> str | None:
        if self.last_year is None:
            return None
        section = self.last_year.section(section_id)
        return section.text if section is not None else None

    def report_title(self) -> str:
        """The report's title on one line, as it prints."""
        from desktop_app.core.boilerplate import title_text

        return title_text(self.draft, self.spec)

    def is_unconfirmed(self, key: str) -> bool:
        return key in self.draft.unconfirmed

    def _rerendered(self, changed: list[str]) -> None:
        if changed:
            self.sections_rerendered.emit(changed)
        self._touch()

    def _touch(self) -> None:
        stale = list(self.draft.stale_texts)
        if stale != self._stale:  # a section whose text and facts now disagree, or agree again
            for section_id in dict.fromkeys([*stale, *self._stale]):
                if (section_id in stale) != (section_id in self._stale):
                    self.section_changed.emit(section_id)
            self._stale = stale
        self._generation += 1  # a run still going sees a draft from before this edit
        self.changed.emit()
        self.schedule_validation()
