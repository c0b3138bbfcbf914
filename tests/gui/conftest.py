"""GUI fixtures: a real DraftStore and autosave thread in the test's data folder, and dialogs
that answer from a script instead of blocking."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from desktop_app.gui.dialogs import Dialogs

# Qt warnings fail GUI tests, except the offscreen platform's notes about what it cannot do.
QT_LOG_IGNORE = (r"This plugin does not support.*", r"propagateSizeHints.*")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


class ScriptedDialogs(Dialogs):
    """Records every message; answers questions from attributes a test sets."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str, str]] = []  # kind, title, text, details
        self.ask_answer = True
        self.offer_answer = False
        self.offered: list[str] = []  # the buttons of the next steps offered
        self.fix_answers: list[str | None] = []  # the keys of the fixes chosen, in turn
        self.open_path: str | None = None
        self.save_path: str | None = None
        self.folder_path: str | None = None
        self.new_request: Any = None
        self.choice: int | None = 0
        self.crashes: list[str] = []

    def info(self, parent: Any, title: str, text: str, details: str = "") -> None:
        self.messages.append(("info", title, text, details))

    def warning(self, parent: Any, title: str, text: str, details: str = "") -> None:
        self.messages.append(("warning", title, text, details))

    def ask(self, parent: Any, title: str, text: str) -> bool:
        self.messages.append(("ask", title, text, ""))
        return self.ask_answer

    def offer(self, parent: Any, title: str, text: str, action: str, details: str = "") -> bool:
        self.messages.append(("offer", title, text, details))
        self.offered.append(action)
        return self.offer_answer

    def fix(self, parent: Any, title: str, text: str, fixes: list[tuple[str, str]], details: str = "") -> str | None:
        self.messages.append(("fix", title, text, "\n".join(key for key, _ in fixes)))
        return self.fix_answers.pop(0) if self.fix_answers else None

    def choose(self, parent: Any, title: str, text: str, items: list[str]) -> int | None:
        self.messages.append(("choose", title, text, "\n".join(items)))
        return self.choice

    def open_file(self, parent: Any, title: str, folder: str, filters: str) -> str | None:
        return self.open_path

    def save_file(self, parent: Any, title: str, suggested: str, filters: str) -> str | None:
        return self.save_path

    def choose_folder(self, parent: Any, title: str, folder: str) -> str | None:
        return self.folder_path

    def new_draft(self, parent: Any, lang: str) -> Any:
        return self.new_request

    def crash(self, parent: Any, details: str) -> None:
        self.crashes.append(details)

    def kinds(self) -> list[str]:
        return [m[0] for m in self.messages]

    def items_of(self, kind: str) -> list[str]:
        """The choices offered by the last message of ``kind``."""
        return next(m[3] for m in reversed(self.messages) if m[0] == kind).split("\n")


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def lang() -> str:
    return "en"


@pytest.fixture
def ctx(qapp: Any, isolated_data_dir: Path, dialogs: ScriptedDialogs, lang: str) -> Iterator[Any]:
    from desktop_app import paths
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.gui.autosave import SaveWorker
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.recovery import SessionMarker
    from desktop_app.gui.settings import Settings

    store = DraftStore()
    worker = SaveWorker(store.path)
    worker.start()
    context = AppContext(lang, store, worker, SessionMarker(paths.data_dir()), Settings(), dialogs)
    yield context
    context.shutdown()
    # mime data left on the clipboard is destroyed with the QApplication during interpreter
    # shutdown, after Python's side is gone: a segmentation fault at exit (seen with PySide6 6.8)
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().clear()


@pytest.fixture
def library(qtbot: Any, ctx: Any) -> Iterator[Any]:
    from desktop_app.gui.library import LibraryWindow

    window = LibraryWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    yield window
    for draft_id in list(window.editors):
        window.close_editor(draft_id)


@pytest.fixture
def stored_demo(ctx: Any) -> Any:
    from desktop_app.core.demo import demo_draft

    draft = demo_draft()
    ctx.store.create(draft)
    return draft
