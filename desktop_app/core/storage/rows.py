"""The rows one save writes (``DraftStore.save``, inside its transaction): the draft's row —
what the library list shows, and its current content — and a new revision."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from desktop_app.core.storage.schema import pack

if TYPE_CHECKING:
    from desktop_app.core.model import Draft

AUTOSAVE = "autosave"  # the label of a save nobody named


def name_current(conn: sqlite3.Connection, revision: int | None, label: str) -> None:
    """An unchanged save under a name: the current revision takes it if it was an autosave."""
    if label != AUTOSAVE and revision is not None:
        conn.execute("UPDATE revisions SET label = ? WHERE id = ? AND label = ?", (label, revision, AUTOSAVE))


def write_draft_row(conn: sqlite3.Connection, draft: Draft, text: str, digest: str, now: str, new: bool) -> None:
    """The draft's row: the columns the list needs (so listing never parses JSON), its JSON."""
    from desktop_app.core.model import sign_off_state

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
    if new:
        conn.execute(
            "INSERT INTO drafts (format_id, year, agency, short_name, state, updated_at,"
            " content_hash, json, id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*columns, draft.id, now),
        )
    else:
        conn.execute(
            "UPDATE drafts SET format_id = ?, year = ?, agency = ?, short_name = ?,"
            " state = ?, updated_at = ?, content_hash = ?, json = ? WHERE id = ?",
            (*columns, draft.id),
        )


def add_revision(conn: sqlite3.Connection, draft_id: str, text: str, digest: str, now: str, label: str) -> int:
    """A new revision (compressed), made the draft's current one; returns its id."""
    rev = conn.execute(
        "INSERT INTO revisions (draft_id, created_at, label, content_hash, json) VALUES (?, ?, ?, ?, ?)",
        (draft_id, now, label, digest, pack(text)),
    ).lastrowid
    assert rev is not None  # an INSERT always has a row id
    conn.execute("UPDATE drafts SET current_revision = ? WHERE id = ?", (rev, draft_id))
    return rev
