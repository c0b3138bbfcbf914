"""Shared fixtures: every test gets its own data folder; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE_REPORT = FIXTURES / "2017-county-econ-bureau-report.txt"  # tests read only files in the repository


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    data = tmp_path / "appdata"
    monkeypatch.setenv("OGI_REPORT_DATA_DIR", str(data))
    return data


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_REPORT.read_text(encoding="utf-8")


@pytest.fixture
def demo():
    from desktop_app.core.demo import demo_draft

    return demo_draft()
