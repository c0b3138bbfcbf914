"""Where a draft still holds a blank to fill in: XX, X条, ____, 【…】, 请填写, ○○, and template
markup left in ({{ … }}, {% … %}, or a lone {{ {% }} %}).

The markup is found apart from the rest: as an alternative of one regular expression,
``\\{\\{[^\\n]*?\\}\\}`` read to the end of the line from every unclosed ``{{``, so a line of
them took time growing with the square of its length (120,000 characters: 22 s). Here the
closing mark after an opening one is looked up once per stretch, however many openings
share it. The spans are exactly those of the one expression (``tests/core/test_textscan.py``
keeps that expression as the reference).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from desktop_app.core.cn_dates import DIGITS
from desktop_app.core.textscan import Sparse

_BLANKS = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ×]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])"  # XX, xx, ＸＸ, ××
    r"|(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ](?=[条件份篇次个名人元月日年项])"  # "X条", "X月X日"
    r"|×(?=[条件份篇次个名人元月日年项])"
    r"|[_＿]{2,}"
    r"|【[^】\n]{0,20}】"
    r"|请填写|待填写|待补充|此处填写"
    # ○○ as a blank, but not the zeros of a year written with ○ (二○○八年)
    rf"|(?<![{DIGITS}○OoＯｏ0０零])[○〇]{{2,}}(?![{DIGITS}○年])"
)
# every blank holds one of these characters, and none runs over a line break
BLANKS = Sparse(_BLANKS, "XxＸｘ×_＿【填补○〇", "\n")

_MARKUP = re.compile(r"\{\{|\{%|\}\}|%\}")
_CLOSING = {"{{": "}}", "{%": "%}"}


class _NextFrom:
    """``text.find(sub, at)`` for growing ``at``, each part of the text searched once."""

    def __init__(self, text: str, sub: str) -> None:
        self.text, self.sub = text, sub
        self.searched_from = len(text) + 1
        self.found = -1

    def __call__(self, at: int) -> int:
        if not (self.searched_from <= at and (self.found < 0 or self.found >= at)):
            self.searched_from, self.found = at, self.text.find(self.sub, at)
        return self.found


def _markup(text: str, pos: int, closing: dict[str, _NextFrom], newline: _NextFrom) -> Iterator[tuple[int, int]]:
    """Spans of template markup from ``pos`` on: an opening mark reaches to its closing mark
    on the same line, else it stands alone."""
    while (match := _MARKUP.search(text, pos)) is not None:
        end = match.end()
        if match.group() in closing:
            at = closing[match.group()](end)
            line_end = newline(end)
            if at >= 0 and (line_end < 0 or line_end > at):
                end = at + 2
        yield match.start(), end
        pos = end


def placeholder_spans(text: str) -> Iterator[tuple[int, int]]:
    """The blanks and the markup in text order, as one left-to-right scan would find them:
    where one kind's span starts inside the other's, that kind is searched again after it."""
    closing = {mark: _NextFrom(text, sub) for mark, sub in _CLOSING.items()}
    newline = _NextFrom(text, "\n")

    def blanks_from(pos: int) -> Iterator[tuple[int, int]]:
        return (m.span() for m in BLANKS.finditer(text, pos))

    blanks, markup = blanks_from(0), _markup(text, 0, closing, newline)
    blank, mark = next(blanks, None), next(markup, None)
    pos = 0
    while blank is not None or mark is not None:
        if blank is not None and blank[0] < pos:
            blanks = blanks_from(pos)
            blank = next(blanks, None)
        elif mark is not None and mark[0] < pos:
            markup = _markup(text, pos, closing, newline)
            mark = next(markup, None)
        elif blank is not None and (mark is None or blank[0] < mark[0]):
            yield blank
            pos, blank = blank[1], next(blanks, None)
        elif mark is not None:
            yield mark
            pos, mark = mark[1], next(markup, None)
