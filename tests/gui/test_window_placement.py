"""Every window the library opens comes to the front, inside the screen the library is on."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget


def _in_front_on_the_librarys_screen(qtbot: Any, library: Any, window: QWidget) -> None:
    area = library.screen().availableGeometry()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert window.screen() is library.screen()
    assert window.isVisible()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_an_editor_opens_in_front_on_the_librarys_screen(qtbot: Any, library: Any, stored_demo: Any) -> None:
    # the editor's own size (or a size remembered on a larger screen) is more than this screen has
    assert library.screen().availableGeometry().width() < 1200
    editor = library.open_draft(stored_demo.id)
    _in_front_on_the_librarys_screen(qtbot, library, editor)


def test_an_editor_left_off_the_screen_comes_back_when_raised(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    area = library.screen().availableGeometry()
    editor.move(area.right() + 400, area.bottom() + 300)  # where a screen that has gone was
    library.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is library)
    assert library.open_draft(stored_demo.id) is editor
    _in_front_on_the_librarys_screen(qtbot, library, editor)


def test_the_county_window_opens_in_front_on_the_librarys_screen(qtbot: Any, library: Any) -> None:
    window = library.publishing.open_county()
    qtbot.addWidget(window)
    _in_front_on_the_librarys_screen(qtbot, library, window)
