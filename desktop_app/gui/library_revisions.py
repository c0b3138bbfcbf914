"""Getting drafts back: an earlier revision of one (revision history), a draft from the trash."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop_app.core.errors import ReportError
from desktop_app.gui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.gui.library_actions import LibraryActions
    from desktop_app.gui.library_host import LibraryHost


def revision_label(label: str) -> str:
    """The store's revision labels in the clerk's language (unknown ones as they are)."""
    labels = {
        "created": translate("Library", "created"),
        "autosave": translate("Library", "autosaved"),
        "edited": translate("Library", "edited"),
        "rolled-forward": translate("Library", "continued from last year"),
        "imported": translate("Library", "imported"),
        "converted": translate("Library", "converted"),
        "duplicated": translate("Library", "duplicated"),
        "opened-from-file": translate("Library", "opened from a file"),
        "signed-off": translate("Library", "signed off"),
        "exported": translate("Library", "exported"),
        "restored": translate("Library", "restored"),
    }
    return labels.get(label, label)


class RevisionActions:
    def __init__(self, window: LibraryHost, parent: QWidget, flows: LibraryActions) -> None:
        self.window = window
        self.parent = parent  # the window as a widget: what dialogs are parented to
        self.flows = flows  # the shared helpers: failures in the clerk's words, typing saved first
        self.ctx = window.ctx

    # --- revision history -------------------------------------------------------------

    def history(self) -> None:
        """Every saved revision of the selected draft; restoring one keeps the current one in the history."""
        draft_id = self.window.selected_id()
        if draft_id is None:
            return
        title = translate("Library", "Revision history")
        was_open = draft_id in self.window.editors
        self.flows._flush(draft_id)
        self.ctx.save_worker.wait_idle()
        try:
            revisions = self.ctx.store.history(draft_id)
        except ReportError as exc:
            self.flows._fail(title, exc)
            return
        items = [f"{r.created_at.replace('T', ' ')[:19]}  {revision_label(r.label)}" for r in revisions]
        choice = self.ctx.dialogs.choose(
            self.parent,
            title,
            translate("Library", "Restore which revision? The current text stays in the history."),
            items,
        )
        if choice is None or choice == 0:  # the newest is what the draft already is
            return
        if was_open:  # the editor's copy would overwrite the restored text with its next save
            self.window.close_editor(draft_id)
            self.ctx.save_worker.wait_idle()
        try:
            self.ctx.store.restore_revision(draft_id, revisions[choice].id)
        except ReportError as exc:
            self.flows._fail(title, exc)
            return
        self.window.refresh()
        self.window.select(draft_id)
        if was_open:
            self.window.open_draft(draft_id)
        restored = translate("Library", "Revision restored: %1").replace("%1", items[choice])
        self.window.statusBar().showMessage(restored, 5000)

    # --- trash ------------------------------------------------------------------------

    def delete(self) -> None:
        draft_id = self.window.selected_id()
        if draft_id is None:
            return
        self.window.close_editor(draft_id)
        try:
            self.ctx.store.trash(draft_id)
        except ReportError as exc:
            self.flows._fail(translate("Library", "Delete"), exc)
            return
        self.window.refresh()
        self.window.statusBar().showMessage(
            translate("Library", "Moved to the trash. Show the trash to restore it."), 5000
        )

    def restore(self) -> None:
        draft_id = self.window.selected_id()
        if draft_id is None:
            return
        try:
            self.ctx.store.restore(draft_id)
        except ReportError as exc:
            self.flows._fail(translate("Library", "Restore"), exc)
            return
        self.window.refresh()

    def empty_trash(self) -> None:
        if not self.ctx.dialogs.ask(
            self.parent,
            translate("Library", "Empty trash"),
            translate("Library", "Delete the drafts in the trash for good? This cannot be undone."),
        ):
            return
        try:
            self.ctx.store.empty_trash()
        except ReportError as exc:
            self.flows._fail(translate("Library", "Empty trash"), exc)
        self.window.refresh()
