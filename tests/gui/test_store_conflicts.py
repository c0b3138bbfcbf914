"""The window when the store has moved on or is damaged: a save over a change made elsewhere
is never silent (the clerk chooses), a damaged draft offers its last good revision, and the
notice of a damaged database is shown at every start until acknowledged."""

from __future__ import annotations

from typing import Any

import pytest

from desktop_app.core.model import Draft, to_json
from desktop_app.core.storage import damage
from desktop_app.core.storage.store import DraftStore


def _changed_elsewhere(ctx: Any, draft: Draft, text: str) -> int:
    """Another copy of the app (its own connection) saves the draft."""
    from desktop_app.core.model import from_json

    other = from_json(to_json(draft))
    other.section("problems").text = text  # type: ignore[union-attr]
    with DraftStore(ctx.store.path) as elsewhere:
        revision = elsewhere.save(other)
    assert revision is not None
    return revision


def _edit_and_save(qtbot: Any, editor: Any, text: str) -> None:
    editor.document.set_section_text("problems", text)
    editor.autosaver.save_now()
    editor.ctx.save_worker.wait_idle()


def _problems(ctx: Any, draft_id: str) -> str:
    return ctx.store.load(draft_id).section("problems").text  # type: ignore[no-any-return]


@pytest.mark.parametrize("choice", [0, 1, 2])
def test_a_save_over_a_change_made_elsewhere_asks_the_clerk(
    qtbot: Any, library: Any, ctx: Any, dialogs: Any, stored_demo: Draft, choice: int
) -> None:
    editor = library.open_draft(stored_demo.id)
    theirs = _changed_elsewhere(ctx, stored_demo, "另一个窗口写的。")
    dialogs.choice = choice
    _edit_and_save(qtbot, editor, "我写的。")
    qtbot.waitUntil(lambda: "choose" in dialogs.kinds())
    assert len(dialogs.items_of("choose")) == 3
    if choice == 0:  # keep mine: a new revision on top of theirs, theirs in the history
        editor.ctx.save_worker.wait_idle()
        qtbot.waitUntil(lambda: _problems(ctx, stored_demo.id) == "我写的。")
        assert theirs in [r.id for r in ctx.store.history(stored_demo.id)]
    else:  # take theirs: the editor shows the stored text, mine was never written over it
        qtbot.waitUntil(lambda: library.editors.get(stored_demo.id) not in (None, editor))
        reopened = library.editors[stored_demo.id]
        assert reopened.document.draft.section("problems").text == "另一个窗口写的。"
        ctx.save_worker.wait_idle()
        assert _problems(ctx, stored_demo.id) == "另一个窗口写的。"
        copies = [s for s in ctx.store.list() if s.id != stored_demo.id]
        if choice == 2:  # mine kept as a copy
            (copy,) = copies
            assert _problems(ctx, copy.id) == "我写的。"
        else:
            assert copies == []


def test_saves_after_keeping_mine_build_on_the_new_revision(
    qtbot: Any, library: Any, ctx: Any, dialogs: Any, stored_demo: Draft
) -> None:
    editor = library.open_draft(stored_demo.id)
    _changed_elsewhere(ctx, stored_demo, "另一个窗口写的。")
    dialogs.choice = 0
    _edit_and_save(qtbot, editor, "我写的。")
    qtbot.waitUntil(lambda: _problems(ctx, stored_demo.id) == "我写的。")
    asked = dialogs.kinds().count("choose")
    _edit_and_save(qtbot, editor, "我又写了。")
    qtbot.waitUntil(lambda: _problems(ctx, stored_demo.id) == "我又写了。")
    assert dialogs.kinds().count("choose") == asked  # no question without a change elsewhere


def test_a_damaged_draft_offers_its_last_good_revision(
    qtbot: Any, library: Any, ctx: Any, dialogs: Any, stored_demo: Draft
) -> None:
    rotten = to_json(stored_demo).replace("政府信息", "政府信忌", 1)
    ctx.store._conn.execute("UPDATE drafts SET json = ? WHERE id = ?", (rotten, stored_demo.id))
    dialogs.ask_answer = True
    editor = library.open_draft(stored_demo.id)
    assert dialogs.kinds()[0] == "ask" and "last good revision" in dialogs.messages[0][2]
    assert editor is not None and editor.document.draft == stored_demo
    assert ctx.store.load(stored_demo.id) == stored_demo


def test_a_damaged_draft_declined_opens_nothing(
    qtbot: Any, library: Any, ctx: Any, dialogs: Any, stored_demo: Draft
) -> None:
    rotten = to_json(stored_demo).replace("政府信息", "政府信忌", 1)
    ctx.store._conn.execute("UPDATE drafts SET json = ? WHERE id = ?", (rotten, stored_demo.id))
    dialogs.ask_answer = False
    assert library.open_draft(stored_demo.id) is None
    assert dialogs.kinds() == ["ask", "warning"]


def test_the_damage_notice_is_shown_until_acknowledged(library: Any, ctx: Any, dialogs: Any) -> None:
    damage.record(ctx.store.path, damage.DamageNotice("/data/drafts.sqlite3.unreadable-1", "today", 3, 9, ("rows",)))
    dialogs.ask_answer = False
    library.flows.report_moved_aside()
    library.flows.report_moved_aside()  # the next start: still told
    assert [m[2].count("drafts.sqlite3.unreadable-1") for m in dialogs.messages] == [1, 1]
    dialogs.ask_answer = True
    library.flows.report_moved_aside()
    assert ctx.store.damage is None
    library.flows.report_moved_aside()
    assert len(dialogs.messages) == 3


def test_validation_while_typing_runs_off_the_window_thread_and_autosave_goes_on(
    qtbot: Any, library: Any, ctx: Any, stored_demo: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A validation as slow as a huge draft's must not stop the window or its autosave."""
    import threading

    from desktop_app.gui import document as document_module

    editor = library.open_draft(stored_demo.id)
    real = document_module.validate
    running = threading.Event()
    release = threading.Event()
    threads: list[str] = []

    def slow(draft: Any, last_year: Any = None, **options: Any) -> Any:
        threads.append(threading.current_thread().name)
        running.set()
        release.wait(10)
        return real(draft, last_year, **options)

    monkeypatch.setattr(document_module, "validate", slow)
    editor.document.set_section_text("problems", "半年来，我们认真工作。")
    qtbot.waitUntil(running.is_set, timeout=5000)  # the debounced validation has started …
    saved: list[object] = []
    editor.autosaver.saved.connect(lambda rev, _when: saved.append(rev))
    editor.autosaver.save_now()
    qtbot.waitUntil(lambda: bool(saved), timeout=5000)  # … and the window still saves meanwhile
    assert _problems(ctx, stored_demo.id) == "半年来，我们认真工作。"
    assert threads and threads[0] != threading.main_thread().name
    release.set()
    qtbot.waitUntil(lambda: "period-word" in {f.code for f in editor.document.findings}, timeout=10000)


def test_a_database_held_by_another_program_is_busy_and_the_save_is_retried(
    qtbot: Any, library: Any, ctx: Any, stored_demo: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from desktop_app.core.storage import database

    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)
    editor = library.open_draft(stored_demo.id)
    holder = sqlite3.connect(ctx.store.path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in a long write
    try:
        editor.document.set_section_text("problems", "忙的时候写的。")
        editor.autosaver.save_now()
        qtbot.waitUntil(lambda: "busy" in editor.save_label.text(), timeout=10000)
        assert "disk" not in editor.save_label.text()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    qtbot.waitUntil(lambda: _problems(ctx, stored_demo.id) == "忙的时候写的。", timeout=10000)  # retried
