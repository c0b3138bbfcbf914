"""What the library's actions need of the window they act for (so neither imports the other)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QMainWindow, QStatusBar

from desktop_app.gui.context import AppContext


class LibraryHost(Protocol):
    """The library window as its actions see it; also the parent of their dialogs."""

    ctx: AppContext
    editors: dict[str, QMainWindow]

    def refresh(self) -> None: ...

    def selected_id(self) -> str | None: ...

    def select(self, draft_id: str) -> None: ...

    def set_busy(self, busy: bool, message: str = "") -> None: ...

    def open_draft(self, draft_id: str, step: int | None = None) -> QMainWindow | None: ...

    def close_editor(self, draft_id: str) -> None: ...

    def statusBar(self) -> QStatusBar: ...
