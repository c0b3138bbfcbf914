"""Where the exported report's pages break, for the preview: the elements the .docx export
writes, in its order, each with the page it starts on.

The export writes no page break of its own; pages break where the layout's text block is
full. This places the elements on that block by the export's own rules: body lines on the
28.95 pt grid (28 characters a line, half-width digits half a character), the title on its
own pitch, titles and headings kept with what follows, table rows never split and header
rows repeated on a new page, each block of a multi-block table kept on one page, and the
落款 taking the last line of the text along. Word's line breaking (no 。 at a line start)
can move a break by a line; the preview says where, not to the millimetre.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.errors import ReportError
from desktop_app.core.formats.spec import FieldSpec, load_format
from desktop_app.core.formats.table_spec import TableBlock, TableSpec, header_grid
from desktop_app.core.model import Draft
from desktop_app.core.word.layout import Layout, load_layout
from desktop_app.core.word.measure import column_widths, width_in_chars

_GAP_TWIPS = 120  # the thin paragraph between two tables of one field (word.tables)
_KEEP_LINES = 2  # widow and orphan control: lines a paragraph keeps together at a page break


class Kind(StrEnum):
    TITLE = "title"
    BLANK = "blank"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    TABLE = "table"  # a piece of one block of a table field: its header rows and some data rows
    ISSUER = "issuer"
    DATE = "date"


@dataclass(frozen=True)
class Element:
    kind: Kind
    text: str = ""
    field: str = ""  # TABLE: the field's key
    block: int = 0  # TABLE: which block of the table
    rows: tuple[int, int] = (0, 0)  # TABLE: the block's data rows in this piece, [start, stop)
    page: int = 1  # the page the element starts on
    breaks: tuple[int, ...] = ()  # PARAGRAPH: where in its text each further page begins


class _Pages:
    """The text block page by page: how much of the current page is used, in twips."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self.page = 1
        self.used = 0

    def room(self) -> int:
        return self.capacity - self.used

    def new_page(self) -> None:
        self.page += 1
        self.used = 0

    def lines(self, count: int, pitch: int) -> int:
        """Place ``count`` lines; the page they start on."""
        return self.paragraph(count, pitch)[0]

    def paragraph(self, count: int, pitch: int) -> tuple[int, list[int]]:
        """Place a paragraph of ``count`` lines: the page it starts on and the lines that begin
        a new page. Like the export's paragraphs it may run onto the next page, but never leaves
        one line alone at the foot of a page or the head of the next (widow and orphan control)."""
        count = max(count, 1)
        fit = self.room() // pitch
        breaks: list[int] = []
        if count > fit and self.used:
            here = min(fit, count - _KEEP_LINES)
            if here < _KEEP_LINES:
                self.new_page()  # the whole paragraph goes over
            else:
                start = self.page
                self.new_page()
                _, rest = self.paragraph(count - here, pitch)
                return start, [here] + [here + line for line in rest]
        start = self.page
        for line in range(count):  # a paragraph longer than a page goes on over the next ones
            if self.used + pitch > self.capacity and self.used:
                self.new_page()
                breaks.append(line)
            self.used += pitch
        return start, breaks


def plan_pages(draft: Draft, layout: Layout | None = None) -> list[Element]:
    """The report's elements in print order, each with the page it starts on."""
    layout = layout or load_layout()
    spec = load_format(draft.format_id)
    pages = _Pages(layout.page_h - layout.margin_top - layout.margin_bottom)
    body = layout.body_line_twips
    out: list[Element] = []
    try:
        title = render_title(draft, spec)
    except ReportError:
        title = [draft.agency.full_name]
    title_chars = max(1, layout.text_width // round(layout.title.size_pt * 20))
    for line in title:
        out.append(Element(Kind.TITLE, line, page=pages.lines(_lines(line, title_chars), _title_pitch(layout))))
    for _ in range(layout.title_blank_lines_after):
        out.append(Element(Kind.BLANK, page=pages.lines(1, body)))
    headings = {s.id: s for s in spec.sections}
    for section in draft.sections:
        section_spec = headings.get(section.id)
        heading = section_spec.heading_text if section_spec is not None and section_spec.heading else ""
        heading = heading or (section.title if section_spec is None else "")
        tables = [spec.field(k) for k in (section_spec.fields if section_spec is not None else ())]
        tables = [f for f in tables if f.table is not None]
        if heading:
            lines = _body_lines(heading, layout)
            # a heading keeps with what follows: two lines of text, or a table's header and first row
            after = _table_start(tables[0], layout) if tables and not section.paragraphs() else 2 * body
            if pages.used and pages.room() < lines * body + after:
                pages.new_page()
            out.append(Element(Kind.HEADING, heading, page=pages.lines(lines, body)))
        for paragraph in section.paragraphs():
            out.append(_paragraph(paragraph, layout, pages))
        for field in tables:
            out += _table(field, layout, pages)
    out += _signature(draft, layout, pages, out)
    return out


def _paragraph(text: str, layout: Layout, pages: _Pages) -> Element:
    page, breaks = pages.paragraph(_body_lines(text, layout), layout.body_line_twips)
    starts = _line_starts(text, layout.chars_per_line, layout.first_line_indent_chars)
    return Element(Kind.PARAGRAPH, text, page=page, breaks=tuple(starts[b] for b in breaks if b < len(starts)))


def _line_starts(text: str, per_line: float, indent: float) -> list[int]:
    """Where each line of a body paragraph begins (character offsets), filled greedily."""
    starts = [0]
    used = indent
    for index, char in enumerate(text):
        width = width_in_chars(char)
        if used + width > per_line:
            starts.append(index)
            used = 0
        used += width
    return starts


def _title_pitch(layout: Layout) -> int:
    """A title line taller than the grid's takes whole grid lines (the title snaps to the grid)."""
    if layout.grid_type != "lines" or layout.grid_line_pitch <= 0:
        return layout.title_line_twips
    return math.ceil(layout.title_line_twips / layout.grid_line_pitch) * layout.grid_line_pitch


def page_count(elements: list[Element]) -> int:
    return max((e.page for e in elements), default=1)


def _lines(text: str, per_line: float, indent: float = 0) -> int:
    return max(1, math.ceil((indent + width_in_chars(text)) / per_line))


def _body_lines(text: str, layout: Layout) -> int:
    return _lines(text, layout.chars_per_line, layout.first_line_indent_chars)


# --- tables ------------------------------------------------------------------------------


def _table_start(field: FieldSpec, layout: Layout) -> int:
    """The height of a table's header and first row: what a heading above it keeps with."""
    table = field.table
    if table is None or not table.blocks:
        return 0
    widths = column_widths(table, layout.text_width)
    block = table.blocks[0]
    first = _row_height(table, block, 0, widths, layout) if block.rows else 0
    return sum(_header_heights(table, block, widths, layout)) + first


def _table(field: FieldSpec, layout: Layout, pages: _Pages) -> list[Element]:
    table = field.table
    if table is None:
        return []
    widths = column_widths(table, layout.text_width)
    keep = len(table.blocks) > 1  # the export keeps each block of a multi-block table together
    out: list[Element] = []
    for number, block in enumerate(table.blocks):
        if number:
            pages.lines(1, _GAP_TWIPS)
        header = sum(_header_heights(table, block, widths, layout))
        rows = [_row_height(table, block, index, widths, layout) for index in range(len(block.rows))]
        if keep and header + sum(rows) > pages.room() and header + sum(rows) <= pages.capacity:
            pages.new_page()
        out += _pieces(field.key, number, header, rows, pages)
    return out


def _pieces(key: str, number: int, header: int, rows: list[int], pages: _Pages) -> list[Element]:
    """A block's rows page by page; every piece starts with the header rows (they repeat)."""
    out: list[Element] = []
    start = 0
    while start < len(rows) or not out:
        if pages.used and header + (rows[start] if start < len(rows) else 0) > pages.room():
            pages.new_page()
        page = pages.page
        pages.used += header
        stop = start
        while stop < len(rows) and (rows[stop] <= pages.room() or stop == start):
            pages.used += rows[stop]
            stop += 1
        out.append(Element(Kind.TABLE, field=key, block=number, rows=(start, stop), page=page))
        start = stop
        if start < len(rows):
            pages.new_page()
    return out


def _cell_lines(text: str, width: int, layout: Layout) -> int:
    t = layout.table
    room = max(1, width - 2 * t.cell_margin) / (t.font.size_pt * 20)
    return _lines(text, room) if text else 1


def _header_heights(table: TableSpec, block: TableBlock, widths: list[int], layout: Layout) -> list[int]:
    t = layout.table
    grid = header_grid(block.header, table.grid_columns)
    heights = [t.min_row_height] * len(grid)
    tall: list[tuple[int, int, int]] = []  # (first row, rows spanned, height needed)
    for r, cells in enumerate(grid):
        for col, cell in cells:
            needed = _cell_lines(cell.text, sum(widths[col : col + cell.colspan]), layout) * t.line_twips
            if cell.rowspan == 1:
                heights[r] = max(heights[r], needed)
            else:
                tall.append((r, cell.rowspan, needed))
    for first, span, needed in tall:
        last = min(first + span, len(heights)) - 1
        heights[last] += max(0, needed - sum(heights[first : last + 1]))
    return [_bordered(h, layout) for h in heights]


def _row_height(table: TableSpec, block: TableBlock, index: int, widths: list[int], layout: Layout) -> int:
    row = block.rows[index]
    lines = 1
    col = 0
    for level, label in enumerate(row.labels):
        last = level == len(row.labels) - 1
        span = table.label_columns - level if last else 1
        needed = _cell_lines(label, sum(widths[col : col + span]), layout)
        # a group label merged down over several rows shares their height
        lines = max(lines, needed if last else math.ceil(needed / _group_size(block, index, level)))
        col += span
    return _bordered(max(layout.table.min_row_height, lines * layout.table.line_twips), layout)


def _bordered(height: int, layout: Layout) -> int:
    """A row's height with its share of the rules (a 0.5 pt rule is shared by two rows)."""
    return height + round(layout.table.border_eighths / 8 * 10)


def _group_size(block: TableBlock, index: int, level: int) -> int:
    """How many consecutive rows print the same group label at ``level`` as row ``index``."""
    key = block.rows[index].labels[: level + 1]
    same = [len(r.labels) > level + 1 and r.labels[: level + 1] == key for r in block.rows]
    first, last = index, index
    while first > 0 and same[first - 1]:
        first -= 1
    while last + 1 < len(same) and same[last + 1]:
        last += 1
    return last - first + 1


# --- 落款 ----------------------------------------------------------------------------------


def _signature(draft: Draft, layout: Layout, pages: _Pages, before: list[Element]) -> list[Element]:
    """The 落款 and date, with the blank line above them, never alone on a page: when they do
    not fit, the last line of the text goes over with them."""
    issuer = (draft.issuer or "").strip()
    date_text = format_date(draft.report_date, draft.date_style) if draft.report_date else ""
    lines = [(Kind.ISSUER, issuer), (Kind.DATE, date_text)]
    lines = [(kind, text) for kind, text in lines if text]
    if not lines:
        return []
    body = layout.body_line_twips
    last = before[-1] if before and before[-1].kind is Kind.PARAGRAPH else None  # a table keeps nothing
    if last is not None and last.breaks:  # a paragraph kept with the next is not split: it goes over whole
        pages.used = min(_body_lines(last.text, layout) * body, pages.capacity // 2)
        before[-1] = last = replace(last, page=pages.page, breaks=())
    if pages.room() < (layout.signature_blank_lines + len(lines)) * body:
        pages.new_page()
        if last is not None:  # the last paragraph goes over with the 落款, whole
            pages.used = min(_body_lines(last.text, layout) * body, pages.capacity // 2)
            before[-1] = replace(last, page=pages.page, breaks=())
    out = [Element(Kind.BLANK, page=pages.lines(1, body)) for _ in range(layout.signature_blank_lines)]
    return out + [Element(kind, text, page=pages.lines(1, body)) for kind, text in lines]
