"""Last year's text beside this year's, with the differences marked (difflib, by character).

Highlights are extra selections, not formatting: they never enter the text or its undo stack.
"""

from __future__ import annotations

import difflib

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from desktop_app.gui import palette

REMOVED_COLOR = QColor(palette.REMOVED)  # in last year's text: gone or reworded this year
ADDED_COLOR = QColor(palette.ADDED)  # in this year's text: new since last year
MIN_EQUAL = 2  # shorter equal runs inside a change are noise: merge them into it

Span = tuple[int, int]


def diff_spans(old: str, new: str) -> tuple[list[Span], list[Span]]:
    """Character spans (Python indices) that differ: (in ``old``, in ``new``)."""
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    old_spans: list[Span] = []
    new_spans: list[Span] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        _add(old_spans, i1, i2)
        _add(new_spans, j1, j2)
    return old_spans, new_spans


def _add(spans: list[Span], start: int, end: int) -> None:
    if start == end:
        return
    if spans and start - spans[-1][1] < MIN_EQUAL:
        spans[-1] = (spans[-1][0], end)
    else:
        spans.append((start, end))


def qt_offset(text: str, index: int) -> int:
    """Python index → QTextDocument position (UTF-16 units: characters beyond the BMP count twice)."""
    return len(text[:index].encode("utf-16-le")) // 2


def span_selections(edit: QPlainTextEdit, spans: list[Span], color: QColor) -> list[QTextEdit.ExtraSelection]:
    text = edit.toPlainText()
    selections = []
    fmt = QTextCharFormat()
    fmt.setBackground(color)
    for start, end in spans:
        cursor = QTextCursor(edit.document())
        cursor.setPosition(qt_offset(text, start))
        cursor.setPosition(qt_offset(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        selections.append(selection)
    return selections


def select_span(edit: QPlainTextEdit, start: int, end: int) -> None:
    """Put the cursor on a span (Python indices) of the editor's text and show it."""
    text = edit.toPlainText()
    cursor = edit.textCursor()
    cursor.setPosition(qt_offset(text, min(start, len(text))))
    cursor.setPosition(qt_offset(text, min(end, len(text))), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


class LastYearView(QPlainTextEdit):
    """Read-only; marks what this year's text no longer says the same way."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTabChangesFocus(True)
        self._shown = ""

    def show_diff(self, last_year: str, this_year: str) -> list[Span]:
        if last_year != self._shown:
            self.setPlainText(last_year)
            self._shown = last_year
        old_spans, new_spans = diff_spans(last_year, this_year)
        self.setExtraSelections(span_selections(self, old_spans, REMOVED_COLOR))
        return new_spans
