"""DraftStore: create, list, save, history, duplicate, trash; errors are StoreErrors."""

from __future__ import annotations

import sqlite3
import threading
import uuid
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from desktop_app import paths
from desktop_app.core import model
from desktop_app.core.editing import set_fact, set_section_text
from desktop_app.core.errors import ReportError, StoreError
from desktop_app.core.messages.errors import term
from desktop_app.core.model import Draft, SignOff, SignOffState, to_json
from desktop_app.core.storage import database as storage_db
from desktop_app.core.storage import store as storage
from desktop_app.core.storage.database import reason
from desktop_app.core.storage.store import DraftStore
from tests.permissions import deny
from tests.strategies import drafts


@pytest.fixture
def store(tmp_path: Path) -> DraftStore:
    with DraftStore(tmp_path / "store" / "drafts.sqlite3") as opened:
        yield opened


def _signed(draft: Draft) -> Draft:
    draft.sign_off = SignOff(
        drafted_by="张三",
        reviewed_by="李四",
        approved_by="王五",
        issuer=draft.agency.full_name,
        date=date(2018, 1, 9),
        content_hash=draft.content_hash(),
        section_hashes=draft.section_hashes(),
    )
    return draft


# --- opening ------------------------------------------------------------------------------


def test_default_path_is_the_data_folder_database(isolated_data_dir: Path, demo: Draft) -> None:
    with DraftStore() as store:
        store.create(demo)
        assert store.path == paths.database_path()
    assert paths.database_path().parent == isolated_data_dir
    assert paths.database_path().exists()
    with DraftStore() as again:
        assert again.load(demo.id) == demo
        assert again.moved_aside is None


def test_database_uses_wal_and_records_its_schema_version(store: DraftStore) -> None:
    with sqlite3.connect(store.path) as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(storage.SCHEMA_VERSION,)]


def test_foreign_keys_are_enforced(store: DraftStore) -> None:
    with pytest.raises(sqlite3.IntegrityError):
        store._conn.execute(
            "INSERT INTO revisions (draft_id, created_at, label, content_hash, json) VALUES ('nope', '', 'x', '', '{}')"
        )


def test_data_folder_that_is_a_file_is_a_clear_store_error(tmp_path: Path) -> None:
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError, match="is a file, not a folder"):
        DraftStore(blocker / "drafts.sqlite3")


def test_read_only_data_folder_is_a_clear_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    deny(monkeypatch, folder)
    try:
        with pytest.raises(StoreError, match="read-only"):
            DraftStore(folder / "drafts.sqlite3")
    finally:
        folder.chmod(0o700)


def test_read_only_database_file_is_a_clear_store_error(
    tmp_path: Path, demo: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "drafts.sqlite3"
    with DraftStore(path) as store:
        store.create(demo)
    path.chmod(0o444)
    try:
        with monkeypatch.context() as denied:
            deny(denied, path)
            with pytest.raises(StoreError, match="read-only"):
                DraftStore(path)
        assert not path.with_name(path.name + "-shm").exists()  # nothing left to trip on later
    finally:
        path.chmod(0o644)
    with DraftStore(path) as store:
        assert store.load(demo.id) == demo


def test_unwritable_data_folder_is_a_clear_store_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # stands in for a read-only folder where permissions cannot be taken away (e.g. as root)
    monkeypatch.setattr(storage_db.os, "access", lambda *args, **kwargs: False)
    with pytest.raises(StoreError, match="read-only"):
        DraftStore(tmp_path / "data" / "drafts.sqlite3")


# --- create, load, list -------------------------------------------------------------------


def test_create_then_load_gives_the_same_draft(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    assert store.load(demo.id) == demo
    [info] = store.history(demo.id)
    assert info.label == "created"
    assert info.draft_id == demo.id
    assert store.current_revision(demo.id) == info.id


def test_create_refuses_an_id_already_in_the_store(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    with pytest.raises(StoreError, match="already in the store"):
        store.create(demo)


def test_load_of_an_unknown_id_is_a_clear_store_error(store: DraftStore) -> None:
    with pytest.raises(StoreError, match="no draft with id 'missing'"):
        store.load("missing")
    for call in (store.history, store.trash, store.restore, store.duplicate, store.current_revision):
        with pytest.raises(StoreError):
            call("missing")
    with pytest.raises(StoreError, match="no revision 999"):
        store.load_revision(999)


def test_list_shows_the_denormalised_columns(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    signed = _signed(store.duplicate(demo.id))
    store.save(signed, "signed-off")
    void = _signed(store.duplicate(demo.id))
    set_fact(void, "proactive_items", 50)
    store.save(void)

    by_id = {s.id: s for s in store.list()}
    assert set(by_id) == {demo.id, signed.id, void.id}
    first = by_id[demo.id]
    assert (first.agency, first.short_name, first.year, first.format_id) == (
        "莒南县经济和信息化局",
        "县经信局",
        2017,
        "ogi-annual-2017",
    )
    assert first.trashed is False
    assert first.updated_at[:4].isdigit()
    assert by_id[demo.id].state == SignOffState.EDITING
    assert by_id[signed.id].state == SignOffState.SIGNED_OFF
    assert by_id[void.id].state == SignOffState.VOID
    assert store.list()[0].id == void.id  # most recently saved first


def test_list_of_a_thousand_drafts_reads_no_json(
    store: DraftStore, demo: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.create(demo)
    with store._conn:
        store._conn.executemany(
            "INSERT INTO drafts (id, format_id, year, agency, short_name, state, created_at,"
            " updated_at, content_hash, current_revision, json)"
            " SELECT ?, format_id, year, agency, short_name, state, created_at, updated_at,"
            " content_hash, current_revision, json FROM drafts WHERE id = ?",
            [(uuid.uuid4().hex, demo.id) for _ in range(999)],
        )

    def explode(*args: object) -> None:
        raise AssertionError("list() parsed draft JSON")

    monkeypatch.setattr(model, "from_json", explode)  # storage imports it when it parses
    summaries = store.list()
    assert len(summaries) == 1000
    assert {s.agency for s in summaries} == {"莒南县经济和信息化局"}


# --- save and revisions -------------------------------------------------------------------


def test_save_writes_a_revision_only_when_content_changed(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    assert store.save(demo) is None
    assert len(store.history(demo.id)) == 1

    set_section_text(demo, "intro", "新的导语。")
    rev = store.save(demo)
    assert isinstance(rev, int)
    assert store.save(demo) is None
    assert [r.label for r in store.history(demo.id)] == ["autosave", "created"]
    assert store.history(demo.id)[0].id == rev
    assert store.load(demo.id).section("intro").text == "新的导语。"


def test_save_adds_a_draft_not_yet_in_the_store(store: DraftStore, demo: Draft) -> None:
    rev = store.save(demo, "imported")
    assert rev is not None
    assert store.load(demo.id) == demo
    assert [r.label for r in store.history(demo.id)] == ["imported"]


def test_any_label_is_kept(store: DraftStore, demo: Draft) -> None:
    store.create(demo, "rolled-forward")
    for label in ("signed-off", "exported", "自定义 label ✓"):
        demo.facts["proactive_items"] = len(label)
        store.save(demo, label)
    assert [r.label for r in store.history(demo.id)] == [
        "自定义 label ✓",
        "exported",
        "signed-off",
        "rolled-forward",
    ]


def test_named_save_of_unchanged_content_names_the_last_autosave(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    set_fact(demo, "proactive_items", 50)
    rev = store.save(demo)
    assert store.save(demo, "exported") is None
    latest = store.history(demo.id)[0]
    assert (latest.id, latest.label) == (rev, "exported")
    assert store.save(demo, "exported-again") is None
    assert store.history(demo.id)[0].label == "exported"  # a named revision keeps its name


def test_old_revisions_open_and_restore_as_a_new_revision(store: DraftStore, demo: Draft) -> None:
    original = to_json(demo)
    store.create(demo)
    first = store.current_revision(demo.id)
    set_section_text(demo, "intro", "改过的导语。")
    store.save(demo)

    assert to_json(store.load_revision(first)) == original
    restored = store.restore_revision(demo.id, first)
    assert to_json(restored) == original
    assert to_json(store.load(demo.id)) == original
    history = store.history(demo.id)
    assert [r.label for r in history] == ["restored", "autosave", "created"]
    # restoring what is already current writes nothing
    assert store.restore_revision(demo.id, history[0].id) == restored
    assert len(store.history(demo.id)) == 3


def test_restore_refuses_a_revision_of_another_draft(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    other = store.duplicate(demo.id)
    with pytest.raises(StoreError, match="does not belong"):
        store.restore_revision(demo.id, store.current_revision(other.id))
    with pytest.raises(StoreError):
        store.restore_revision(demo.id, 12345)


def test_a_damaged_stored_draft_is_a_store_error(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    with store._conn:
        store._conn.execute("UPDATE drafts SET json = '{\"schema_version\": 1' WHERE id = ?", (demo.id,))
    with pytest.raises(StoreError, match="damaged"):
        store.load(demo.id)


# --- duplicate and trash ------------------------------------------------------------------


def test_duplicate_has_a_new_id_lineage_and_no_sign_off(store: DraftStore, demo: Draft) -> None:
    signed = _signed(demo)
    store.create(signed)
    copy = store.duplicate(signed.id)
    assert copy.id != signed.id
    assert copy.sign_off is None
    assert copy.lineage is not None
    assert (copy.lineage.kind, copy.lineage.source_draft_id) == ("duplicated", signed.id)
    assert copy.sections == signed.sections
    assert store.load(copy.id) == copy
    assert store.load(signed.id) == signed
    assert [r.label for r in store.history(copy.id)] == ["duplicated"]


def test_trash_restore_and_empty_trash(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    keep = store.duplicate(demo.id)
    set_fact(demo, "proactive_items", 7)
    store.save(demo)

    store.trash(demo.id)
    assert [s.id for s in store.list()] == [keep.id]
    assert [s.id for s in store.list_trash()] == [demo.id]
    assert {s.id: s.trashed for s in store.list(include_trashed=True)} == {demo.id: True, keep.id: False}
    assert store.load(demo.id) == demo  # still readable while in the trash

    store.restore(demo.id)
    assert {s.id for s in store.list()} == {demo.id, keep.id}
    assert store.list_trash() == []

    store.trash(demo.id)
    assert store.empty_trash() == 1
    assert [s.id for s in store.list(include_trashed=True)] == [keep.id]
    with pytest.raises(StoreError):
        store.load(demo.id)
    leftover = store._conn.execute("SELECT COUNT(*) FROM revisions WHERE draft_id = ?", (demo.id,))
    assert leftover.fetchone()[0] == 0
    assert store.empty_trash() == 0


# --- concurrency and failures -------------------------------------------------------------


def test_two_stores_on_one_database_see_each_other(store: DraftStore, demo: Draft) -> None:
    with DraftStore(store.path) as second:
        store.create(demo)
        assert second.load(demo.id) == demo
        set_fact(demo, "proactive_items", 3)
        second.save(demo)
        assert store.load(demo.id).facts["proactive_items"] == 3


def test_store_can_be_used_from_a_worker_thread(store: DraftStore, demo: Draft) -> None:
    errors: list[BaseException] = []

    def work() -> None:
        try:
            store.create(demo)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join()
    assert errors == []
    assert store.load(demo.id) == demo


def test_a_full_disk_is_a_store_error_and_changes_nothing(store: DraftStore, demo: Draft) -> None:
    store.create(demo)
    before = to_json(store.load(demo.id))
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count = {pages}")
    set_section_text(demo, "intro", "很长的导语。" * 5000)
    with pytest.raises(StoreError, match="the disk is full"):
        store.save(demo)
    store._conn.execute("PRAGMA max_page_count = 1073741823")
    assert to_json(store.load(demo.id)) == before
    assert len(store.history(demo.id)) == 1
    assert store.save(demo) is not None  # and the store still works


def test_sqlite_errors_get_plain_reasons() -> None:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"
    assert reason(error) == "disk-full"
    assert term("reason", reason(error), "en") == "the disk is full"
    assert term("reason", reason(error), "zh_CN") == "磁盘已满"
    error = sqlite3.OperationalError("attempt to write a readonly database")
    error.sqlite_errorname = "SQLITE_READONLY_DIRECTORY"
    assert "read-only" in term("reason", reason(error), "en")
    assert reason(sqlite3.OperationalError("odd")) == "odd"


def test_store_errors_are_report_errors() -> None:
    assert issubclass(StoreError, ReportError)


# --- random drafts ------------------------------------------------------------------------


def test_random_drafts_round_trip_through_the_store(tmp_path: Path) -> None:
    with DraftStore(tmp_path / "random.sqlite3") as store:

        @settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(drafts())
        def check(draft: Draft) -> None:
            store.save(draft)
            loaded = store.load(draft.id)
            assert loaded == draft
            assert store.save(loaded) is None
            summary = next(s for s in store.list() if s.id == draft.id)
            assert (summary.agency, summary.year) == (draft.agency.full_name, draft.year)

        check()
