"""The benchmark suite itself runs end to end (one sample each): its figures are not checked,
only that every measurement produces one. Needs the bench extras (docxtpl)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

EXPECTED = (
    "export: docxtpl, styled template",
    "export: app, repeated",
    "first export in a fresh process: app",
    "validation with last year's draft",
    "validation of a",
    "autosave: DraftStore.save",
    "library: list",
    "library: load a draft",
    "import of the sample report",
    "import: .docx of a 20-page national report",
    "import: PDF of the same report",
    "import: portal page",
    "roll-forward",
    "10× report",
    "county: roll-up of 60 units",
    "GUI: library list + model fill",
    "GUI: switching editor steps",
    "GUI: keystroke → findings updated",
    "autosave: GUI thread blocked",
    "start-up: ogi-report --quit-after-paint",
    "peak RSS: app with a draft open",
)


def test_quick_run_measures_everything(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from benchmarks.run import main

    out = tmp_path / "results.json"
    assert main(["--quick", "--json", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    names = [r["name"] for r in data["results"]]
    for expected in EXPECTED:
        assert any(name.startswith(expected) for name in names), expected
    for result in data["results"]:
        assert result["samples"] and all(s > 0 for s in result["samples"]), result["name"]
        if result["baseline"]:
            assert result["ratio"] is not None, result["name"]
    assert "| measurement" in capsys.readouterr().out
