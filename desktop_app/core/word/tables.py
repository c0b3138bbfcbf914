"""A table field as a real Word table in the official shape (WordprocessingML built as XML).

Merged header cells use ``w:gridSpan`` (across) and ``w:vMerge`` (down); row labels that
consecutive rows share are merged down the same way. A table of several blocks (表二) is
written as one Word table per block, each with its own header, separated by a thin paragraph
(Word joins tables that touch). Header rows are marked ``w:tblHeader`` (they repeat on every
page and tell a screen reader what they are), no row is split by a page break
(``w:cantSplit``), and every table has a caption and description (``w:tblCaption``,
``w:tblDescription``) for accessibility. Column widths come
from the table spec (scaled to the text block) or are shared out evenly; every cell is
written, a blank as 0. Table paragraphs have their own style: the body's exact 28.95 pt line
and first-line indent would not fit a cell.
"""

from __future__ import annotations

from collections.abc import Iterator

from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldSpec, FormatSpec, SectionSpec
from desktop_app.core.formats.table_spec import TableBlock, TableRow, TableSpec, header_grid
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.model import FactValue, TableValue
from desktop_app.core.word.layout import Font, Layout, TableLayout
from desktop_app.core.word.measure import column_widths

STYLE_TABLE_TEXT = "TableText"
_GAP_TWIPS = 120  # 6 pt between the tables of one field's blocks


def section_tables(spec: FormatSpec, section: SectionSpec, facts: dict[str, FactValue], layout: Layout) -> list[str]:
    """The block elements (``w:tbl`` and the paragraphs between the tables of one field) of
    every table field of ``section``, in the section's field order."""
    out = []
    for key in section.fields:
        field = spec.field(key)
        if field.table is not None:
            value = facts.get(key)
            out += table_xml(field, value if isinstance(value, dict) else None, layout)
    return out


def add_table_style(document: DocxDocument, layout: Layout) -> None:
    """The paragraph style of table cells: small, exact, centred, no indent, off the grid."""
    styles = document.styles.element
    for old in styles.findall(qn("w:style")):
        if old.get(qn("w:styleId")) == STYLE_TABLE_TEXT:
            styles.remove(old)
    t = layout.table
    styles.append(
        parse_xml(
            f'<w:style {nsdecls("w")} w:type="paragraph" w:customStyle="1" w:styleId="{STYLE_TABLE_TEXT}">'
            f'<w:name w:val="Table Text"/><w:qFormat/>'
            f'<w:pPr><w:snapToGrid w:val="0"/>'
            f'<w:spacing w:before="0" w:beforeLines="0" w:after="0" w:afterLines="0" w:line="{t.line_twips}" '
            f'w:lineRule="exact"/><w:ind w:firstLineChars="0" w:firstLine="0"/><w:jc w:val="center"/></w:pPr>'
            f"{_rpr(t.font, layout.body_latin)}</w:style>"
        )
    )


def table_xml(field: FieldSpec, value: TableValue | None, layout: Layout) -> list[str]:
    """One ``w:tbl`` per block of the table, with a thin paragraph between two tables."""
    table = field.table
    if table is None:
        raise ValueError(f"{field.key} is not a table field")
    widths = column_widths(table, layout.text_width)
    caption = table.caption or field.label
    out: list[str] = []
    for number, block in enumerate(table.blocks):
        if number:
            out.append(_gap(layout.table))
        description = field.label
        if len(table.blocks) > 1 and block.header and block.header[0]:
            description += "：" + block.header[0][0].text
        out.append(_block_xml(table, block, value, widths, layout.table, caption, description))
    return out


def _gap(t: TableLayout) -> str:
    return (
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="{STYLE_TABLE_TEXT}"/>'
        f'<w:spacing w:before="0" w:after="0" w:line="{_GAP_TWIPS}" w:lineRule="exact"/></w:pPr></w:p>'
    )


def _block_xml(
    table: TableSpec,
    block: TableBlock,
    value: TableValue | None,
    widths: list[int],
    t: TableLayout,
    caption: str,
    description: str,
) -> str:
    border = "".join(
        f'<w:{side} w:val="single" w:sz="{t.border_eighths}" w:space="0" w:color="000000"/>'
        for side in ("top", "left", "bottom", "right", "insideH", "insideV")
    )
    parts = [
        f"<w:tbl {nsdecls('w')}><w:tblPr>"
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:jc w:val="center"/>'
        f"<w:tblBorders>{border}</w:tblBorders>"
        f'<w:tblLayout w:type="fixed"/>'
        f'<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="{t.cell_margin}" w:type="dxa"/>'
        f'<w:bottom w:w="0" w:type="dxa"/><w:right w:w="{t.cell_margin}" w:type="dxa"/></w:tblCellMar>'
        f'<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
        f'w:noHBand="0" w:noVBand="0"/>'
        f'<w:tblCaption w:val="{_attr(caption)}"/><w:tblDescription w:val="{_attr(description)}"/></w:tblPr>',
        "<w:tblGrid>" + "".join(f'<w:gridCol w:w="{w}"/>' for w in widths) + "</w:tblGrid>",
    ]
    parts += _header_rows(table, block, widths, t)
    # a block of several (short by nature) stays on one page; a long table's rows may break
    keep = len(table.blocks) > 1
    for index, row in enumerate(block.rows):
        last = index == len(block.rows) - 1
        parts.append(_data_row(table, block, index, row, value, widths, t, keep and not last))
    parts.append("</w:tbl>")
    return "".join(parts)


# --- rows ---------------------------------------------------------------------------------


def _header_rows(table: TableSpec, block: TableBlock, widths: list[int], t: TableLayout) -> Iterator[str]:
    placed = header_grid(block.header, table.grid_columns)
    # (row, grid column) → (colspan, rowspan-start row) of cells merged down from above
    covered: dict[tuple[int, int], int] = {}
    for r, row_cells in enumerate(placed):
        for col, cell in row_cells:
            for dr in range(1, cell.rowspan):
                covered[(r + dr, col)] = cell.colspan
    for r, row_cells in enumerate(placed):
        starts = dict(row_cells)
        cells = []
        col = 0
        while col < table.grid_columns:
            if col in starts:
                cell = starts[col]
                merge = "restart" if cell.rowspan > 1 else None
                cells.append(
                    _cell(cell.text, widths, col, cell.colspan, merge, "center", t.header_font, keep_next=True)
                )
                col += cell.colspan
            else:
                span = covered[(r, col)]
                cells.append(_cell("", widths, col, span, "continue", "center", t.header_font, keep_next=True))
                col += span
        yield f"<w:tr><w:trPr><w:cantSplit/>{_height(t)}<w:tblHeader/></w:trPr>{''.join(cells)}</w:tr>"


def _data_row(
    table: TableSpec,
    block: TableBlock,
    index: int,
    row: TableRow,
    value: TableValue | None,
    widths: list[int],
    t: TableLayout,
    keep_next: bool,
) -> str:
    cells = []
    col = 0
    previous = block.rows[index - 1] if index > 0 else None
    following = block.rows[index + 1] if index + 1 < len(block.rows) else None
    for level, label in enumerate(row.labels):
        last = level == len(row.labels) - 1
        span = table.label_columns - level if last else 1
        merge = None
        if not last:
            if _shares(previous, row, level):
                merge = "continue"
            elif _shares(following, row, level):
                merge = "restart"
        text = "" if merge == "continue" else label
        # group labels (merged down) are centred; the row's own label reads from the left
        cells.append(_cell(text, widths, col, span, merge, "left" if last else "center", t.font, keep_next))
        col += span
    for column, span in zip(block.columns, table.block_column_spans(block), strict=True):
        text = tables.printed(table, value, row.key, column.key)  # a 0 prints 0, an empty cell empty
        cells.append(_cell(text, widths, col, span, None, "center", t.font, keep_next))
        col += span
    return f"<w:tr><w:trPr><w:cantSplit/>{_height(t)}</w:trPr>{''.join(cells)}</w:tr>"


def _shares(other: TableRow | None, row: TableRow, level: int) -> bool:
    """Whether ``other`` prints the same group label at ``level`` (so the two merge down)."""
    return (
        other is not None
        and len(other.labels) > level + 1
        and len(row.labels) > level + 1
        and other.labels[: level + 1] == row.labels[: level + 1]
    )


def _height(t: TableLayout) -> str:
    return f'<w:trHeight w:val="{t.min_row_height}" w:hRule="atLeast"/>'


def _cell(
    text: str,
    widths: list[int],
    col: int,
    span: int,
    merge: str | None,
    align: str,
    font: Font,
    keep_next: bool = False,
) -> str:
    width = sum(widths[col : col + span])
    props = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if span > 1:
        props += f'<w:gridSpan w:val="{span}"/>'
    if merge == "restart":
        props += '<w:vMerge w:val="restart"/>'
    elif merge == "continue":
        props += "<w:vMerge/>"
    props += '<w:vAlign w:val="center"/>'
    ppr = f'<w:pStyle w:val="{STYLE_TABLE_TEXT}"/>' + ("<w:keepNext/>" if keep_next else "")
    ppr += f'<w:jc w:val="{"both" if align == "left" else align}"/>'
    run = ""
    if text:
        run = f'<w:r>{_run_font(font)}<w:t xml:space="preserve">{_escape(xml_safe(text))}</w:t></w:r>'
    return f"<w:tc><w:tcPr>{props}</w:tcPr><w:p><w:pPr>{ppr}</w:pPr>{run}</w:p></w:tc>"


def _run_font(font: Font) -> str:
    # the style carries the body-cell font; header cells may name another
    return (
        f'<w:rPr><w:rFonts w:eastAsia="{font.name}" w:hint="eastAsia"/>'
        f'<w:sz w:val="{font.half_points}"/><w:szCs w:val="{font.half_points}"/></w:rPr>'
    )


def _rpr(font: Font, latin: str) -> str:
    hp = font.half_points
    return (
        f'<w:rPr><w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{font.name}" w:cs="{latin}" '
        f'w:hint="eastAsia"/><w:b w:val="0"/><w:bCs w:val="0"/><w:color w:val="000000"/>'
        f'<w:sz w:val="{hp}"/><w:szCs w:val="{hp}"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr>'
    )


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _attr(text: str) -> str:
    return _escape(xml_safe(text)).replace('"', "&quot;")
