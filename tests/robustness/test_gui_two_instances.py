"""Two instances of the app on one data folder, and file names a draft could steer.

Two library windows here have their own store connection and autosave thread each, as two
processes would (test_faults.py runs real processes against the store). The store
arbitrates: every save lands whole as a revision, the later save of one draft is its
current content, and the earlier one stays in its history.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.model import Draft
from desktop_app.gui.library import LibraryWindow
from tests.gui.conftest import ScriptedDialogs
from tests.gui.helpers import append_text

OTHER_PID = os.getpid() + 1_000_000  # the second instance's session marker needs its own name


def _instance(qtbot: Any, make_ctx: Callable[..., Any], pid: int | None = None) -> LibraryWindow:
    window = LibraryWindow(make_ctx(ScriptedDialogs(), pid))
    qtbot.addWidget(window)
    window.show()
    return window


def _type_and_save(qtbot: Any, window: LibraryWindow, draft_id: str, section: str, text: str) -> None:
    editor = window.editors.get(draft_id) or window.open_draft(draft_id)
    assert editor is not None
    with qtbot.waitSignal(editor.autosaver.saved, timeout=10000):
        append_text(qtbot, editor.page(section), text)
        editor.autosaver.flush()


def _texts_in_history(window: LibraryWindow, draft_id: str, section: str) -> list[str]:
    store = window.ctx.store
    return [store.load_revision(r.id).section(section).text for r in store.history(draft_id)]  # type: ignore[union-attr]


@pytest.fixture
def two(qtbot: Any, make_ctx: Callable[..., Any]) -> tuple[LibraryWindow, LibraryWindow, Draft, Draft]:
    first = _instance(qtbot, make_ctx)
    second = _instance(qtbot, make_ctx, OTHER_PID)
    shared, own = demo_draft(), demo_draft()
    first.ctx.store.create(shared)
    first.ctx.store.create(own)
    first.refresh()
    second.refresh()
    yield first, second, shared, own
    for window in (first, second):
        for draft_id in list(window.editors):
            window.close_editor(draft_id)


def test_two_instances_editing_different_drafts_keep_both(qtbot: Any, two: Any) -> None:
    first, second, shared, own = two
    _type_and_save(qtbot, first, own.id, "fees", "甲窗口的修改。")
    _type_and_save(qtbot, second, shared.id, "fees", "乙窗口的修改。")
    _type_and_save(qtbot, first, own.id, "appeals", "甲窗口再改。")
    for window in (first, second):
        store = window.ctx.store
        assert store.load(own.id).section("fees").text.endswith("甲窗口的修改。")  # type: ignore[union-attr]
        assert store.load(own.id).section("appeals").text.endswith("甲窗口再改。")  # type: ignore[union-attr]
        assert store.load(shared.id).section("fees").text.endswith("乙窗口的修改。")  # type: ignore[union-attr]
        assert window.ctx.dialogs.messages == []
        window.refresh()
        assert window.model.rowCount() == 2


def test_two_instances_editing_one_draft_lose_no_save(qtbot: Any, two: Any) -> None:
    """A save over the other instance's is never silent: the clerk is asked (here: keep mine,
    the scripted answer), and every save stays in the history."""
    first, second, shared, _own = two
    _type_and_save(qtbot, first, shared.id, "fees", "甲写的。")
    _type_and_save(qtbot, second, shared.id, "fees", "乙写的。")
    store = first.ctx.store
    assert store.load(shared.id).section("fees").text.endswith("乙写的。")  # type: ignore[union-attr]
    assert any(t.endswith("甲写的。") for t in _texts_in_history(first, shared.id, "fees"))

    _type_and_save(qtbot, first, shared.id, "fees", "甲又写的。")  # first never saw the second's edit
    assert first.ctx.dialogs.kinds() == ["choose"]  # … and is asked before writing over it
    qtbot.waitUntil(lambda: store.load(shared.id).section("fees").text.endswith("甲写的。甲又写的。"))
    history = _texts_in_history(second, shared.id, "fees")
    assert any(t.endswith("乙写的。") for t in history)  # superseded, not lost
    # the second was told the draft was open in the first, and chose to open it anyway
    assert second.ctx.dialogs.kinds() == ["ask"]
    assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_the_second_instance_is_told_the_draft_is_open_elsewhere(qtbot: Any, two: Any) -> None:
    first, second, shared, _own = two
    first.open_draft(shared.id)
    # the first instance's marker is this (live) process's; the second's is another pid
    second.open_draft(shared.id)
    assert second.ctx.dialogs.messages, "no notice that the draft is open in another window"


# --- names a draft could steer -----------------------------------------------------------------


@pytest.mark.parametrize("name", ["../../../victim/x", "/tmp/victim/x", "C:\\victim\\x", "..", "a/b\\c:d"])
def test_the_suggested_export_file_stays_in_the_export_folder(
    qtbot: Any, make_ctx: Callable[..., Any], tmp_path: Path, name: str
) -> None:
    window = _instance(qtbot, make_ctx)
    folder = tmp_path / "exports"
    folder.mkdir()  # a remembered folder that is gone is not offered
    window.ctx.settings.set("export_dir", str(folder))
    draft = demo_draft()
    draft.agency.full_name = name
    window.ctx.store.create(draft)
    editor = window.open_draft(draft.id)
    assert editor is not None
    suggested = Path(editor.export_page.default_path())
    assert suggested.parent == folder
    window.close_editor(draft.id)


class _RecordingDialogs(ScriptedDialogs):
    def __init__(self) -> None:
        super().__init__()
        self.suggested: list[str] = []

    def save_file(self, parent: Any, title: str, suggested: str, filters: str) -> str | None:
        self.suggested.append(suggested)
        return None  # the clerk cancels


@pytest.mark.parametrize("name", ["../../../victim/x", "/tmp/victim/x"])
def test_the_suggested_draft_file_name_stays_in_the_folder(
    qtbot: Any, make_ctx: Callable[..., Any], tmp_path: Path, name: str
) -> None:
    dialogs = _RecordingDialogs()
    window = LibraryWindow(make_ctx(dialogs))
    qtbot.addWidget(window)
    folder = tmp_path / "drafts"
    folder.mkdir()  # a remembered folder that is gone is not offered
    window.ctx.settings.set("open_dir", str(folder))
    draft = demo_draft()
    draft.agency.full_name = draft.agency.short_name = name
    window.ctx.store.create(draft)
    window.refresh()
    window.select(draft.id)
    window.flows.save_draft_file()
    assert Path(dialogs.suggested[-1]).parent == folder
