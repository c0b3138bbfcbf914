"""Start-up baseline: PySide6 and an empty QMainWindow, shown, painted once, then exit 0.

What ``ogi-report --quit-after-paint`` is compared with: the cost of Qt itself.

    QT_QPA_PLATFORM=offscreen python benchmarks/baseline_qt.py
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


class _QuitAfterPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if os.environ.get("OGI_REPORT_PAINT_CLOCK"):  # as the app's watcher does
                print(f"painted {time.monotonic()}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    watcher = _QuitAfterPaint()
    window.show()
    window.installEventFilter(watcher)  # as the app does: its first window only
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
