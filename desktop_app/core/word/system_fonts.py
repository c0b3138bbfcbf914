"""The font families this machine has, without Qt: for the command line (the window asks
Qt's font database instead). fontconfig on Linux and other Unix systems; on Windows the
registry's font lists (machine and user) and the fonts folder."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# file names of the Chinese fonts the layout names, for fonts copied into the fonts folder
# without a registry entry (a common way 仿宋_GB2312 reaches a county PC)
_FONT_FILES = {
    "simfang": "仿宋",
    "simkai": "楷体",
    "simhei": "黑体",
    "simsun": "宋体",
    "stzhongs": "华文中宋",
    "fzxbsjw": "方正小标宋简体",
    "fzxbsk": "方正小标宋_GBK",
    "仿宋_gb2312": "仿宋_GB2312",
    "楷体_gb2312": "楷体_GB2312",
    "fs_gb2312": "仿宋_GB2312",
    "kaiti_gb2312": "楷体_GB2312",
    "方正小标宋简体": "方正小标宋简体",
}
_REGISTRY_KEY = r"SOFTWARE\Microsoft\Windows NT\CurrentVersion\Fonts"
_KIND = re.compile(r"\s*\((TrueType|OpenType|All res)\)\s*$", re.IGNORECASE)


def installed_families() -> list[str] | None:
    """Every family name the machine knows (English and Chinese names alike), or None when
    it cannot tell (no fontconfig): then the export keeps the official names."""
    if sys.platform == "win32":
        return _windows_families()
    return _fontconfig_families()


def _fontconfig_families() -> list[str] | None:
    fc_list = shutil.which("fc-list")
    if fc_list is None:
        return None
    try:
        done = subprocess.run(
            [fc_list, ":lang=zh", "family"], capture_output=True, text=True, encoding="utf-8", timeout=20, check=False
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if done.returncode != 0:
        return None
    # one font a line, its family names comma-separated ("FangSong,仿宋"); \, escapes a comma
    return [name.replace("\\", "").strip() for line in done.stdout.splitlines() for name in re.split(r"(?<!\\),", line)]


def _windows_families() -> list[str]:
    if sys.platform != "win32":  # tells the type checker which winreg this is
        return []
    names: list[str] = []
    try:
        import winreg

        for root in (winreg.HKEY_LOCAL_MACHINE, winreg.HKEY_CURRENT_USER):
            try:
                with winreg.OpenKey(root, _REGISTRY_KEY) as key:
                    index = 0
                    while True:
                        try:
                            value = winreg.EnumValue(key, index)[0]
                        except OSError:
                            break
                        names += [part.strip() for part in _KIND.sub("", value).split("&")]
                        index += 1
            except OSError:
                continue
    except ImportError:
        pass
    folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
    if local := os.environ.get("LOCALAPPDATA"):
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    for folder in folders:
        try:
            stems = [p.stem.casefold() for p in folder.iterdir()]
        except OSError:
            continue
        names += [_FONT_FILES[s] for s in stems if s in _FONT_FILES]
    return names
