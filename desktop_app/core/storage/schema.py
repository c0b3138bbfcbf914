"""The draft database's tables, their version, and the forward migrations between versions.

Version history:

1. ``drafts`` (id, format_id, year, agency, short_name, updated_at, json) and ``revisions``
   (id, draft_id, created_at, label, json). No trash, no listing state, no content hash.
2. ``drafts`` gains ``state`` (sign-off state, for the library list), ``trashed`` /
   ``trashed_at`` (delete to a trash), ``created_at``, ``content_hash`` (so a save with
   unchanged content writes nothing) and ``current_revision``; ``revisions`` gains
   ``content_hash``.
3. ``revisions.json`` holds the draft JSON zlib-compressed (a BLOB; ``pack``/``unpack``), so
   a day of autosaves of a large draft stays small; old autosaves are thinned (store).

Every migration runs inside the caller's transaction, so a database is either fully at the
old version or fully at the new one.
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable

from desktop_app.core.errors import ReportError

SCHEMA_VERSION = 3

_CREATE = """
CREATE TABLE schema_version (version INTEGER NOT NULL);
CREATE TABLE drafts (
    id TEXT PRIMARY KEY,
    format_id TEXT NOT NULL,
    year INTEGER NOT NULL,
    agency TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'editing',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    trashed INTEGER NOT NULL DEFAULT 0,
    trashed_at TEXT,
    content_hash TEXT NOT NULL,
    current_revision INTEGER,
    json TEXT NOT NULL
);
CREATE TABLE revisions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    draft_id TEXT NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    label TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    json TEXT NOT NULL
);
CREATE INDEX revisions_by_draft ON revisions(draft_id, id);
CREATE INDEX drafts_by_trash ON drafts(trashed, current_revision);
"""


def content_hash(draft_json: str) -> str:
    from desktop_app.core.model import sha256_hex  # not at import: see storage.py

    return sha256_hex(draft_json)


def intact_text(text: str, digest: str) -> str | None:
    """Stored JSON as it was saved, or None if it is not: the text itself when its hash
    matches, else (rows migrated from version 1, hashed after re-serialising) its
    re-serialised form when that matches — never the raw text then, since a flipped byte in a
    key that only holds a default value re-serialises to the same draft."""
    if not digest or content_hash(text) == digest:
        return text
    from desktop_app.core.model import from_json, to_json

    try:
        canonical = to_json(from_json(text))
    except ReportError:
        return None
    return canonical if content_hash(canonical) == digest else None


def content_matches(text: str, digest: str) -> bool:
    """Whether stored JSON is what was saved (see intact_text)."""
    return intact_text(text, digest) is not None


def pack(text: str) -> bytes:
    """Revision JSON as stored from version 3: zlib-compressed UTF-8."""
    return zlib.compress(text.encode("utf-8"), 6)


def unpack(value: object) -> str:
    """Stored revision JSON as text: compressed (version 3) or plain (older rows)."""
    if isinstance(value, str):
        return value
    if isinstance(value, bytes):
        try:
            return zlib.decompress(value).decode("utf-8")
        except (zlib.error, UnicodeDecodeError) as exc:
            raise ValueError("damaged compressed revision") from exc
    raise ValueError(f"unexpected stored value {type(value).__name__}")


def read_version(conn: sqlite3.Connection) -> int | None:
    """The stored schema version; None for an empty database; -1 for a foreign one."""
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    if not tables:
        return None
    if "schema_version" not in tables:
        return -1
    row = conn.execute("SELECT MAX(version) FROM schema_version").fetchone()
    return int(row[0]) if row and row[0] is not None else -1


def create_schema(conn: sqlite3.Connection) -> None:
    for statement in _CREATE.split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))


def migrate(conn: sqlite3.Connection, found: int) -> None:
    """Bring a database at version ``found`` up to SCHEMA_VERSION, one step at a time."""
    for version in range(found, SCHEMA_VERSION):
        _MIGRATIONS[version](conn)
    conn.execute("DELETE FROM schema_version")
    conn.execute("INSERT INTO schema_version (version) VALUES (?)", (SCHEMA_VERSION,))


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    for statement in (
        "ALTER TABLE drafts ADD COLUMN state TEXT NOT NULL DEFAULT 'editing'",
        "ALTER TABLE drafts ADD COLUMN created_at TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE drafts ADD COLUMN trashed INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE drafts ADD COLUMN trashed_at TEXT",
        "ALTER TABLE drafts ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE drafts ADD COLUMN current_revision INTEGER",
        "ALTER TABLE revisions ADD COLUMN content_hash TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX IF NOT EXISTS revisions_by_draft ON revisions(draft_id, id)",
        "CREATE INDEX IF NOT EXISTS drafts_by_trash ON drafts(trashed, current_revision)",
    ):
        conn.execute(statement)
    rows = conn.execute("SELECT id, json, updated_at FROM drafts").fetchall()
    for draft_id, text, updated_at in rows:
        state, digest = _derived(text)
        first = conn.execute(
            "SELECT MIN(created_at), MAX(id) FROM revisions WHERE draft_id = ?", (draft_id,)
        ).fetchone()
        conn.execute(
            "UPDATE drafts SET state = ?, content_hash = ?, created_at = ?, current_revision = ? WHERE id = ?",
            (state, digest, first[0] or updated_at, first[1], draft_id),
        )
    for rev_id, text in conn.execute("SELECT id, json FROM revisions").fetchall():
        conn.execute("UPDATE revisions SET content_hash = ? WHERE id = ?", (_derived(text)[1], rev_id))


def _derived(text: str) -> tuple[str, str]:
    """Listing state and content hash of stored JSON, as version 2 computes them on save."""
    from desktop_app.core.model import from_json, sign_off_state, to_json

    try:
        draft = from_json(text)
    except ReportError:
        # keep a row we cannot parse: loading it will say what is wrong, listing still works
        return "editing", content_hash(text)
    return sign_off_state(draft).value, content_hash(to_json(draft))


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Compress every revision's JSON (a row at a time: memory stays flat)."""
    ids = [row[0] for row in conn.execute("SELECT id FROM revisions WHERE typeof(json) = 'text'")]
    for rev_id in ids:
        (text,) = conn.execute("SELECT json FROM revisions WHERE id = ?", (rev_id,)).fetchone()
        conn.execute("UPDATE revisions SET json = ? WHERE id = ?", (pack(text), rev_id))


_MIGRATIONS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}
