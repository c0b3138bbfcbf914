"""Reading what can still be read from a damaged draft database, row by row.

Three ways, each adding what the ones before missed:

1. ``rows``: SQLite itself, a range of rowids at a time and, where a range fails, one row at
   a time, so one damaged page costs only the rows on it;
2. ``recover``: the sqlite3 program's ``.recover`` (when it is installed), which rebuilds
   tables from whatever pages are left;
3. ``scan``: the pages parsed directly (``pages``), for a file SQLite cannot open at all or
   whose tables it can no longer walk.

Only text whose content hash still matches (or that parses as a draft) is kept, so a
flipped byte inside a draft never comes back as a silently different report. Rolling
backups (``backups``) are read the same way to fill what the damaged file lost.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.storage import pages
from desktop_app.core.storage.schema import intact_text, unpack

_CHUNK = 64  # rowids read at once; a failing chunk is retried row by row
_EMPTY_CHUNKS_TO_STOP = 16  # past the last row (when max(rowid) itself cannot be read)
_MAX_ROWID_GUESS = 1_000_000
_RECOVER_TIMEOUT_S = 120
_MAX_SCAN_BYTES = 512 * 1024 * 1024


@dataclass(frozen=True)
class FoundDraft:
    id: str
    json: str
    created_at: str = ""
    trashed: bool = False
    trashed_at: str | None = None


@dataclass(frozen=True)
class FoundRevision:
    draft_id: str
    created_at: str
    label: str
    json: str


@dataclass
class Salvaged:
    drafts: dict[str, FoundDraft] = field(default_factory=dict)
    revisions: dict[tuple[str, str, str], FoundRevision] = field(default_factory=dict)
    sources: list[str] = field(default_factory=list)

    def add_draft(self, draft: FoundDraft) -> bool:
        if draft.id in self.drafts:
            return False
        self.drafts[draft.id] = draft
        return True

    def add_revision(self, revision: FoundRevision) -> bool:
        key = (revision.draft_id, revision.created_at, revision.json)
        if key in self.revisions:
            return False
        self.revisions[key] = revision
        return True

    def draft_ids(self) -> list[str]:
        ids = dict.fromkeys(self.drafts)
        ids.update(dict.fromkeys(r.draft_id for r in self.revisions.values()))
        return list(ids)

    def revisions_of(self, draft_id: str) -> list[FoundRevision]:
        return sorted((r for r in self.revisions.values() if r.draft_id == draft_id), key=lambda r: r.created_at)

    def _note(self, source: str, added: bool) -> None:
        if added and source not in self.sources:
            self.sources.append(source)


def salvage(damaged: Path, backups: list[Path]) -> Salvaged:
    """Everything readable from ``damaged``, then from the backups (newest first)."""
    found = Salvaged()
    complete = _from_database(damaged, found, "rows")
    if not complete:
        _from_recover(damaged, found)
        _from_scan(damaged, found)
    for backup in backups:
        _from_database(backup, found, "backup")
    return found


def _from_database(path: Path, found: Salvaged, source: str) -> bool:
    """Rows read through SQLite; True if every row could be read."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False
    with closing(conn):
        complete = True
        try:
            drafts = list(_rows(conn, "drafts", "id, json, created_at, trashed, trashed_at, content_hash"))
        except (sqlite3.Error, UnicodeDecodeError):
            drafts, complete = [], False
        for row, ok in drafts:
            complete &= ok
            if row is None:
                continue
            draft_id, text, created_at, trashed, trashed_at, digest = row
            text = _intact(_text(text), digest)
            if isinstance(draft_id, str) and text is not None:
                found._note(
                    source,
                    found.add_draft(
                        FoundDraft(draft_id, text, str(created_at or ""), bool(trashed), _optional(trashed_at))
                    ),
                )
        try:
            revisions = list(_rows(conn, "revisions", "draft_id, created_at, label, json, content_hash"))
        except (sqlite3.Error, UnicodeDecodeError):
            revisions, complete = [], False
        for row, ok in revisions:
            complete &= ok
            if row is None:
                continue
            draft_id, created_at, label, text, digest = row
            text = _intact(_text(text), digest)
            if isinstance(draft_id, str) and text is not None:
                revision = FoundRevision(draft_id, str(created_at or ""), str(label or ""), text)
                found._note(source, found.add_revision(revision))
        return complete and bool(drafts or revisions)


# a damaged page can also hand back text that is not UTF-8 (a flipped byte in a value)
_UNREADABLE_ROW = (sqlite3.DatabaseError, UnicodeDecodeError)


def _rows(conn: sqlite3.Connection, table: str, columns: str) -> Iterator[tuple[tuple[object, ...] | None, bool]]:
    """(row, True) for each readable row; (None, False) for each rowid that failed."""
    try:
        top = conn.execute(f"SELECT max(rowid) FROM {table}").fetchone()[0]
    except _UNREADABLE_ROW:
        top = None
    if top is None:
        conn.execute(f"SELECT 1 FROM {table} LIMIT 0")  # the table is gone: raises
    limit = top if isinstance(top, int) else _MAX_ROWID_GUESS
    empty = 0
    for start in range(0, limit + 1, _CHUNK):
        end = start + _CHUNK - 1
        query = f"SELECT {columns} FROM {table} WHERE rowid BETWEEN ? AND ?"
        try:
            rows = conn.execute(query, (start, end)).fetchall()
        except _UNREADABLE_ROW:
            rows = None
        if rows is None:
            for rowid in range(start, end + 1):
                try:
                    row = conn.execute(f"SELECT {columns} FROM {table} WHERE rowid = ?", (rowid,)).fetchone()
                except _UNREADABLE_ROW:
                    yield None, False
                    continue
                if row is not None:
                    yield tuple(row), True
            empty = 0
            continue
        for row in rows:
            yield tuple(row), True
        empty = 0 if rows else empty + 1
        if top is None and empty >= _EMPTY_CHUNKS_TO_STOP:
            return


def _from_recover(path: Path, found: Salvaged) -> None:
    program = shutil.which("sqlite3")
    if program is None:
        return
    try:
        result = subprocess.run(
            [program, str(path), ".recover"],
            capture_output=True,
            timeout=_RECOVER_TIMEOUT_S,
            check=False,
        )
    except (OSError, subprocess.SubprocessError):
        return
    if not result.stdout:
        return
    with tempfile.TemporaryDirectory() as folder:
        rebuilt = Path(folder) / "recovered.sqlite3"
        try:
            with closing(sqlite3.connect(rebuilt)) as conn:
                conn.executescript(result.stdout.decode("utf-8", errors="replace"))
        except sqlite3.Error:
            return
        _from_database(rebuilt, found, "recover")


def _from_scan(path: Path, found: Salvaged) -> None:
    """Rows decoded straight from the file's pages (and its WAL journal's)."""
    for part in (path, path.with_name(path.name + "-wal")):
        try:
            with part.open("rb") as handle:
                data = handle.read(_MAX_SCAN_BYTES)
        except OSError:
            continue
        if part != path:
            data = _wal_pages(data)
        for values in pages.records(data):
            _found_row(values, found)


def _intact(text: str | None, digest: object) -> str | None:
    """The row's JSON as it was saved, or None (unreadable, or not what was saved)."""
    return None if text is None else intact_text(text, str(digest or ""))


def _found_row(values: list[pages.Value], found: Salvaged) -> None:
    """A drafts row (id … json, 13 columns) or a revisions row (NULL id, draft_id, created_at,
    label, content_hash, json), as version 2 and 3 lay them out; kept only if intact."""
    if len(values) == 13 and isinstance(values[0], str) and isinstance(values[12], str):
        digest, trashed = values[10], values[8]
        text = intact_text(values[12], digest) if isinstance(digest, str) else None
        if text is not None:
            created = values[6] if isinstance(values[6], str) else ""
            trashed_at = values[9] if isinstance(values[9], str) else None
            found._note("scan", found.add_draft(FoundDraft(values[0], text, created, bool(trashed), trashed_at)))
    elif len(values) == 6 and all(isinstance(v, str) for v in values[1:5]):
        text = _intact(_text(values[5]), values[4])
        if text is not None:
            revision = FoundRevision(str(values[1]), str(values[2]), str(values[3]), text)
            found._note("scan", found.add_revision(revision))


def _wal_pages(data: bytes) -> bytes:
    """The page images in a WAL file, laid end to end (32-byte file header, 24-byte frame
    headers), so the page parser can read them."""
    if len(data) < 32:
        return b""
    size = int.from_bytes(data[8:12], "big")
    if size not in (512, 1024, 2048, 4096, 8192, 16384, 32768, 65536):
        return b""
    frames = []
    at = 32
    while at + 24 + size <= len(data):
        frames.append(data[at + 24 : at + 24 + size])
        at += 24 + size
    return b"".join(frames)


def _optional(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _text(value: object) -> str | None:
    try:
        return unpack(value)
    except ValueError:
        return None
