"""The Inno Setup script: per-user install, Start-menu entry, .ogireport association, and an
uninstall that leaves the user's data folder (%LOCALAPPDATA%\\ogi-report) alone."""

from __future__ import annotations

import re

import pytest

import desktop_app

from .helpers import PACKAGING, bundle

ISS = PACKAGING / "windows" / "ogi-report.iss"
PARAM = re.compile(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)')


def script() -> tuple[dict[str, str], dict[str, list[str]]]:
    """(#define values, section name -> its lines with {#Name} expanded; comments dropped)."""
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8-sig").splitlines():
        line = raw.strip()
        match = re.fullmatch(r'#define\s+(\w+)\s+"(.*)"', line)
        if match:
            defines[match[1]] = match[2]
            continue
        if not line or line.startswith((";", "#")):
            continue
        if re.fullmatch(r"\[\w+\]", line):
            current = line[1:-1]
            sections.setdefault(current, [])
            continue
        for name, value in defines.items():
            line = line.replace("{#" + name + "}", value)
        sections[current].append(line)
    return defines, sections


def setup() -> dict[str, str]:
    return dict(line.split("=", 1) for line in script()[1]["Setup"])


def entries(section: str) -> list[dict[str, str]]:
    return [{k: v.strip().strip('"') for k, v in PARAM.findall(line)} for line in script()[1].get(section, [])]


def test_the_file_is_utf8_with_a_byte_order_mark_for_the_chinese_text():
    assert ISS.read_bytes().startswith(b"\xef\xbb\xbf")
    assert script()[0]["AppName"] == "年报助手"


def test_installs_per_user_without_admin_rights():
    values = setup()
    assert values["PrivilegesRequired"] == "lowest"
    # {autopf} is %LOCALAPPDATA%\Programs for a per-user install, not the data folder
    assert values["DefaultDirName"].startswith("{autopf}\\")
    # the GUID that ties upgrades together ("{{" is Inno Setup's escaped brace)
    assert re.fullmatch(r"\{\{[0-9A-F]{8}(-[0-9A-F]{4}){3}-[0-9A-F]{12}\}", values["AppId"])


def test_installs_the_pyinstaller_bundle_with_its_windowed_executable():
    defines = script()[0]
    assert defines["AppExe"] == f"{desktop_app.APP_ID}.exe"
    assert defines["BundleDir"].replace("\\", "/").endswith("dist/ogi-report")
    files = entries("Files")
    assert files and files[0]["Source"].endswith("\\*") and files[0]["DestDir"] == "{app}"
    assert "recursesubdirs" in files[0]["Flags"]


def test_adds_a_start_menu_entry_for_the_app():
    start_menu = [e for e in entries("Icons") if e["Name"].startswith(("{autoprograms}", "{group}", "{userprograms}"))]
    assert start_menu, "no Start-menu entry"
    assert start_menu[0]["Filename"] == f"{{app}}\\{desktop_app.APP_ID}.exe"


def test_associates_the_dedicated_draft_extension_and_not_json():
    registry = entries("Registry")
    keys = [e["Subkey"] for e in registry]
    extension = bundle().DRAFT_EXTENSION
    assert f"Software\\Classes\\{extension}" in keys
    assert not any(".json" in key.lower() for key in keys)
    assert all(e["Root"] == "HKA" for e in registry)  # the user's own classes when per-user
    command = next(e for e in registry if e["Subkey"].endswith("\\shell\\open\\command"))
    assert f"{desktop_app.APP_ID}.exe" in command["ValueData"] and "%1" in command["ValueData"]
    assert setup()["ChangesAssociations"] == "yes"
    # what the installer adds, the uninstaller takes away
    progid = next(e["ValueData"] for e in registry if e["Subkey"] == f"Software\\Classes\\{extension}")
    flags = {e["Subkey"]: e.get("Flags", "") for e in registry}
    assert "uninsdeletekey" in flags[f"Software\\Classes\\{progid}"]
    assert "uninsdeletevalue" in flags[f"Software\\Classes\\{extension}"]


@pytest.mark.parametrize("section", ["UninstallDelete", "UninstallRun", "InstallDelete", "Code"])
def test_uninstall_never_touches_the_user_data_folder(section):
    lines = " ".join(script()[1].get(section, [])).lower()
    for folder in ("{localappdata}", "{userappdata}", "{commonappdata}", "{%localappdata}", "ogi-report\\"):
        assert folder not in lines, f"[{section}] mentions {folder}"
    if section == "UninstallDelete":
        assert all(e["Name"].startswith("{app}") for e in entries(section))
