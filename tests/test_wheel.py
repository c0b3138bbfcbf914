"""The wheel carries templates/ and resources/ and finds them through importlib.resources."""

from __future__ import annotations

import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_wheel_installs_into_a_fresh_venv_and_finds_its_data(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels), str(REPO)],
        check=True,
        capture_output=True,
        cwd=tmp_path,
        timeout=300,
    )
    wheel = next(wheels.glob("ogi_report-*.whl"))
    names = zipfile.ZipFile(wheel).namelist()
    assert "desktop_app/templates/formats/ogi-annual-2017/format.toml" in names
    assert "desktop_app/templates/layouts/gbt9704.toml" in names
    assert any(n.startswith("desktop_app/templates/formats/ogi-annual-2017/sections/") for n in names)

    env_dir = tmp_path / "env"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    subprocess.run([python, "-m", "pip", "install", "-q", "--no-deps", str(wheel)], check=True, timeout=300)
    script = (
        "from desktop_app.resources import templates_root, resources_root\n"
        "from desktop_app.core.formats.spec import load_format\n"
        "from desktop_app.core.word.layout import load_layout\n"
        "import desktop_app\n"
        "root = str(templates_root())\n"
        "assert 'site-packages' in root, root\n"
        "assert len(load_format('ogi-annual-2017').sections) == 11\n"
        "assert load_layout().lines_per_page == 22\n"
        "print(root)\n"
    )
    # run outside the checkout so only the installed copy can be found
    result = subprocess.run([python, "-c", script], capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stderr
