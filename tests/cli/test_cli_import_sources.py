"""`ogi-report import` takes every file a clerk has: its help names them, a saved portal page
becomes a draft without the portal's clutter, and a file it cannot read is one plain line."""

from __future__ import annotations

import json
import random
from pathlib import Path

from .test_cli_foundation import run

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


def test_import_help_names_every_file_type() -> None:
    result = run("import", "--help")
    assert result.returncode == 0
    for suffix in (".docx", ".doc", ".wps", ".txt", ".html", ".htm", ".mhtml", ".pdf"):
        assert suffix in result.stdout, suffix
    top = run("--help")
    assert ".pdf" in top.stdout and ".mhtml" in top.stdout


def test_a_saved_portal_page_imports_without_its_clutter(tmp_path: Path) -> None:
    out = tmp_path / "d.json"
    result = run(
        "import", str(CORPUS / "2021-songchuan-xian-yingji.mhtml"), "--format", "ogi-annual-2021", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    draft = json.loads(out.read_text(encoding="utf-8"))
    text = json.dumps(draft, ensure_ascii=False)
    for clutter in ("浏览次数", "ICP备", "版权所有", "索引号", "打印本页"):
        assert clutter not in text
    assert draft["agency"]["full_name"] == "松川县应急管理局"
    assert "web-page clutter" in result.stdout


def test_a_file_that_is_no_report_is_one_plain_line(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(random.Random(3).randbytes(20_000))
    result = run("import", str(path), "-o", str(tmp_path / "d.json"))
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "not a text file" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "d.json").exists()
