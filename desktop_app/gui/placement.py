"""Every window the app opens comes to the front on the screen the clerk is working on.

A window remembered on a screen that is now elsewhere (or gone), or larger than this screen,
would open out of sight or half off it; it is moved (and if need be shrunk) into the available
area of the screen the library window is on.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QWidget


def bring_forward(window: QWidget, anchor: QWidget | None) -> None:
    """Show ``window`` in front, on ``anchor``'s screen (where it was, if that is on it)."""
    if anchor is not None:
        place_on_screen_of(window, anchor)
    window.show()
    if anchor is not None:  # a window shown for the first time has only now got its frame
        place_on_screen_of(window, anchor)
    window.raise_()
    window.activateWindow()


def place_on_screen_of(window: QWidget, anchor: QWidget) -> None:
    """Move ``window`` into the available area of ``anchor``'s screen; a window already
    within it stays where it is."""
    area = anchor.screen().availableGeometry()
    if area.contains(window.frameGeometry()):
        return
    maximized = window.isMaximized()
    if maximized:  # moved as its normal self, then maximised there
        window.showNormal()
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w, extra_h = frame.width() - inner.width(), frame.height() - inner.height()
    width = max(min(inner.width(), area.width() - extra_w), window.minimumWidth())
    height = max(min(inner.height(), area.height() - extra_h), window.minimumHeight())
    window.resize(width, height)
    window.move(_top_left(area, frame, width + extra_w, height + extra_h))
    if maximized:
        window.showMaximized()


def _top_left(area: QRect, frame: QRect, width: int, height: int) -> QPoint:
    """Where a frame of this size goes: pushed inside the area if it was partly on it,
    centred on it if it was elsewhere."""
    if area.contains(frame.center()):
        x, y = frame.x(), frame.y()
    else:
        x = area.x() + (area.width() - width) // 2
        y = area.y() + (area.height() - height) // 2
    x = max(area.left(), min(x, area.right() + 1 - width))
    y = max(area.top(), min(y, area.bottom() + 1 - height))
    return QPoint(x, y)
