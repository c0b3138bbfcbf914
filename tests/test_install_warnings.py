"""`pip install .` and `pip install -e .` build without a single setuptools warning (templates/
and resources/ are package data setuptools accepts silently), and both installs find the data."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
# what a build never reads: environments, caches, earlier builds, the tests themselves
NOT_BUILT = (".git", ".venv*", "build", "dist", "*.egg-info", "__pycache__", "*_cache", ".hypothesis", "tests")


def _install(tmp_path: Path, *how: str) -> tuple[Path, str]:
    """A copy of the checkout (the build writes build/ and *.egg-info beside the sources)
    installed as ``how`` says, verbosely so setuptools' own output shows; its output."""
    source = tmp_path / "source"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(*NOT_BUILT))
    env = {k: v for k, v in os.environ.items() if not k.startswith("PIP_") and k != "PYTHONDONTWRITEBYTECODE"}
    # the machine's pip configuration (extra index folders that may not exist) says nothing
    # about this project; without byte-compiling, setuptools says "warning: … disabled"
    env["PIP_CONFIG_FILE"] = os.devnull
    # --ignore-installed: pip would otherwise uninstall this environment's own install first
    command = [sys.executable, "-m", "pip", "install", "-v", "--ignore-installed", "--no-deps", "--no-index"]
    command.append("--no-build-isolation")
    result = subprocess.run(
        [*command, *how, str(source)], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    return source, output


# setuptools' notice that an editable install was made ("InformationOnly": it has no other way
# to tell pip's user, its docstring says) is no warning about the project; pip shows it with -v only
EDITABLE_NOTICE = re.compile(r"BuildBackendWarning: Editable installation\.$")


def _warnings(output: str) -> list[str]:
    lines = [line.strip() for line in output.splitlines()]
    return [
        line
        for line in lines
        if ("warning" in line.lower() or "would be ignored" in line) and not EDITABLE_NOTICE.search(line)
    ]


@pytest.mark.slow
def test_pip_install_prints_no_setuptools_warning(tmp_path: Path) -> None:
    target = tmp_path / "target"
    _, output = _install(tmp_path, "--target", str(target))
    assert "Successfully installed ogi-report" in output
    assert _warnings(output) == []
    data = target / "desktop_app"
    assert (data / "templates" / "formats" / "ogi-annual-2017" / "format.toml").is_file()
    assert (data / "templates" / "layouts" / "gbt9704.toml").is_file()
    assert (data / "resources" / "translations" / "ogi_report_zh_CN.qm").is_file()


@pytest.mark.slow
def test_pip_install_editable_prints_no_setuptools_warning(tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    source, output = _install(tmp_path, "--prefix", str(prefix), "-e")
    assert "Successfully installed ogi-report" in output
    assert _warnings(output) == []
    (site_packages,) = prefix.glob("lib/python*/site-packages")
    # -S: only the editable install's own finder, not this test environment's copy
    script = (
        f"import site; site.addsitedir({str(site_packages)!r})\n"
        "from desktop_app.resources import templates_root\n"
        "print(templates_root())\n"
    )
    found = subprocess.run([sys.executable, "-S", "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert found.returncode == 0, found.stderr
    assert Path(found.stdout.strip()) == source / "templates"
