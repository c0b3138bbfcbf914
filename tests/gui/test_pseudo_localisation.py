"""Pseudo-localisation: every string of the interface (ours and Qt's) stretched by 40 %, as a
longer translation would be; at 1366×768 no label or button is cut off, nothing sticks out
of its window and no page needs scrolling sideways."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTranslator

from tests.gui.test_screens import fits, room
from tests.gui.ui_walk import cut_off, editor_steps, needs_sideways_scroll, plain, store_rolled_national

PADDING = "ÅéÎøÜñÇ"


def stretch(text: str) -> str:
    """``text`` and 40 % more accented letters (markup, mnemonics and %1 left as they are)."""
    if not text.strip():
        return text
    extra = math.ceil(len(plain(text)) * 0.4)
    return text + (PADDING * extra)[:extra]


class Stretching(QTranslator):
    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return stretch(source)

    def isEmpty(self) -> bool:
        return False


@pytest.fixture
def stretched(qapp: Any) -> Iterator[None]:
    translator = Stretching()
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_stretch_reaches_every_string(qtbot: Any, stretched: None, library: Any) -> None:
    assert library.windowTitle() == stretch("Draft library")
    assert (
        library.filter_edit.placeholderText().startswith("Filter")
        and PADDING[:4] in library.filter_edit.placeholderText()
    )


def test_stretched_strings_still_fit_at_1366_by_768(qtbot: Any, stretched: None, library: Any) -> None:
    size = room(1366, 768, 1.0)
    fits(library, size)
    assert cut_off(library) == []
    editor = library.open_draft(store_rolled_national(library.ctx).id)
    fits(editor, size)
    wrong = []
    for index in editor_steps(editor):  # every step: basic information, sections, tables, review, export
        wrong += [f"step {index + 1}: {problem}" for problem in cut_off(editor)]
    wrong += needs_sideways_scroll(editor)
    assert wrong == [], "\n".join(wrong)
