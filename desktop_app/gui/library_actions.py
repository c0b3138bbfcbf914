"""What the library's buttons do: each flow calls core functions and reports in the clerk's words.

Slow work (roll-forward, import) runs through ``tasks.run_task``; storage calls are quick and
stay on the GUI thread's own DraftStore connection.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from desktop_app import paths
from desktop_app.core.errors import ReportError
from desktop_app.core.model import new_id
from desktop_app.gui.dialogs import file_filter_draft, file_filter_report, safe_file_name
from desktop_app.gui.errors import describe
from desktop_app.gui.folders import OPEN_DIR_KEY, remember_file, start_folder
from desktop_app.gui.i18n import CHINESE, translate
from desktop_app.gui.library_model import format_name
from desktop_app.gui.recovery import discard, stale_sessions
from desktop_app.gui.tasks import Task, run_task

if TYPE_CHECKING:
    from desktop_app.gui.library_host import LibraryHost


class LibraryActions:
    def __init__(self, window: LibraryHost, parent: QWidget) -> None:
        self.window = window
        self.parent = parent  # the window as a widget: what dialogs are parented to
        self.ctx = window.ctx
        self.task: Task | None = None  # the running slow task, if any (tests wait on it)

    # --- helpers ----------------------------------------------------------------------

    def _fail(self, title: str, exc: BaseException) -> None:
        self.window.set_busy(False)
        if not isinstance(exc, ReportError | OSError):
            raise exc  # a bug: the excepthook shows the details
        self.ctx.dialogs.warning(self.parent, title, describe(exc, self.ctx.lang), str(exc))

    def _new_draft_off_thread(
        self, title: str, busy: str, label: str, work: Any, *args: Any, then: Any = None, open_it: bool = True
    ) -> None:
        """Make a draft off the GUI thread (roll-forward, convert, import), store it under
        ``label`` and select it, open it (unless ``open_it`` is False), then ``then(result)``
        tells the clerk what to check."""

        def done(result: Any) -> None:
            self.window.set_busy(False)
            try:
                self._add(result.draft, label)
                if open_it:
                    self.window.open_draft(result.draft.id)
            except ReportError as exc:
                self._fail(title, exc)
                return
            if then is not None:
                then(result)

        self.window.set_busy(True, busy)
        self.task = run_task(work, *args, on_done=done, on_error=lambda exc: self._fail(title, exc))

    def _folder(self) -> str:
        return str(start_folder(self.ctx.settings, OPEN_DIR_KEY))

    def _remember(self, path: str) -> None:
        remember_file(self.ctx.settings, OPEN_DIR_KEY, path)

    def _add(self, draft: Any, label: str) -> None:
        self.ctx.store.create(draft, label=label)
        self.window.refresh()
        self.window.select(draft.id)

    def _add_and_open(self, draft: Any, label: str) -> None:
        self._add(draft, label)
        self.window.open_draft(draft.id)

    def _over(self, draft_id: str) -> QWidget:
        """What a message about a draft is shown over: its editor if it is open, else the library."""
        return self.window.editors.get(draft_id) or self.parent

    # --- new, roll forward, import ----------------------------------------------------

    def new_draft(self) -> None:
        request = self.ctx.dialogs.new_draft(self.parent, self.ctx.lang)
        if request is None:
            return
        from desktop_app.core.editing import check_new_year, new_draft
        from desktop_app.core.model import Agency

        try:
            check_new_year(request.year)
            draft = new_draft(request.format_id, request.year, Agency(request.full_name, request.short_name))
            self._add_and_open(draft, "created")
        except ReportError as exc:
            self._fail(translate("Library", "New report"), exc)

    def roll_forward(self, draft_id: str | None = None) -> None:
        """Next year's draft from the given (else the selected) one, opened with its items to confirm."""
        draft_id = draft_id or self._selected_saved()
        if draft_id is None:
            return
        try:
            draft = self.ctx.store.load(draft_id)
            existing = [
                s for s in self.ctx.store.list() if s.agency == draft.agency.full_name and s.year == draft.year + 1
            ]
        except ReportError as exc:
            self._fail(translate("Library", "Continue from last year"), exc)
            return
        if existing and not self.ctx.dialogs.ask(
            self.parent,
            translate("Library", "Continue from last year"),
            translate("Library", "There is already a %1 draft for this agency. Make another one?").replace(
                "%1", str(draft.year + 1)
            ),
        ):
            return
        from desktop_app.core.rollforward.forward import roll_forward

        with contextlib.suppress(ReportError):  # a copy of the library first; a bonus, never a blocker
            self.ctx.store.backup()
        self._new_draft_off_thread(
            translate("Library", "Continue from last year"),
            translate("Library", "Preparing next year's draft…"),
            "rolled-forward",
            roll_forward,
            draft,
            then=self._rolled_forward,
        )

    def _rolled_forward(self, result: Any) -> None:
        if result.to_confirm:
            zh = self.ctx.lang == CHINESE
            lines = [
                f"{item.label if zh or not item.label_en else item.label_en}: {item.detail}"
                for item in result.to_confirm
            ]
            self.ctx.dialogs.info(
                self._over(result.draft.id),
                translate("Library", "Continue from last year"),
                translate(
                    "Library",
                    "The %1 report was prepared from last year's. %2 carried facts and passages are "
                    "marked in amber: check each one and confirm it (or just edit it).",
                )
                .replace("%1", str(result.draft.year))
                .replace("%2", str(len(result.to_confirm))),
                "\n".join(lines),
            )

    def convert(self) -> None:
        """A draft in another report format (e.g. the national six-section one) from the selected one."""
        draft_id = self._selected_saved()
        if draft_id is None:
            return
        from desktop_app.core.rollforward.conversion import conversion_targets, convert_draft

        title = translate("Library", "Convert to another format")
        try:
            draft = self.ctx.store.load(draft_id)
            targets = conversion_targets(draft.format_id)
        except ReportError as exc:
            self._fail(title, exc)
            return
        if not targets:
            text = translate("Library", "No other format can be made from this one.")
            self.ctx.dialogs.info(self.parent, title, text)
            return
        names = [format_name(t, self.ctx.lang) for t in targets]
        choice = self.ctx.dialogs.choose(self.parent, title, translate("Library", "Make a new draft in:"), names)
        if choice is None:
            return
        self._new_draft_off_thread(
            title,
            translate("Library", "Converting…"),
            "converted",
            convert_draft,
            draft,
            targets[choice],
            then=lambda result: self._converted(result, title),
        )

    def _converted(self, result: Any, title: str) -> None:
        zh = self.ctx.lang == CHINESE
        self.ctx.dialogs.info(
            self._over(result.draft.id),
            title,
            translate(
                "Library",
                "The new draft keeps every passage of the old one. %1 items need your attention: "
                "they are marked in amber.",
            ).replace("%1", str(len(result.to_confirm))),
            "\n".join(item.label if zh or not item.label_en else item.label_en for item in result.to_confirm),
        )

    def import_report(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.parent, translate("Library", "Import a published report"), self._folder(), file_filter_report()
        )
        if not path:
            return
        self._remember(path)
        from desktop_app.core.importing.importer import import_report

        self._new_draft_off_thread(
            translate("Library", "Import a published report"),
            translate("Library", "Reading the report…"),
            "imported",
            import_report,
            path,
            then=self._imported,
            open_it=False,  # what the clerk wants next is this year's report: offered, not assumed
        )

    def _imported(self, result: Any) -> None:
        """Say what the import found and offer next year's report made from it (生成YYYY年报告).
        Declined, the imported draft stays selected in the library."""
        from desktop_app.core.importing.notes import in_language

        title = translate("Library", "Import a published report")
        notes = [in_language(note, self.ctx.lang) for note in result.notes]
        details = "\n\n".join([*notes, *result.unplaced])
        year = str(result.draft.year + 1)
        question = translate(
            "Library", "Make the %1 report from it now? Years move on; what is carried is marked for you to confirm."
        )
        if self.ctx.dialogs.offer(
            self.parent,
            title,
            self._import_summary(result) + "\n\n" + question.replace("%1", year),
            translate("Library", "Create the %1 report").replace("%1", year),
            details,
        ):
            self.roll_forward(result.draft.id)

    def _import_summary(self, result: Any) -> str:
        if result.unplaced:
            text = translate(
                "Library",
                "The report was imported. %1 passages could not be placed in a section; they are "
                "listed on the Basic information page so you can copy what you need.",
            ).replace("%1", str(len(result.unplaced)))
        else:
            text = translate("Library", "The report was imported. Check each section before you go on.")
        detection = result.detection
        if detection is not None and not detection.forced:
            from desktop_app.core.formats.spec import load_format

            spec = load_format(result.draft.format_id)
            name = spec.name if self.ctx.lang.startswith("zh") else spec.name_en
            percent = str(round(detection.confidence * 100))
            if detection.sure:
                said = translate("Library", "Format: %1 (%2% sure).")
            else:
                said = translate("Library", "Format: %1, but only %2% sure: check the sections before you go on.")
            text = said.replace("%1", name).replace("%2", percent) + "\n\n" + text
        return text

    # --- copies and files -------------------------------------------------------------

    def duplicate(self) -> None:
        draft_id = self._selected_saved()
        if draft_id is None:
            return
        try:
            copy = self.ctx.store.duplicate(draft_id)
        except ReportError as exc:
            self._fail(translate("Library", "Duplicate"), exc)
            return
        self.window.refresh()
        self.window.select(copy.id)

    def open_draft_file(self) -> None:
        path = self.ctx.dialogs.open_file(
            self.parent, translate("Library", "Open draft file"), self._folder(), file_filter_draft()
        )
        if not path:
            return
        self._remember(path)
        self.open_draft_path(path)

    def open_draft_path(self, path: str) -> None:
        """A draft file from a colleague, a double-click or the command line: into the store, open."""
        from desktop_app.core.storage.draft_files import load_draft_file

        try:
            draft = load_draft_file(path)
            if self.ctx.store.exists(draft.id):
                draft.id = new_id()  # a second copy of a draft we have: keep both
            self._add_and_open(draft, "opened-from-file")
        except ReportError as exc:
            self._fail(translate("Library", "Open draft file"), exc)

    def save_draft_file(self) -> None:
        draft_id = self._selected_saved()
        if draft_id is None:
            return
        from desktop_app.core.storage.draft_files import save_draft_file

        try:
            draft = self.ctx.store.load(draft_id)
            name = safe_file_name(f"{draft.agency.short_name or draft.agency.full_name}{draft.year}", "draft") + ".json"
            path = self.ctx.dialogs.save_file(
                self.parent,
                translate("Library", "Save as draft file"),
                str(Path(self._folder()) / name),
                file_filter_draft(),
            )
            if not path:
                return
            self._remember(path)
            save_draft_file(draft, path)
        except ReportError as exc:
            self._fail(translate("Library", "Save as draft file"), exc)
            return
        self.window.statusBar().showMessage(translate("Library", "Saved to %1").replace("%1", path), 5000)

    # --- start-up checks and preferences ----------------------------------------------

    def report_moved_aside(self) -> None:
        """At every start until the clerk says they have read it: the database was damaged,
        moved aside (where) and what was salvaged."""
        from dataclasses import asdict

        from desktop_app.core.messages.store_errors import render_error

        notice = self.ctx.store.damage
        if notice is None:
            return
        params = asdict(notice)
        params["sources"] = ", ".join(notice.sources)
        text = render_error("store-moved-aside-window", params, self.ctx.lang)
        if self.ctx.dialogs.ask(
            self.parent,
            translate("Library", "Draft library"),
            text + "\n\n" + translate("Library", "Stop showing this notice? (No: shown again at the next start.)"),
        ):
            self.ctx.store.acknowledge_damage()

    def offer_recovery(self) -> list[str]:
        """If an earlier session died mid-edit, offer to reopen its drafts; returns the ids reopened."""
        stale = stale_sessions(paths.data_dir())
        ids = [i for s in stale for i in s.draft_ids if self.ctx.store.exists(i)]
        ids = list(dict.fromkeys(ids))
        for session in stale:
            discard(session.path)
        if not ids or not self.ctx.dialogs.ask(
            self.parent,
            translate("Library", "Reopen drafts?"),
            translate(
                "Library",
                "The app did not close properly last time. Reopen the %1 draft(s) you were editing? "
                "They open as last saved automatically.",
            ).replace("%1", str(len(ids))),
        ):
            return []
        for draft_id in ids:
            self.window.open_draft(draft_id)
        return ids

    def set_language(self, lang: str) -> None:
        self.ctx.settings.set("lang", lang)
        self.ctx.dialogs.info(
            self.parent,
            translate("Library", "Language"),
            translate("Library", "The new language is used from the next start."),
        )

    def _selected_saved(self) -> str | None:
        """The selected draft's id, with any open editor's typing saved first (the flows read
        the stored draft)."""
        draft_id = self.window.selected_id()
        if draft_id is not None:
            self._flush(draft_id)
        return draft_id

    def _flush(self, draft_id: str) -> None:
        editor = self.window.editors.get(draft_id)
        if editor is not None:
            editor.autosaver.flush()  # type: ignore[attr-defined]
