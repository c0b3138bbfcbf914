"""Draft files written by earlier releases still open, validate and export the same.

``tests/data/drafts/vN/`` holds files as release N saved them (``make_drafts.py``), each with
what it must read as: its findings and the text and numbers of its export.
"""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest

from desktop_app.core.model import NOT_APPLICABLE
from desktop_app.core.storage.draft_files import load_draft_file
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import export_docx

DRAFTS = Path(__file__).resolve().parent.parent / "data" / "drafts"
FILES = sorted(p for p in DRAFTS.glob("v*/*.json") if not p.name.endswith(".expect.json"))
KINDS = {"ten-section", "national-tables", "signed-off", "rolled-forward", "imported-unplaced", "table-cells"}


def test_every_kind_of_draft_has_a_fixture() -> None:
    assert {p.stem for p in FILES} >= KINDS
    for path in FILES:
        assert path.with_suffix(".expect.json").is_file()


def test_the_fixtures_are_what_they_say() -> None:
    drafts = {p.stem: load_draft_file(p) for p in FILES if p.parent.name == "v1"}
    assert drafts["signed-off"].sign_off is not None
    assert drafts["rolled-forward"].unconfirmed
    assert drafts["imported-unplaced"].unplaced
    assert drafts["national-tables"].format_id == "ogi-annual-2021"
    assert any(isinstance(v, dict) and v for v in drafts["national-tables"].facts.values())
    assert len(drafts["ten-section"].sections) >= 10
    cells = load_draft_file(DRAFTS / "v2" / "table-cells.json").facts["t2"]
    assert cells["regulations"] == {"issued": NOT_APPLICABLE, "repealed": 0}  # type: ignore[index]


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.stem}" for p in FILES])
def test_a_draft_file_opens_validates_and_exports_the_same(path: Path, tmp_path: Path) -> None:
    expect = json.loads(path.with_suffix(".expect.json").read_text(encoding="utf-8"))
    draft = load_draft_file(path)
    findings = [[f.severity.value, f.code, f.section or ""] for f in validate(draft)]
    # what the release found is still found (later releases may add checks, never lose one)
    assert [f for f in expect["findings"] if f not in findings] == []
    target = export_docx(draft, tmp_path / "report.docx")
    document = docx.Document(str(target))
    assert [p.text for p in document.paragraphs if p.text.strip()] == expect["paragraphs"]
    tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    assert tables == expect["tables"]
