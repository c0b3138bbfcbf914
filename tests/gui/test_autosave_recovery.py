"""Autosave off the GUI thread, reopening after close, and the crash-recovery offer."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from desktop_app import paths
from desktop_app.gui.recovery import SessionMarker, pid_running, stale_sessions
from tests.gui.helpers import append_text


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_autosave_writes_a_revision_after_typing(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    before = len(library.ctx.store.history(stored_demo.id))
    page = editor.page("fees")
    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        append_text(qtbot, page, "自动保存。")
    assert "Saved" in editor.save_label.text()
    assert library.ctx.store.load(stored_demo.id).section("fees").text.endswith("自动保存。")
    assert len(library.ctx.store.history(stored_demo.id)) == before + 1


def test_close_and_reopen_restores_the_draft(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    append_text(qtbot, editor.page("appeals"), "关闭前写的。")
    editor.set_step(editor.step_index("appeals"))
    editor.close()  # saves at once, without waiting for the debounce
    assert stored_demo.id not in library.editors
    reopened = library.open_draft(stored_demo.id)
    assert reopened is not editor
    assert reopened.page("appeals").text_edit.toPlainText().endswith("关闭前写的。")


def test_step_change_saves(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    append_text(qtbot, editor.page("intro"), "换页即存。")
    assert editor.autosaver.pending
    with qtbot.waitSignal(editor.autosaver.saved, timeout=5000):
        editor.next()
    assert library.ctx.store.load(stored_demo.id).section("intro").text.endswith("换页即存。")


def test_marker_lists_open_drafts_and_goes_on_close(library: Any, stored_demo: Any) -> None:
    marker = library.ctx.marker.path
    editor = library.open_draft(stored_demo.id)
    assert json.loads(marker.read_text())["drafts"] == [stored_demo.id]
    editor.close()
    assert not marker.exists()


def test_a_crashed_session_triggers_the_recovery_offer(
    qtbot: Any, library: Any, stored_demo: Any, dialogs: Any
) -> None:
    pid = dead_pid()
    SessionMarker(paths.data_dir(), pid).update([stored_demo.id])
    assert [s.pid for s in stale_sessions(paths.data_dir())] == [pid]
    reopened = library.flows.offer_recovery()
    assert reopened == [stored_demo.id]
    assert dialogs.messages[-1][0] == "ask"
    assert stored_demo.id in library.editors
    assert not (paths.data_dir() / f"session-{pid}.lock").exists()


def test_declining_recovery_opens_nothing(qtbot: Any, library: Any, stored_demo: Any, dialogs: Any) -> None:
    SessionMarker(paths.data_dir(), dead_pid()).update([stored_demo.id])
    dialogs.ask_answer = False
    assert library.flows.offer_recovery() == []
    assert not library.editors
    assert stale_sessions(paths.data_dir()) == []


def test_a_live_session_is_left_alone(tmp_path: Path) -> None:
    other = SessionMarker(tmp_path, os.getppid())
    other.update(["abc"])
    assert pid_running(os.getppid())
    assert stale_sessions(tmp_path) == []
    assert other.path.exists()


def test_unreadable_markers_are_discarded(tmp_path: Path) -> None:
    (tmp_path / "session-12.lock").write_text("garbage", encoding="utf-8")
    assert stale_sessions(tmp_path) == []
    assert not (tmp_path / "session-12.lock").exists()
