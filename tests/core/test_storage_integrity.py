"""Nothing lost whatever happens to the store: damage salvaged and announced, bit-rot caught,
no save over a change made elsewhere, history kept small."""

from __future__ import annotations

import sqlite3
import zlib
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core.editing import set_section_text
from desktop_app.core.errors import ConflictError, DamagedDraftError, ReportError
from desktop_app.core.model import Draft, new_id, to_json
from desktop_app.core.storage import backups
from desktop_app.core.storage import store as storage
from desktop_app.core.storage.schema import SCHEMA_VERSION, pack
from desktop_app.core.storage.store import DraftStore


def _copies(demo: Draft, count: int) -> list[Draft]:
    drafts = []
    for number in range(count):
        draft = _clone(demo)
        draft.id = new_id()
        draft.agency.full_name = f"某县第{number}局"
        drafts.append(draft)
    return drafts


def _clone(draft: Draft) -> Draft:
    from desktop_app.core.model import from_json

    return from_json(to_json(draft))


def _fill(path: Path, demo: Draft, count: int = 6) -> list[Draft]:
    drafts = _copies(demo, count)
    with DraftStore(path) as store:
        for number, draft in enumerate(drafts):
            store.create(draft)
            set_section_text(draft, "problems", f"第{number}份草稿的修改。" * 50)
            store.save(draft)
    return drafts


# --- point 1: damage salvaged and announced -------------------------------------------------


def test_a_truncated_database_is_salvaged_row_by_row_and_announced_until_acknowledged(
    tmp_path: Path, demo: Draft
) -> None:
    path = tmp_path / "drafts.sqlite3"
    drafts = _fill(path, demo)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    with DraftStore(path) as store:
        assert store.moved_aside is not None and store.moved_aside.exists()
        listed = {row.id for row in store.list()}
        assert listed  # today: an empty library
        for draft in drafts:
            if draft.id in listed:
                assert store.load(draft.id) == draft  # salvaged intact, never a changed report
                assert store.history(draft.id)
        notice = store.damage
        assert notice is not None and notice.moved_to == str(store.moved_aside)
        assert notice.drafts == len(listed)
    with DraftStore(path) as again:  # every later run says so too
        assert again.moved_aside is None
        assert again.damage is not None and again.damage.moved_to == notice.moved_to
        assert again.acknowledge_damage()
    with DraftStore(path) as later:
        assert later.damage is None


def test_flipped_bytes_in_the_tables_move_the_database_aside_and_a_backup_fills_the_gaps(
    tmp_path: Path, demo: Draft
) -> None:
    path = tmp_path / "drafts.sqlite3"
    drafts = _fill(path, demo)
    with DraftStore(path):  # reopened another day: a daily copy is made
        pass
    assert backups.backups_of(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data), page * 3):  # the headers of every third page
        data[offset : offset + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))
    with DraftStore(path) as store:
        assert store.moved_aside is not None
        assert {row.id for row in store.list()} == {d.id for d in drafts}
        for draft in drafts:
            assert store.load(draft.id) == draft
        assert store.damage is not None and "backup" in store.damage.sources


def test_a_file_sqlite_cannot_open_is_scanned_for_drafts(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    (draft,) = _fill(path, demo, 1)
    data = bytearray(path.read_bytes())
    data[16:100] = b"\x00" * 84  # the header after the magic: page size and all gone
    path.write_bytes(bytes(data))
    with DraftStore(path) as store:
        assert store.moved_aside is not None
        assert store.load(draft.id) == draft


def test_backups_are_rolling(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    _fill(path, demo, 1)
    with DraftStore(path) as store:
        for _ in range(backups.KEEP + 3):
            copy = store.backup()
        assert len(backups.backups_of(path)) == backups.KEEP
        assert backups.backups_of(path)[0] == copy
        with sqlite3.connect(copy) as conn:
            assert conn.execute("SELECT count(*) FROM drafts").fetchone() == (1,)


# --- point 2: bit-rot caught ------------------------------------------------------------------


def test_a_draft_whose_content_no_longer_matches_its_hash_names_its_last_good_revision(
    tmp_path: Path, demo: Draft
) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)
        good = store.current_revision(demo.id)
        rotten = to_json(demo).replace("政府信息", "政府信忌", 1)  # still valid JSON, silently different
        store._conn.execute("UPDATE drafts SET json = ? WHERE id = ?", (rotten, demo.id))
        with pytest.raises(DamagedDraftError) as caught:
            store.load(demo.id)
        assert caught.value.draft_id == demo.id and caught.value.last_good == good
        assert f"last good revision is {good}" in str(caught.value)
        assert "最后一个完好的版本是第" in caught.value.message("zh_CN")
        store.restore_revision(demo.id, good)
        assert store.load(demo.id) == demo


def test_a_damaged_revision_is_refused_on_restore_and_names_an_intact_one(tmp_path: Path, demo: Draft) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)
        first = store.current_revision(demo.id)
        set_section_text(demo, "problems", "第二版。")
        second = store.save(demo)
        rotten = to_json(demo).replace("第二版", "第三版")
        store._conn.execute("UPDATE revisions SET json = ? WHERE id = ?", (pack(rotten), second))
        with pytest.raises(DamagedDraftError) as caught:
            store.restore_revision(demo.id, second)
        assert (caught.value.revision, caught.value.last_good) == (second, first)
        assert [p.revision for p in store.verify()] == [second]


# --- point 3: no edit overwritten unseen ------------------------------------------------------


def test_a_save_from_an_older_revision_is_refused_and_nothing_is_written(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    with DraftStore(path) as mine, DraftStore(path) as theirs:
        mine.create(demo)
        base = mine.current_revision(demo.id)
        other = _clone(demo)
        set_section_text(other, "problems", "另一个窗口的修改。")
        their_rev = theirs.save(other, base=base)
        set_section_text(demo, "problems", "我的修改。")
        with pytest.raises(ConflictError) as caught:
            mine.save(demo, base=base)
        assert (caught.value.base, caught.value.current) == (base, their_rev)
        assert mine.load(demo.id) == other  # theirs kept
        assert mine.save(demo, base=their_rev) is not None  # "keep mine" after seeing theirs
        assert mine.load(demo.id) == demo


def test_a_restore_elsewhere_is_a_conflict_for_an_open_edit(tmp_path: Path, demo: Draft) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)
        first = store.current_revision(demo.id)
        set_section_text(demo, "problems", "第二版。")
        second = store.save(demo, base=first)
        store.restore_revision(demo.id, first)  # e.g. `ogi-report restore` meanwhile
        set_section_text(demo, "problems", "第二版之后继续。")
        with pytest.raises(ConflictError):
            store.save(demo, base=second)


def test_saving_the_same_content_from_an_old_base_is_no_conflict(tmp_path: Path, demo: Draft) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)
        assert store.save(demo, base=None) is None  # identical: nothing can be lost


# --- point 4: history compressed and thinned --------------------------------------------------


def test_revisions_are_stored_compressed(tmp_path: Path, demo: Draft) -> None:
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)
        raw = store._conn.execute("SELECT json FROM revisions").fetchone()[0]
        assert isinstance(raw, bytes)
        assert zlib.decompress(raw).decode("utf-8") == to_json(demo)
        assert len(raw) * 2 < len(to_json(demo).encode("utf-8"))


def test_a_version_2_database_migrates_to_compressed_revisions(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "drafts.sqlite3"
    with DraftStore(path) as store:
        store.create(demo)
        set_section_text(demo, "problems", "第二版。")
        store.save(demo)
    with sqlite3.connect(path) as conn:  # back to how version 2 stored revisions
        for rev_id, raw in conn.execute("SELECT id, json FROM revisions").fetchall():
            conn.execute("UPDATE revisions SET json = ? WHERE id = ?", (zlib.decompress(raw).decode(), rev_id))
        conn.execute("UPDATE schema_version SET version = 2")
    conn.close()
    with DraftStore(path) as store:
        kinds = store._conn.execute("SELECT DISTINCT typeof(json) FROM revisions").fetchall()
        assert kinds == [("blob",)]
        assert store._conn.execute("SELECT version FROM schema_version").fetchone() == (SCHEMA_VERSION,)
        history = store.history(demo.id)
        assert store.load_revision(history[0].id) == demo
        assert store.load_revision(history[-1].id).section("problems").text != "第二版。"  # type: ignore[union-attr]
    assert list(tmp_path.glob("drafts.sqlite3.v2-backup-*"))


def test_a_day_of_autosaves_is_thinned_to_one_per_ten_minutes_keeping_named_revisions(
    tmp_path: Path, demo: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    start = datetime(2026, 3, 2, 8, 0).astimezone()
    clock = iter(start + timedelta(minutes=m) for m in range(10_000))
    monkeypatch.setattr(storage, "_now", lambda: next(clock).isoformat(timespec="seconds"))
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)  # "created", a named revision
        for minute in range(24 * 60):
            set_section_text(demo, "problems", f"第{minute}分钟的文字。")
            store.save(demo, "exported" if minute == 30 else None)
        store.prune_history(demo.id, now=start + timedelta(hours=24))
        history = store.history(demo.id)
        labels = [r.label for r in history]
        assert "created" in labels and "exported" in labels
        assert len(history) <= 23 * 6 + 60 + 4  # one per 10 min, the last hour whole
        assert history[0].id == store.current_revision(demo.id)
        assert store.load(demo.id) == demo
        for info in history:
            store.load_revision(info.id)  # every kept revision still opens


def test_autosaves_thin_themselves_as_they_go(tmp_path: Path, demo: Draft, monkeypatch: pytest.MonkeyPatch) -> None:
    """Nothing has to call prune_history: a day of autosaves every minute (a window left
    open) keeps about one revision per ten minutes, counted on the clock the saves carry."""
    start = datetime(2026, 3, 2, 8, 0).astimezone()
    clock = iter(start + timedelta(minutes=m) for m in range(10_000))
    monkeypatch.setattr(storage, "_now", lambda: next(clock).isoformat(timespec="seconds"))
    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo)
        for minute in range(24 * 60):
            set_section_text(demo, "problems", f"第{minute}分钟的文字。")
            store.save(demo)
        history = store.history(demo.id)
        assert len(history) <= 24 * 6 + 60 + storage._THIN_EVERY  # not 1,441
        last_hour = [r for r in history if r.created_at >= (start + timedelta(minutes=23 * 60)).isoformat()]
        assert len(last_hour) == 61  # minutes 1,380 to 1,440 all kept: the last hour, by the saves' clock
        assert store.load(demo.id) == demo


def test_a_database_held_by_another_program_is_busy_never_a_disk_error(
    tmp_path: Path, demo: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.core.errors import StoreBusyError
    from desktop_app.core.storage import database

    path = tmp_path / "drafts.sqlite3"
    with DraftStore(path) as store:
        store.create(demo)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program in the middle of a long write
    try:
        with pytest.raises(StoreBusyError) as caught:
            DraftStore(path)
        assert "busy" in str(caught.value) and "disk" not in str(caught.value)
        assert "正被另一个窗口或程序使用" in caught.value.message("zh_CN")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with DraftStore(path) as store:  # and once it lets go, all is well
        assert store.load(demo.id) == demo


# --- the page parser never trusts the file --------------------------------------------------


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(max_size=20_000))
def test_the_page_parser_survives_any_bytes(data: bytes) -> None:
    from desktop_app.core.storage import pages

    for values in pages.records(data):
        assert isinstance(values, list)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(flips=st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=255)), max_size=40))
def test_salvage_of_a_mangled_database_returns_only_intact_drafts(
    tmp_path_factory: pytest.TempPathFactory, flips: list[tuple[int, int]]
) -> None:
    from desktop_app.core.demo import demo_draft
    from desktop_app.core.model import from_json
    from desktop_app.core.storage.salvage import salvage

    folder = tmp_path_factory.mktemp("mangled")
    path = folder / "drafts.sqlite3"
    drafts = {d.id: to_json(d) for d in _fill(path, demo_draft(), 2)}
    data = bytearray(path.read_bytes())
    for offset, value in flips:
        data[offset % len(data)] = value
    path.write_bytes(bytes(data))
    found = salvage(path, [])
    for revision in found.revisions.values():
        from_json(revision.json)  # every salvaged revision opens
    for draft in found.drafts.values():
        assert draft.json == drafts[draft.id]  # a salvaged current draft is exactly what was saved


def _key_that_reads_as_its_default(text: str) -> tuple[str, str]:
    """A mangled copy of the draft's JSON that still reads as the same draft: one key's first
    letter flipped where that key only holds its default value (the reader ignores the
    unknown key and the default takes its place)."""
    import re

    from desktop_app.core.model import from_json

    for match in re.finditer(r'"([a-z_]+)": ', text):
        mangled = text[: match.start(1)] + " " + text[match.start(1) + 1 :]
        try:
            if to_json(from_json(mangled)) == text:
                return mangled, match.group(1)
        except ReportError:  # a key the reader needs: try the next one
            continue
    raise AssertionError("every key of the demo draft is needed to read it")


def test_a_salvaged_row_that_only_reads_as_saved_is_returned_as_saved(tmp_path: Path, demo: Draft) -> None:
    """A flipped byte in a key that holds a default value: the row still reads as the saved
    draft, and salvage hands back the saved text, not the mangled bytes."""
    from desktop_app.core.storage.salvage import salvage

    path = tmp_path / "drafts.sqlite3"
    (draft,) = _fill(path, demo, 1)
    saved = to_json(draft)
    mangled, _key = _key_that_reads_as_its_default(saved)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE drafts SET json = ? WHERE id = ?", (mangled, draft.id))
    found = salvage(path, [])
    assert found.drafts[draft.id].json == saved
