"""Autosave: drafts are saved a moment after the clerk stops typing, off the GUI thread.

The GUI hands over a JSON snapshot (``model.to_json``), never the live Draft, so typing can
go on while the worker saves. The worker is one QThread with its own DraftStore: sqlite
connections belong to the thread that opened them. Snapshots queued for the same draft are
coalesced: only the newest is written.

Each save names the revision its editor started from (the base); when the stored draft has
moved on since (another window or program saved it, or a revision was restored), the store
refuses the save and ``conflict`` tells the editor, which lets the clerk choose.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal

from desktop_app.core.errors import ConflictError, StoreBusyError

if TYPE_CHECKING:
    from desktop_app.core.model import Draft
    from desktop_app.core.storage.store import DraftStore

DEBOUNCE_MS = 800


@dataclass
class _Job:
    draft_id: str
    snapshot: str
    label: str | None
    owner: int | None = None  # the Autosaver that made it (its saves are tracked)


class SaveWorker(QThread):
    """Writes snapshots from a queue; signals report back (queued to the GUI thread)."""

    saved = Signal(str, object, object)  # draft id, revision id or None, datetime
    failed = Signal(str, object)  # draft id, exception
    conflict = Signal(str, object)  # draft id, ConflictError: nothing was written

    def __init__(self, db_path: Path | None = None) -> None:
        super().__init__()
        self._db_path = db_path
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        # draft id → (owner, the revision the owner's content builds on)
        self._bases: dict[str, tuple[int, int | None]] = {}
        self._bases_lock = threading.Lock()

    def set_base(self, draft_id: str, owner: int, revision: int | None) -> None:
        """``owner``'s content builds on ``revision``: its saves must find that one current."""
        with self._bases_lock:
            self._bases[draft_id] = (owner, revision)

    def forget(self, draft_id: str, owner: int) -> None:
        """``owner`` is gone: its snapshots still queued are dropped, never written."""
        with self._bases_lock:
            if self._bases.get(draft_id, (None, None))[0] == owner:
                self._bases[draft_id] = (-1, None)

    def submit(self, draft_id: str, snapshot: str, label: str | None = None, owner: int | None = None) -> None:
        self._jobs.put(_Job(draft_id, snapshot, label, owner))

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
                        revision = self._save(store, job)
                    except ConflictError as exc:
                        self.conflict.emit(job.draft_id, exc)
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

    def _save(self, store: DraftStore, job: _Job) -> int | None:
        from desktop_app.core.storage.store import ANY_BASE

        with self._bases_lock:
            owner, base = self._bases.get(job.draft_id, (None, ANY_BASE))
        if owner is None or job.owner is None:
            return store.save(_draft(job.snapshot), label=job.label)
        if owner != job.owner:
            return None  # made by an editor that was closed without saving (the clerk took theirs)
        revision = store.save(_draft(job.snapshot), label=job.label, base=base)
        current = revision if revision is not None else store.current_revision(job.draft_id)
        with self._bases_lock:
            if self._bases.get(job.draft_id, (None, None))[0] == owner:
                self._bases[job.draft_id] = (owner, current)
        return revision

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
    conflict = Signal(object)  # ConflictError: the draft changed elsewhere; nothing was written

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
        self._tracked = False
        worker.saved.connect(self._on_saved)
        worker.failed.connect(self._on_failed)
        worker.conflict.connect(self._on_conflict)

    def track(self, base: int | None) -> None:
        """Saves from now on build on revision ``base`` (the one the editor opened, or the
        current one once the clerk chose to keep their text over a change made elsewhere)."""
        self._tracked = True
        self._worker.set_base(self._draft_id, id(self), base)

    def discard(self) -> None:
        """Drop what is pending and queued: the clerk chose the text saved elsewhere."""
        self._timer.stop()
        self.pending = False
        if self._tracked:
            self._worker.forget(self._draft_id, id(self))

    def schedule(self) -> None:
        """Something changed: save once the clerk pauses."""
        self.pending = True
        self._timer.start()

    def save_now(self, label: str | None = None) -> None:
        self._timer.stop()
        self.pending = False
        self.saving.emit()
        self._worker.submit(self._draft_id, self._snapshot(), label, id(self) if self._tracked else None)

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
            if isinstance(exc, StoreBusyError) and not self._timer.isActive():
                self.schedule()  # another program holds the database: try again shortly

    def _on_conflict(self, draft_id: str, exc: object) -> None:
        if draft_id == self._draft_id:
            self.conflict.emit(exc)
