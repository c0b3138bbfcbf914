"""The soak test (benchmarks/soak.py) in miniature, so it keeps working between long runs,
and proof that it would notice a store that loses a save."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from benchmarks import soak
from desktop_app.core.storage.store import DraftStore
from tests.conftest import REPO
from tests.robustness.helpers import HANG_LIMIT


def test_a_short_soak_runs_clean_from_the_command_line(tmp_path: Path) -> None:
    result = subprocess.run(
        [
            sys.executable,
            str(REPO / "benchmarks" / "soak.py"),
            "--ops",
            "400",
            "--seed",
            "3",
            "--quiet",
            "--folder",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=HANG_LIMIT,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "soak: ok, every draft readable and equal to its last saved content" in result.stdout
    assert "soak: 400 operations (seed 3)" in result.stdout


def test_the_same_seed_repeats_the_same_run(tmp_path: Path) -> None:
    first, _ = soak.run_soak(300, 11, tmp_path / "a", quiet=True)
    second, _ = soak.run_soak(300, 11, tmp_path / "b", quiet=True)
    assert first.counts == second.counts
    assert sorted(first.model.saved.values()) != [] and first.problems == second.problems == []


def test_the_soak_notices_a_store_that_loses_saves(monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    real_save = DraftStore.save
    calls = {"n": 0}

    def forgetful(self: DraftStore, draft: Any, label: str | None = None) -> int | None:
        calls["n"] += 1
        if calls["n"] % 9 == 0 and self.exists(draft.id):
            return 1  # claims a revision, writes nothing
        return real_save(self, draft, label)

    monkeypatch.setattr(DraftStore, "save", forgetful)
    assert soak.main(["--ops", "300", "--seed", "5", "--quiet"]) == 1
    out = capsys.readouterr()
    assert "soak: FAILED" in out.out
    assert "MISMATCH" in out.err


def test_bad_arguments_exit_2() -> None:
    with pytest.raises(SystemExit) as caught:
        soak.main(["--ops", "0"])
    assert caught.value.code == 2
