"""Usable on a county PC's screen: 1366×768 and 1024×700 at 100 %, 125 % and 150 %.

Scaling shrinks the screen in logical pixels, which is what the layouts work in: a window at
150 % on 1366×768 has the room a window at 100 % has on 910×512. So each window is given the
logical room it would get (the screen, less the taskbar and the title bar) and must fit it,
with the step navigation, Back/Next and the export and sign-off buttons reachable.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtWidgets import QWidget

from desktop_app.gui.i18n import install_translators, remove_translators
from tests.gui.ui_walk import cut_off, editor_steps, settle, store_rolled_national

TASKBAR = 40  # physical pixels (Windows)
TITLE_BAR = 30  # logical pixels

SCREENS = [(1366, 768, 1.0), (1366, 768, 1.25), (1366, 768, 1.5), (1024, 700, 1.0), (1024, 700, 1.25), (1024, 700, 1.5)]


def room(width: int, height: int, scale: float) -> QSize:
    """The logical size a window's inside gets on this screen at this scaling."""
    return QSize(int(width / scale), int((height - TASKBAR) / scale) - TITLE_BAR)


@pytest.fixture(params=["en", "zh_CN"])
def lang(request: Any, qapp: Any) -> Iterator[str]:
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


def fits(window: QWidget, size: QSize) -> None:
    hint = window.minimumSizeHint().expandedTo(window.minimumSize())
    assert hint.width() <= size.width() and hint.height() <= size.height(), f"{type(window).__name__} needs {hint}"
    window.resize(size)
    window.show()
    settle()
    assert window.size() == size


def reachable(widget: QWidget, window: QWidget) -> None:
    """Visible inside the window, scrolling its page to it if need be."""
    scroll = widget.parentWidget()
    while scroll is not None and not hasattr(scroll, "ensureWidgetVisible"):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(widget)  # type: ignore[attr-defined]
        settle()
        view = scroll.viewport()  # type: ignore[attr-defined]
        inside = QRect(widget.mapTo(view, QPoint(0, 0)), widget.size())
        assert view.rect().contains(inside), f"{widget.text() if hasattr(widget, 'text') else widget} off its page"
    assert widget.isVisibleTo(window)
    assert window.rect().contains(QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()))


@pytest.mark.parametrize(("width", "height", "scale"), SCREENS)
def test_every_window_fits_and_keeps_its_controls_in_reach(
    qtbot: Any, library: Any, lang: str, width: int, height: int, scale: float
) -> None:
    size = room(width, height, scale)
    fits(library, size)
    assert library.table.isVisibleTo(library) and library.filter_edit.isVisibleTo(library)

    editor = library.open_draft(store_rolled_national(library.ctx).id)
    fits(editor, size)
    for index in editor_steps(editor):
        for control in (editor.sidebar, editor.back_button, editor.next_button):
            reachable(control, editor)
        assert cut_off(editor) == [], f"step {index + 1}"
    editor.set_step(editor.step_index(editor.review_page.step_id))
    settle()
    for control in (editor.review_page.sign_button, editor.review_page.confirm_list.keep_button):
        reachable(control, editor)
    editor.set_step(editor.step_index(editor.export_page.step_id))
    settle()
    reachable(editor.export_page.export_button, editor)
    assert editor.save_action.shortcuts() and editor.export_action.shortcuts()


@pytest.mark.parametrize(("width", "height", "scale"), [SCREENS[2], SCREENS[-1]])
def test_the_dialogs_and_the_county_window_fit_the_smallest_screens(
    qtbot: Any, ctx: Any, lang: str, width: int, height: int, scale: float
) -> None:
    from desktop_app.gui.county import CountyWindow
    from desktop_app.gui.widgets.new_draft import NewDraftDialog

    size = room(width, height, scale)
    county = CountyWindow(ctx)
    qtbot.addWidget(county)
    fits(county, size)
    dialog = NewDraftDialog(lang)
    qtbot.addWidget(dialog)
    hint = dialog.minimumSizeHint()
    assert hint.width() <= size.width() and hint.height() <= size.height()


def test_the_format_name_gets_the_height_it_wraps_to(qtbot: Any, library: Any, lang: str) -> None:
    """The format's name beside "Format:" once overlapped the row below in a narrow window."""
    editor = library.open_draft(store_rolled_national(library.ctx).id)
    for width, height, scale in SCREENS:
        fits(editor, room(width, height, scale))
        label = editor.pages[0].format_label
        box = label.parentWidget()
        assert label.height() >= label.heightForWidth(label.width())
        assert box.rect().contains(QRect(label.mapTo(box, QPoint(0, 0)), label.size()))


def test_the_sign_off_form_goes_under_the_list_when_the_page_is_narrow(qtbot: Any, library: Any, lang: str) -> None:
    from PySide6.QtWidgets import QBoxLayout

    editor = library.open_draft(store_rolled_national(library.ctx).id)
    review = editor.review_page
    editor.set_step(editor.step_index(review.step_id))
    fits(editor, room(1366, 768, 1.0))
    assert review.bottom.direction() == QBoxLayout.Direction.LeftToRight
    fits(editor, room(1366, 768, 1.5))
    assert review.bottom.direction() == QBoxLayout.Direction.TopToBottom
    listing = review.confirm_list.tree
    assert listing.columnWidth(0) >= listing.viewport().width() // 2  # the items keep most of the width
