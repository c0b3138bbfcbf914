"""Rolling copies of the draft database: one a day, and one before each roll-forward.

Copies are made with SQLite's online backup API (a consistent snapshot even while another
window saves), written under a temporary name and renamed, kept in ``backups/`` beside the
database, and pruned to the newest few. A damaged database is salvaged from its own
readable rows first and then from these copies.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from contextlib import closing
from datetime import datetime
from pathlib import Path

FOLDER = "backups"
KEEP = 5
DAILY = "daily"
BEFORE_ROLL_FORWARD = "before-roll-forward"


def folder_of(database: Path) -> Path:
    return database.parent / FOLDER


def backups_of(database: Path) -> list[Path]:
    """The copies, newest first."""
    try:
        found = [p for p in folder_of(database).glob(f"{database.stem}-*.sqlite3") if p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name, reverse=True)


def make_backup(conn: sqlite3.Connection, database: Path, reason: str) -> Path:
    """Copy the database now; returns the copy. Raises OSError or sqlite3.Error."""
    folder = folder_of(database)
    folder.mkdir(exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{reason}.sqlite3"
    partial = target.with_name(target.name + ".partial")
    try:
        with closing(sqlite3.connect(partial)) as copy:
            conn.backup(copy)
        os.replace(partial, target)
    finally:
        with contextlib.suppress(OSError):
            partial.unlink()
    _prune(database)
    return target


def daily_backup(conn: sqlite3.Connection, database: Path) -> Path | None:
    """A copy unless one was made today; never fails the caller (a backup is a bonus)."""
    today = datetime.now().strftime("%Y%m%d")
    if any(p.name.startswith(f"{database.stem}-{today}-") for p in backups_of(database)):
        return None
    try:
        return make_backup(conn, database, DAILY)
    except (OSError, sqlite3.Error):
        return None


def _prune(database: Path) -> None:
    for old in backups_of(database)[KEEP:]:
        with contextlib.suppress(OSError):
            old.unlink()
