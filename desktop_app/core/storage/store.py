"""DraftStore: every draft, its revision history and the trash, in one SQLite database.

Each save is one transaction that writes the draft's current JSON (plus a few columns the
library list needs, so listing never parses JSON) and, only when the content changed, a new
revision. Revisions are whole drafts (compressed), so any of them can be opened or restored
on its own. The store is safe to use from a worker thread and from two processes at once
(SQLite's WAL journal and a busy timeout arbitrate); a save that names the revision it
started from is refused (ConflictError) when the draft has changed since.

Every load checks the stored content hash (DamagedDraftError names the last good revision).
An unreadable database is moved aside, salvaged into the new one (``salvage``) and announced
until acknowledged (``damage``); a copy is kept daily and before each roll-forward
(``backups``).
"""

from __future__ import annotations

import builtins
import sqlite3
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktop_app import paths
from desktop_app.core.errors import ConflictError, DamagedDraftError, ReportError, StoreError
from desktop_app.core.storage import backups, damage, recovery, rows
from desktop_app.core.storage.damage import DamageNotice
from desktop_app.core.storage.database import NewerDatabaseError, open_database, translated
from desktop_app.core.storage.rows import AUTOSAVE
from desktop_app.core.storage.salvage import salvage
from desktop_app.core.storage.schema import SCHEMA_VERSION, content_hash, content_matches, intact_text, unpack
from desktop_app.core.storage.transaction import Transaction

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

ANY_BASE = -1  # save() without a base revision: the caller does not track one
_THIN_EVERY = 50  # saves between two thinnings of a draft's autosave history


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
        self._saves = 0
        try:
            if self.moved_aside is not None:
                self._salvage(self.moved_aside)
            elif self._has_drafts():
                backups.daily_backup(self._conn, self.path)
        except BaseException:
            self._conn.close()
            raise

    # --- damage --------------------------------------------------------------------------

    @property
    def damage(self) -> DamageNotice | None:
        """The unacknowledged notice that the database was damaged and moved aside."""
        return damage.read(self.path)

    def acknowledge_damage(self) -> bool:
        return damage.acknowledge(self.path)

    def backup(self, reason: str = backups.BEFORE_ROLL_FORWARD) -> Path:
        """A copy of the database now (before a roll-forward); raises StoreError."""
        try:
            with self._lock:
                return backups.make_backup(self._conn, self.path, reason)
        except (OSError, sqlite3.Error) as exc:
            raise StoreError("store:backup", detail=str(exc)) from exc

    def _salvage(self, moved: Path) -> None:
        found = salvage(moved, backups.backups_of(self.path))
        with self._lock, translated("save-salvaged"), self._transaction():
            drafts, revisions = recovery.adopt(self._conn, found, _now())
        damage.record(self.path, DamageNotice(str(moved), _now(), drafts, revisions, tuple(found.sources) or ("none",)))

    def _has_drafts(self) -> bool:
        with self._lock, translated("read-list"):
            return self._conn.execute("SELECT 1 FROM drafts LIMIT 1").fetchone() is not None

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
            raise StoreError("store:duplicate", draft_id=draft.id)
        self.save(draft, label)

    def exists(self, draft_id: str) -> bool:
        with self._lock, translated("read-list"):
            row = self._conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return row is not None

    def save(self, draft: Draft, label: str | None = None, base: int | None = ANY_BASE) -> int | None:
        """Store the draft; returns the new revision id, or None when nothing changed.

        A draft not in the store yet is added. Saving unchanged content under a name (say
        "exported") writes no revision, but gives that name to the current revision if it
        was only an autosave, so the history shows the moment. ``base`` is the revision the
        edit started from (None: a draft not stored yet); if the stored draft has moved on
        since (another window, another program, a restore), ConflictError and nothing is
        written.
        """
        from desktop_app.core.model import to_json

        text = to_json(draft)
        digest = content_hash(text)
        label = label or AUTOSAVE
        now = _now()
        with self._lock, translated("save"), self._transaction():
            row = self._conn.execute(
                "SELECT content_hash, current_revision, json FROM drafts WHERE id = ?", (draft.id,)
            ).fetchone()
            # the same content (and not a damaged copy of it): nothing to write, nothing lost
            if row is not None and row[0] == digest and row[2] == text:
                rows.name_current(self._conn, row[1], label)
                return None
            current = row[1] if row is not None else None
            if base != ANY_BASE and base != current:
                raise ConflictError(draft.id, base, current)
            rows.write_draft_row(self._conn, draft, text, digest, now, new=row is None)
            rev = rows.add_revision(self._conn, draft.id, text, digest, now, label)
            self._saves += 1
            if self._saves % _THIN_EVERY == 0:
                # on the clock the revisions carry, so the last hour is the last hour of saves
                recovery.thin(self._conn, draft.id, AUTOSAVE, datetime.fromisoformat(now))
        return rev

    def load(self, draft_id: str) -> Draft:
        """The draft; DamagedDraftError (naming the last good revision) if its stored content
        no longer matches its hash."""
        return self.load_current(draft_id)[0]

    def load_current(self, draft_id: str) -> tuple[Draft, int | None]:
        """The draft and the revision it is (read together: the base of an editor's saves)."""
        with self._lock, translated("open"):
            row = self._conn.execute(
                "SELECT json, content_hash, current_revision FROM drafts WHERE id = ?", (draft_id,)
            ).fetchone()
        if row is None:
            raise StoreError("store:no-draft", draft_id=draft_id)
        if not isinstance(row[0], str) or not content_matches(row[0], row[1]):
            raise self._damaged(draft_id, None)
        return _parse(row[0], StoreError("store:draft-unreadable", draft_id=draft_id)), row[2]

    def last_good_revision(self, draft_id: str, before: int | None = None) -> RevisionInfo | None:
        """The newest revision (older than ``before``) whose content still matches its hash."""
        for info in self.history(draft_id):
            if before is not None and info.id >= before:
                continue
            if self._revision_text(info.id) is not None:
                return info
        return None

    def verify(self) -> builtins.list[DamagedDraftError]:
        """Every stored draft and revision checked against its hash; the damaged ones."""
        problems: builtins.list[DamagedDraftError] = []
        with self._lock, translated("read-list"):
            ids = [r[0] for r in self._conn.execute("SELECT id FROM drafts ORDER BY rowid")]
        for draft_id in ids:
            try:
                self.load(draft_id)
            except DamagedDraftError as exc:
                problems.append(exc)
            except StoreError:
                pass
            for info in self.history(draft_id):
                if self._revision_text(info.id) is None:
                    problems.append(self._damaged(draft_id, info.id))
        return problems

    def current_revision(self, draft_id: str) -> int | None:
        """The revision the draft's current content was saved as (None if never saved)."""
        with self._lock, translated("read"):
            row = self._conn.execute("SELECT current_revision FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise StoreError("store:no-draft", draft_id=draft_id)
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
        with self._lock, translated("read-history"):
            rows = self._conn.execute(
                "SELECT id, draft_id, created_at, label FROM revisions WHERE draft_id = ? ORDER BY id DESC",
                (draft_id,),
            ).fetchall()
        return [RevisionInfo(int(r[0]), r[1], r[2], r[3]) for r in rows]

    def load_revision(self, rev_id: int) -> Draft:
        with self._lock, translated("open-revision"):
            row = self._conn.execute("SELECT draft_id FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        if row is None:
            raise StoreError("store:no-revision", revision=rev_id)
        text = self._revision_text(rev_id)
        if text is None:
            raise self._damaged(row[0], rev_id)
        return _parse(text, StoreError("store:revision-unreadable", revision=rev_id))

    def prune_history(self, draft_id: str, now: datetime | None = None) -> int:
        """Thin the draft's old autosaves (see recovery.thin); returns how many went."""
        with self._lock, translated("tidy-history"), self._transaction():
            return recovery.thin(self._conn, draft_id, AUTOSAVE, now or datetime.now().astimezone())

    def restore_revision(self, draft_id: str, rev_id: int) -> Draft:
        """Make an old revision the current content again, as a new revision "restored"."""
        with self._lock, translated("open-revision"):
            row = self._conn.execute("SELECT draft_id FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        if row is None or row[0] != draft_id:
            raise StoreError("store:revision-of-other", revision=rev_id, draft_id=draft_id)
        draft = self.load_revision(rev_id)
        self.save(draft, "restored")  # writes nothing when it is already the current content
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
        with self._lock, translated("empty-trash"), self._transaction():
            self._conn.execute("DELETE FROM revisions WHERE draft_id IN (SELECT id FROM drafts WHERE trashed = 1)")
            return self._conn.execute("DELETE FROM drafts WHERE trashed = 1").rowcount

    # --- helpers -------------------------------------------------------------------------

    def _set_trashed(self, draft_id: str, trashed: bool) -> None:
        with self._lock, translated("move"), self._transaction():
            changed = self._conn.execute(
                "UPDATE drafts SET trashed = ?, trashed_at = ? WHERE id = ?",
                (int(trashed), _now() if trashed else None, draft_id),
            ).rowcount
        if not changed:
            raise StoreError("store:no-draft", draft_id=draft_id)

    def _summaries(self, where: str) -> builtins.list[DraftSummary]:
        with self._lock, translated("read-list"):
            rows = self._conn.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts{where} ORDER BY current_revision DESC, rowid DESC"
            ).fetchall()
        return [DraftSummary(r[0], r[1], r[2], int(r[3]), r[4], r[5], r[6], bool(r[7])) for r in rows]

    def _revision_text(self, rev_id: int) -> str | None:
        """The revision's JSON if it is intact, else None."""
        with self._lock, translated("open-revision"):
            row = self._conn.execute("SELECT json, content_hash FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        if row is None:
            return None
        try:
            text = unpack(row[0])
        except ValueError:
            return None
        return intact_text(text, row[1])

    def _damaged(self, draft_id: str, revision: int | None) -> DamagedDraftError:
        good = self.last_good_revision(draft_id, before=revision)
        if good is None and revision is not None:  # a later revision may still be intact
            good = next((i for i in self.history(draft_id) if i.id != revision and self._revision_text(i.id)), None)
        if good is None:
            return DamagedDraftError(draft_id, revision)
        return DamagedDraftError(draft_id, revision, good.id, good.created_at)

    def _require(self, draft_id: str) -> None:
        if not self.exists(draft_id):
            raise StoreError("store:no-draft", draft_id=draft_id)

    def _transaction(self) -> Transaction:
        return Transaction(self._conn)


def _parse(text: str, unreadable: StoreError) -> Draft:
    from desktop_app.core.storage.upgrade import load_json

    try:
        return load_json(text)
    except ReportError as exc:
        raise unreadable from exc


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")
