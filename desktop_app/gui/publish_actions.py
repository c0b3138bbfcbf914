"""The library's publishing actions: 导出报送包 (the submission package of the selected draft)
and 汇总本县报告 (the county window)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import ReportError
from desktop_app.gui.dialogs import file_filter_package, safe_file_name
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.tasks import Task, run_task

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from desktop_app.core.model import Draft
    from desktop_app.gui.county import CountyWindow
    from desktop_app.gui.library_actions import LibraryActions
    from desktop_app.gui.library_host import LibraryHost


def _write_package(draft: Draft, path: str) -> Path:
    from desktop_app.core.publish.package import write_package

    return write_package(draft, path)


class PublishActions:
    def __init__(self, window: LibraryHost, parent: QWidget, flows: LibraryActions) -> None:
        self.window = window
        self.parent = parent  # the window as a widget: what dialogs are parented to
        self.flows = flows
        self.ctx = window.ctx
        self.task: Task | None = None
        self.county: CountyWindow | None = None

    def export_package(self) -> None:
        draft_id = self.flows._selected_saved()
        if draft_id is None:
            return
        title = translate("Library", "Export submission package")
        try:
            draft = self.ctx.store.load(draft_id)
        except ReportError as exc:
            self.ctx.dialogs.warning(self.parent, title, describe(exc), str(exc))
            return
        name = safe_file_name(f"{draft.agency.full_name}-{draft.year}", "package") + ".zip"
        path = self.ctx.dialogs.save_file(
            self.parent, title, str(Path(self.flows._folder()) / name), file_filter_package()
        )
        if not path:
            return
        if not path.lower().endswith(".zip"):
            path += ".zip"
        self.flows._remember(path)
        self.window.set_busy(True, translate("Library", "Writing the package…"))

        def done(written: Path) -> None:
            self.window.set_busy(False)
            self.window.statusBar().showMessage(translate("Library", "Saved to %1").replace("%1", str(written)), 5000)

        def failed(exc: Exception) -> None:
            self.window.set_busy(False)
            if not isinstance(exc, ReportError | OSError):
                raise exc
            self.ctx.dialogs.warning(self.parent, title, describe(exc), str(exc))

        self.task = run_task(_write_package, draft, path, on_done=done, on_error=failed)

    def open_county(self) -> CountyWindow:
        from desktop_app.gui.county import CountyWindow
        from desktop_app.gui.placement import bring_forward

        if self.county is None:
            self.county = CountyWindow(self.ctx)
        bring_forward(self.county, self.parent)  # in front, on the library's screen
        return self.county
