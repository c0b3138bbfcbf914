"""Every window comes back where the clerk left it: size, position and maximised state.

Kept in the settings file as base64 of Qt's own saveGeometry(); a geometry from a screen that
is gone is moved back onto one by Qt's restoreGeometry.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject
from PySide6.QtWidgets import QWidget

from desktop_app.gui.settings import Settings

GEOMETRY_PREFIX = "geometry."


class GeometryKeeper(QObject):
    """Restores a window's geometry now and saves it whenever the window closes or hides."""

    def __init__(self, window: QWidget, settings: Settings, name: str) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self.key = GEOMETRY_PREFIX + name
        self.restored = self.restore()
        window.installEventFilter(self)

    def restore(self) -> bool:
        saved = self.settings.get_str(self.key)
        if not saved:
            return False
        return bool(self.window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))))

    def save(self) -> None:
        self.settings.set(self.key, bytes(self.window.saveGeometry().toBase64().data()).decode("ascii"))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() in (QEvent.Type.Close, QEvent.Type.Hide):
            self.save()
        return False
