"""Our own export of a national-format draft, imported back without saying its format (issue 14,
point 8): the same format, section text, facts and every table cell, from the .docx, the portal
page (.html), the PDF, and text as copying it out of a PDF gives (paragraphs hard-wrapped,
table cells one per line)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft, set_section_text
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.importer import ImportResult, import_report, import_text
from desktop_app.core.model import Draft
from desktop_app.core.publish.outputs import export_report
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import export_docx

FORMAT = "ogi-annual-2021"
PROSE = {
    "general": "2023年，我局全年主动公开政府信息439条，开展政务公开培训2次，及时回应社会关切。",
    "problems": "一是政策解读形式还不够丰富；二是基层公开标准目录需要进一步细化。下一步我局将持续改进。",
    "other": "本年度未收取信息处理费。全年办理人大代表建议5件、政协提案7件，办理结果均已公开。",
}


def _draft() -> Draft:
    spec = load_format(FORMAT)

    def table(key: str, cells: dict) -> dict:
        table_spec = spec.field(key).table
        assert table_spec is not None
        return tables.fill_empty(table_spec, cells)  # a finished table: 0 where there were none

    draft = new_draft(
        FORMAT,
        2023,
        demo_agency(),
        {
            "proactive_items": 439,
            "training_sessions": 2,
            "problems": ["甲"],
            "measures": ["乙"],
            "t2": table(
                "t2",
                {
                    "regulations": {"issued": 1, "in_force": 4},
                    "licensing": {"decisions": 135},
                    "fees": {"amount": 2.5},
                },
            ),
            "t3": table(
                "t3",
                {
                    "new": {"natural": 7, "legal_services": 2},
                    "carried_over": {"natural": 1},
                    "granted": {"natural": 5},
                    "declined_repeat": {"legal_services": 2},
                    "carry_forward": {"natural": 3},
                },
            ),
            "t4": table("t4", {"cases": {"direct_corrected": 1, "review_pending": 3}}),
        },
        report_date=date(2024, 1, 15),
    )
    for section_id, text in PROSE.items():
        set_section_text(draft, section_id, text)
    return draft


def _as_copied_from_a_pdf(path: Path, width: int = 36) -> str:
    """Lines as a PDF's text gives them: paragraphs wrapped at ``width``, each table cell alone."""
    document = docx.Document(str(path))
    lines: list[str] = []
    body = document.element.body
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            text = "".join(t.text or "" for t in child.iter() if t.tag.endswith("}t"))
            lines += [text[i : i + width] for i in range(0, len(text), width)] or [""]
        elif tag == "tbl":
            for row in child.iter():
                if row.tag.endswith("}tc"):
                    cell = "".join(t.text or "" for t in row.iter() if t.tag.endswith("}t")).strip()
                    if cell:
                        lines.append(cell)
    return "\n".join(lines)


def _nonzero(table: object) -> dict:
    assert isinstance(table, dict)
    rows = {r: {c: v for c, v in cells.items() if v} for r, cells in table.items()}
    return {r: cells for r, cells in rows.items() if cells}


def _assert_same(result: ImportResult, draft: Draft) -> None:
    got = result.draft
    assert got.format_id == FORMAT and result.detection is not None and result.detection.sure
    for section_id, text in PROSE.items():
        assert text in "".join(got.section(section_id).text.split()), section_id
    assert got.facts["proactive_items"] == 439 and got.facts["training_sessions"] == 2
    assert got.facts["processing_fees"] == 0
    for key in ("t2", "t3", "t4"):
        assert _nonzero(got.facts[key]) == _nonzero(draft.facts[key]), key
    assert not [f for f in validate(got) if f.code.startswith("table")]


def test_our_docx_export_reads_back_whole_without_naming_the_format(tmp_path: Path) -> None:
    draft = _draft()
    path = export_docx(draft, tmp_path / "report.docx")
    _assert_same(import_report(path), draft)


@pytest.mark.parametrize("width", [30, 36, 42])
def test_text_copied_from_the_pdf_of_our_export_reads_back(tmp_path: Path, width: int) -> None:
    draft = _draft()
    path = export_docx(draft, tmp_path / "report.docx")
    _assert_same(import_text(_as_copied_from_a_pdf(path, width)), draft)


@pytest.mark.parametrize("suffix", [".html", ".pdf"])
def test_our_portal_page_and_pdf_read_back_whole(tmp_path: Path, suffix: str) -> None:
    # the .pdf goes through LibreOffice, which the test command installs
    draft = _draft()
    path = export_report(draft, tmp_path / f"report{suffix}")
    _assert_same(import_report(path), draft)
