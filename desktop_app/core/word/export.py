"""Draft + layout profile → a .docx in the GB/T 9704 layout, written atomically.

The styles do the formatting (body, title, level-1 heading, level-2 lead-in, signature,
page number), so every paragraph only names its style; East Asian fonts are set through
``w:eastAsia`` with theme fonts removed, because Word otherwise ignores the explicit names
for Chinese text. The styled base document is built once per process (with python-docx) and
kept as a BasePackage: each export writes only the body and the properties, and copies every
other part as it is.
"""

from __future__ import annotations

import io
import re
import unicodedata
from datetime import datetime
from functools import cache
from pathlib import Path

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop_app.core.boilerplate import render_title
from desktop_app.core.cn_dates import format_date
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.model import DateStyle, Draft, SignOffState, sign_off_state
from desktop_app.core.storage.atomic import atomic_write
from desktop_app.core.word.layout import Font, Layout, load_layout
from desktop_app.core.word.package import BasePackage
from desktop_app.core.word.tables import add_table_style, section_tables

STYLE_TITLE = "ReportTitle"
STYLE_HEADING1 = "Heading1"
STYLE_BODY = "Normal"
STYLE_SIGNATURE = "Signature"
STYLE_FOOTER = "Footer"
STYLE_LEAD_IN = "LeadIn"  # character style for the （一） lead-in sentence

LEAD_IN = re.compile(r"^\s*([（(][一二三四五六七八九十]+[）)])")
_SENTENCE_END = re.compile(r"[。！？]")


def export_docx(draft: Draft, path: Path | str, date_style: DateStyle | None = None) -> Path:
    """Write ``draft`` to ``path``; the draft itself is never changed."""
    data = render_docx_bytes(draft, date_style)
    return atomic_write(path, lambda handle: handle.write(data))


def render_docx_bytes(draft: Draft, date_style: DateStyle | None = None, layout_id: str = "gbt9704") -> bytes:
    layout = load_layout(layout_id)
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
    package, core_template = _base_package(layout_id, draft_mark=not signed)
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


def _width_in_chars(text: str) -> float:
    """Half-width characters (digits, Latin) take half a character of the grid; in a
    Chinese font the ambiguous ones (×, —, “) are full width."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "FWA" else 0.5 for c in text)


def signature_indents(issuer: str, date_text: str, right_chars: int = 2) -> tuple[float, float]:
    """Right indents (in characters) of the 落款 and the date, GB/T 9704 §7.3.5.2 (no seal)."""
    s, d = _width_in_chars(issuer), _width_in_chars(date_text)
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


# --- header, properties ------------------------------------------------------------------


def _add_draft_mark(document: DocxDocument, layout: Layout) -> None:
    section = document.sections[0]
    for header in (section.header, section.even_page_header):
        header.is_linked_to_previous = False
        paragraph = header.paragraphs[0]
        paragraph._p.append(parse_xml(_mark_run_xml(layout.draft_mark, layout.draft_mark_font)))


def _mark_run_xml(text: str, font: Font) -> str:
    return (
        f"<w:r {nsdecls('w')}><w:rPr>{_fonts_xml(font.name, font.name)}"
        f'<w:color w:val="C00000"/><w:sz w:val="{font.half_points}"/><w:szCs w:val="{font.half_points}"/>'
        f"</w:rPr><w:t>{text}</w:t></w:r>"
    )


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
    # the local time, written as python-docx writes a naive datetime
    xml = template.replace(_STAMP_TEXT, datetime.now().strftime("%Y-%m-%dT%H:%M:%SZ"))
    # one pass, so a value that happens to look like a placeholder is never filled in itself
    xml = _PLACEHOLDER.sub(lambda m: _escape(props[m.group(1)]), xml)
    return _EMPTY_ELEMENT.sub(r"<\1/>", xml).encode("utf-8")  # an empty property reads <dc:subject/>


# --- the styled base document (built once per process) ----------------------------------


@cache
def _base_package(layout_id: str, draft_mark: bool) -> tuple[BasePackage, str]:
    """The styled base (with the draft mark in the headers or not) and its core.xml template."""
    document = _styled_document(layout_id)
    if draft_mark:
        _add_draft_mark(document, load_layout(layout_id))
    _set_placeholders(document)
    out = io.BytesIO()
    document.save(out)
    package = BasePackage(out.getvalue())
    return package, (package.part(CORE_PART) or b"").decode("utf-8")


def _styled_document(layout_id: str) -> DocxDocument:
    """python-docx's default document, empty, with the layout's styles, page and page numbers."""
    layout = load_layout(layout_id)
    document = Document()
    _clear_body(document)
    _style_document(document, layout)
    add_table_style(document, layout)
    _set_page(document, layout)
    _add_page_numbers(document, layout)
    return document


def _clear_body(document: DocxDocument) -> None:
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)


def _fonts_xml(east_asia: str, latin: str) -> str:
    return f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asia}" w:cs="{latin}" w:hint="eastAsia"/>'


def _rpr_xml(font: Font, latin: str, color: bool = True, spacing: int = 0) -> str:
    hp = font.half_points
    return (
        f"<w:rPr>{_fonts_xml(font.name, latin)}"
        f'<w:b w:val="0"/><w:bCs w:val="0"/>'
        + ('<w:color w:val="000000"/>' if color else "")
        + (f'<w:spacing w:val="{spacing}"/>' if spacing else "")
        + f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>'
        f'<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    )


def _ppr_xml(line: int, indent: str = "", jc: str = "", outline: int | None = None, keep_next: bool = False) -> str:
    return (
        "<w:pPr>"
        + ("<w:keepNext/>" if keep_next else "")
        + f'<w:spacing w:before="0" w:beforeLines="0" w:after="0" w:afterLines="0" w:line="{line}" w:lineRule="exact"/>'
        + indent
        + (f'<w:jc w:val="{jc}"/>' if jc else "")
        + (f'<w:outlineLvl w:val="{outline}"/>' if outline is not None else "")
        + "</w:pPr>"
    )


def _first_line_indent(layout: Layout) -> str:
    chars = layout.first_line_indent_chars
    twips = round(chars * layout.body.size_pt * 20)
    return f'<w:ind w:firstLineChars="{chars * 100}" w:firstLine="{twips}"/>'


_NO_INDENT = '<w:ind w:firstLineChars="0" w:firstLine="0"/>'


def _style_document(document: DocxDocument, layout: Layout) -> None:
    styles = document.styles.element
    latin = layout.body_latin
    body_jc = "both" if layout.justify else "left"
    # no theme fonts anywhere: they would override the explicit East Asian names
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{attr}"), None)
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        styles.remove(defaults)
    styles.insert(
        0,
        parse_xml(
            f"<w:docDefaults {nsdecls('w')}><w:rPrDefault>{_rpr_xml(layout.body, latin, color=False)}"
            f"</w:rPrDefault><w:pPrDefault>{_ppr_xml(layout.body_line_twips)}</w:pPrDefault></w:docDefaults>"
        ),
    )
    definitions = {
        STYLE_BODY: (
            "paragraph",
            "Normal",
            None,
            _ppr_xml(layout.body_line_twips, _first_line_indent(layout), body_jc),
            _rpr_xml(layout.body, latin, spacing=layout.body_char_spacing),
        ),
        STYLE_TITLE: (
            "paragraph",
            "Report Title",
            STYLE_BODY,
            _ppr_xml(layout.title_line_twips, _NO_INDENT, "center", outline=None, keep_next=True),
            _rpr_xml(layout.title, layout.title.name),
        ),
        STYLE_HEADING1: (
            "paragraph",
            "heading 1",
            STYLE_BODY,
            _ppr_xml(layout.body_line_twips, _first_line_indent(layout), body_jc, 0, True),
            _rpr_xml(layout.heading1, layout.heading1.name, spacing=layout.body_char_spacing),
        ),
        STYLE_SIGNATURE: (
            "paragraph",
            "Signature",
            STYLE_BODY,
            _ppr_xml(layout.body_line_twips, _NO_INDENT, "right"),
            _rpr_xml(layout.body, latin, spacing=layout.body_char_spacing),
        ),
        STYLE_FOOTER: (
            "paragraph",
            "footer",
            STYLE_BODY,
            _ppr_xml(round(layout.page_number.size_pt * 20 * 1.2), _NO_INDENT),
            _rpr_xml(layout.page_number, layout.page_number.name),
        ),
        STYLE_LEAD_IN: (
            "character",
            "Lead-in",
            None,
            "",
            _rpr_xml(layout.heading2, latin, spacing=layout.body_char_spacing),
        ),
    }
    for style_id, (kind, name, based_on, ppr, rpr) in definitions.items():
        for old in styles.findall(qn("w:style")):
            if old.get(qn("w:styleId")) == style_id:
                styles.remove(old)
        based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
        default = ' w:default="1"' if style_id == STYLE_BODY else ""
        styles.append(
            parse_xml(
                f'<w:style {nsdecls("w")} w:type="{kind}"{default} w:styleId="{style_id}">'
                f'<w:name w:val="{name}"/>{based}<w:qFormat/>{ppr}{rpr}</w:style>'
            )
        )


def _set_page(document: DocxDocument, layout: Layout) -> None:
    sect_pr = document.sections[0]._sectPr
    for tag in ("w:pgSz", "w:pgMar", "w:cols", "w:docGrid"):
        for old in sect_pr.findall(qn(tag)):
            sect_pr.remove(old)
    sect_pr.append(parse_xml(f'<w:pgSz {nsdecls("w")} w:w="{layout.page_w}" w:h="{layout.page_h}"/>'))
    sect_pr.append(
        parse_xml(
            f'<w:pgMar {nsdecls("w")} w:top="{layout.margin_top}" w:right="{layout.margin_right}" '
            f'w:bottom="{layout.margin_bottom}" w:left="{layout.margin_left}" w:header="851" '
            f'w:footer="{layout.footer_distance}" w:gutter="0"/>'
        )
    )
    sect_pr.append(parse_xml(f'<w:cols {nsdecls("w")} w:space="425"/>'))
    sect_pr.append(
        parse_xml(
            f'<w:docGrid {nsdecls("w")} w:type="{layout.grid_type}" w:linePitch="{layout.grid_line_pitch}" '
            f'w:charSpace="{layout.grid_char_space}"/>'
        )
    )


def _add_page_numbers(document: DocxDocument, layout: Layout) -> None:
    """ "— N —" in 4号 宋体: odd pages right (右空一字), even pages left (左空一字)."""
    document.settings.odd_and_even_pages_header_footer = True
    section = document.sections[0]
    side = round(layout.page_number_side_chars * layout.page_number.size_pt * 20)
    dash = layout.page_number_dash
    for footer, jc, ind in (
        (section.footer, "right", f'<w:ind w:right="{side}" w:firstLineChars="0" w:firstLine="0"/>'),
        (section.even_page_footer, "left", f'<w:ind w:left="{side}" w:firstLineChars="0" w:firstLine="0"/>'),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]._p
        paragraph.getparent().replace(
            paragraph,
            parse_xml(
                f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{STYLE_FOOTER}"/>{ind}<w:jc w:val="{jc}"/></w:pPr>'
                f'<w:r><w:t xml:space="preserve">{dash} </w:t></w:r>'
                f'<w:fldSimple w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
                f'<w:r><w:t xml:space="preserve"> {dash}</w:t></w:r></w:p>'
            ),
        )
