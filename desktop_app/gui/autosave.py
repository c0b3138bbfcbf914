"""Autosave: drafts are saved a moment after the clerk stops typing, off the GUI thread.

The GUI hands over a JSON snapshot (``model.to_json``), never the live Draft, so typing can
go on while the worker saves. The worker is one QThread with its own DraftStore: sqlite
connections belong to the thread that opened them. Snapshots queued for the same draft are
coalesced: only the newest is written.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

if TYPE_CHECKING:
    from desktop_app.core.model import Draft

DEBOUNCE_MS = 800


@dataclass
class _Job:
    draft_id: str
    snapshot: str
    label: str | None


class SaveWorker(QThread):
    """Writes snapshots from a queue; signals report back (queued to the GUI thread)."""

    saved = Signal(str, object, object)  # draft id, revision id or None, datetime
    failed = Signal(str, object)  # draft id, exception

    def __init__(self, db_path: Path | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._jobs: queue.Queue[_Job | None] = queue.Queue()

    def submit(self, draft_id: str, snapshot: str, label: str | None = None) -> None:
        self._jobs.put(_Job(draft_id, snapshot, label))

    def wait_idle(self) -> None:
        """Block until every submitted snapshot is written (used on close and quit)."""
        self._jobs.join()

    def stop(self) -> None:
        self._jobs.put(None)
        self.wait()

    def run(self) -> None:
        from desktop_app.core.storage.store import DraftStore

        store = None
        try:
            while True:
                batch = self._drain()
                stop = None in batch
                latest: dict[str, _Job] = {}
                for job in batch:
                    if job is None:
                        continue
                    previous = latest.get(job.draft_id)
                    # a named revision (signed off, imported …) keeps its name when coalesced
                    if previous is not None and job.label is None:
                        job.label = previous.label
                    latest[job.draft_id] = job
                for job in latest.values():
                    try:
                        if store is None:
                            store = DraftStore(self._db_path)
                        revision = store.save(_draft(job.snapshot), label=job.label)
                    except Exception as exc:  # reported in the editor's status bar
                        self.failed.emit(job.draft_id, exc)
                    else:
                        self.saved.emit(job.draft_id, revision, datetime.now())
                for _ in batch:
                    self._jobs.task_done()
                if stop:
                    return
        finally:
            if store is not None:
                store.close()

    def _drain(self) -> list[_Job | None]:
        batch = [self._jobs.get()]
        while True:
            try:
                batch.append(self._jobs.get_nowait())
            except queue.Empty:
                return batch


def _draft(snapshot: str) -> Draft:
    # imported with the first save, not when the thread starts (that is start-up time)
    from desktop_app.core.model import from_json

    return from_json(snapshot)


class Autosaver(QObject):
    """One draft's debounce timer in front of the shared SaveWorker."""

    saving = Signal()
    saved = Signal(object, object)  # revision id or None, datetime
    failed = Signal(object)

    def __init__(
        self,
        worker: SaveWorker,
        draft_id: str,
        snapshot: Callable[[], str],
        delay_ms: int = DEBOUNCE_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._draft_id = draft_id
        self._snapshot = snapshot
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.save_now)
        self.pending = False
        worker.saved.connect(self._on_saved)
        worker.failed.connect(self._on_failed)

    def schedule(self) -> None:
        """Something changed: save once the clerk pauses."""
        self.pending = True
        self._timer.start()

    def save_now(self, label: str | None = None) -> None:
        self._timer.stop()
        self.pending = False
        self.saving.emit()
        self._worker.submit(self._draft_id, self._snapshot(), label)

    def flush(self) -> None:
        """Save what is pending and wait for it: on close and on quit."""
        if self.pending or self._timer.isActive():
            self.save_now()
        self._worker.wait_idle()

    def _on_saved(self, draft_id: str, revision: object, when: datetime) -> None:
        if draft_id == self._draft_id:
            self.saved.emit(revision, when)

    def _on_failed(self, draft_id: str, exc: object) -> None:
        if draft_id == self._draft_id:
            self.failed.emit(exc)
