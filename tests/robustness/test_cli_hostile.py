"""The command line given hostile files: exit status 2, one plain line on stderr naming the
problem, no traceback, no "internal error", and no output file written."""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.model import to_dict, to_json
from tests.robustness.helpers import docx_bytes, replace_parts, run_cli


def _zip_bomb() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (30 * 1024 * 1024))
    return out.getvalue()


def _sparse(size: int) -> Callable[[Path], None]:
    def make(path: Path) -> None:
        with path.open("wb") as handle:
            handle.truncate(size)

    return make


def _bytes(data: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(data)


# name → (file name, how to make it, words the message must contain)
HOSTILE_IMPORTS: dict[str, tuple[str, Callable[[Path], None] | None, str]] = {
    "empty": ("r.txt", _bytes(b""), "empty"),
    "blank": ("r.txt", _bytes(b" \r\n\t\n" * 100), "no text"),
    "binary": ("r.txt", _bytes(random.Random(1).randbytes(40_000)), "not a text file"),
    "unknown-encoding": ("r.txt", _bytes(b"abc \x80\xff\xfe\x80 def" * 50), "encoding"),
    "pdf": ("r.txt", _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "PDF"),
    "docx-not-a-zip": ("r.docx", _bytes("县经信局 2017年".encode("gbk")), "not a Word"),
    "docx-cut-in-half": ("r.docx", _bytes(docx_bytes("正文。")[:3000]), "Word"),
    "docx-without-document": (
        "r.docx",
        _bytes(replace_parts(docx_bytes("正文。"), {"word/document.xml": None})),
        "Word",
    ),
    "docx-malformed-xml": (
        "r.docx",
        _bytes(replace_parts(docx_bytes("正文。"), {"word/document.xml": b"<w:document><open>"})),
        "Word",
    ),
    "zip-bomb": ("r.docx", _bytes(_zip_bomb()), "zip bomb"),
    "fifty-megabytes": ("r.txt", _sparse(50 * 1024 * 1024), "too large"),
    "missing": ("nope.txt", None, "not found"),
}


@pytest.mark.parametrize("case", list(HOSTILE_IMPORTS))
def test_a_hostile_import_exits_2_with_one_line(tmp_path: Path, case: str) -> None:
    name, make, words = HOSTILE_IMPORTS[case]
    source = tmp_path / name
    if make is not None:
        make(source)
    out = tmp_path / "draft.json"
    result = run_cli("import", str(source), "-o", str(out))
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ogi-report: error: ")
    assert words in lines[0]
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ([name] if make else [])


def test_an_old_doc_without_libreoffice_exits_2_with_advice(tmp_path: Path) -> None:
    source = tmp_path / "old.doc"
    source.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4000)
    result = run_cli("import", str(source), "-o", str(tmp_path / "d.json"), env={"PATH": str(tmp_path / "empty")})
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert ".docx" in result.stderr
    assert not (tmp_path / "d.json").exists()


def _draft_text(change: Callable[[dict], None] | None = None, raw: str | None = None) -> str:
    if raw is not None:
        return raw
    data = to_dict(demo_draft())
    if change is not None:
        change(data)
    return json.dumps(data, ensure_ascii=True)


HOSTILE_DRAFTS: dict[str, tuple[str, str]] = {
    "truncated": (to_json(demo_draft())[:700], "JSON error"),
    "surrogates": (_draft_text(lambda d: d["sections"][1].update(text="坏\ud800字")), "surrogates"),
    "nan": (to_json(demo_draft()).replace('"proactive_items": 49', '"proactive_items": NaN'), "not a number"),
    "count-as-text": (_draft_text(lambda d: d["facts"].update(proactive_items="四十九")), "proactive_items"),
    "unknown-format": (_draft_text(lambda d: d.update(format_id="ogi-annual-2099")), "format"),
    "future": (_draft_text(lambda d: d.update(schema_version=99)), "newer version"),
    "sections-object": (_draft_text(lambda d: d.update(sections={"intro": "x"})), "sections"),
}


@pytest.mark.parametrize("case", list(HOSTILE_DRAFTS))
@pytest.mark.parametrize("command", ["export", "roll-forward", "validate"])
def test_a_hostile_draft_file_exits_2_with_one_line(tmp_path: Path, case: str, command: str) -> None:
    text, words = HOSTILE_DRAFTS[case]
    source = tmp_path / "d.json"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / ("out.docx" if command == "export" else "out.json")
    args = [command, str(source)] + (["-o", str(out)] if command != "validate" else [])
    result = run_cli(*args)
    assert result.returncode == 2, result.stdout + result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and words in lines[0], result.stderr
    assert str(source) in lines[0]  # the message names the file
    assert "internal error" not in lines[0]
    assert not out.exists()
    assert source.read_text(encoding="utf-8") == text
