"""The Qt binding itself: a known-broken PySide6 must never be the one installed.

PySide6 6.12.0 drops a reference to ``True`` on every ``Signal.emit()``; under Python 3.11
(where True is not immortal) the interpreter aborts once the count reaches zero, which in
the editor is after about 2,000 keystrokes.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    fired = Signal()
    changed = Signal(str)


def test_emitting_signals_keeps_reference_counts(qapp: object) -> None:
    emitter = _Emitter()
    received: list[str] = []
    emitter.changed.connect(received.append)
    before_true, before_false = sys.getrefcount(True), sys.getrefcount(False)
    for _ in range(200):
        emitter.fired.emit()
        emitter.changed.emit("x")
    # other threads may hold a few references for a moment; 200 lost ones are a broken binding
    assert abs(sys.getrefcount(True) - before_true) < 50
    assert abs(sys.getrefcount(False) - before_false) < 50
    assert len(received) == 200
