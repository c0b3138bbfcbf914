"""Draft + layout profile → a .docx in the GB/T 9704 layout, written atomically.

Every paragraph only names its style (``styles``). The styled base document is built once
per process (with python-docx), cleaned of the built-in template's leftovers
(``package_clean``) and kept as a BasePackage: each export writes only the body and the
properties, and copies every other part as it is. Which font names the styles carry is the
caller's choice (``fonts.plan_fonts``: what this machine has, or the official names).
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime
from functools import cache
from pathlib import Path

from docx.document import Document as DocxDocument
from docx.oxml.ns import nsdecls

from desktop_app import __version__
from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.model import DateStyle, Draft, SignOffState, sign_off_state
from desktop_app.core.storage.atomic import atomic_write
from desktop_app.core.word.fonts import OFFICIAL, FontPlan, apply_plan, layout_font_names
from desktop_app.core.word.layout import Layout, load_layout
from desktop_app.core.word.measure import width_in_chars
from desktop_app.core.word.package import BasePackage
from desktop_app.core.word.package_clean import clean_package
from desktop_app.core.word.styles import (
    STYLE_BODY,
    STYLE_HEADING1,
    STYLE_LEAD_IN,
    STYLE_SIGNATURE,
    STYLE_TITLE,
    add_draft_mark,
    styled_document,
)
from desktop_app.core.word.tables import section_tables

LEAD_IN = re.compile(r"^\s*([（(][一二三四五六七八九十]+[）)])")
_SENTENCE_END = re.compile(r"[。！？]")


def export_docx(
    draft: Draft, path: Path | str, date_style: DateStyle | None = None, fonts: FontPlan | None = None
) -> Path:
    """Write ``draft`` to ``path``; the draft itself is never changed.

    ``fonts``: what ``fonts.plan_fonts`` chose for this machine; None keeps the official names.
    """
    data = render_docx_bytes(draft, date_style, fonts=fonts)
    return atomic_write(path, lambda handle: handle.write(data))


def render_docx_bytes(
    draft: Draft, date_style: DateStyle | None = None, layout_id: str = "gbt9704", fonts: FontPlan | None = None
) -> bytes:
    layout = apply_plan(load_layout(layout_id), fonts or OFFICIAL)
    body = _Body()

    for line in render_title(draft):
        body.add(STYLE_TITLE, [(line, None)])
    for _ in range(layout.title_blank_lines_after):
        body.add(STYLE_BODY, [])

    spec = load_format(draft.format_id)
    headings = {s.id: s for s in spec.sections}
    for section in draft.sections:
        section_spec = headings.get(section.id)
        if section_spec is not None and section_spec.heading:
            body.add(STYLE_HEADING1, [(section_spec.heading_text, None)])
        elif section_spec is None and section.title:
            body.add(STYLE_HEADING1, [(section.title, None)])
        for paragraph in section.paragraphs():
            body.add(STYLE_BODY, _body_runs(paragraph))
        if section_spec is not None:  # a section's tables follow its text
            for table in section_tables(spec, section_spec, draft.facts, layout):
                body.add_xml(table)

    _add_signature(draft, layout, date_style or draft.date_style, body)
    signed = sign_off_state(draft) is SignOffState.SIGNED_OFF
    package, core_template = _base_package(layout, draft_mark=not signed)
    core = _core_xml(core_template, _properties(draft, signed))
    return package.write(body.xml(), {CORE_PART: core})


_W_NAMESPACE = f" {nsdecls('w')}"


class _Body:
    """The body's block elements (paragraphs, tables) as XML, in order; they go in front of the
    base document's final section properties."""

    def __init__(self) -> None:
        self._elements: list[str] = []

    def add(self, style: str, runs: list[tuple[str, str | None]], extra_ppr: str = "") -> None:
        self.add_xml(_paragraph_xml(style, runs, extra_ppr))

    def add_xml(self, xml: str) -> None:
        """One block element; its own ``xmlns:w`` is dropped, the document declares it."""
        tag_end = xml.index(">")
        self._elements.append(xml[:tag_end].replace(_W_NAMESPACE, "", 1) + xml[tag_end:])

    def keep_last_with_next(self) -> None:
        """The 落款 never stands alone on a page: the last paragraph goes along with it."""
        if not self._elements or not self._elements[-1].startswith(("<w:p>", "<w:p ")):
            return
        last = self._elements[-1]
        style = last.index("<w:pStyle")
        after_style = last.index("/>", style) + 2
        self._elements[-1] = last[:after_style] + "<w:keepNext/>" + last[after_style:]

    def xml(self) -> str:
        return "".join(self._elements)


def _body_runs(paragraph: str) -> list[tuple[str, str | None]]:
    """A level-2 paragraph's lead-in sentence is 楷体; the rest stays 仿宋."""
    if not LEAD_IN.match(paragraph):
        return [(paragraph, None)]
    end = _SENTENCE_END.search(paragraph)
    if end is None:
        return [(paragraph, STYLE_LEAD_IN)]
    cut = end.end()
    runs: list[tuple[str, str | None]] = [(paragraph[:cut], STYLE_LEAD_IN)]
    if paragraph[cut:]:
        runs.append((paragraph[cut:], None))
    return runs


def _paragraph_xml(style: str, runs: list[tuple[str, str | None]], extra_ppr: str = "") -> str:
    parts = [f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{style}"/>{extra_ppr}</w:pPr>']
    for text, char_style in runs:
        if not text:
            continue
        rpr = f'<w:rPr><w:rStyle w:val="{char_style}"/></w:rPr>' if char_style else ""
        parts.append(f'<w:r>{rpr}<w:t xml:space="preserve">{_escape(xml_safe(text))}</w:t></w:r>')
    parts.append("</w:p>")
    return "".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --- signature block ---------------------------------------------------------------------


def signature_indents(issuer: str, date_text: str, right_chars: int = 2) -> tuple[float, float]:
    """Right indents (in characters) of the 落款 and the date, GB/T 9704 §7.3.5.2 (no seal)."""
    s, d = width_in_chars(issuer), width_in_chars(date_text)
    if not issuer:
        return 0.0, float(right_chars)
    if d <= s:
        return float(right_chars), s - d + right_chars - 2
    return d - s + right_chars + 2, float(right_chars)


def _add_signature(draft: Draft, layout: Layout, style: DateStyle, body: _Body) -> None:
    issuer = (draft.issuer or "").strip()
    date_text = format_date(draft.report_date, style) if draft.report_date else ""
    if not issuer and not date_text:
        return
    body.keep_last_with_next()
    for _ in range(layout.signature_blank_lines):
        body.add(STYLE_BODY, [], "<w:keepNext/>")
    issuer_indent, date_indent = signature_indents(issuer, date_text, layout.signature_right_chars)
    for text, indent in ((issuer, issuer_indent), (date_text, date_indent)):
        if text:
            twips = round(indent * layout.body.size_pt * 20)
            ind = f'<w:ind w:right="{twips}" w:rightChars="{round(indent * 100)}"/>'
            body.add(STYLE_SIGNATURE, [(text, None)], "<w:keepNext/>" + ind if text is issuer else ind)


# --- properties ---------------------------------------------------------------------------


def _property(text: str) -> str:
    # document properties are XML text too, and Word's core properties hold at most 255 characters
    return xml_safe(text)[:255]


CORE_PART = "docProps/core.xml"
_STAMP = datetime(2000, 1, 1)  # stands in for the time of each export in the core template
_STAMP_TEXT = "2000-01-01T00:00:00Z"
_PLACEHOLDER = re.compile(r"@@(\w+)@@")
_EMPTY_ELEMENT = re.compile(r"<([\w:]+)></\1>")


def _properties(draft: Draft, signed: bool) -> dict[str, str]:
    """The document properties (core.xml) of one export."""
    props = {
        "title": _property("".join(render_title(draft))),
        "author": _property(draft.agency.full_name),
        "last_modified_by": _property(draft.agency.full_name),
        "content_status": "草稿",
        "comments": "草稿（未签发）",
        "subject": "",
    }
    if signed and draft.sign_off is not None:
        s = draft.sign_off
        props["content_status"] = "已签发"
        props["comments"] = _property(
            f"拟稿：{s.drafted_by}；审核：{s.reviewed_by}；签发：{s.approved_by}；签发日期：{s.date.isoformat()}"
        )
        props["subject"] = _property(f"签发：{s.approved_by}")
    return props


def _set_placeholders(document: DocxDocument) -> None:
    """Properties that change per export become placeholders _core_xml fills in."""
    props = document.core_properties
    for name in ("title", "author", "last_modified_by"):
        setattr(props, name, f"@@{name}@@")
    props.created = _STAMP
    props.modified = _STAMP
    props.language = "zh-CN"
    for name in ("content_status", "comments", "subject"):
        setattr(props, name, f"@@{name}@@")


def _core_xml(template: str, props: dict[str, str]) -> bytes:
    # W3CDTF in UTC: the Z says so
    xml = template.replace(_STAMP_TEXT, datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
    # one pass, so a value that happens to look like a placeholder is never filled in itself
    xml = _PLACEHOLDER.sub(lambda m: _escape(props[m.group(1)]), xml)
    return _EMPTY_ELEMENT.sub(r"<\1/>", xml).encode("utf-8")  # an empty property reads <dc:subject/>


# --- the styled base document (built once per process) ----------------------------------


@cache
def _base_package(layout: Layout, draft_mark: bool) -> tuple[BasePackage, str]:
    """The styled base (with the draft mark in the headers or not) and its core.xml template."""
    document = styled_document(layout)
    if draft_mark:
        add_draft_mark(document, layout)
    _set_placeholders(document)
    out = io.BytesIO()
    document.save(out)
    package = BasePackage(clean_package(out.getvalue(), layout, __version__, layout_font_names(layout)))
    return package, (package.part(CORE_PART) or b"").decode("utf-8")
