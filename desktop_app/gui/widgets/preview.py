"""An in-app look at the exported document: the layout profile's fonts and sizes, as HTML.

Built from the same Draft the export uses (title lines, headings, paragraphs, 落款 and date),
scaled to the screen; it is a preview of the text and its shape, not of page breaks.
"""

from __future__ import annotations

from html import escape

from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.errors import ReportError
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft, SignOffState, sign_off_state
from desktop_app.core.word.layout import Font, load_layout
from desktop_app.gui import palette

SCALE = 0.75  # points on paper → points on screen: a page fits beside the controls

_FALLBACKS = {
    "仿宋": "'FangSong', 'STFangsong', 'Noto Serif CJK SC', serif",
    "黑体": "'SimHei', 'Noto Sans CJK SC', sans-serif",
    "楷体": "'KaiTi', 'STKaiti', 'AR PL UKai CN', serif",
    "宋": "'SimSun', 'Noto Serif CJK SC', serif",
}


def _css_font(font: Font) -> str:
    fallback = next((v for k, v in _FALLBACKS.items() if k in font.name), "serif")
    return f"font-family: '{font.name}', {fallback}; font-size: {font.size_pt * SCALE:.1f}pt;"


def preview_html(draft: Draft) -> str:
    layout = load_layout()
    spec = load_format(draft.format_id)
    body_css = _css_font(layout.body)
    # Qt's rich text takes text-indent in pixels only
    indent = round(layout.first_line_indent_chars * layout.body.size_pt * SCALE * 96 / 72)
    parts = [f'<html><body style="{body_css}">']
    if sign_off_state(draft) is not SignOffState.SIGNED_OFF:
        parts.append(f'<p align="right" style="color:{palette.DRAFT_MARK_INK};">{escape(layout.draft_mark)}</p>')
    try:
        title = render_title(draft)
    except ReportError:
        title = [draft.agency.full_name]
    for line in title:
        parts.append(f'<p align="center" style="{_css_font(layout.title)} font-weight: bold;">{escape(line)}</p>')
    parts.append("<p>&nbsp;</p>")
    headings = {s.id: s for s in spec.sections}
    for section in draft.sections:
        section_spec = headings.get(section.id)
        if section_spec is not None and section_spec.heading:
            parts.append(
                f'<p style="{_css_font(layout.heading1)} font-weight: bold; text-indent: {indent}px;">'
                f"{escape(section_spec.heading_text)}</p>"
            )
        for paragraph in section.paragraphs():
            parts.append(f'<p style="text-indent: {indent}px;">{escape(paragraph)}</p>')
    issuer = (draft.issuer or "").strip()
    date_text = format_date(draft.report_date, draft.date_style) if draft.report_date else ""
    if issuer or date_text:
        parts.append("<p>&nbsp;</p>")
        for text in (issuer, date_text):
            if text:
                parts.append(f'<p align="right" style="margin-right: {indent}px;">{escape(text)}</p>')
    parts.append("</body></html>")
    return "\n".join(parts)


class Preview(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_draft(self, draft: Draft) -> None:
        position = self.verticalScrollBar().value()
        self.setHtml(preview_html(draft))
        self.verticalScrollBar().setValue(position)
