"""The styled base document: python-docx's default document, emptied, with the layout's
styles, page, grid, page numbers and (for drafts) the 草稿 mark in the headers.

The styles do the formatting (body, title, level-1 heading, level-2 lead-in, signature,
page number, header), so every paragraph of a report only names its style; East Asian fonts
are set through ``w:eastAsia`` with theme fonts removed, because Word otherwise ignores the
explicit names for Chinese text.
"""

from __future__ import annotations

from typing import Any

from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop_app.core.word.layout import Font, Layout
from desktop_app.core.word.tables import add_table_style

STYLE_TITLE = "ReportTitle"
STYLE_HEADING1 = "Heading1"
STYLE_BODY = "Normal"
STYLE_SIGNATURE = "Signature"
STYLE_FOOTER = "Footer"
STYLE_HEADER = "Header"
STYLE_LEAD_IN = "LeadIn"  # character style for the （一） lead-in sentence


def add_draft_mark(document: DocxDocument, layout: Layout) -> None:
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


def styled_document(layout: Layout) -> DocxDocument:
    """python-docx's default document, empty, with the layout's styles, page and page numbers."""
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
        + ("<w:b/><w:bCs/>" if font.bold else '<w:b w:val="0"/><w:bCs w:val="0"/>')
        + ('<w:color w:val="000000"/>' if color else "")
        + (f'<w:spacing w:val="{spacing}"/>' if spacing else "")
        + f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/>'
        f'<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    )


def _ppr_xml(
    line: int,
    indent: str = "",
    jc: str = "",
    outline: int | None = None,
    keep_next: bool = False,
    no_auto_space: bool = False,
) -> str:
    return (
        "<w:pPr>"
        + ("<w:keepNext/>" if keep_next else "")
        # no extra space between Chinese and digits or Latin: a line with numbers keeps 28 characters
        + ('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' if no_auto_space else "")
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
    _set_defaults(styles, layout)
    for style_id, definition in _definitions(layout).items():
        _replace_style(styles, style_id, definition)
    _drop_stray_links(styles)


def _set_defaults(styles: Any, layout: Layout) -> None:
    """The document's default run and paragraph, with no theme font anywhere."""
    # theme fonts would override the explicit East Asian names
    for fonts in styles.iter(qn("w:rFonts")):
        for attr in ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme"):
            fonts.attrib.pop(qn(f"w:{attr}"), None)
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is not None:
        styles.remove(defaults)
    styles.insert(
        0,
        parse_xml(
            f"<w:docDefaults {nsdecls('w')}><w:rPrDefault>{_rpr_xml(layout.body, layout.body_latin, color=False)}"
            f"</w:rPrDefault><w:pPrDefault>{_ppr_xml(layout.body_line_twips)}</w:pPrDefault></w:docDefaults>"
        ),
    )


# a style: its kind (paragraph or character), name, the style it is based on, pPr and rPr XML
_Definition = tuple[str, str, str | None, str, str]


def _definitions(layout: Layout) -> dict[str, _Definition]:
    """Every style the report names, from the layout."""
    latin = layout.body_latin
    body_jc = "both" if layout.justify else "left"
    return {
        STYLE_BODY: (
            "paragraph",
            "Normal",
            None,
            _ppr_xml(layout.body_line_twips, _first_line_indent(layout), body_jc, no_auto_space=True),
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
        STYLE_HEADER: (  # the 草稿 mark: 顶格, not indented like the body
            "paragraph",
            "header",
            STYLE_BODY,
            _ppr_xml(round(layout.draft_mark_font.size_pt * 20 * 1.2), _NO_INDENT, "left"),
            _rpr_xml(layout.draft_mark_font, layout.draft_mark_font.name),
        ),
        STYLE_LEAD_IN: (
            "character",
            "Lead-in",
            None,
            "",
            _rpr_xml(layout.heading2, latin, spacing=layout.body_char_spacing),
        ),
    }


def _replace_style(styles: Any, style_id: str, definition: _Definition) -> None:
    """The style ``style_id`` as defined, in place of the template's own."""
    kind, name, based_on, ppr, rpr = definition
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) == style_id:
            styles.remove(old)
    based = f'<w:basedOn w:val="{based_on}"/>' if based_on else ""
    # after a title or heading the clerk types body text
    after = f'<w:next w:val="{STYLE_BODY}"/>' if style_id in (STYLE_TITLE, STYLE_HEADING1) else ""
    default = ' w:default="1"' if style_id == STYLE_BODY else ""
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="{kind}"{default} w:styleId="{style_id}">'
            f'<w:name w:val="{name}"/>{based}{after}<w:qFormat/>{ppr}{rpr}</w:style>'
        )
    )


def _drop_stray_links(styles: Any) -> None:
    """The template's linked character styles (Heading1Char …) of styles replaced above would
    show in Word's style list with the template's fonts: a link must go both ways or not at all."""
    by_id = {s.get(qn("w:styleId")): s for s in styles.findall(qn("w:style"))}

    def link_of(style: Any) -> str | None:
        link = style.find(qn("w:link"))
        return None if link is None else link.get(qn("w:val"))

    for style_id, style in by_id.items():
        target = link_of(style)
        if target is None:
            continue
        if target not in by_id or link_of(by_id[target]) != style_id:
            if style.get(qn("w:type")) == "character":
                styles.remove(style)
            else:
                style.remove(style.find(qn("w:link")))


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
