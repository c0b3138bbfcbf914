"""Opening the draft database file safely, and saying plainly what went wrong with it.

Order matters: a database is probed read-only first, so one written by a newer version is
refused before anything (not even the WAL switch) touches it; an unreadable one is renamed
aside, never deleted; an older one is backed up beside itself, then migrated in one
transaction.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import datetime
from pathlib import Path

from desktop_app.core.errors import FutureVersionError, StoreBusyError, StoreError
from desktop_app.core.storage.atomic import reason_for
from desktop_app.core.storage.schema import SCHEMA_VERSION, create_schema, migrate, read_version

SQLITE_MAGIC = b"SQLite format 3\x00"
QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024  # larger databases get a cheaper check at open
BUSY_TIMEOUT_MS = 10_000  # a second window or the CLI holding the write lock waits this long

# SQLite error → reason code (worded in desktop_app.core.messages.errors.REASONS)
_REASONS = {
    "SQLITE_FULL": "disk-full",
    "SQLITE_READONLY": "db-read-only",
    "SQLITE_BUSY": "db-busy",
    "SQLITE_LOCKED": "db-busy",
    "SQLITE_CORRUPT": "db-corrupt",
    "SQLITE_NOTADB": "db-not-database",
    "SQLITE_CANTOPEN": "db-cant-open",
    "SQLITE_IOERR": "db-io",
    "SQLITE_PERM": "db-permission",
    "SQLITE_NOMEM": "db-no-memory",
}
_UNREADABLE = {"SQLITE_NOTADB", "SQLITE_CORRUPT"}


class NewerDatabaseError(FutureVersionError, StoreError):
    """The database was written by a newer version of the app; it is left untouched."""


class _Unreadable(Exception):
    """The file is not a usable draft database: move it aside and start afresh."""


def reason(exc: sqlite3.Error) -> str:
    name = getattr(exc, "sqlite_errorname", "") or ""
    base = "_".join(name.split("_")[:2])  # SQLITE_IOERR_WRITE -> SQLITE_IOERR
    return _REASONS.get(base) or str(exc) or type(exc).__name__


def _busy(exc: sqlite3.Error) -> bool:
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


@contextmanager
def translated(action: str) -> Iterator[None]:
    """Turn any sqlite error inside the block into a StoreError naming the action (another
    program holding the database past the busy timeout: StoreBusyError, never a disk error)."""
    try:
        yield
    except sqlite3.Error as exc:
        if _busy(exc):
            raise StoreBusyError() from exc
        raise StoreError("store:action", action=action, reason=reason(exc)) from exc


def open_database(path: Path) -> tuple[sqlite3.Connection, Path | None]:
    """A ready connection to the database at ``path`` and where an unreadable file went."""
    _make_folder(path.parent)
    _check_writable(path)
    moved: Path | None = None
    try:
        _probe(path)
    except _Unreadable:
        moved = move_aside(path)
    try:
        conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    except sqlite3.Error as exc:
        raise StoreError("store:open", path=path, reason=reason(exc)) from exc
    try:
        _prepare(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn, moved


def _make_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise StoreError("store:folder-is-file", folder=str(folder))
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError("store:folder-create", folder=str(folder), reason=reason_for(exc)) from exc
    if not os.access(folder, os.W_OK | os.X_OK):
        raise StoreError("store:folder-read-only", folder=str(folder))


def _check_writable(path: Path) -> None:
    # Checked before SQLite touches the file: it would open a read-only file read-only and
    # leave a read-only -shm file behind that breaks later opens.
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        if candidate.exists() and not os.access(candidate, os.R_OK | os.W_OK):
            raise StoreError("store:file-read-only", file=str(candidate))


def _probe(path: Path) -> None:
    """Check an existing file read-only: its header, its version; back up before migrating."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except FileNotFoundError:
        return
    except OSError as exc:
        raise StoreError("store:unreadable", path=path, reason=reason_for(exc)) from exc
    if not header:
        return  # an empty file is an empty database
    if header != SQLITE_MAGIC:
        raise _Unreadable
    try:
        probe_conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        with closing(probe_conn) as probe:
            version = read_version(probe)
            if version is not None and version < 1:
                raise _Unreadable  # some other program's database
            if version is not None and version > SCHEMA_VERSION:
                raise NewerDatabaseError(version, SCHEMA_VERSION, path)
            if version is not None:
                _check_pages(probe, path)
            if version is not None and version < SCHEMA_VERSION:
                _backup(probe, path, version)
    except sqlite3.Error as exc:
        if getattr(exc, "sqlite_errorname", "") in _UNREADABLE:
            raise _Unreadable from exc
        if _busy(exc):
            raise StoreBusyError() from exc
        raise StoreError("store:open", path=path, reason=reason(exc)) from exc


def _check_pages(probe: sqlite3.Connection, path: Path) -> None:
    """Damage inside the tables (flipped bytes, a cut-off file) is found now, while the file
    can still be moved aside and salvaged, not by a save that fails later. A full check of
    a very large file would slow every start, so those get a quick walk of the tables."""
    try:
        size = path.stat().st_size
    except OSError:
        return
    if size <= QUICK_CHECK_MAX_BYTES:
        result = probe.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise _Unreadable
    else:
        probe.execute("SELECT count(*), max(length(json)) FROM drafts").fetchone()


def _backup(source: sqlite3.Connection, path: Path, version: int) -> None:
    """Keep a copy of the old database beside it before a migration rewrites it."""
    target = _free_name(path, f"v{version}-backup")
    with closing(sqlite3.connect(str(target))) as copy:
        source.backup(copy)


def _prepare(conn: sqlite3.Connection, path: Path) -> None:
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")  # a committed save survives a power cut too
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = read_version(conn)
            if version is None:
                create_schema(conn)
            elif version > SCHEMA_VERSION:  # upgraded by a newer app since the probe
                raise NewerDatabaseError(version, SCHEMA_VERSION, path)
            elif version < 1:
                raise StoreError("store:not-database", path=path)
            elif version < SCHEMA_VERSION:
                migrate(conn, version)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.Error as exc:
        if _busy(exc):
            raise StoreBusyError() from exc
        raise StoreError("store:open", path=path, reason=reason(exc)) from exc


def move_aside(path: Path) -> Path:
    """Rename an unreadable database (and its journal files) out of the way; keep it."""
    target = _free_name(path, "unreadable")
    try:
        path.rename(target)
        for suffix in ("-wal", "-shm"):
            companion = path.with_name(path.name + suffix)
            if companion.exists():
                companion.rename(target.with_name(target.name + suffix))
    except OSError as exc:
        raise StoreError("store:move-aside", path=path, reason=reason_for(exc)) from exc
    return target


def _free_name(path: Path, tag: str) -> Path:
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.{tag}-{stamp}")
    counter = 1
    while target.exists():
        counter += 1
        target = path.with_name(f"{path.name}.{tag}-{stamp}-{counter}")
    return target
