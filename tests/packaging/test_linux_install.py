"""The Linux tarball's install.sh, run for real on a stand-in bundle: a per-user install that
desktops find, and an uninstall that removes it all but the user's drafts."""

from __future__ import annotations

import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from .helpers import LINUX, bundle, project_version

APP_ID = bundle().APP_ID
pytestmark = pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")


def run(args: list[str | Path], home: Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home), "LANG": "C.UTF-8"}
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture
def unpacked(tmp_path: Path) -> Path:
    """make-tarball.sh's tarball of a fake bundle, unpacked; returns the top folder."""
    fake = tmp_path / "build" / "ogi-report"
    (fake / "_internal").mkdir(parents=True)
    exe = fake / "ogi-report"
    exe.write_text('#!/bin/sh\necho fake ogi-report "$@"\n')
    exe.chmod(0o755)
    made = run(["bash", LINUX / "make-tarball.sh", fake, tmp_path / "out", project_version()], tmp_path)
    assert made.returncode == 0, made.stderr
    tarball = Path(made.stdout.strip())
    assert tarball.name.startswith(f"ogi-report-{project_version()}-linux-") and tarball.name.endswith(".tar.gz")
    with tarfile.open(tarball) as archive:
        tops = {name.split("/", 1)[0] for name in archive.getnames()}
        assert tops == {tarball.name.removesuffix(".tar.gz")}
        archive.extractall(tmp_path / "unpacked", filter="tar")
    return tmp_path / "unpacked" / tops.pop()


def test_tarball_holds_the_bundle_installer_and_desktop_files(unpacked):
    for relative in (
        "ogi-report/ogi-report",
        "install.sh",
        "README.txt",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml",
        f"share/icons/hicolor/256x256/apps/{APP_ID}.png",
        f"share/icons/hicolor/scalable/apps/{APP_ID}.svg",
    ):
        assert (unpacked / relative).exists(), relative
    assert os.access(unpacked / "install.sh", os.X_OK)
    assert os.access(unpacked / "ogi-report" / "ogi-report", os.X_OK)


def test_install_is_per_user_and_the_menu_entry_starts_the_installed_app(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    result = run([unpacked / "install.sh"], home, cwd=unpacked)
    assert result.returncode == 0, result.stderr
    local = home / ".local"
    app = local / "lib" / "ogi-report" / "ogi-report"
    assert app.is_file()
    assert (local / "bin" / "ogi-report").resolve() == app.resolve()
    desktop = (local / "share" / "applications" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert f'Exec="{app}" %f' in desktop.splitlines()
    assert (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (local / "share" / "mime" / "packages" / f"{APP_ID}.xml").is_file()
    assert (local / "share" / "icons" / "hicolor" / "48x48" / "apps" / f"{APP_ID}.png").is_file()
    started = run([local / "bin" / "ogi-report", "--self-test"], home)
    assert started.stdout.strip() == "fake ogi-report --self-test"


def test_uninstall_removes_the_app_and_keeps_the_drafts(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    assert run([unpacked / "install.sh"], home, cwd=unpacked).returncode == 0
    # platformdirs' user data folder for "ogi-report" on Linux: the drafts live here
    data = home / ".local" / "share" / "ogi-report"
    data.mkdir(parents=True)
    (data / "drafts.sqlite3").write_bytes(b"the clerk's drafts")
    (data / "settings.json").write_text("{}")

    result = run([unpacked / "install.sh", "--uninstall"], home, cwd=unpacked)
    assert result.returncode == 0, result.stderr
    local = home / ".local"
    assert not (local / "lib" / "ogi-report").exists()
    assert not (local / "bin" / "ogi-report").exists()
    assert not (local / "share" / "applications" / f"{APP_ID}.desktop").exists()
    assert not (local / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").exists()
    assert not list((local / "share" / "icons").rglob(f"{APP_ID}.*"))
    assert (data / "drafts.sqlite3").read_bytes() == b"the clerk's drafts"
    assert (data / "settings.json").exists()


def test_reinstall_replaces_the_previous_copy(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    assert run([unpacked / "install.sh"], home, cwd=unpacked).returncode == 0
    stale = home / ".local" / "lib" / "ogi-report" / "_internal" / "left-over-from-an-old-version"
    stale.write_text("")
    assert run([unpacked / "install.sh"], home, cwd=unpacked).returncode == 0
    assert not stale.exists()


def test_install_into_a_chosen_prefix_and_refuse_unknown_options(unpacked, tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    prefix = tmp_path / "prefix"
    assert run([unpacked / "install.sh", "--prefix", prefix], home, cwd=unpacked).returncode == 0
    assert (prefix / "lib" / "ogi-report" / "ogi-report").is_file()
    assert not (home / ".local").exists()
    refused = run([unpacked / "install.sh", "--bogus"], home, cwd=unpacked)
    assert refused.returncode == 2 and "unknown option" in refused.stderr
