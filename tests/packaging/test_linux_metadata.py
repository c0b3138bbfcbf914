"""The Linux desktop entry, AppStream metainfo, file type and icons agree with each other and
with the app (its executable name, version and draft extension)."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET

import pytest

import desktop_app

from .helpers import LINUX, PACKAGING, REPO, bundle, project_version

APP_ID = bundle().APP_ID
DESKTOP_FILE = LINUX / f"{APP_ID}.desktop"
METAINFO_FILE = LINUX / f"{APP_ID}.metainfo.xml"
MIME_FILE = LINUX / f"{APP_ID}.mime.xml"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"


def desktop_entry() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment,method-assign]  # keys are case-sensitive
    parser.read(DESKTOP_FILE, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def metainfo() -> ET.Element:
    return ET.parse(METAINFO_FILE).getroot()


def child(element: ET.Element, path: str) -> ET.Element:
    found = element.find(path)
    assert found is not None, f"no <{path}>"
    return found


def text(element: ET.Element, path: str) -> str:
    return child(element, path).text or ""


def test_desktop_entry_starts_the_app_in_the_office_menu():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] and entry["Name[zh_CN]"] == "年报助手"
    assert entry["Comment"] and entry["Comment[zh_CN]"]
    assert entry["Terminal"] == "false"
    assert "Office" in entry["Categories"].split(";")
    assert entry["Categories"].endswith(";") and entry["MimeType"].endswith(";")
    exec_words = entry["Exec"].split()
    assert exec_words[0] == desktop_app.APP_ID  # install.sh rewrites this to the absolute path
    assert exec_words[1:] == ["%f"]
    assert entry["Icon"] == APP_ID
    # X11 matches windows to the entry by WM_CLASS, which Qt takes from the application name
    assert entry["StartupWMClass"] == desktop_app.APP_ID


def test_desktop_entry_opens_the_draft_file_type():
    assert desktop_entry()["MimeType"].split(";")[:-1] == [bundle().DRAFT_MIME_TYPE]


def test_mime_type_registers_only_the_dedicated_draft_extension():
    root = ET.parse(MIME_FILE).getroot()
    types = root.findall(f"{MIME_NS}mime-type")
    assert [t.get("type") for t in types] == [bundle().DRAFT_MIME_TYPE]
    globs = [g.get("pattern") for g in types[0].findall(f"{MIME_NS}glob")]
    assert globs == [f"*{bundle().DRAFT_EXTENSION}"]
    assert "*.json" not in globs
    assert child(types[0], f"{MIME_NS}sub-class-of").get("type") == "application/json"


def test_metainfo_is_a_desktop_application_matching_the_desktop_file():
    root = metainfo()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID == DESKTOP_FILE.stem
    assert root.findtext("metadata_license") == "CC0-1.0"
    assert root.findtext("project_license")
    launchable = child(root, "launchable")
    assert launchable.get("type") == "desktop-id" and launchable.text == DESKTOP_FILE.name
    assert root.findtext("icon") == desktop_entry()["Icon"]
    names = {el.get(XML_LANG): el.text for el in root.findall("name")}
    assert names[None] == desktop_entry()["Name"] and names["zh-CN"] == "年报助手"
    assert text(root, "provides/binary") == desktop_app.APP_ID
    assert text(root, "provides/mediatype") == bundle().DRAFT_MIME_TYPE
    assert root.find("content_rating") is not None


def test_metainfo_has_a_description_and_screenshots_of_files_in_the_repository():
    root = metainfo()
    description = child(root, "description")
    assert len(description.findall("p")) >= 1 and len(description.findall("ul/li")) >= 3
    screenshots = root.findall("screenshots/screenshot")
    assert screenshots
    assert [s.get("type") for s in screenshots].count("default") == 1
    for shot in screenshots:
        assert shot.findtext("caption")
        url = text(shot, "image")
        assert url.startswith("https://")
        # the picture behind the address is one this repository keeps (…/main/docs/x.png)
        relative = url.split("/main/", 1)[1]
        assert (REPO / relative).is_file(), relative


def test_metainfo_lists_the_current_version_as_a_dated_release():
    releases = metainfo().findall("releases/release")
    assert releases, "no release"
    newest = releases[0]
    assert newest.get("version") == project_version() == desktop_app.__version__
    year, month, day = (int(part) for part in str(newest.get("date")).split("-"))
    assert year > 2017 and 1 <= month <= 12 and 1 <= day <= 31
    assert newest.find("description/p") is not None


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


@pytest.mark.parametrize("size", [16, 22, 24, 32, 48, 64, 128, 256, 512])
def test_hicolor_icons_in_the_usual_sizes(size):
    path = PACKAGING / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_scalable_icon_is_the_app_icon():
    scalable = PACKAGING / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    ET.parse(scalable)  # well-formed
    source = REPO / "resources" / "icons" / "ogi-report.svg"
    if source.exists():
        assert scalable.read_bytes() == source.read_bytes(), "re-run packaging/icons/render_icons.py"


def test_windows_icon_holds_every_size_up_to_256():
    data = (PACKAGING / "icons" / "ogi-report.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for index in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack("<BBBBHHII", data[6 + 16 * index : 22 + 16 * index])
        assert width == height
        side = width or 256  # 0 stands for 256
        assert png_size(data[offset : offset + length]) == (side, side)
        sizes.append(side)
    assert sorted(sizes) == [16, 24, 32, 48, 64, 128, 256]
