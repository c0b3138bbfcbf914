"""The command line as a clerk or a script uses it: real processes, exit codes, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import docx
import pytest


def run(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=120
    )


def test_demo_writes_the_example_report_and_draft(tmp_path):
    result = run("demo", "-o", str(tmp_path / "demo.docx"), "--draft", str(tmp_path / "demo.json"))
    assert result.returncode == 0, result.stderr
    document = docx.Document(str(tmp_path / "demo.docx"))
    texts = [p.text for p in document.paragraphs if p.text.strip()]
    assert texts[1] == "2017年政府信息公开工作总结"
    assert any("主动公开政府信息49条" in t for t in texts)
    assert texts[-1] == "二〇一八年一月九日"
    data = json.loads((tmp_path / "demo.json").read_text(encoding="utf-8"))
    assert {"schema_version", "format_id", "year", "agency", "facts", "sections", "report_date", "sign_off"} <= set(
        data
    )
    assert data["agency"]["short_name"] == "县经信局"
    assert data["facts"]["proactive_items"] == 49
    assert data["report_date"] == "2018-01-09"
    assert data["sign_off"] is None
    assert {"id", "title", "text", "origin"} <= set(data["sections"][1])


def test_new_then_export_in_arabic_dates(tmp_path):
    draft = tmp_path / "d.json"
    result = run(
        "new",
        "--format",
        "ogi-annual-2017",
        "--year",
        "2019",
        "--agency",
        "某县统计局",
        "--short-name",
        "县统计局",
        "-o",
        str(draft),
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(draft.read_text(encoding="utf-8"))
    assert data["year"] == 2019 and data["agency"]["full_name"] == "某县统计局"
    data["report_date"] = "2020-01-15"
    draft.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = run("export", str(draft), "-o", str(tmp_path / "r.docx"), "--date-style", "arabic")
    assert result.returncode == 0, result.stderr
    texts = [p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs if p.text.strip()]
    assert texts[0] == "某县统计局" and texts[-1] == "2020年1月15日"


@pytest.mark.parametrize(
    "setup",
    ["missing", "malformed", "wrong-shape", "unknown-format", "unwritable", "future"],
)
def test_bad_input_exits_2_with_one_line(tmp_path, setup):
    draft = tmp_path / "d.json"
    out = tmp_path / "out.docx"
    args = ["export", str(draft), "-o", str(out)]
    if setup == "malformed":
        draft.write_text("{not json", encoding="utf-8")
    elif setup == "wrong-shape":
        draft.write_text('{"schema_version": 1, "year": "x"}', encoding="utf-8")
    elif setup == "future":
        draft.write_text('{"schema_version": 999}', encoding="utf-8")
    elif setup == "unknown-format":
        args = ["new", "--format", "nope", "--year", "2019", "--agency", "a", "-o", str(draft)]
    elif setup == "unwritable":
        assert run("demo", "-o", str(tmp_path / "x.docx"), "--draft", str(draft)).returncode == 0
        args = ["export", str(draft), "-o", str(tmp_path / "no" / "such" / "dir.docx")]
    result = run(*args)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr
    assert not out.exists()


def test_help_and_unknown_command(tmp_path):
    assert run("--help").returncode == 0
    result = run("frobnicate")
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1


def test_every_sub_command_has_a_handler_in_the_module_named_for_it() -> None:
    import argparse
    import importlib

    from desktop_app import cli
    from desktop_app.cli_parser import build_parser

    (sub,) = [a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction)]
    assert sorted(sub.choices) == sorted(cli.COMMANDS)
    for module, commands in cli._MODULES.items():
        assert set(commands) <= set(importlib.import_module(f"desktop_app.{module}").COMMANDS), module
