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


@pytest.fixture(autouse=True)
def documents_folder(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Qt's Documents folder in a folder of the test's own, not yet made (XDG user dirs: how Qt
    finds it on Linux; elsewhere Qt's answer is the real one, which exists). Beside tmp_path,
    not in it: tests count the files in tmp_path."""
    home = tmp_path_factory.mktemp("home")
    config = home / "xdg-config"
    config.mkdir()
    documents = home / "Documents"
    (config / "user-dirs.dirs").write_text(f'XDG_DOCUMENTS_DIR="{documents}"\n', encoding="utf-8")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    return documents


@pytest.fixture
def sample_text() -> str:
    return SAMPLE_REPORT.read_text(encoding="utf-8")


@pytest.fixture
def demo():
    from desktop_app.core.demo import demo_draft

    return demo_draft()
