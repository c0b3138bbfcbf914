"""export by extension (.docx, .html, .pdf; anything else refused), package and county."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl

from desktop_app.core.storage.draft_files import save_draft_file
from tests.county_units import AGENCIES, unit_draft
from tests.html_check import check_page


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = dict(os.environ, QT_QPA_PLATFORM="offscreen", **(env or {}))
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, env=full_env, timeout=300
    )


def _draft(tmp_path: Path, name: str = AGENCIES[0]) -> Path:
    path = tmp_path / f"{name}.json"
    save_draft_file(unit_draft(name), path)
    return path


def test_export_html_writes_the_portal_page_not_a_docx(tmp_path):
    out = tmp_path / "report.html"
    result = run("export", str(_draft(tmp_path)), "-o", str(out))
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert not zipfile.is_zipfile(out) and data.startswith(b"<!DOCTYPE html>")
    page = check_page(data.decode("utf-8"))
    assert page.problems == [] and len(page.tables) == 3


def test_export_refuses_an_extension_it_does_not_write(tmp_path):
    draft = _draft(tmp_path)
    for name in ("report.txt", "report", "report.doc"):
        result = run("export", str(draft), "-o", str(tmp_path / name))
        assert result.returncode == 2
        assert ".docx, .html, .htm, .pdf" in result.stderr and "Traceback" not in result.stderr
        assert not (tmp_path / name).exists()


def test_export_pdf_through_libreoffice(tmp_path):
    out = tmp_path / "report.pdf"
    result = run("export", str(_draft(tmp_path)), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_bytes().startswith(b"%PDF")


def test_export_pdf_without_libreoffice_says_how_to_get_it(tmp_path):
    out = tmp_path / "report.pdf"
    result = run("export", str(_draft(tmp_path)), "-o", str(out), env={"PATH": str(tmp_path)})
    assert result.returncode == 2
    assert "LibreOffice" in result.stderr and "install" in result.stderr
    assert not out.exists()


def test_package_holds_draft_docx_page_and_a_manifest_with_hashes(tmp_path):
    out = tmp_path / "单位-2024.zip"
    draft = _draft(tmp_path)
    result = run("package", str(draft), "-o", str(out))
    assert result.returncode == 0, result.stderr
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["agency"] == AGENCIES[0] and manifest["year"] == 2024
        assert manifest["format_id"] == "ogi-annual-2021" and manifest["signed_off"] is True
        assert manifest["sign_off"]["approved_by"] == "王强"
        roles = {f["role"]: f for f in manifest["files"]}
        assert set(roles) == {"draft", "docx", "html"}
        for entry in manifest["files"]:
            assert hashlib.sha256(archive.read(entry["name"])).hexdigest() == entry["sha256"]
        assert json.loads(archive.read(roles["draft"]["name"]))["agency"]["full_name"] == AGENCIES[0]
        assert archive.read(roles["html"]["name"]).startswith(b"<!DOCTYPE html>")
        assert archive.read(roles["docx"]["name"]).startswith(b"PK")


def test_county_json_and_workbook(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in AGENCIES[:3]:
        save_draft_file(unit_draft(name), folder / f"{name}.json")
    roster = tmp_path / "roster.txt"
    roster.write_text("\n".join(AGENCIES[:4]), encoding="utf-8")
    xlsx = tmp_path / "summary.xlsx"
    result = run(
        "county", str(folder), "--roster", str(roster), "--year", "2024", "--json", "-o", str(xlsx), "--lang", "zh_CN"
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert {"units", "missing", "totals", "similar"} <= set(data)
    assert [u["agency"] for u in data["units"]] == sorted(AGENCIES[:3], key=lambda n: f"{n}.json")
    assert data["missing"] == [AGENCIES[3]]
    assert set(data["totals"]) >= {"t3", "t4"}
    book = openpyxl.load_workbook(xlsx)
    assert book.sheetnames == ["各单位报告", "汇总表", "未报送单位", "内容雷同", "未计入的文件"]
    units = book["各单位报告"]
    assert {units.cell(r, 2).value for r in range(2, 5)} == set(AGENCIES[:3])
    assert book["未报送单位"]["A2"].value == AGENCIES[3]
    totals = book["汇总表"]
    values = [c.value for row in totals.iter_rows() for c in row]
    assert "申请人情况" in values and "（七）总计" in values
    assert any(str(r).startswith("A") for r in totals.merged_cells.ranges)  # merged headers, as printed
    assert data["totals"]["t3"]["new"]["total"] in values


def test_county_bad_input(tmp_path):
    result = run("county", str(tmp_path / "none"))
    assert result.returncode == 2 and "not a folder" in result.stderr
    result = run("county", str(tmp_path), "-o", str(tmp_path / "s.csv"))
    assert result.returncode == 2 and ".xlsx" in result.stderr
    bad = tmp_path / "roster.txt"
    bad.write_bytes("临河县统计局".encode("gbk"))
    result = run("county", str(tmp_path), "--roster", str(bad))
    assert result.returncode == 2 and "UTF-8" in result.stderr
