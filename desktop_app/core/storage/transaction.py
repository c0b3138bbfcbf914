"""One write transaction on the store's connection: it lands whole or not at all."""

from __future__ import annotations

import contextlib
import sqlite3
from types import TracebackType


class Transaction:
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
