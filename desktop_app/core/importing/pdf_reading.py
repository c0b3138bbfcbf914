"""Lines of a report from a PDF with a text layer (pypdfium2: Chrome's PDFium engine).

PDFium gives the text as positioned runs. Runs inside a table are recognised by the table's
drawn rules: the rules around a run make its cell, so a cell's wrapped lines are one text and
a merged cell is found whole. A row is the cells whose tops line up, a merged cell once in the
row where it starts, cells joined by CELL_SEPARATOR (what a .docx gives). Other runs become
lines in reading order; lines that repeat in the top or bottom margin of the pages (running
heads, page numbers) are dropped. A PDF without any text (a scan) is refused with a clear
message: reading images needs OCR, which this app does not do.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from desktop_app.core.errors import InputError
from desktop_app.core.importing.decoding import plausible_share
from desktop_app.core.importing.docx_reading import CELL_SEPARATOR
from desktop_app.core.importing.notes import Note

MAX_PAGES = 500
_READABLE = 0.6  # share of ordinary characters below which a text layer is unreadable
_RULE = 2.5  # points: a path thinner than this is a rule (a table border)
_MIN_RULE = 6.0  # points: shorter marks are not borders
_MARGIN = 0.13  # share of the page height at top and bottom where running heads and page numbers sit
_CELL_GAP = 2.0  # character heights of blank between two runs that makes them two cells
_SAME_LINE = 0.5  # share of a run's height two runs' centres may differ by on one line
_CJK_SPACE = re.compile(
    r"(?<=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’])[ \u00a0]+"
    r"|[ \u00a0]+(?=[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’])"
)
_DIGITS = re.compile(r"[0-9０-９]+")


@dataclass
class _Run:
    left: float
    bottom: float
    right: float
    top: float
    text: str

    @property
    def middle(self) -> float:
        return (self.bottom + self.top) / 2


@dataclass
class _Rule:
    low: float  # along the rule: x0 for a horizontal one, y0 for a vertical one
    high: float
    at: float  # across: y of a horizontal rule, x of a vertical one


@dataclass
class _Item:
    top: float
    left: float
    text: str
    in_margin: bool
    right: float = 0.0
    bottom: float = 0.0
    prose: bool = False  # a line of running text (not a table row): may continue a paragraph


def read_pdf_lines(data: bytes, path: Path) -> tuple[list[str], list[str]]:
    """The report's lines and notes on reading them."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if "password" in str(exc).lower():
            raise InputError("import:pdf-password", path=path) from exc
        raise InputError("import:pdf-damaged", path=path) from exc
    try:
        pages = [_page_items(document, i) for i in range(min(len(document), MAX_PAGES))]
    except pdfium.PdfiumError as exc:
        raise InputError("import:pdf-damaged", path=path) from exc
    finally:
        document.close()
    empty = [i + 1 for i, items in enumerate(pages) if not items]
    if len(empty) == len(pages):
        raise InputError("import:scanned-pdf", path=path)
    repeated = _running_heads(pages)
    lines = [item.text for items in pages for item in items if not (item.in_margin and _key(item) in repeated)]
    if plausible_share("".join(lines)) < _READABLE:
        # fonts without a table from glyphs to characters: the "text" is symbols, not words
        raise InputError("import:pdf-garbled", path=path)
    notes: list[str] = [Note("read-pdf", pages=len(pages))]
    if empty:
        notes.append(Note("pdf-pages-without-text", count=len(empty), pages="、".join(map(str, empty))))
    return lines, notes


def _page_items(document: pdfium.PdfDocument, index: int) -> list[_Item]:
    page = document[index]
    try:
        height = page.get_height()
        text_page = page.get_textpage()
        try:
            runs = _runs(text_page)
        finally:
            text_page.close()
        horizontal, vertical = _rules(page)
    finally:
        page.close()
    cells: dict[tuple[float, float, float, float], list[_Run]] = {}
    loose: list[_Run] = []
    for run in runs:
        box = _cell(run, horizontal, vertical)
        if box is None:
            loose.append(run)
        else:
            cells.setdefault(box, []).append(run)
    items = [_line_item(line, height) for line in _lines(loose)]
    items += _row_items(cells, height)
    items.sort(key=lambda item: (-item.top, item.left))
    return _paragraphs(items)


def _paragraphs(items: list[_Item]) -> list[_Item]:
    """Lines of one paragraph joined: a line that runs to the right edge of the text goes on
    in the next line when that starts at the left edge (a new paragraph is indented, a
    heading or the last line of a paragraph stops short). Only the layout knows this: a
    line break in running text says nothing."""
    prose = [item for item in items if item.prose and not item.in_margin]
    if not prose:
        return items
    right_edge = max(item.right for item in prose)
    left_edge = min(item.left for item in prose)
    joined: list[_Item] = []
    for item in items:
        previous = joined[-1] if joined else None
        size = item.top - item.bottom
        if (
            previous is not None
            and previous.prose
            and item.prose
            and not (previous.in_margin or item.in_margin)
            and previous.right >= right_edge - 1.5 * size
            and item.left <= left_edge + 0.5 * size
            and 0 <= previous.bottom - item.top <= 1.5 * size
        ):
            previous.text += item.text
            previous.right, previous.bottom = item.right, item.bottom
            continue
        joined.append(item)
    return joined


def _runs(text_page: pdfium.PdfTextPage) -> list[_Run]:
    runs = []
    for i in range(text_page.count_rects()):
        left, bottom, right, top = text_page.get_rect(i)
        text = text_page.get_text_bounded(left, bottom, right, top)
        text = text.replace("\r", " ").replace("\n", " ")
        if text.strip():
            runs.append(_Run(left, bottom, right, top, text))
    return runs


def _rules(page: pdfium.PdfPage) -> tuple[list[_Rule], list[_Rule]]:
    horizontal: list[_Rule] = []
    vertical: list[_Rule] = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=3):
        left, bottom, right, top = obj.get_bounds()
        width, height = right - left, top - bottom
        if height <= _RULE and width >= _MIN_RULE:
            horizontal.append(_Rule(left, right, (bottom + top) / 2))
        elif width <= _RULE and height >= _MIN_RULE:
            vertical.append(_Rule(bottom, top, (left + right) / 2))
    return horizontal, vertical


def _cell(run: _Run, horizontal: list[_Rule], vertical: list[_Rule]) -> tuple[float, float, float, float] | None:
    """The box of the table cell around ``run``: the nearest rule on each side that spans it."""
    x, y = (run.left + run.right) / 2, run.middle
    above = [r.at for r in horizontal if r.at > y and r.low - 1 <= x <= r.high + 1]
    below = [r.at for r in horizontal if r.at < y and r.low - 1 <= x <= r.high + 1]
    left = [r.at for r in vertical if r.at < x and r.low - 1 <= y <= r.high + 1]
    right = [r.at for r in vertical if r.at > x and r.low - 1 <= y <= r.high + 1]
    if not (above and below and left and right):
        return None
    return (round(max(left), 1), round(max(below), 1), round(min(right), 1), round(min(above), 1))


def _lines(runs: list[_Run]) -> list[list[_Run]]:
    """Runs side by side on one line, each line's runs left to right."""
    lines: list[list[_Run]] = []
    for run in sorted(runs, key=lambda r: -r.top):
        for line in lines:
            first = line[0]
            if abs(first.middle - run.middle) <= _SAME_LINE * max(first.top - first.bottom, 1.0):
                line.append(run)
                break
        else:
            lines.append([run])
    return [sorted(line, key=lambda r: r.left) for line in lines]


def _line_item(line: list[_Run], height: float) -> _Item:
    top = max(r.top for r in line)
    bottom = min(r.bottom for r in line)
    in_margin = bottom > height * (1 - _MARGIN) or top < height * _MARGIN
    # runs far apart on one line are the cells of a table drawn without rules
    pieces = [_tidy(line[0].text)]
    for before, run in pairwise(line):
        if run.left - before.right > _CELL_GAP * (run.top - run.bottom):
            pieces.append(CELL_SEPARATOR)
        pieces.append(_tidy(run.text))
    text = "".join(pieces)
    prose = CELL_SEPARATOR not in text
    return _Item(top, line[0].left, text, in_margin, max(r.right for r in line), bottom, prose=prose)


def _row_items(cells: dict[tuple[float, float, float, float], list[_Run]], height: float) -> list[_Item]:
    rows: dict[float, list[tuple[float, str]]] = {}
    for (left, _bottom, _right, top), runs in cells.items():
        text = _tidy("".join(r.text for line in _lines(runs) for r in line))
        key = next((t for t in rows if abs(t - top) <= 1.5), top)
        rows.setdefault(key, []).append((left, text))
    items = []
    for top, row in rows.items():
        texts = [text for _, text in sorted(row)]
        line = texts[0] if len(texts) == 1 else CELL_SEPARATOR.join(texts)
        items.append(_Item(top, min(left for left, _ in row), line, False))
    return items


def _running_heads(pages: list[list[_Item]]) -> set[str]:
    """Margin lines that recur on several pages (digits aside: page numbers change)."""
    if len(pages) < 2:
        return set()
    seen: Counter[str] = Counter()
    for items in pages:
        seen.update({_key(item) for item in items if item.in_margin})
    return {key for key, n in seen.items() if n >= 2}


def _key(item: _Item) -> str:
    return _DIGITS.sub("#", item.text)


def _tidy(text: str) -> str:
    return _CJK_SPACE.sub("", text).strip()
