"""GUI fixtures for the robustness tests: the GUI suite's scripted dialogs, and app contexts
made on demand, so a test can run two instances of the app against one data folder."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.gui.conftest import QT_LOG_IGNORE, ScriptedDialogs


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        path = str(item.fspath).replace("\\", "/")
        if "tests/robustness/test_gui_" in path:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore(*QT_LOG_IGNORE))


@pytest.fixture
def make_ctx(qapp: Any, isolated_data_dir: Path) -> Iterator[Callable[[ScriptedDialogs], Any]]:
    """``make_ctx(dialogs)`` → an AppContext (own store connection and autosave thread) on
    the test's data folder; every one made is shut down at the end."""
    from desktop_app import paths
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.gui.autosave import SaveWorker
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.recovery import SessionMarker
    from desktop_app.gui.settings import Settings

    made: list[Any] = []

    def make(dialogs: ScriptedDialogs, pid: int | None = None) -> Any:
        store = DraftStore()
        worker = SaveWorker(store.path)
        worker.start()
        context = AppContext("en", store, worker, SessionMarker(paths.data_dir(), pid), Settings(), dialogs)
        made.append(context)
        return context

    yield make
    for context in made:
        context.shutdown()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def library(qtbot: Any, make_ctx: Callable[..., Any], dialogs: ScriptedDialogs) -> Iterator[Any]:
    from desktop_app.gui.library import LibraryWindow

    window = LibraryWindow(make_ctx(dialogs))
    qtbot.addWidget(window)
    window.show()
    yield window
    for draft_id in list(window.editors):
        window.close_editor(draft_id)
