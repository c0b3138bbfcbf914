"""Schema versions: older databases migrate forward, newer ones are refused untouched,
unreadable ones are moved aside and kept."""

from __future__ import annotations

import copy
import re
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.editing import set_fact
from desktop_app.core.errors import FutureVersionError, StoreError
from desktop_app.core.model import Draft, SignOff, SignOffState, to_json
from desktop_app.core.storage.store import SCHEMA_VERSION, DraftStore, NewerDatabaseError

# The version-1 layout, as the first release wrote it.
V1_SCHEMA = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
INSERT INTO schema_version VALUES (1);
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    format_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    agency TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL REFERENCES drafts(id),
    created_at TEXT NOT NULL,
    label TEXT NOT NULL,
    json TEXT NOT NULL
);
"""


def _write_v1(path: Path, drafts: list[list[tuple[str, Draft | str]]]) -> None:
    """A version-1 database; each draft is given as its revisions (label, content), oldest first."""
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.executescript(V1_SCHEMA)
        for revisions in drafts:
            for n, (label, content) in enumerate(revisions):
                text = content if isinstance(content, str) else to_json(content)
                draft_id = revisions[0][1].id if isinstance(revisions[0][1], Draft) else "broken"
                stamp = f"2018-01-0{n + 1}T09:00:00+08:00"
                raw.execute(
                    "INSERT INTO revisions (draft_id, created_at, label, json) VALUES (?, ?, ?, ?)",
                    (draft_id, stamp, label, text),
                )
                raw.execute(
                    "INSERT OR REPLACE INTO drafts (id, format_id, year, agency, short_name,"
                    " updated_at, json) VALUES (?, 'ogi-annual-2017', 2017, '莒南县经济和信息化局',"
                    " '县经信局', ?, ?)",
                    (draft_id, stamp, text),
                )


def _signed(draft: Draft) -> Draft:
    draft.sign_off = SignOff("甲", "乙", "丙", draft.agency.full_name, date(2018, 1, 9))
    draft.sign_off.content_hash = draft.content_hash()
    return draft


def test_a_version_1_database_migrates_forward(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    first = to_json(demo)
    edited = copy.deepcopy(demo)
    set_fact(edited, "proactive_items", 51)
    signed = copy.deepcopy(demo)
    signed.id = "signed-one"
    _signed(signed)
    _write_v1(path, [[("created", demo), ("autosave", edited)], [("imported", signed)]])

    with DraftStore(path) as store:
        assert store.moved_aside is None
        by_id = {s.id: s for s in store.list()}
        assert set(by_id) == {demo.id, "signed-one"}
        assert by_id[demo.id].state == SignOffState.EDITING
        assert by_id["signed-one"].state == SignOffState.SIGNED_OFF
        assert not any(s.trashed for s in by_id.values())
        assert store.load(demo.id) == edited
        history = store.history(demo.id)
        assert [r.label for r in history] == ["autosave", "created"]
        assert to_json(store.load_revision(history[-1].id)) == first
        assert store.current_revision(demo.id) == history[0].id
        # migrated rows behave like new ones: unchanged content writes nothing, trash works
        assert store.save(edited) is None
        store.trash("signed-one")
        assert [s.id for s in store.list_trash()] == ["signed-one"]

    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]
    backups = list(tmp_path.glob("drafts.sqlite3.v1-backup-*"))
    assert len(backups) == 1
    with closing(sqlite3.connect(backups[0])) as old:
        assert old.execute("SELECT version FROM schema_version").fetchone() == (1,)
        assert old.execute("SELECT COUNT(*) FROM revisions").fetchone() == (3,)


def test_a_version_1_row_that_cannot_be_parsed_is_kept(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    _write_v1(path, [[("created", demo)]])
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("INSERT INTO drafts VALUES ('broken', 'ogi-annual-2017', 2016, '某局', '', '', '{oops')")
    with DraftStore(path) as store:
        assert {s.id for s in store.list()} == {demo.id, "broken"}
        with pytest.raises(StoreError, match="cannot be read"):
            store.load("broken")
        assert store.load(demo.id) == demo


@pytest.mark.parametrize("wal", [True, False])
def test_a_database_from_a_newer_version_is_refused_and_never_written(tmp_path: Path, demo: Draft, wal: bool) -> None:
    path = tmp_path / "drafts.sqlite3"
    if wal:
        with DraftStore(path) as store:
            store.create(demo)
    else:
        _write_v1(path, [[("created", demo)]])
    with closing(sqlite3.connect(path)) as raw:
        with raw:
            raw.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
        raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = path.read_bytes()
    siblings = sorted(p.name for p in tmp_path.iterdir())

    with pytest.raises(NewerDatabaseError) as caught:
        DraftStore(path)
    assert isinstance(caught.value, StoreError)
    assert isinstance(caught.value, FutureVersionError)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert "newer version" in str(caught.value)
    assert str(path) in str(caught.value)
    assert path.read_bytes() == before
    assert not list(tmp_path.glob("*.unreadable-*"))
    assert not list(tmp_path.glob("*-backup-*"))
    assert {p.name for p in tmp_path.iterdir()} <= set(siblings) | {path.name + "-wal", path.name + "-shm"}


@pytest.mark.parametrize(
    "content",
    [
        b"this is not a database at all\n" * 10,
        b"SQLite format 3\x00" + b"\xff" * 4000,
        b"\x00" * 8192,
    ],
    ids=["text", "corrupt-header", "zeros"],
)
def test_an_unreadable_database_is_moved_aside_and_a_fresh_one_started(
    tmp_path: Path, demo: Draft, content: bytes
) -> None:
    path = tmp_path / "drafts.sqlite3"
    path.write_bytes(content)
    with DraftStore(path) as store:
        moved = store.moved_aside
        assert moved is not None
        assert moved.parent == tmp_path
        assert re.fullmatch(r"drafts\.sqlite3\.unreadable-\d{8}-\d{6}(-\d+)?", moved.name)
        assert moved.read_bytes() == content
        assert store.list() == []
        store.create(demo)
    with DraftStore(path) as again:
        assert again.moved_aside is None
        assert again.load(demo.id) == demo


def test_another_programs_database_is_moved_aside(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("CREATE TABLE notes (body TEXT)")
        raw.execute("INSERT INTO notes VALUES ('keep me')")
    with DraftStore(path) as store:
        assert store.moved_aside is not None
        with closing(sqlite3.connect(store.moved_aside)) as kept:
            assert kept.execute("SELECT body FROM notes").fetchall() == [("keep me",)]


def test_moving_aside_twice_in_one_second_keeps_both(tmp_path: Path) -> None:
    path = tmp_path / "drafts.sqlite3"
    moved = []
    for content in (b"first garbage" * 20, b"second garbage" * 20):
        path.unlink(missing_ok=True)
        for extra in tmp_path.glob("drafts.sqlite3-*"):
            extra.unlink()
        path.write_bytes(content)
        with DraftStore(path) as store:
            moved.append(store.moved_aside)
    assert moved[0] != moved[1]
    assert moved[0].read_bytes() == b"first garbage" * 20
    assert moved[1].read_bytes() == b"second garbage" * 20


def test_an_empty_file_is_an_empty_database(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    path.touch()
    with DraftStore(path) as store:
        assert store.moved_aside is None
        store.create(demo)
        assert store.load(demo.id) == demo
