"""A statistical table declared as data in a format pack: its header, rows, columns and rules.

A table field (``kind = "table"``) is described by ``[tables.<field key>]`` in format.toml:

- ``label_columns``: how many columns at the left hold row labels (0 for a table of numbers);
- ``widths_mm``: optional widths of every grid column (label columns first), scaled to fit;
- one block (``header``, ``columns``, ``rows`` at the top level) or several ``[[…blocks]]``,
  each with its own header rows. A block with fewer value columns than the widest block
  stretches its last column over the rest, as printed forms do;
- ``header``: rows of cells ``{text, text_en, colspan, rowspan}``, laid out left to right over
  the free grid positions (as in HTML); ``text_en`` is what the English interface shows;
- ``columns``: ``{key, label, label_en, kind}`` (kind "count" or "money");
- ``rows``: ``{key, labels, label, label_en, labels_en}``; ``labels`` is the path printed in
  the label columns: consecutive rows sharing a leading label have it merged vertically, and
  the last label spans the remaining label columns; ``labels_en`` is the same path in English
  (a row with one label may give only ``label_en``);
- ``since_year``: ``{rows = {key = year}, columns = {key = year}}``: the first report year
  whose edition of the table has the row (column); an earlier report is not asked to fill it;
- ``rules``: arithmetic over the block, ``kind = "columns"`` (for each column, the sum of the
  ``left`` rows equals the sum of the ``right`` rows) or ``kind = "rows"`` (for each row,
  over columns). ``compute = true``: the single ``left`` row/column is a total the app
  fills in;
- ``carry``: ``{from, to}`` rows: next year's ``to`` row starts as this year's ``from`` row;
- ``not_applicable``: ``{rows, columns, cells}``: where a cell may be marked 不适用 (an agency
  without the power prints 不适用 rather than 0); everywhere else it holds a number or is empty;
- ``marks``: how cells that hold no number are printed and read: ``not_applicable`` (printed,
  default 不适用), ``empty`` (printed for a cell never filled, default nothing),
  ``read_not_applicable`` (printed marks read as 不适用 where allowed) and ``read_zero`` (marks
  read as 0 elsewhere; any other mark leaves the cell empty).

Nothing here names a particular table.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

COUNT = "count"
MONEY = "money"
COLUMNS = "columns"  # a rule checked once per column, summing rows
ROWS = "rows"  # a rule checked once per row, summing columns


@dataclass(frozen=True)
class HeaderCell:
    text: str
    colspan: int = 1
    rowspan: int = 1
    text_en: str = ""

    def shown(self, english: bool) -> str:
        return (self.text_en or self.text) if english else self.text


@dataclass(frozen=True)
class TableColumn:
    key: str
    label: str
    label_en: str
    kind: str = COUNT  # "count": non-negative integers; "money": may be fractional


@dataclass(frozen=True)
class TableRow:
    key: str
    labels: tuple[str, ...]  # one per label column used; the last spans the rest
    label: str  # for messages and the editor
    label_en: str
    labels_en: tuple[str, ...] = ()  # ``labels`` in English, for the English interface

    def path_en(self) -> tuple[str, ...]:
        """The label path in English (a one-label row names itself by ``label_en``)."""
        if self.labels_en:
            return self.labels_en
        return (*self.labels[:-1], self.label_en) if self.labels else ()


@dataclass(frozen=True)
class TableBlock:
    header: tuple[tuple[HeaderCell, ...], ...]
    columns: tuple[TableColumn, ...]
    rows: tuple[TableRow, ...]

    def column(self, key: str) -> TableColumn:
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)


@dataclass(frozen=True)
class TableRule:
    id: str
    kind: str  # COLUMNS or ROWS
    left: tuple[str, ...]
    right: tuple[str, ...]
    compute: bool = False
    label: str = ""
    label_en: str = ""


@dataclass(frozen=True)
class CarryRule:
    source: str  # this year's row …
    target: str  # … becomes next year's row


@dataclass(frozen=True)
class CellMarks:
    """What a cell that holds no number prints, and which printed marks mean what."""

    not_applicable: str = "不适用"
    empty: str = ""
    read_not_applicable: tuple[str, ...] = ("不适用",)
    read_zero: tuple[str, ...] = ()

    def all(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys((self.not_applicable, *self.read_not_applicable, *self.read_zero)))


@dataclass(frozen=True)
class TableSpec:
    key: str
    label_columns: int
    value_columns: int  # grid columns for numbers (the widest block)
    blocks: tuple[TableBlock, ...]
    rules: tuple[TableRule, ...] = ()
    carry: tuple[CarryRule, ...] = ()
    widths_mm: tuple[float, ...] = ()
    caption: str = ""  # the table's number and name (表二 …), read aloud by screen readers
    not_applicable: frozenset[tuple[str, str]] = frozenset()  # cells that may be 不适用
    marks: CellMarks = CellMarks()
    rows_since: tuple[tuple[str, int], ...] = ()  # (row key, first report year printing it)
    columns_since: tuple[tuple[str, int], ...] = ()

    def allows_not_applicable(self, row: str, column: str) -> bool:
        return (row, column) in self.not_applicable

    def printed_in(self, row: str, column: str, year: int | None) -> bool:
        """Whether a report of ``year`` printed the cell (a later edition may have added it)."""
        since = max(dict(self.rows_since).get(row, 0), dict(self.columns_since).get(column, 0))
        return year is None or year >= since

    @property
    def grid_columns(self) -> int:
        return self.label_columns + self.value_columns

    @property
    def rows(self) -> tuple[TableRow, ...]:
        return tuple(row for block in self.blocks for row in block.rows)

    def block_of(self, row_key: str) -> TableBlock:
        for block in self.blocks:
            if any(row.key == row_key for row in block.rows):
                return block
        raise KeyError(row_key)

    def row(self, key: str) -> TableRow:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)

    def columns_of(self, row_key: str) -> tuple[TableColumn, ...]:
        return self.block_of(row_key).columns

    def cells(self) -> list[tuple[str, str]]:
        """Every (row key, column key) of the table, in reading order."""
        return [(row.key, column.key) for block in self.blocks for row in block.rows for column in block.columns]

    def computed_cells(self) -> set[tuple[str, str]]:
        """Cells a ``compute`` rule fills in: totals, read-only in the editor."""
        out: set[tuple[str, str]] = set()
        for rule in self.rules:
            if not rule.compute:
                continue
            block = self._rule_block(rule)
            if rule.kind == COLUMNS:
                out.update((rule.left[0], column.key) for column in block.columns)
            else:
                out.update((row.key, rule.left[0]) for row in block.rows)
        return out

    def rule_block(self, rule: TableRule) -> TableBlock:
        return self._rule_block(rule)

    def _rule_block(self, rule: TableRule) -> TableBlock:
        if rule.kind == COLUMNS:
            return self.block_of(rule.left[0])
        for block in self.blocks:
            if any(c.key == rule.left[0] for c in block.columns):
                return block
        raise KeyError(rule.left[0])

    def block_column_spans(self, block: TableBlock) -> list[int]:
        """Grid columns each value column of ``block`` covers (the last takes the rest)."""
        spans = [1] * len(block.columns)
        if spans:
            spans[-1] += self.value_columns - len(block.columns)
        return spans


# --- parsing (format.toml → TableSpec); errors are ValueError/KeyError/TypeError ----------


def parse_table(key: str, data: dict[str, Any]) -> TableSpec:
    label_columns = int(data.get("label_columns", 1))
    raw_blocks = data.get("blocks") or [data]
    blocks = tuple(_block(b) for b in raw_blocks)
    value_columns = max((len(b.columns) for b in blocks), default=0)
    table = TableSpec(
        key=key,
        label_columns=label_columns,
        value_columns=value_columns,
        blocks=blocks,
        rules=tuple(_rule(r) for r in data.get("rules", [])),
        carry=tuple(CarryRule(c["from"], c["to"]) for c in data.get("carry", [])),
        widths_mm=tuple(float(w) for w in data.get("widths_mm", [])),
        caption=str(data.get("caption", "")),
        marks=_marks(data.get("marks", {})),
        rows_since=tuple((str(k), int(v)) for k, v in data.get("since_year", {}).get("rows", {}).items()),
        columns_since=tuple((str(k), int(v)) for k, v in data.get("since_year", {}).get("columns", {}).items()),
    )
    table = replace(table, not_applicable=_not_applicable(table, data.get("not_applicable", {})))
    _check(table)
    return table


def _marks(data: dict[str, Any]) -> CellMarks:
    default = CellMarks()
    shown = str(data.get("not_applicable", default.not_applicable))
    return CellMarks(
        not_applicable=shown,
        empty=str(data.get("empty", default.empty)),
        read_not_applicable=tuple(str(m) for m in data.get("read_not_applicable", [shown])),
        read_zero=tuple(str(m) for m in data.get("read_zero", [])),
    )


def _not_applicable(table: TableSpec, data: dict[str, Any]) -> frozenset[tuple[str, str]]:
    """The cells ``{rows, columns, cells}`` name: every cell of a named row or column."""
    rows, columns = set(data.get("rows", [])), set(data.get("columns", []))
    cells = {(str(c[0]), str(c[1])) for c in data.get("cells", [])}
    declared = set(table.cells())
    unknown = (rows - {r.key for r in table.rows}) | (columns - {c for _, c in declared}) | (cells - declared)
    if unknown:
        raise ValueError(f"table {table.key}: not_applicable names {sorted(map(str, unknown))} it does not declare")
    return frozenset(c for c in declared if c[0] in rows or c[1] in columns or c in cells)


def _block(data: dict[str, Any]) -> TableBlock:
    header = tuple(
        tuple(
            HeaderCell(str(c["text"]), int(c.get("colspan", 1)), int(c.get("rowspan", 1)), str(c.get("text_en", "")))
            for c in header_row
        )
        for header_row in data.get("header", [])
    )
    columns = tuple(
        TableColumn(c["key"], c["label"], c.get("label_en", c["label"]), c.get("kind", COUNT)) for c in data["columns"]
    )
    rows = []
    for r in data["rows"]:
        labels = tuple(str(label) for label in r.get("labels", []))
        label = r.get("label") or " ".join(labels) or r["key"]
        labels_en = tuple(str(label) for label in r.get("labels_en", []))
        rows.append(TableRow(r["key"], labels, label, r.get("label_en", label), labels_en))
    return TableBlock(header, columns, tuple(rows))


def _rule(data: dict[str, Any]) -> TableRule:
    return TableRule(
        id=data["id"],
        kind=data["kind"],
        left=tuple(data["left"]),
        right=tuple(data["right"]),
        compute=bool(data.get("compute", False)),
        label=data.get("label", ""),
        label_en=data.get("label_en", data.get("label", "")),
    )


def header_grid(header: tuple[tuple[HeaderCell, ...], ...], width: int) -> list[list[tuple[int, HeaderCell]]]:
    """Each header row's cells with the grid column each starts at (HTML table layout).

    Raises ValueError when the cells do not tile a grid ``width`` columns wide.
    """
    taken: dict[tuple[int, int], bool] = {}
    placed: list[list[tuple[int, HeaderCell]]] = []
    for r, header_row in enumerate(header):
        col = 0
        row_cells = []
        for cell in header_row:
            while taken.get((r, col)):
                col += 1
            if cell.colspan < 1 or cell.rowspan < 1 or col + cell.colspan > width:
                raise ValueError(f"header cell {cell.text!r} does not fit a {width}-column table")
            if r + cell.rowspan > len(header):
                raise ValueError(f"header cell {cell.text!r} spans below the header")
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    if taken.get((r + dr, col + dc)):
                        raise ValueError(f"header cell {cell.text!r} overlaps another")
                    taken[(r + dr, col + dc)] = True
            row_cells.append((col, cell))
            col += cell.colspan
        placed.append(row_cells)
    for r in range(len(header)):
        if not all(taken.get((r, c)) for c in range(width)):
            raise ValueError(f"header row {r + 1} leaves grid columns empty")
    return placed


def _check(table: TableSpec) -> None:
    if table.label_columns < 0 or table.value_columns < 1:
        raise ValueError(f"table {table.key}: needs at least one value column")
    row_keys = [row.key for row in table.rows]
    if len(set(row_keys)) != len(row_keys):
        raise ValueError(f"table {table.key}: duplicate row keys")
    for block in table.blocks:
        keys = [c.key for c in block.columns]
        if len(set(keys)) != len(keys) or not block.rows:
            raise ValueError(f"table {table.key}: a block needs rows and distinct column keys")
        if any(c.kind not in (COUNT, MONEY) for c in block.columns):
            raise ValueError(f"table {table.key}: column kind must be {COUNT!r} or {MONEY!r}")
        header_grid(block.header, table.grid_columns)
        for row in block.rows:
            if len(row.labels) > table.label_columns or (table.label_columns and not row.labels):
                raise ValueError(f"table {table.key}: row {row.key} needs 1–{table.label_columns} labels")
            if row.labels_en and len(row.labels_en) != len(row.labels):
                raise ValueError(f"table {table.key}: row {row.key} needs as many labels_en as labels")
    for rule in table.rules:
        if rule.kind not in (COLUMNS, ROWS) or not rule.left or not rule.right:
            raise ValueError(f"table {table.key}: rule {rule.id} is malformed")
        block = table._rule_block(rule)
        names = {r.key for r in block.rows} if rule.kind == COLUMNS else {c.key for c in block.columns}
        unknown = set(rule.left + rule.right) - names
        if unknown:
            raise ValueError(f"table {table.key}: rule {rule.id} names {sorted(unknown)} outside its block")
        if rule.compute and len(rule.left) != 1:
            raise ValueError(f"table {table.key}: computed rule {rule.id} needs one total on the left")
    for carry in table.carry:
        source, target = table.block_of(carry.source), table.block_of(carry.target)
        if source is not target:
            raise ValueError(f"table {table.key}: carry {carry.source} → {carry.target} crosses blocks")
    columns = {c for _, c in table.cells()}
    if {r for r, _ in table.rows_since} - set(row_keys) or {c for c, _ in table.columns_since} - columns:
        raise ValueError(f"table {table.key}: since_year names a row or column it does not declare")
    if table.not_applicable & table.computed_cells():
        raise ValueError(f"table {table.key}: a computed total cannot be 不适用")
    marks = table.marks
    if any(not m.strip() or m.strip()[0].isdigit() for m in (*marks.read_not_applicable, *marks.read_zero)):
        raise ValueError(f"table {table.key}: a mark must be printed text, not blank or a number")
    if table.widths_mm and len(table.widths_mm) != table.grid_columns:
        raise ValueError(f"table {table.key}: widths_mm needs {table.grid_columns} values")
