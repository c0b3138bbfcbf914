"""Scores one import of a corpus report against its ``.expect.toml``: the measures issue 14 sets
(format detected, section phrases in the right section, stated facts and table cells read,
no not_facts value reported as a fact)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.formats.spec import FormatSpec, load_format
from desktop_app.core.importing.importer import ImportResult, import_report
from desktop_app.core.importing.section_matching import normalise_title

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def corpus_reports() -> list[Path]:
    reports = (p for p in CORPUS.iterdir() if p.is_file() and not p.name.endswith(".toml"))
    return sorted(p for p in reports if p.with_suffix(".expect.toml").exists())


def expectation(report: Path) -> dict:
    return tomllib.loads(report.with_suffix(".expect.toml").read_text("utf-8"))


@dataclass
class Score:
    name: str
    format_ok: bool
    sections: tuple[int, int]  # (right, expected)
    facts: tuple[int, int]
    cells: tuple[int, int]
    invented: list[str] = field(default_factory=list)  # not_facts values reported as facts
    misses: list[str] = field(default_factory=list)  # what went wrong, for the failure message

    def ratio(self, which: str) -> float:
        right, total = getattr(self, which)
        return right / total if total else 1.0


def _compact(text: str) -> str:
    return "".join(text.split())


def score(report: Path, result: ImportResult | None = None) -> Score:
    expect = expectation(report)
    result = result or import_report(report)
    draft = result.draft
    misses: list[str] = []
    format_ok = draft.format_id == expect["format"]
    if not format_ok:
        misses.append(f"format {draft.format_id}")
    texts = {s.id: _compact(s.text) for s in draft.sections}
    spec = load_format(draft.format_id)
    right = 0
    for section_id, phrase in expect.get("sections", {}).items():
        if format_ok and (
            _compact(phrase) in texts.get(section_id, "")
            or (_in_table(phrase, section_id, spec) and not _elsewhere(phrase, section_id, texts, draft.unplaced))
        ):
            right += 1
        else:
            where = [k for k, t in texts.items() if _compact(phrase) in t]
            misses.append(f"section {section_id}: {phrase!r} found in {where}")
    sections = (right, len(expect.get("sections", {})))
    right = 0
    for key, value in expect.get("facts", {}).items():
        got = draft.facts.get(key)
        if got is not None and float(got) == float(value):
            right += 1
        else:
            misses.append(f"fact {key}: {got!r} != {value!r}")
    facts = (right, len(expect.get("facts", {})))
    right = total = 0
    expected_cells: dict[str, set[tuple[str, str]]] = {}
    for table, cells in expect.get("tables", {}).items():
        read = draft.facts.get(table) or {}
        expected_cells[table] = set()
        for cell, value in cells.items():
            row, column = cell.split(".")
            expected_cells[table].add((row, column))
            total += 1
            got = read.get(row, {}).get(column) if isinstance(read, dict) else None
            if got is not None and got == value:
                right += 1
            else:
                misses.append(f"cell {table}.{cell}: {got!r} != {value!r}")
    cells_score = (right, total)
    not_facts = {float(v) for v in expect.get("not_facts", {}).get("values", [])}
    invented = []
    stated = {k: float(v) for k, v in expect.get("facts", {}).items()}
    for key, value in draft.facts.items():
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            continue
        if float(value) in not_facts and stated.get(key) != float(value):
            invented.append(f"{key}={value}")
    for table, read in draft.facts.items():
        if not isinstance(read, dict) or table not in ("t3", "t4"):
            continue
        for row, columns in read.items():
            for column, value in (columns or {}).items():
                if (row, column) not in expected_cells.get(table, set()) and float(value) in not_facts:
                    invented.append(f"{table}.{row}.{column}={value}")
    return Score(report.name, format_ok, sections, facts, cells_score, invented, misses)


def _elsewhere(phrase: str, section_id: str, texts: dict[str, str], unplaced: list[str]) -> bool:
    others = [t for k, t in texts.items() if k != section_id] + [_compact(u) for u in unplaced]
    return any(_compact(phrase) in t for t in others)


def _in_table(phrase: str, section_id: str, spec: FormatSpec) -> bool:
    """A table-only section's phrase is a label of its table: the draft keeps a table as cells,
    not as text, so the label is "in the section" when it is one of its table's labels and
    turns up in no other section and among no unplaced text."""
    try:
        keys = spec.section(section_id).fields
    except KeyError:
        return False
    rest = normalise_title(phrase)
    tabled = False
    for key in keys:
        table = spec.field(key).table
        if table is None:
            continue
        tabled = True
        texts = {cell.text for block in table.blocks for row in block.header for cell in row}
        texts |= {label for block in table.blocks for row in block.rows for label in row.labels}
        texts |= {column.label for block in table.blocks for column in block.columns}
        for text in sorted((normalise_title(t) for t in texts), key=len, reverse=True):
            if text:
                rest = rest.replace(text, "")
    return tabled and not rest
