"""A table field as an accessible HTML table, shaped by its TableSpec.

Header cells keep the printed form's merges (``colspan``/``rowspan``). Because merged headers
make ``scope`` ambiguous, every header cell has an ``id`` and every data cell lists the
headers that describe it in ``headers`` (WCAG technique H43): the column headers above it in
its block, and the row labels beside it. Each block of a multi-block table is its own
``tbody`` with its own header rows, as the form prints them.
"""

from __future__ import annotations

from html import escape

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldSpec
from desktop_app.core.formats.table_spec import TableBlock, TableRow, TableSpec, header_grid
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.model import TableValue


def table_html(field: FieldSpec, value: TableValue | None, prefix: str) -> str:
    """``<table>`` with a caption (the field's label); ``prefix`` makes the ids unique on the page."""
    table = field.table
    if table is None:
        raise ValueError(f"{field.key} is not a table field")
    parts = [f'<table id="{prefix}">', f"<caption>{_text(field.label)}</caption>"]
    single = len(table.blocks) == 1
    for number, block in enumerate(table.blocks):
        ids = f"{prefix}-b{number}"
        header_rows, column_headers = _header(table, block, ids)
        if single:
            parts += ["<thead>", *header_rows, "</thead>", "<tbody>"]
        else:
            parts += ["<tbody>", *header_rows]
        for index, row in enumerate(block.rows):
            parts.append(_data_row(table, block, index, row, value, column_headers, ids))
        parts.append("</tbody>")
    parts.append("</table>")
    return "\n".join(parts)


def table_piece_html(
    field: FieldSpec, value: TableValue | None, prefix: str, number: int, rows: tuple[int, int]
) -> str:
    """Block ``number`` of a table with its header rows and the data rows ``[start, stop)``:
    the part of a table one printed page holds (the header rows repeat on every page)."""
    table = field.table
    if table is None:
        raise ValueError(f"{field.key} is not a table field")
    block = table.blocks[number]
    ids = f"{prefix}-b{number}"
    header_rows, column_headers = _header(table, block, ids)
    start, stop = rows
    body = [_data_row(table, block, i, block.rows[i], value, column_headers, ids, rows) for i in range(start, stop)]
    return "\n".join(
        [f'<table id="{ids}-r{start}">', "<thead>", *header_rows, "</thead>", "<tbody>", *body, "</tbody>", "</table>"]
    )


def _header(table: TableSpec, block: TableBlock, ids: str) -> tuple[list[str], dict[int, list[str]]]:
    """The header rows, and for each grid column the ids of the header cells above it."""
    rows = []
    above: dict[int, list[str]] = {}
    for r, row_cells in enumerate(header_grid(block.header, table.grid_columns)):
        cells = []
        for col, cell in row_cells:
            cell_id = f"{ids}-h{r}-{col}"
            spans = _spans(cell.colspan, cell.rowspan)
            scope = "colgroup" if cell.colspan > 1 else "col"
            cells.append(f'<th id="{cell_id}" scope="{scope}"{spans}>{_text(cell.text)}</th>')
            for grid in range(col, col + cell.colspan):
                above.setdefault(grid, []).append(cell_id)
        rows.append("<tr>" + "".join(cells) + "</tr>")
    return rows, above


def _data_row(
    table: TableSpec,
    block: TableBlock,
    index: int,
    row: TableRow,
    value: TableValue | None,
    above: dict[int, list[str]],
    ids: str,
    shown: tuple[int, int] | None = None,
) -> str:
    """``shown``: the rows on the page, when only some are (a group label restarts at the first)."""
    first, stop = shown or (0, len(block.rows))
    cells = []
    row_headers = []
    col = 0
    previous = block.rows[index - 1] if index > first else None
    for level, label in enumerate(row.labels):
        last = level == len(row.labels) - 1
        cell_id = f"{ids}-r{_group_start(block, index, level)}-{level}"
        row_headers.append(cell_id)
        span = table.label_columns - level if last else 1
        if not last and _shares(previous, row, level):
            col += span  # merged down from the row above
            continue
        rowspan = 1 if last else min(_group_length(block, index, level), stop - index)
        scope = "rowgroup" if rowspan > 1 else "row"
        cells.append(f'<th id="{cell_id}" scope="{scope}"{_spans(span, rowspan)}>{_text(label)}</th>')
        col += span
    for column, span in zip(block.columns, table.block_column_spans(block), strict=True):
        headers = [h for grid in range(col, col + span) for h in above.get(grid, []) if h not in row_headers]
        headers = list(dict.fromkeys(headers)) + row_headers
        text = _text(tables.printed(table, value, row.key, column.key))
        cells.append(f'<td headers="{" ".join(headers)}"{_spans(span, 1)}>{text}</td>')
        col += span
    return "<tr>" + "".join(cells) + "</tr>"


def _shares(other: TableRow | None, row: TableRow, level: int) -> bool:
    """Whether ``other`` prints the same group label at ``level`` (as the Word table merges)."""
    return (
        other is not None
        and len(other.labels) > level + 1
        and len(row.labels) > level + 1
        and other.labels[: level + 1] == row.labels[: level + 1]
    )


def _group_start(block: TableBlock, index: int, level: int) -> int:
    while index > 0 and _shares(block.rows[index - 1], block.rows[index], level):
        index -= 1
    return index


def _group_length(block: TableBlock, index: int, level: int) -> int:
    length = 1
    while index + length < len(block.rows) and _shares(
        block.rows[index + length - 1], block.rows[index + length], level
    ):
        length += 1
    return length


def _spans(colspan: int, rowspan: int) -> str:
    return (f' colspan="{colspan}"' if colspan > 1 else "") + (f' rowspan="{rowspan}"' if rowspan > 1 else "")


def _text(text: str) -> str:
    return escape(xml_safe(text), quote=False)
