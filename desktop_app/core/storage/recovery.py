"""Putting salvaged drafts into a fresh store, and thinning old autosave revisions.

Both work on the store's connection inside one transaction the caller opened.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from desktop_app.core.errors import ReportError
from desktop_app.core.storage.salvage import FoundRevision, Salvaged
from desktop_app.core.storage.schema import content_hash, pack

# Autosaves older than this are thinned to one per bucket; named revisions always stay.
THIN_AFTER = timedelta(hours=1)
THIN_BUCKET = timedelta(minutes=10)
SALVAGED = "salvaged"


def adopt(conn: sqlite3.Connection, found: Salvaged, now: str) -> tuple[int, int]:
    """Insert what was salvaged; returns (drafts, revisions) added."""
    from desktop_app.core.model import from_json, sign_off_state

    drafts = revisions = 0
    conn.execute("PRAGMA defer_foreign_keys = ON")  # revisions go in before their draft row
    for draft_id in found.draft_ids():
        if conn.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone():
            continue
        history = found.revisions_of(draft_id)
        row = found.drafts.get(draft_id)
        current_text = row.json if row is not None else history[-1].json
        try:
            draft = from_json(current_text)
        except ReportError:
            continue
        current_hash = content_hash(current_text)
        current: int | None = None
        for revision in history:
            rev_id = _insert_revision(conn, draft_id, revision, now)
            revisions += 1
            if content_hash(revision.json) == current_hash:
                current = rev_id
        if not history or content_hash(history[-1].json) != current_hash:
            current = _insert_revision(conn, draft_id, FoundRevision(draft_id, now, SALVAGED, current_text), now)
            revisions += 1
        conn.execute(
            "INSERT INTO drafts (id, format_id, year, agency, short_name, state, created_at, updated_at, trashed,"
            " trashed_at, content_hash, current_revision, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                draft_id,
                draft.format_id,
                draft.year,
                draft.agency.full_name,
                draft.agency.short_name,
                sign_off_state(draft).value,
                (row.created_at if row is not None else "") or (history[0].created_at if history else "") or now,
                now,
                int(row.trashed) if row is not None else 0,
                row.trashed_at if row is not None else None,
                current_hash,
                current,
                current_text,
            ),
        )
        drafts += 1
    return drafts, revisions


def _insert_revision(conn: sqlite3.Connection, draft_id: str, revision: FoundRevision, now: str) -> int:
    cursor = conn.execute(
        "INSERT INTO revisions (draft_id, created_at, label, content_hash, json) VALUES (?, ?, ?, ?, ?)",
        (
            draft_id,
            revision.created_at or now,
            revision.label or SALVAGED,
            content_hash(revision.json),
            pack(revision.json),
        ),
    )
    return int(cursor.lastrowid or 0)


def thin(conn: sqlite3.Connection, draft_id: str, autosave_label: str, now: datetime) -> int:
    """Delete autosaves older than THIN_AFTER but the newest of each THIN_BUCKET; returns how
    many. Named revisions and the draft's current revision are never deleted."""
    current = conn.execute("SELECT current_revision FROM drafts WHERE id = ?", (draft_id,)).fetchone()
    keep_current = current[0] if current else None
    rows = conn.execute(
        "SELECT id, created_at FROM revisions WHERE draft_id = ? AND label = ? ORDER BY id DESC",
        (draft_id, autosave_label),
    ).fetchall()
    cutoff = now - THIN_AFTER
    seen: set[int] = set()
    doomed = []
    for rev_id, created_at in rows:
        try:
            when = datetime.fromisoformat(created_at)
        except ValueError:
            continue
        if when.tzinfo is None:
            when = when.astimezone()
        if when >= cutoff or rev_id == keep_current:
            continue
        bucket = int(when.timestamp() // THIN_BUCKET.total_seconds())
        if bucket in seen:
            doomed.append(rev_id)
        else:
            seen.add(bucket)  # newest first: the newest autosave of each bucket stays
    conn.executemany("DELETE FROM revisions WHERE id = ?", [(rev_id,) for rev_id in doomed])
    return len(doomed)
