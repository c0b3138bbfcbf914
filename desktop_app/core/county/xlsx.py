"""The county summary as a workbook (openpyxl): units, totals laid out like the official
tables (merged headers and group labels from the TableSpec), missing units, copied writing,
files not counted. Written atomically; nothing in the units' folder is touched."""

from __future__ import annotations

import io
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.worksheet.worksheet import Worksheet

from desktop_app.core.county.rollup import CountySummary, finding_dict
from desktop_app.core.county.totals import table_fields
from desktop_app.core.formats.spec import FieldSpec
from desktop_app.core.formats.table_spec import TableRow, header_grid
from desktop_app.core.messages.county import label
from desktop_app.core.model import TableValue
from desktop_app.core.storage.atomic import atomic_write

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_CENTRE = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_BOLD = Font(bold=True)


def write_summary(summary: CountySummary, path: Path | str, lang: str = "zh_CN") -> Path:
    data = summary_workbook(summary, lang)
    return atomic_write(path, lambda handle: handle.write(data))


def summary_workbook(summary: CountySummary, lang: str = "zh_CN") -> bytes:
    book = Workbook()
    units = book.active
    assert units is not None
    units.title = label("sheet-units", lang)
    _units(units, summary, lang)
    _totals(book.create_sheet(label("sheet-totals", lang)), summary, lang)
    _missing(book.create_sheet(label("sheet-missing", lang)), summary, lang)
    _similar(book.create_sheet(label("sheet-similar", lang)), summary, lang)
    _skipped(book.create_sheet(label("sheet-skipped", lang)), summary, lang)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _header(sheet: Worksheet, keys: list[str], lang: str, widths: list[int]) -> None:
    sheet.append([label(k, lang) for k in keys])
    for cell in sheet[1]:
        cell.font = _BOLD
    for column, width in enumerate(widths, start=1):
        sheet.column_dimensions[_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _units(sheet: Worksheet, summary: CountySummary, lang: str) -> None:
    keys = ["col-file", "col-agency", "col-year", "col-format", "col-state", "col-signed"]
    keys += ["col-errors", "col-warnings", "col-findings", "col-similar"]
    _header(sheet, keys, lang, [28, 30, 8, 18, 16, 8, 8, 8, 60, 30])
    partners: dict[int, list[str]] = {}
    for pair in summary.similar:
        for me, other in ((pair.a, pair.b), (pair.b, pair.a)):
            partners.setdefault(me, []).append(f"{summary.units[other].draft.agency.full_name} {pair.similarity:.0%}")
    for number, unit in enumerate(summary.units):
        findings = "\n".join(finding_dict(f, lang)["message"] for f in unit.findings)
        sheet.append(
            [
                unit.submission.file,
                unit.draft.agency.full_name,
                unit.draft.year,
                unit.draft.format_id,
                label(f"state-{unit.state}", lang),
                label("yes" if unit.signed_off else "no", lang),
                len(unit.errors),
                len(unit.warnings),
                findings,
                "\n".join(partners.get(number, [])),
            ]
        )


def _totals(sheet: Worksheet, summary: CountySummary, lang: str) -> None:
    fields = table_fields(u.draft for u in summary.units)
    row = 1
    sheet.cell(row, 1, label("totals-title", lang, count=len(summary.units))).font = _BOLD
    row += 2
    widest = 1
    for key, field in fields.items():
        row = _table(sheet, row, field, summary.totals.get(key, {})) + 1
        widest = max(widest, field.table.grid_columns if field.table else 1)
    for column in range(1, widest + 1):
        sheet.column_dimensions[_letter(column)].width = 14


def _table(sheet: Worksheet, top: int, field: FieldSpec, value: TableValue) -> int:
    """The table at row ``top`` as printed; returns the row after it."""
    table = field.table
    assert table is not None
    width = table.grid_columns
    sheet.cell(top, 1, field.label).font = _BOLD
    row = top + 1
    for block in table.blocks:
        placed = header_grid(block.header, width)
        for r, cells in enumerate(placed):
            for col, cell in cells:
                _put(sheet, row + r, col + 1, cell.text, _CENTRE, bold=True)
                if cell.colspan > 1 or cell.rowspan > 1:
                    sheet.merge_cells(
                        start_row=row + r,
                        start_column=col + 1,
                        end_row=row + r + cell.rowspan - 1,
                        end_column=col + cell.colspan,
                    )
        for r in range(len(placed)):
            for c in range(width):
                sheet.cell(row + r, c + 1).border = _BOX
        row += len(placed)
        first = row
        for index, table_row in enumerate(block.rows):
            col = 1
            for level, text in enumerate(table_row.labels):
                last = level == len(table_row.labels) - 1
                span = table.label_columns - level if last else 1
                if last or not _shares(block.rows[index - 1] if index else None, table_row, level):
                    _put(sheet, row, col, text, _LEFT if last else _CENTRE)
                    length = 1 if last else _group_length(block.rows, index, level)
                    if span > 1 or length > 1:
                        sheet.merge_cells(
                            start_row=row, start_column=col, end_row=row + length - 1, end_column=col + span - 1
                        )
                col += span
            col = table.label_columns + 1
            for column, span in zip(block.columns, table.block_column_spans(block), strict=True):
                number = value.get(table_row.key, {}).get(column.key, 0)
                _put(sheet, row, col, number, _CENTRE)
                if span > 1:
                    sheet.merge_cells(start_row=row, start_column=col, end_row=row, end_column=col + span - 1)
                col += span
            row += 1
        for r in range(first, row):
            for c in range(width):
                sheet.cell(r, c + 1).border = _BOX
    return row


def _shares(other: TableRow | None, row: TableRow, level: int) -> bool:
    return (
        other is not None
        and len(other.labels) > level + 1
        and len(row.labels) > level + 1
        and other.labels[: level + 1] == row.labels[: level + 1]
    )


def _group_length(rows: tuple[TableRow, ...], index: int, level: int) -> int:
    length = 1
    while index + length < len(rows) and _shares(rows[index + length - 1], rows[index + length], level):
        length += 1
    return length


def _put(sheet: Worksheet, row: int, column: int, value: object, align: Alignment, bold: bool = False) -> None:
    cell = sheet.cell(row, column, value)
    cell.alignment = align
    if bold:
        cell.font = _BOLD


def _missing(sheet: Worksheet, summary: CountySummary, lang: str) -> None:
    _header(sheet, ["col-roster-name"], lang, [40])
    if summary.roster is None:
        sheet.append([label("no-roster", lang)])
    elif not summary.missing:
        sheet.append([label("no-missing", lang)])
    for name in summary.missing:
        sheet.append([name])


def _similar(sheet: Worksheet, summary: CountySummary, lang: str) -> None:
    _header(sheet, ["col-a", "col-b", "col-similarity", "col-passages"], lang, [30, 30, 10, 80])
    for pair in summary.similar:
        sheet.append(
            [
                summary.units[pair.a].draft.agency.full_name,
                summary.units[pair.b].draft.agency.full_name,
                pair.similarity,
                "\n\n".join(p.text for p in pair.passages),
            ]
        )
        sheet.cell(sheet.max_row, 3).number_format = "0%"


def _skipped(sheet: Worksheet, summary: CountySummary, lang: str) -> None:
    _header(sheet, ["col-file", "col-reason", "col-detail"], lang, [30, 24, 60])
    for skipped in summary.skipped:
        sheet.append([skipped.file, label(f"reason-{skipped.reason}", lang), skipped.detail_in(lang)])


def _letter(column: int) -> str:
    from openpyxl.utils import get_column_letter

    return str(get_column_letter(column))
