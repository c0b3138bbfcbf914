"""DraftStore: every draft, its revision history and the trash, in one SQLite database.

Each save is one transaction that writes the draft's current JSON (plus a few columns the
library list needs, so listing never parses JSON) and, only when the content changed, a new
revision. Revisions are whole drafts, so any of them can be opened or restored on its own.
The store is safe to use from a worker thread and from two processes at once (SQLite's WAL
journal and a busy timeout arbitrate).
"""

from __future__ import annotations

import builtins
import contextlib
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop_app import paths
from desktop_app.core.errors import ReportError, StoreError
from desktop_app.core.storage.database import NewerDatabaseError, open_database, translated
from desktop_app.core.storage.schema import SCHEMA_VERSION, content_hash

if TYPE_CHECKING:
    from desktop_app.core.model import Draft

# core.model is imported where a draft is read or written: listing drafts (the library
# window at start-up) needs none of it.

__all__ = [
    "SCHEMA_VERSION",
    "DraftStore",
    "DraftSummary",
    "NewerDatabaseError",
    "RevisionInfo",
]

AUTOSAVE = "autosave"  # the label of a save nobody named


@dataclass(frozen=True)
class DraftSummary:
    id: str
    agency: str
    short_name: str
    year: int
    format_id: str
    state: str  # model.SignOffState value: editing / signed-off / void
    updated_at: str  # ISO timestamp with offset
    trashed: bool


@dataclass(frozen=True)
class RevisionInfo:
    id: int
    draft_id: str
    created_at: str
    label: str


_SUMMARY_COLUMNS = "id, agency, short_name, year, format_id, state, updated_at, trashed"


class DraftStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else paths.database_path()
        self._conn, self.moved_aside = open_database(self.path)
        self._lock = threading.RLock()

    # --- life cycle ----------------------------------------------------------------------

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.close()

    # --- drafts --------------------------------------------------------------------------

    def create(self, draft: Draft, label: str = "created") -> None:
        """Add a new draft with its first revision; its id must not be in the store yet."""
        if self.exists(draft.id):
            raise StoreError(f"a draft with id {draft.id} is already in the store")
        self.save(draft, label)

    def exists(self, draft_id: str) -> bool:
        with self._lock, translated("read the draft list"):
            row = self._conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return row is not None

    def save(self, draft: Draft, label: str | None = None) -> int | None:
        """Store the draft; returns the new revision id, or None when nothing changed.

        A draft not in the store yet is added. Saving unchanged content under a name (say
        "exported") writes no revision, but gives that name to the current revision if it
        was only an autosave, so the history shows the moment.
        """
        from desktop_app.core.model import sign_off_state, to_json

        text = to_json(draft)
        digest = content_hash(text)
        label = label or AUTOSAVE
        now = _now()
        with self._lock, translated("save the draft"), self._transaction():
            row = self._conn.execute(
                "SELECT content_hash, current_revision FROM drafts WHERE id = ?", (draft.id,)
            ).fetchone()
            if row is not None and row[0] == digest:
                if label != AUTOSAVE and row[1] is not None:
                    self._conn.execute(
                        "UPDATE revisions SET label = ? WHERE id = ? AND label = ?",
                        (label, row[1], AUTOSAVE),
                    )
                return None
            columns = (
                draft.format_id,
                draft.year,
                draft.agency.full_name,
                draft.agency.short_name,
                sign_off_state(draft).value,
                now,
                digest,
                text,
            )
            if row is None:
                self._conn.execute(
                    "INSERT INTO drafts (format_id, year, agency, short_name, state, updated_at,"
                    " content_hash, json, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*columns, draft.id, now),
                )
            else:
                self._conn.execute(
                    "UPDATE drafts SET format_id = ?, year = ?, agency = ?, short_name = ?,"
                    " state = ?, updated_at = ?, content_hash = ?, json = ? WHERE id = ?",
                    (*columns, draft.id),
                )
            rev = self._conn.execute(
                "INSERT INTO revisions (draft_id, created_at, label, content_hash, json) VALUES (?, ?, ?, ?, ?)",
                (draft.id, now, label, digest, text),
            ).lastrowid
            self._conn.execute("UPDATE drafts SET current_revision = ? WHERE id = ?", (rev, draft.id))
        return rev

    def load(self, draft_id: str) -> Draft:
        with self._lock, translated("open the draft"):
            row = self._conn.execute("SELECT json FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise StoreError(f"there is no draft with id {draft_id!r} in the store")
        return _parse(row[0], f"draft {draft_id}")

    def current_revision(self, draft_id: str) -> int | None:
        """The revision the draft's current content was saved as (None if never saved)."""
        with self._lock, translated("read the draft"):
            row = self._conn.execute("SELECT current_revision FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise StoreError(f"there is no draft with id {draft_id!r} in the store")
        return int(row[0]) if row[0] is not None else None

    def list(self, include_trashed: bool = False) -> builtins.list[DraftSummary]:
        """Summaries, most recently saved first (reads no draft JSON)."""
        where = "" if include_trashed else " WHERE trashed = 0"
        return self._summaries(where)

    def duplicate(self, draft_id: str) -> Draft:
        """A copy under a new id, signed off by nobody, remembering where it came from."""
        from desktop_app.core.model import Lineage, new_id

        copy = self.load(draft_id)
        copy.id = new_id()
        copy.sign_off = None
        copy.lineage = Lineage(kind="duplicated", source_draft_id=draft_id, source_year=copy.year)
        self.create(copy, "duplicated")
        return copy

    # --- revisions -----------------------------------------------------------------------

    def history(self, draft_id: str) -> builtins.list[RevisionInfo]:
        """The draft's revisions, newest first."""
        self._require(draft_id)
        with self._lock, translated("read the revision history"):
            rows = self._conn.execute(
                "SELECT id, draft_id, created_at, label FROM revisions WHERE draft_id = ? ORDER BY id DESC",
                (draft_id,),
            ).fetchall()
        return [RevisionInfo(int(r[0]), r[1], r[2], r[3]) for r in rows]

    def load_revision(self, rev_id: int) -> Draft:
        with self._lock, translated("open the revision"):
            row = self._conn.execute("SELECT json FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        if row is None:
            raise StoreError(f"there is no revision {rev_id} in the store")
        return _parse(row[0], f"revision {rev_id}")

    def restore_revision(self, draft_id: str, rev_id: int) -> Draft:
        """Make an old revision the current content again, as a new revision "restored"."""
        with self._lock, translated("open the revision"):
            row = self._conn.execute("SELECT draft_id FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        if row is None or row[0] != draft_id:
            raise StoreError(f"revision {rev_id} does not belong to draft {draft_id}")
        draft = self.load_revision(rev_id)
        if self.current_revision(draft_id) != rev_id:
            self.save(draft, "restored")
        return draft

    # --- trash ---------------------------------------------------------------------------

    def trash(self, draft_id: str) -> None:
        self._set_trashed(draft_id, True)

    def restore(self, draft_id: str) -> None:
        """Take a draft back out of the trash."""
        self._set_trashed(draft_id, False)

    def list_trash(self) -> builtins.list[DraftSummary]:
        return self._summaries(" WHERE trashed = 1")

    def empty_trash(self) -> int:
        """Delete the trashed drafts and all their revisions for good; returns how many."""
        with self._lock, translated("empty the trash"), self._transaction():
            self._conn.execute("DELETE FROM revisions WHERE draft_id IN (SELECT id FROM drafts WHERE trashed = 1)")
            return self._conn.execute("DELETE FROM drafts WHERE trashed = 1").rowcount

    # --- helpers -------------------------------------------------------------------------

    def _set_trashed(self, draft_id: str, trashed: bool) -> None:
        with self._lock, translated("move the draft"), self._transaction():
            changed = self._conn.execute(
                "UPDATE drafts SET trashed = ?, trashed_at = ? WHERE id = ?",
                (int(trashed), _now() if trashed else None, draft_id),
            ).rowcount
        if not changed:
            raise StoreError(f"there is no draft with id {draft_id!r} in the store")

    def _summaries(self, where: str) -> builtins.list[DraftSummary]:
        with self._lock, translated("read the draft list"):
            rows = self._conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts{where} ORDER BY current_revision DESC, rowid DESC"
            ).fetchall()
        return [DraftSummary(r[0], r[1], r[2], int(r[3]), r[4], r[5], r[6], bool(r[7])) for r in rows]

    def _require(self, draft_id: str) -> None:
        if not self.exists(draft_id):
            raise StoreError(f"there is no draft with id {draft_id!r} in the store")

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn)


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK on any error: a save lands whole or not at all."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if kind is None:
            try:
                self._conn.execute("COMMIT")
                return
            except sqlite3.Error:
                self._rollback()  # e.g. the disk filled up at commit: leave no open transaction
                raise
        self._rollback()

    def _rollback(self) -> None:
        if self._conn.in_transaction:
            # the original error is the one worth reporting
            with contextlib.suppress(sqlite3.Error):
                self._conn.execute("ROLLBACK")


def _parse(text: str, what: str) -> Draft:
    from desktop_app.core.model import from_json

    try:
        return from_json(text)
    except ReportError as exc:
        raise StoreError(f"the stored {what} cannot be read: {exc}") from exc


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
