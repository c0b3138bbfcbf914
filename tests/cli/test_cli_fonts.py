"""The command line checks the machine's fonts (fontconfig) before it exports: on a machine
without the official fonts it says so on stderr and writes names that render; --strict-fonts
keeps the official names."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import docx
from docx.oxml.ns import qn


def _run_without_fonts(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command as on a machine whose fontconfig knows no fonts at all."""
    (tmp_path / "fonts").mkdir(exist_ok=True)
    config = tmp_path / "fonts.conf"
    config.write_text(
        f'<?xml version="1.0"?><fontconfig><dir>{tmp_path / "fonts"}</dir>'
        f"<cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FONTCONFIG_FILE=str(config))
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, env=env, timeout=120
    )


def _east_asian_fonts(path: Path) -> set[str]:
    document = docx.Document(str(path))
    return {f.get(qn("w:eastAsia")) for f in document.styles.element.iter(qn("w:rFonts"))} - {None}


def test_missing_official_fonts_are_announced_and_replaced(tmp_path: Path) -> None:
    out = tmp_path / "demo.docx"
    result = _run_without_fonts(tmp_path, "demo", "-o", str(out), "--lang", "zh_CN")
    assert result.returncode == 0, result.stderr
    assert "本机没有“仿宋_GB2312”字体" in result.stderr and "“仿宋”" in result.stderr
    assert "方正小标宋简体" in result.stderr and "宋体（加粗）" in result.stderr
    assert result.stdout.strip() == str(out)  # the notes stay off stdout, which scripts read
    fonts = _east_asian_fonts(out)
    assert {"仿宋", "楷体", "宋体"} <= fonts and not fonts & {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}


def test_strict_fonts_keep_the_official_names(tmp_path: Path) -> None:
    out = tmp_path / "demo.docx"
    result = _run_without_fonts(tmp_path, "demo", "-o", str(out), "--strict-fonts", "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert "the official name is kept" in result.stderr
    assert {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"} <= _east_asian_fonts(out)
