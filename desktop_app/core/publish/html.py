"""A draft as the page a government portal publishes: plain, accessible HTML5.

One ``h1`` (the title), an ``h2`` per headed section, an ``h3`` for a sub-part's lead-in
(（一）主动公开), paragraphs as ``p``, the statistical tables as real tables with a caption
and header cells tied to their data cells. No script, no style sheet, no image or link to
fetch: a CMS keeps what is pasted into it, and the page reads the same offline. The only
inline style right-aligns the 落款 and date, as the printed report does.
"""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.model import DateStyle, Draft, SignOffState, sign_off_state
from desktop_app.core.publish.html_tables import table_html
from desktop_app.core.storage.atomic import atomic_write

# （一）主动公开。… : the lead-in sentence becomes the sub-part's heading
_LEAD_IN = re.compile(r"^\s*[（(][一二三四五六七八九十]+[）)]")
_SENTENCE_END = re.compile(r"[。！？]")
_LEAD_IN_MAX = 30  # longer "lead-ins" are ordinary sentences that happen to be numbered
_RIGHT = ' style="text-align:right"'


def render_html(draft: Draft, date_style: DateStyle | None = None) -> str:
    """The whole page (``<!DOCTYPE html>`` … ``</html>``)."""
    title = "".join(render_title(draft))
    lines = [
        "<!DOCTYPE html>",
        '<html lang="zh-CN">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{_text(title)}</title>",
        "</head>",
        "<body>",
        body_html(draft, date_style),
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def body_html(draft: Draft, date_style: DateStyle | None = None) -> str:
    """The page's content without ``html``/``head``: what goes on the clipboard for a CMS."""
    spec = load_format(draft.format_id)
    sections = {s.id: s for s in spec.sections}
    out = []
    if sign_off_state(draft) is not SignOffState.SIGNED_OFF:
        out.append("<p><strong>草稿（未签发）</strong></p>")
    out.append(f"<h1>{_text(''.join(render_title(draft, spec)))}</h1>")
    for number, section in enumerate(draft.sections):
        section_spec = sections.get(section.id)
        headed = False
        if section_spec is not None and section_spec.heading:
            out.append(f"<h2>{_text(section_spec.heading_text)}</h2>")
            headed = True
        elif section_spec is None and section.title:
            out.append(f"<h2>{_text(section.title)}</h2>")
            headed = True
        for paragraph in section.paragraphs():
            out += _paragraph(paragraph, sub_headings=headed)
        if section_spec is not None:  # a section's tables follow its text, as in the .docx
            for key in section_spec.fields:
                field = spec.field(key)
                value = draft.facts.get(key)
                if field.table is not None:
                    out.append(table_html(field, value if isinstance(value, dict) else None, f"t{number}-{key}"))
    out += _signature(draft, date_style or draft.date_style)
    return "\n".join(out)


def export_html(draft: Draft, path: Path | str, date_style: DateStyle | None = None) -> Path:
    """Write the page to ``path`` atomically (UTF-8); the draft is never changed."""
    data = render_html(draft, date_style).encode("utf-8")
    return atomic_write(path, lambda handle: handle.write(data))


def _paragraph(text: str, sub_headings: bool) -> list[str]:
    if sub_headings and _LEAD_IN.match(text):
        end = _SENTENCE_END.search(text)
        cut = end.end() if end else len(text)
        lead = text[:cut].rstrip("。！？ ")
        if len(lead) <= _LEAD_IN_MAX:
            rest = text[cut:].strip()
            return [f"<h3>{_text(lead)}</h3>"] + ([f"<p>{_text(rest)}</p>"] if rest else [])
    return [f"<p>{_text(text)}</p>"]


def _signature(draft: Draft, style: DateStyle) -> list[str]:
    issuer = (draft.issuer or "").strip()
    date_text = format_date(draft.report_date, style) if draft.report_date else ""
    return [f"<p{_RIGHT}>{_text(line)}</p>" for line in (issuer, date_text) if line]


def _text(text: str) -> str:
    return escape(xml_safe(text), quote=False)
