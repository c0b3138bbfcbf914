"""An in-app look at the exported document: the layout profile's fonts and sizes, as HTML.

Built from the export's own page plan (``core.word.pages``): title lines, headings,
paragraphs, the statistical tables with their merged headers, 落款 and date, in print order,
with a rule and the page number ("— 1 —") wherever a page ends; a table that runs over a page
is cut there and its header rows repeat, as they do on paper. Scaled to the screen.
"""

from __future__ import annotations

from html import escape
from itertools import pairwise

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft, SignOffState, sign_off_state
from desktop_app.core.publish.html_tables import table_piece_html
from desktop_app.core.word.layout import Font, Layout, load_layout
from desktop_app.core.word.pages import Element, Kind, page_count, plan_pages
from desktop_app.gui import palette

SCALE = 0.75  # points on paper → points on screen: a page fits beside the controls
PAGE_END = "page-end"  # the class of the paragraph that ends a page (tests find the breaks by it)

_FALLBACKS = {
    "仿宋": "'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif",
    "黑体": "'SimHei', 'Noto Sans CJK SC', sans-serif",
    "楷体": "'KaiTi', 'STKaiti', 'AR PL UKai CN', serif",
    "宋": "'SimSun', 'Noto Serif CJK SC', serif",
}


def _css_font(font: Font) -> str:
    fallback = next((v for k, v in _FALLBACKS.items() if k in font.name), "serif")
    return f"font-family: '{font.name}', {fallback}; font-size: {font.size_pt * SCALE:.1f}pt;"


def _page_end(layout: Layout, number: int, last: bool = False) -> str:
    """The page number as printed at the foot, and (between pages) a rule for the break."""
    dash = layout.page_number_dash
    foot = (
        f'<p class="{PAGE_END}" align="center" style="{_css_font(layout.page_number)} color: {palette.GUIDANCE_INK};">'
        f"{dash} {number} {dash}</p>"
    )
    return foot if last else foot + "<hr/>"


class _Page:
    """The HTML so far and the page it has reached."""

    def __init__(self, layout: Layout) -> None:
        self.layout = layout
        self.number = 1
        self.parts: list[str] = []

    def turn_to(self, page: int) -> None:
        while self.number < page:
            self.parts.append(_page_end(self.layout, self.number))
            self.number += 1


def preview_html(draft: Draft) -> str:
    layout = load_layout()
    elements = plan_pages(draft, layout)
    # Qt's rich text takes text-indent in pixels only
    indent = round(layout.first_line_indent_chars * layout.body.size_pt * SCALE * 96 / 72)
    page = _Page(layout)
    page.parts.append(f'<html><body style="{_css_font(layout.body)}">')
    if sign_off_state(draft) is not SignOffState.SIGNED_OFF:
        page.parts.append(f'<p align="right" style="color:{palette.DRAFT_MARK_INK};">{escape(layout.draft_mark)}</p>')
    for element in elements:
        page.turn_to(element.page)
        page.parts += _element_html(draft, element, layout, indent, page)
    page.parts.append(_page_end(layout, page_count(elements), last=True))
    page.parts.append("</body></html>")
    return "\n".join(page.parts)


def _element_html(draft: Draft, element: Element, layout: Layout, indent: int, page: _Page) -> list[str]:
    text = escape(element.text)
    if element.kind is Kind.TITLE:
        return [f'<p align="center" style="{_css_font(layout.title)} font-weight: bold;">{text}</p>']
    if element.kind is Kind.BLANK:
        return ["<p>&nbsp;</p>"]
    if element.kind is Kind.HEADING:
        heading = _css_font(layout.heading1)
        return [f'<p style="{heading} font-weight: bold; text-indent: {indent}px;">{text}</p>']
    if element.kind is Kind.PARAGRAPH:
        return _paragraph_html(element, indent, page)
    if element.kind is Kind.TABLE:
        return [_table_html(draft, element, layout)]
    return [f'<p align="right" style="margin-right: {indent}px;">{text}</p>']  # 落款, date


def _paragraph_html(element: Element, indent: int, page: _Page) -> list[str]:
    """A paragraph, cut where a page ends inside it (the rest goes on without an indent)."""
    cuts = [0, *element.breaks, len(element.text)]
    out: list[str] = []
    for number, (start, stop) in enumerate(pairwise(cuts)):
        if number:
            page.parts += out
            out = []
            page.turn_to(page.number + 1)
        first = f" text-indent: {indent}px;" if number == 0 else ""
        out.append(f'<p style="{first}">{escape(element.text[start:stop])}</p>')
    return out


def _table_html(draft: Draft, element: Element, layout: Layout) -> str:
    field = load_format(draft.format_id).field(element.field)
    value = draft.facts.get(element.field)
    html = table_piece_html(
        field, value if isinstance(value, dict) else None, f"p-{element.field}", element.block, element.rows
    )
    style = f"{_css_font(layout.table.font)} border-collapse: collapse; margin-top: 2px;"
    # the printed table: ruled, full width, header cells on a light grey
    html = html.replace(
        "<table ", f'<table border="1" cellspacing="0" cellpadding="2" width="100%" style="{style}" ', 1
    )
    html = html.replace("<td ", '<td align="center" ')  # numbers are centred in their cells
    return html.replace("<th ", f'<th bgcolor="{palette.HEADER}" ')


class Preview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_draft(self, draft: Draft) -> None:
        position = self.verticalScrollBar().value()
        self.setHtml(preview_html(draft))
        self.verticalScrollBar().setValue(position)
