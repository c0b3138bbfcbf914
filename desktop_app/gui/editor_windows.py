"""The open editors, one per draft: opened (or raised) in front on the library's screen,
a damaged draft offered at its last good revision, closed with the library."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMainWindow, QWidget

from desktop_app.core.errors import ReportError
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.placement import bring_forward

if TYPE_CHECKING:
    from desktop_app.core.model import Draft


class EditorWindows:
    def __init__(
        self,
        ctx: AppContext,
        library: QWidget,
        refresh: Callable[[], None],
        schedule_refresh: Callable[[], None],
    ) -> None:
        self.ctx = ctx
        self.library = library  # the parent of questions, and the screen editors open on
        self.refresh = refresh
        self.schedule_refresh = schedule_refresh
        self.open: dict[str, QMainWindow] = {}

    def show(self, draft_id: str, step: int | None = None) -> QMainWindow | None:
        """Open (or raise) the editor for a stored draft."""
        if draft_id in self.open:
            editor = self.open[draft_id]
        else:
            if not self._open_here_anyway(draft_id):
                return None
            try:
                draft, base = self._load_intact(draft_id)
            except ReportError as exc:
                self.ctx.dialogs.warning(self.library, translate("Library", "Open"), describe(exc), str(exc))
                return None
            editor = self._new_editor(draft, base)
        if step is not None:
            editor.set_step(step)  # type: ignore[attr-defined]
        bring_forward(editor, self.library)
        return editor

    def close(self, draft_id: str) -> None:
        editor = self.open.get(draft_id)
        if editor is not None:
            editor.close()

    def close_all(self) -> None:
        for draft_id in list(self.open):
            self.close(draft_id)

    def _load_intact(self, draft_id: str) -> tuple[Draft, int | None]:
        """The stored draft; if it is damaged, offer its last good revision (restored as the
        current text, the damage stays named in the history) or raise."""
        from desktop_app.core.errors import DamagedDraftError

        try:
            return self.ctx.store.load_current(draft_id)
        except DamagedDraftError as exc:
            if exc.last_good is None or not self.ctx.dialogs.ask(
                self.library,
                translate("Library", "Open"),
                describe(exc, self.ctx.lang) + "\n\n" + translate("Library", "Open that revision now?"),
            ):
                raise
            self.ctx.store.restore_revision(draft_id, exc.last_good)
            self.refresh()
            return self.ctx.store.load_current(draft_id)

    def _open_here_anyway(self, draft_id: str) -> bool:
        """Another running copy of the app has the draft open: say so before a second editor starts."""
        from desktop_app.gui.recovery import open_elsewhere

        pid = open_elsewhere(self.ctx.marker.path.parent, draft_id, self.ctx.marker.pid)
        if pid is None:
            return True
        return self.ctx.dialogs.ask(
            self.library,
            translate("Library", "Open"),
            translate(
                "Library",
                "This draft is open in another window of the app (process %1). If you edit it in both, the "
                "later save becomes the draft and the other stays in its history. Open it here anyway?",
            ).replace("%1", str(pid)),
        )

    def last_year_of(self, draft: Draft) -> Draft | None:
        source = draft.lineage.source_draft_id if draft.lineage else None
        if not source or not self.ctx.store.exists(source):
            return None
        try:
            return self.ctx.store.load(source)
        except ReportError:
            return None

    def _new_editor(self, draft: Draft, base: int | None) -> QMainWindow:
        from PySide6.QtCore import Qt

        from desktop_app.gui.editor import EditorWindow  # the editor loads only when needed

        editor = EditorWindow(self.ctx, draft, self.last_year_of(draft), base=base)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.closed.connect(self._closed)
        editor.reload_requested.connect(self._reopen, Qt.ConnectionType.QueuedConnection)
        editor.saved.connect(lambda _id: self.schedule_refresh())
        self.open[draft.id] = editor
        self.ctx.marker.update(list(self.open))
        return editor

    def _reopen(self, draft_id: str) -> None:
        """The clerk took the text saved elsewhere: a fresh editor on the stored draft."""
        self.close(draft_id)
        self.refresh()
        self.show(draft_id)

    def _closed(self, draft_id: str) -> None:
        self.open.pop(draft_id, None)
        self.ctx.marker.update(list(self.open))
        self.refresh()
