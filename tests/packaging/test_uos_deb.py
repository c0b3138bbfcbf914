"""make-deb.sh on a stand-in bundle: a .deb in the UOS application layout, built offline with
dpkg-deb, that unpacks (dpkg-deb -x) to a program that runs. scripts/check-package does the
same with the real PyInstaller bundle and its --self-test."""

from __future__ import annotations

import json
import subprocess
from configparser import ConfigParser
from pathlib import Path

import pytest

from .helpers import LINUX, bundle, project_version

APP_ID = bundle().APP_ID


@pytest.fixture(scope="module")
def deb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("deb")
    fake = work / "build" / "ogi-report"
    (fake / "_internal").mkdir(parents=True)
    exe = fake / "ogi-report"
    exe.write_text('#!/bin/sh\n[ "$1" = --self-test ] && echo "self-test passed" && exit 0\nexit 3\n', encoding="utf-8")
    exe.chmod(0o755)
    done = subprocess.run(
        ["bash", str(LINUX / "make-deb.sh"), str(fake), str(work / "dist"), project_version()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return Path(done.stdout.strip())


@pytest.fixture(scope="module")
def app(deb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("unpacked")
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True, timeout=60)
    return root / "opt" / "apps" / APP_ID


def test_the_app_id_is_a_real_reverse_domain_name() -> None:
    assert APP_ID == "cn.ogireport.nianbao"
    placeholder = "io.github." + "ogireport"
    for path in [*LINUX.iterdir(), LINUX.parent / "bundle.py", LINUX.parent / "windows" / "ogi-report.iss"]:
        assert placeholder not in path.name and placeholder not in path.read_text(encoding="utf-8"), path


def test_the_package_is_named_by_the_app_id(deb: Path) -> None:
    assert deb.name == f"{APP_ID}_{project_version()}_{_field(deb, 'Architecture')}.deb"
    assert _field(deb, "Package") == APP_ID and _field(deb, "Version") == project_version()


def test_uos_layout(app: Path) -> None:
    info = json.loads((app / "info").read_text(encoding="utf-8"))
    assert info["appid"] == APP_ID and info["version"] == project_version() and info["arch"]
    assert info["permissions"] and not any(info["permissions"].values())
    assert (app / "files" / "ogi-report").is_file() and (app / "files" / "_internal").is_dir()
    for size in ("16x16", "48x48", "256x256"):
        assert (app / "entries" / "icons" / "hicolor" / size / "apps" / f"{APP_ID}.png").is_file()
    assert (app / "entries" / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    assert (app / "entries" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    entry = ConfigParser(interpolation=None)
    entry.read(app / "entries" / "applications" / f"{APP_ID}.desktop", encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f'"/opt/apps/{APP_ID}/files/ogi-report" %f'
    assert entry["Desktop Entry"]["Icon"] == APP_ID


def test_the_unpacked_program_runs(app: Path) -> None:
    done = subprocess.run([str(app / "files" / "ogi-report"), "--self-test"], capture_output=True, text=True)
    assert done.returncode == 0 and "self-test passed" in done.stdout


def _field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()
