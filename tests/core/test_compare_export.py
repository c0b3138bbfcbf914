"""与上年对照: the comparison .docx carries last year's dropped words as tracked deletions and
this year's new words as tracked insertions; read back from the file."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from lxml import etree

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_fact, set_section_text
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.draft_files import save_draft_file
from desktop_app.core.word.compare import diff_text, export_comparison

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _read(path: Path) -> tuple[list[str], list[str], str, str]:
    """Deleted texts, inserted texts, the text as accepted, the text as it was."""
    with zipfile.ZipFile(path) as package:
        root = etree.fromstring(package.read("word/document.xml"))
    deleted = ["".join(t.text or "" for t in d.iter(f"{W}delText")) for d in root.iter(f"{W}del")]
    inserted = ["".join(t.text or "" for t in i.iter(f"{W}t")) for i in root.iter(f"{W}ins")]
    accepted, original = [], []
    for paragraph in root.iter(f"{W}p"):
        new = old = ""
        for node in paragraph.iter(f"{W}t", f"{W}delText"):
            inside_ins = any(a.tag == f"{W}ins" for a in node.iterancestors())
            if node.tag == f"{W}delText":
                old += node.text or ""
            else:
                new += node.text or ""
                if not inside_ins:
                    old += node.text or ""
        accepted.append(new)
        original.append(old)
    return deleted, inserted, "\n".join(accepted), "\n".join(original)


def _this_year() -> tuple:
    last = demo_draft()
    draft = roll_forward(last).draft
    set_fact(draft, "proactive_items", 63)
    set_section_text(draft, "fees", "2018年，未收到政府信息公开申请，未收取任何费用。本年新增一句说明。")
    return last, draft


def test_comparison_marks_insertions_and_deletions(tmp_path: Path) -> None:
    last, draft = _this_year()
    out = export_comparison(draft, last, tmp_path / "对照.docx")
    deleted, inserted, accepted, original = _read(out)
    assert "本年新增一句说明。" in inserted
    assert any("2017" in d for d in deleted) and any("2018" in i for i in inserted)
    # accepting every change gives this year's text; rejecting them gives last year's
    for section in draft.sections:
        for paragraph in section.paragraphs():
            assert paragraph in accepted
    for section in last.sections:
        for paragraph in section.paragraphs():
            assert paragraph in original
    assert "49" in deleted and "63" in inserted  # the figures that changed, side by side


def test_diff_text_rebuilds_both_sides() -> None:
    old, new = "2017年，主动公开信息49条。", "2018年，主动公开政府信息63条。"
    pieces = diff_text(old, new)
    assert "".join(t for k, t in pieces if k != "ins") == old
    assert "".join(t for k, t in pieces if k != "del") == new


def test_cli_export_compare_with(tmp_path: Path) -> None:
    last, draft = _this_year()
    save_draft_file(last, tmp_path / "2017.json")
    save_draft_file(draft, tmp_path / "2018.json")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            str(tmp_path / "2018.json"),
            "--compare-with",
            str(tmp_path / "2017.json"),
            "-o",
            str(tmp_path / "diff.docx"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert run.returncode == 0, run.stderr
    deleted, inserted, _, _ = _read(tmp_path / "diff.docx")
    assert "本年新增一句说明。" in inserted and deleted
    missing = subprocess.run(
        [
            sys.executable,
            "-m",
            "desktop_app",
            "export",
            str(tmp_path / "2018.json"),
            "--compare-with",
            str(tmp_path / "none.json"),
            "-o",
            str(tmp_path / "x.docx"),
        ],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert missing.returncode == 2 and not (tmp_path / "x.docx").exists()
