"""Run slow work (import, export, roll-forward) off the GUI thread; results come back on it.

``run_task(fn, *args)`` returns a :class:`Task` whose ``done``/``failed`` signals fire on the
GUI thread. The worker only calls ``fn``; it never touches widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot


class Task(QObject):
    """Handle for one piece of background work. ``done(result)`` or ``failed(exception)``."""

    done = Signal(object)
    failed = Signal(object)
    finished = Signal()  # after done or failed
    # emitted from the worker thread; queued to the GUI thread because Task lives there
    _result = Signal(bool, object)

    _running: ClassVar[set[Task]] = set()  # keep handles alive until they report

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> None:
        super().__init__()
        self._fn = fn
        self._args = args
        self._result.connect(self._deliver)

    def _work(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # delivered to the GUI, which turns it into a message
            self._result.emit(False, exc)
        else:
            self._result.emit(True, result)

    @Slot(bool, object)
    def _deliver(self, ok: bool, payload: object) -> None:
        Task._running.discard(self)
        (self.done if ok else self.failed).emit(payload)
        self.finished.emit()


class _Runnable(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._work()


def run_task(
    fn: Callable[..., Any],
    *args: Any,
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[Exception], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task(fn, args)
    if on_done is not None:
        task.done.connect(on_done)
    if on_error is not None:
        task.failed.connect(on_error)
    Task._running.add(task)
    (pool or QThreadPool.globalInstance()).start(_Runnable(task))
    return task


def running_tasks() -> int:
    return len(Task._running)
