"""PDFs read back: our own export through LibreOffice gives the sections, facts and every
table cell again (made once per test session); a PDF without a text layer, a damaged one or a
password-protected one is refused with a message that says why."""

from __future__ import annotations

import io
import subprocess
from datetime import date
from pathlib import Path

import docx
import pypdfium2
import pytest

from desktop_app.core.demo import demo_agency
from desktop_app.core.editing import new_draft
from desktop_app.core.errors import InputError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.docx_reading import CELL_SEPARATOR, find_soffice
from desktop_app.core.importing.importer import import_report
from desktop_app.core.importing.sources import read_source
from desktop_app.core.model import Draft
from desktop_app.core.word.export import export_docx

FORMAT = "ogi-annual-2021"


def _table(key: str, values: dict) -> dict:
    """A finished table: these numbers and 0 in every other cell (a PDF's text shows no blank)."""
    spec = load_format(FORMAT).field(key).table
    assert spec is not None
    return tables.fill_empty(spec, values)


def _nonzero(table: dict) -> dict:
    return {row: {c: v for c, v in cells.items() if v} for row, cells in table.items() if any(cells.values())}


def _draft() -> Draft:
    t2 = _table(
        "t2", {"regulations": {"issued": 1, "in_force": 4}, "licensing": {"decisions": 135}, "fees": {"amount": 2.5}}
    )
    t3 = _table(
        "t3",
        {
            "new": {"natural": 7, "legal_services": 2},
            "granted": {"natural": 5},
            "declined_repeat": {"legal_services": 2},
            "other_no_fee": {"natural": 1},
            "carry_forward": {"natural": 1},
        },
    )
    t4 = _table("t4", {"cases": {"direct_corrected": 1, "review_pending": 3}})
    facts = {
        "proactive_items": 439,
        "problems": ["公开内容不够全面"],
        "measures": ["加强培训"],
        "t2": t2,
        "t3": t3,
        "t4": t4,
    }
    return new_draft(FORMAT, 2023, demo_agency(), facts, report_date=date(2024, 1, 15))


def _soffice_convert(source: Path, target_kind: str, workdir: Path) -> Path:
    soffice = find_soffice()
    assert soffice is not None, "LibreOffice is installed by scripts/run-tests"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
            "--convert-to",
            target_kind,
            "--outdir",
            str(workdir),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    out = workdir / f"{source.stem}.{target_kind.split(':')[0]}"
    assert out.is_file()
    return out


@pytest.fixture(scope="session")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Draft, Path]:
    """Our national-format export of a draft, as the PDF LibreOffice makes of it."""
    workdir = tmp_path_factory.mktemp("pdf")
    draft = _draft()
    return draft, _soffice_convert(export_docx(draft, workdir / "report.docx"), "pdf", workdir)


def test_an_exported_report_reads_back_from_its_pdf(exported: tuple[Draft, Path]) -> None:
    draft, pdf = exported
    result = import_report(pdf, FORMAT)
    # every cell that holds a number reads back as it was
    for key in ("t2", "t3", "t4"):
        assert _nonzero(result.draft.facts[key]) == _nonzero(draft.facts[key]), key
    assert result.draft.facts["proactive_items"] == 439
    assert result.draft.agency.full_name == draft.agency.full_name
    assert result.draft.report_date == date(2024, 1, 15)
    assert result.unplaced == []


def test_pdf_tables_come_as_rows_wrapped_and_merged_cells_whole(exported: tuple[Draft, Path]) -> None:
    _, pdf = exported
    lines = read_source(pdf).lines
    # labels wrapped over three or four lines of their cell are one cell each; a merged cell
    # (（六）其他处理, 三、本年度办理结果) comes once, in the row where it starts
    assert (
        "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0" in lines
    )
    assert "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1" in lines
    assert any(line.startswith(f"三、本年度办理结果{CELL_SEPARATOR}（一）予以公开{CELL_SEPARATOR}5") for line in lines)
    assert "行政许可\t135" in lines
    # the running head and the page numbers are gone
    assert not [line for line in lines if line.startswith("—") or line == "草稿"]


def test_pdf_paragraphs_are_joined_from_the_layout(exported: tuple[Draft, Path]) -> None:
    """A paragraph wrapped by the page is one line again, even where a line of it begins
    like a sub-heading; headings and paragraphs stay apart."""
    _, pdf = exported
    lines = read_source(pdf).lines
    assert any(line.startswith("（一）主动公开。") and "全年主动公开政府信息439条" in line for line in lines)
    assert "一、总体情况" in lines and "二、主动公开政府信息情况" in lines


def test_a_scanned_pdf_is_refused_with_a_clear_message(exported: tuple[Draft, Path], tmp_path: Path) -> None:
    """The first page of the export as a picture, as a scanner makes it: no text layer."""
    _, pdf = exported
    source = pypdfium2.PdfDocument(pdf)
    bitmap = source[0].render(scale=1)
    scan = pypdfium2.PdfDocument.new()
    page = scan.new_page(595, 842)
    image = pypdfium2.PdfImage.new(scan)
    image.set_bitmap(bitmap)
    image.set_matrix(pypdfium2.PdfMatrix().scale(595, 842))
    page.insert_obj(image)
    page.gen_content()
    buffer = io.BytesIO()
    scan.save(buffer)
    path = tmp_path / "扫描件.pdf"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(InputError) as caught:
        import_report(path, FORMAT)
    assert caught.value.code == "import:scanned-pdf"
    assert "扫描件" in caught.value.message("zh_CN") and "scan" in str(caught.value)


def test_a_damaged_pdf_is_refused(exported: tuple[Draft, Path], tmp_path: Path) -> None:
    _, pdf = exported
    path = tmp_path / "cut.pdf"
    path.write_bytes(pdf.read_bytes()[:400])
    with pytest.raises(InputError, match="PDF"):
        import_report(path, FORMAT)


def test_a_password_protected_pdf_says_so(exported: tuple[Draft, Path], tmp_path: Path) -> None:
    draft, _ = exported
    workdir = tmp_path
    docx = export_docx(draft, workdir / "locked.docx")
    options = (
        '{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"1234"}}'
    )
    locked = _soffice_convert(docx, f"pdf:writer_pdf_Export:{options}", workdir)
    with pytest.raises(InputError) as caught:
        import_report(locked, FORMAT)
    assert caught.value.code == "import:pdf-password"
    assert "密码" in caught.value.message("zh_CN")


def test_a_table_drawn_without_rules_still_reads_as_rows(tmp_path: Path) -> None:
    """Runs far apart on one line are cells, even where no border says so."""
    document = docx.Document()
    document.add_paragraph("二、主动公开政府信息情况")
    table = document.add_table(rows=3, cols=4)  # no style: no borders
    rows = [
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规章", "1", "0", "4"],
        ["行政规范性文件", "2", "1", "9"],
    ]
    for cells, texts in zip(table.rows, rows, strict=True):
        for cell, text in zip(cells.cells, texts, strict=True):
            cell.text = text
    source = tmp_path / "borderless.docx"
    document.save(str(source))
    lines = read_source(_soffice_convert(source, "pdf", tmp_path)).lines
    assert lines == ["二、主动公开政府信息情况", "\t".join(rows[0]), "规章\t1\t0\t4", "行政规范性文件\t2\t1\t9"]


def test_a_text_layer_of_symbols_is_refused_not_imported(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Fonts without a glyph-to-character table give private-use symbols: no report text."""
    from desktop_app.core.importing import pdf_reading

    real_runs = pdf_reading._runs

    def symbols(text_page: object) -> list:
        runs = real_runs(text_page)  # type: ignore[arg-type]
        for run in runs:
            run.text = "".join(chr(0xE000 + ord(c) % 0x1000) for c in run.text)
        return runs

    monkeypatch.setattr(pdf_reading, "_runs", symbols)
    document = docx.Document()
    document.add_paragraph("一、总体情况")
    document.add_paragraph("2023年，县林业局主动公开政府信息56条。")
    source = tmp_path / "garbled.docx"
    document.save(str(source))
    with pytest.raises(InputError) as caught:
        read_source(_soffice_convert(source, "pdf", tmp_path))
    assert caught.value.code == "import:pdf-garbled"
