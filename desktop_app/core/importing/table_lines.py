"""Table rows as the table reader wants them (cells joined by tabs), whatever shape they
arrived in:

- a Word or HTML table row: already cells joined by tabs (docx_reading, the HTML reader);
- a grid copied as text: ``| 规章 | 0 | 0 | 0 |`` (separator lines ``|---|---|`` dropped);
- one cell per line, as copying a table out of a web page or a PDF gives: a label line, then
  the numbers of its row each on a line of their own (or on one line, space-separated).

A blank cell stays an empty cell where the shape shows it (tabs, pipes); one cell per line
cannot show a blank, so such a row simply has fewer numbers, and the reader will not guess
where they belong.
"""

from __future__ import annotations

import re

from desktop_app.core.importing.docx_reading import CELL_SEPARATOR

_PIPE_ROW = re.compile(r"^\s*[|｜].*[|｜]\s*$")
_PIPE_RULE = re.compile(r"^[\s|｜:：\-—–=+]+$")
_NUMBER = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_NUMBERS_LINE = re.compile(rf"^{_NUMBER}(?:[ \u3000]+{_NUMBER})*$")
_SENTENCE_END = re.compile(r"[。；！？;!?]$")
LABEL_MAX = 80  # a table label line is short; a paragraph is not a label


def table_rows(lines: list[str]) -> list[str]:
    """``lines`` with grid rows as tab-joined cells and one-cell-per-line runs put together."""
    out: list[str] = []
    open_row = False  # the last line of ``out`` is a label (or a row) that numbers may follow
    for line in lines:
        if _PIPE_ROW.match(line):
            if _PIPE_RULE.match(line):
                continue
            cells = [c.strip() for c in re.split(r"[|｜]", line.strip())[1:-1]]
            out.append(CELL_SEPARATOR.join(cells))
            open_row = False
            continue
        stripped = line.strip()
        if _NUMBERS_LINE.match(stripped):
            numbers = stripped.split()
            if open_row:
                out[-1] = CELL_SEPARATOR.join([out[-1], *numbers])
            else:
                out.append(CELL_SEPARATOR.join(numbers) if len(numbers) > 1 else stripped)
                open_row = True
            continue
        out.append(line)
        open_row = is_label(stripped)
    return out


def is_label(line: str) -> bool:
    """A short line that names a row or a column: no sentence end, no cells of its own."""
    return (
        0 < len(line) <= LABEL_MAX
        and CELL_SEPARATOR not in line
        and not _SENTENCE_END.search(line)
        and not _NUMBERS_LINE.match(line)
    )
