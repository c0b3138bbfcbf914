"""The statistical tables of a published report, read back into table fields.

The importer hands over each section's lines. A table row of a .docx arrives as its cells
joined by tabs (docx_reading; a merged cell once); a table copied as text arrives as a label
followed by numbers separated by spaces. Within the sections that declare table fields:

- lines made only of the tables' header texts are dropped;
- a line with a label is matched to the row whose label (its last printed label, or the
  whole path) is most alike, rows in printed order breaking ties; a line of numbers only
  goes to the next row that has no label (a table of one row of numbers);
- its numbers fill the row's columns by position under the declared header. A blank .docx
  cell stays empty (never filled: not a 0); a printed mark (—, /, 不适用, 无) reads as the
  table declares (``marks``): 不适用 where the cell may be, 0 for a mark of none, else empty.
  Plain text cannot show blanks, so its count of numbers must be exact.

The lines used are taken out of the section's text; table-like lines that fit no row are
reported and kept as unplaced text. Nothing here names a particular table.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field

from desktop_app.core.formats.spec import FieldSpec, FormatSpec
from desktop_app.core.formats.table_spec import COUNT, TableBlock, TableRow, TableSpec
from desktop_app.core.importing.docx_reading import CELL_SEPARATOR
from desktop_app.core.importing.notes import Note
from desktop_app.core.importing.section_matching import normalise_title
from desktop_app.core.importing.table_lines import table_rows
from desktop_app.core.model import NOT_APPLICABLE, CellValue, TableValue

MATCH = 0.75  # label similarity needed to take a line as a row
MAX_LINE = 400  # longer lines are prose, never a table row
_NUMBER = re.compile(r"^[0-9０-９]+(?:[.．][0-9０-９]+)?$")
_NUMBER_TOKEN = r"[0-9０-９]+(?:[.．][0-9０-９]+)?"
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass
class TableImport:
    values: dict[str, TableValue] = field(default_factory=dict)  # table field key → cells read
    unplaced: list[str] = field(default_factory=list)  # table-like lines that fit no row
    notes: list[str] = field(default_factory=list)
    rows_read: dict[str, int] = field(default_factory=dict)  # table field key → rows matched


@dataclass
class _Line:
    labels: list[str]
    numbers: list[float | str | None]  # None: a blank cell; a str: a printed mark (—, 不适用)
    exact: bool  # positions known (a .docx row), not guessed from spaces

    @property
    def blank(self) -> bool:
        return all(n is None for n in self.numbers)


def read_tables(texts: dict[str, list[str]], spec: FormatSpec) -> TableImport:
    """Fill the format's table fields from ``texts`` (section id → lines), taking out the
    lines it used."""
    result = TableImport()
    # a mark any table declares (—, /, 无) is a cell, never a row's label, in every table
    marks = {m for f in spec.fields if f.table for m in f.table.marks.all()}
    for section in spec.sections:
        fields = [spec.field(k) for k in section.fields if spec.field(k).table is not None]
        lines = texts.get(section.id)
        if not fields or not lines:
            continue
        kept = _read_section(lines, fields, marks, result)
        texts[section.id] = kept
    for key, count in result.rows_read.items():
        result.notes.append(Note("table-rows", count=count, label=spec.field(key).label))
    return result


def _read_section(lines: list[str], fields: list[FieldSpec], marks: set[str], result: TableImport) -> list[str]:
    headers = _header_texts(fields)
    rows = [(f, block, row) for f in fields if f.table for block in f.table.blocks for row in block.rows]
    taken: set[tuple[str, str]] = set()
    position = 0  # index in ``rows`` after the last row matched
    kept = []
    printed_header: list[str] = []  # the column labels of the last header row, as printed
    for line in table_rows(lines):
        if len(line) > MAX_LINE:
            kept.append(line)
            continue
        if _is_header(line, headers):
            if CELL_SEPARATOR in line:
                printed_header = [c.strip() for c in line.split(CELL_SEPARATOR) if c.strip()]
            continue
        parsed = _parse(line, marks)
        if parsed is not None and parsed.blank and _match(parsed, rows, taken, position) is None:
            parsed = None  # cells all blank and labels of no row: a header of another edition
        if parsed is None:
            cells = [c.strip() for c in line.split(CELL_SEPARATOR) if c.strip()] if CELL_SEPARATOR in line else []
            if len(cells) > 1:
                # a header row of an edition or order the format does not print: its labels
                # still name the columns of the rows below
                printed_header = cells
            elif cells:  # a table row holding one label the table does not know: shown, not kept as prose
                result.unplaced.append(line)
                result.notes.append(Note("table-row-unplaced", line=line.strip()[:40]))
            else:
                kept.append(line)
            continue
        if parsed.labels and all(_is_header(label, headers) for label in parsed.labels):
            parsed.labels = []  # "总计" then the numbers: a header cell, not a row's label
        match = _match(parsed, rows, taken, position)
        if match is not None and len(parsed.numbers) != len(match[1].columns) and printed_header:
            parsed = _by_printed_header(parsed, match[1], printed_header)
        if match is None or not _fill(parsed, *match, result):
            result.unplaced.append(line)
            result.notes.append(Note("table-row-unplaced", line=line[:40]))
            continue
        taken.add((match[0].key, match[2].key))
        position = rows.index(match) + 1
    return kept


# --- reading one line -----------------------------------------------------------------------


def _parse(line: str, marks: set[str]) -> _Line | None:
    """A table row's labels and numbers (or marks), or None for a line of prose."""
    if CELL_SEPARATOR in line:
        cells = [c.strip() for c in line.split(CELL_SEPARATOR)]
        last_label = max((i for i, c in enumerate(cells) if c and not _NUMBER.match(c) and c not in marks), default=-1)
        values = cells[last_label + 1 :]
        labels = [c for c in cells[: last_label + 1] if c]
        if not values or not (any(values) or labels):
            return None
        return _Line(labels, [_value(c) for c in values], exact=True)
    text = line.strip()
    tokens = text.split()
    if any(_NUMBER.match(t) for t in tokens) and all(_NUMBER.match(t) or t in marks for t in tokens):
        return _Line([], [_value(t) for t in tokens], exact=False)
    value = "|".join([_NUMBER_TOKEN, *(re.escape(m) for m in sorted(marks, key=len, reverse=True))])
    found = re.match(rf"^(?P<label>.*?)(?P<numbers>(?:[ \u3000]+(?:{value}))+)\s*$", text)
    # row labels may hold commas; prose sentences end
    if found is None or not found.group("label").strip() or re.search(r"[。；！？;]", found.group("label")):
        return None
    return _Line([found.group("label").strip()], [_value(t) for t in found.group("numbers").split()], exact=False)


def _value(text: str) -> float | str | None:
    text = text.strip().translate(_HALF_WIDTH)
    if not text:
        return None
    return float(text) if _NUMBER.match(text) else text


def _header_texts(fields: list[FieldSpec]) -> list[str]:
    """Header cells, and the group labels rows share (printed once, merged down), which a table copied
    as text prints on lines of their own."""
    texts = set()
    for f in fields:
        for block in f.table.blocks if f.table else ():
            texts |= {normalise_title(cell.text) for header_row in block.header for cell in header_row}
            texts |= {normalise_title(label) for row in block.rows for label in row.labels[:-1]}
    return sorted((t for t in texts if t), key=len, reverse=True)


def _is_header(line: str, headers: list[str]) -> bool:
    """Whether the line is nothing but header texts (a header row, or its cells run together)."""
    rest = normalise_title(line)
    if not rest:
        return False
    for text in headers:
        rest = rest.replace(text, "")
    return not rest


# --- matching and filling ---------------------------------------------------------------------


def _match(
    line: _Line,
    rows: list[tuple[FieldSpec, TableBlock, TableRow]],
    taken: set[tuple[str, str]],
    position: int,
) -> tuple[FieldSpec, TableBlock, TableRow] | None:
    free = [(i, r) for i, r in enumerate(rows) if (r[0].key, r[2].key) not in taken]
    if not line.labels:
        for _, candidate in free:
            if not candidate[2].labels and len(line.numbers) in _acceptable_counts(candidate):
                return candidate
        return None
    best: tuple[float, int, tuple[FieldSpec, TableBlock, TableRow]] | None = None
    for index, candidate in free:
        score = _similarity(line.labels, candidate[2])
        if score < MATCH:
            continue
        # equal scores: the row that comes next in print wins
        order = index - position if index >= position else len(rows) + index
        if best is None or score > best[0] + 1e-9 or (abs(score - best[0]) <= 1e-9 and order < best[1]):
            best = (score, order, candidate)
    return best[2] if best else None


def _similarity(labels: list[str], row: TableRow) -> float:
    if not row.labels:
        return 0.0
    last, whole = normalise_title(labels[-1]), normalise_title("".join(labels))
    own, path = normalise_title(row.labels[-1]), normalise_title("".join(row.labels))
    return max(_ratio(last, own), _ratio(whole, path), _ratio(whole, own))


def _ratio(a: str, b: str) -> float:
    if not a or not b:
        return 0.0
    return difflib.SequenceMatcher(None, a, b, autojunk=False).ratio()


def _by_printed_header(line: _Line, block: TableBlock, printed: list[str]) -> _Line:
    """A row with more numbers than the block has columns, under a header row whose last
    labels name its columns (an older edition of the table, columns in another order): each
    column takes the number under the printed label most like its own. Unchanged when the
    labels do not say."""
    labels = printed[-len(line.numbers) :] if len(printed) >= len(line.numbers) else []
    if len(labels) != len(line.numbers):
        return line
    picked: list[float | str | None] = []
    for column in block.columns:
        ratios = [_ratio(normalise_title(column.label), normalise_title(label)) for label in labels]
        best = max(range(len(labels)), key=lambda i: ratios[i])
        if ratios[best] < MATCH:
            return line
        picked.append(line.numbers[best])
    return _Line(line.labels, picked, line.exact)


def _acceptable_counts(candidate: tuple[FieldSpec, TableBlock, TableRow]) -> set[int]:
    field_spec, block, _ = candidate
    grid = field_spec.table.value_columns if field_spec.table else len(block.columns)
    return {len(block.columns), grid}


def _fill(line: _Line, field_spec: FieldSpec, block: TableBlock, row: TableRow, result: TableImport) -> bool:
    columns = block.columns
    numbers = line.numbers
    while line.exact and len(numbers) > len(columns) and numbers[0] is None:
        numbers = numbers[1:]  # the empty cells of label columns a merged label left
    if len(numbers) != len(columns):
        # a .docx whose stretched cell was not merged: the first numbers are the columns
        if not (line.exact and field_spec.table and len(numbers) == field_spec.table.value_columns):
            return False
        numbers = numbers[: len(columns)]
    # a blank cell stays absent; a printed 0 is a 0; a mark reads as the table declares
    table = field_spec.table
    assert table is not None
    read = [(c, _cell(table, row.key, c.key, n)) for c, n in zip(columns, numbers, strict=True)]
    pairs = [(c, n) for c, n in read if n is not None]
    if any(c.kind == COUNT and isinstance(n, float) and not n.is_integer() for c, n in pairs):
        return False
    cells = result.values.setdefault(field_spec.key, {})
    for column, number in pairs:
        cells.setdefault(row.key, {})[column.key] = (
            int(number) if isinstance(number, float) and number.is_integer() else number
        )
    result.rows_read[field_spec.key] = result.rows_read.get(field_spec.key, 0) + 1
    return True


def _cell(table: TableSpec, row: str, column: str, printed: float | str | None) -> CellValue | None:
    """A cell as read: the number, 不适用 or 0 for a mark as the table declares, or None (empty)."""
    if not isinstance(printed, str):
        return printed
    marks = table.marks
    if table.allows_not_applicable(row, column) and printed in (marks.not_applicable, *marks.read_not_applicable):
        return NOT_APPLICABLE
    return 0 if printed in marks.read_zero else None
