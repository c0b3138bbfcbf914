"""The exported package read back part by part (zip + lxml), for both formats: the fonts it
names and its font table, the theme, the settings, app.xml and core.xml, the parts that must
be gone, the styles' typesetting details and the tables' captions."""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from datetime import UTC, date, datetime, timedelta

import pytest
from lxml import etree

from desktop_app import __version__
from desktop_app.core.demo import demo_agency, demo_draft
from desktop_app.core.editing import new_draft
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Draft
from desktop_app.core.word.export import render_docx_bytes
from desktop_app.core.word.fonts import FontPlan, checker, plan_fonts
from desktop_app.core.word.layout import load_layout

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
NS = {"w": W, "a": A}
FORMATS = ("ogi-annual-2017", "ogi-annual-2021")
# what a Windows 10/11 PC with Office has, and nothing of the official set
WINDOWS_FONTS = ("SimSun", "SimHei", "FangSong", "KaiTi", "STZhongsong", "Times New Roman")


def _draft(format_id: str) -> Draft:
    if format_id == "ogi-annual-2017":
        return demo_draft()
    t3 = load_format(format_id).field("t3").table
    assert t3 is not None
    facts = {"t3": tables.compute(t3, {"new": {"natural": 2}, "granted": {"natural": 2}})}
    return new_draft(format_id, 2022, demo_agency(), facts, report_date=date(2023, 1, 18))


class Package:
    def __init__(self, data: bytes) -> None:
        self.zip = zipfile.ZipFile(io.BytesIO(data))
        self.names = set(self.zip.namelist())

    def xml(self, name: str) -> etree._Element:
        return etree.fromstring(self.zip.read(name))


def _package(format_id: str, fonts: FontPlan | None = None) -> Package:
    return Package(render_docx_bytes(_draft(format_id), fonts=fonts))


@pytest.fixture(scope="module", params=FORMATS)
def package(request: pytest.FixtureRequest) -> Package:
    return _package(request.param)


def _east_asian_fonts(package: Package) -> set[str]:
    names = set()
    for name in package.names:
        if re.match(r"word/(styles|document|header\d*|footer\d*|numbering)\.xml$", name):
            names |= {v for v in package.xml(name).xpath("//w:rFonts/@w:eastAsia", namespaces=NS)}
    return names


def _font_table(package: Package) -> dict[str, etree._Element]:
    fonts = package.xml("word/fontTable.xml").findall("w:font", NS)
    return {f.get(f"{{{W}}}name"): f for f in fonts}


def _val(element: etree._Element, path: str) -> str | None:
    found = element.find(path, NS)
    return None if found is None else found.get(f"{{{W}}}val")


def _style(package: Package, style_id: str) -> etree._Element:
    styles = package.xml("word/styles.xml")
    found = styles.find(f"w:style[@w:styleId='{style_id}']", NS)
    assert found is not None, style_id
    return found


# --- 2. the font table --------------------------------------------------------------------


def test_every_east_asian_font_has_a_gb2312_entry_with_family(package: Package) -> None:
    table = _font_table(package)
    used = _east_asian_fonts(package)
    assert {"仿宋_GB2312", "黑体", "楷体_GB2312", "方正小标宋简体", "宋体"} <= used
    for name in used:
        assert _val(table[name], "w:charset") == "86", name
        assert _val(table[name], "w:family") in {"auto", "modern", "roman", "script", "swiss", "decorative"}
    alternates = {name: _val(table[name], "w:altName") for name in ("仿宋_GB2312", "楷体_GB2312", "方正小标宋简体")}
    assert alternates == {"仿宋_GB2312": "仿宋", "楷体_GB2312": "楷体", "方正小标宋简体": "华文中宋"}


def test_the_templates_fonts_are_gone(package: Package) -> None:
    names = set(_font_table(package))
    assert not names & {"Cambria", "Calibri", "ＭＳ 明朝", "ＭＳ ゴシック", "Arial", "Times"}
    assert "Times New Roman" in names


# --- 3. a clean package -------------------------------------------------------------------


def test_theme_fonts_are_chinese(package: Package) -> None:
    theme = package.xml("word/theme/theme1.xml")
    assert not theme.xpath("//a:font[@script='Jpan' or @script='Hang' or @script='Hant']", namespaces=NS)
    for scheme in ("majorFont", "minorFont"):
        assert theme.xpath(f"//a:{scheme}/a:font[@script='Hans']/@typeface", namespaces=NS) == ["宋体"]


def test_settings_are_chinese_and_current(package: Package) -> None:
    settings = package.xml("word/settings.xml")
    assert settings.find("w:themeFontLang", NS).get(f"{{{W}}}eastAsia") == "zh-CN"
    mode = settings.xpath("//w:compatSetting[@w:name='compatibilityMode']/@w:val", namespaces=NS)
    assert mode == ["15"]
    assert settings.find("w:savePreviewPicture", NS) is None


def test_app_xml_names_this_application(package: Package) -> None:
    app = package.xml("docProps/app.xml")
    ns = {"p": "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"}
    assert app.findtext("p:Application", namespaces=ns) == "年报助手"
    major, minor, patch = (int(n) for n in __version__.split(".")[:3])
    assert app.findtext("p:AppVersion", namespaces=ns) == f"{major:02d}.{minor:02d}{patch:02d}"
    assert app.find("p:Pages", ns) is None  # no page count is better than a made-up one
    assert b"Macintosh" not in package.zip.read("docProps/app.xml")


def test_leftover_parts_and_their_references_are_gone(package: Package) -> None:
    assert not {n for n in package.names if n.startswith("customXml/")}
    assert "word/stylesWithEffects.xml" not in package.names
    assert not {n for n in package.names if n.startswith("docProps/thumbnail")}
    everything = b"".join(package.zip.read(n) for n in package.names if n.endswith((".rels", "].xml")))
    for leftover in (b"stylesWithEffects", b"customXml", b"thumbnail", b"jpeg"):
        assert leftover not in everything
    for rels in (n for n in package.names if n.endswith(".rels")):  # every relationship resolves
        base = posixpath.dirname(posixpath.dirname(rels))
        for target in package.xml(rels).xpath("//*[local-name()='Relationship']/@Target"):
            assert posixpath.normpath(posixpath.join(base, target)) in package.names, (rels, target)


def test_core_times_are_utc(package: Package) -> None:
    core = package.zip.read("docProps/core.xml").decode()
    stamps = re.findall(r"<dcterms:(?:created|modified)[^>]*>([^<]+)<", core)
    assert len(stamps) == 2
    for stamp in stamps:
        assert stamp.endswith("Z")
        written = datetime.strptime(stamp, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
        assert abs(datetime.now(UTC) - written) < timedelta(minutes=5)


# --- 4. typesetting details ---------------------------------------------------------------


def test_body_has_no_automatic_space_around_digits(package: Package) -> None:
    normal = _style(package, "Normal")
    assert _val(normal, "w:pPr/w:autoSpaceDE") == "0"
    assert _val(normal, "w:pPr/w:autoSpaceDN") == "0"


def test_headings_are_followed_by_body_and_links_are_mutual(package: Package) -> None:
    assert _val(_style(package, "Heading1"), "w:next") == "Normal"
    assert _val(_style(package, "ReportTitle"), "w:next") == "Normal"
    styles = package.xml("word/styles.xml")
    by_id = {s.get(f"{{{W}}}styleId"): s for s in styles.findall("w:style", NS)}
    assert "Heading1Char" not in by_id
    for style_id, style in by_id.items():
        target = _val(style, "w:link")
        if target is not None:
            assert target in by_id and _val(by_id[target], "w:link") == style_id, style_id


def test_the_header_style_is_not_indented(package: Package) -> None:
    header = _style(package, "Header")
    ind = header.find("w:pPr/w:ind", NS)
    assert ind.get(f"{{{W}}}firstLine") == "0" and ind.get(f"{{{W}}}firstLineChars") == "0"
    marks = package.xml("word/header1.xml").xpath("//w:p[.//w:t='草稿']//w:pStyle/@w:val", namespaces=NS)
    assert marks == ["Header"]


def test_every_table_has_a_caption_and_description(package: Package) -> None:
    document = package.xml("word/document.xml")
    found = document.findall(".//w:tbl", NS)
    captions = [_val(t, "w:tblPr/w:tblCaption") for t in found]
    descriptions = [_val(t, "w:tblPr/w:tblDescription") for t in found]
    assert all(captions) and all(descriptions)
    if found:  # the national format: 表二's four blocks, 表三, 表四
        assert [c[:2] for c in captions] == ["表二"] * 4 + ["表三", "表四"]
        assert len(set(descriptions[:4])) == 4


# --- 1. fonts the machine has ---------------------------------------------------------------


@pytest.mark.parametrize("format_id", FORMATS)
def test_on_a_windows_pc_the_document_names_fonts_it_has(format_id: str) -> None:
    plan = plan_fonts(load_layout(), checker(WINDOWS_FONTS))
    package = _package(format_id, plan)
    used = _east_asian_fonts(package)
    assert not used & {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}
    assert {"仿宋", "楷体", "华文中宋", "黑体"} <= used
    table = _font_table(package)
    assert {n for n in table if not n.isascii()} == used
    assert _val(table["仿宋"], "w:charset") == "86" and _val(table["仿宋"], "w:altName") == "FangSong"
    assert {n.official for n in plan.notes} == {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}


def test_without_huawen_zhongsong_the_title_is_bold_songti() -> None:
    plan = plan_fonts(load_layout(), checker(["SimSun", "SimHei", "FangSong", "KaiTi"]))
    package = _package("ogi-annual-2017", plan)
    title = _style(package, "ReportTitle")
    assert title.find("w:rPr/w:rFonts", NS).get(f"{{{W}}}eastAsia") == "宋体"
    bold = title.find("w:rPr/w:b", NS)
    assert bold is not None and bold.get(f"{{{W}}}val") in (None, "1", "true")
    assert any(n.official == "方正小标宋简体" and "宋体" in n.used for n in plan.notes)


def test_strict_fonts_keep_the_official_names_and_say_so() -> None:
    plan = plan_fonts(load_layout(), checker(WINDOWS_FONTS), strict=True)
    assert not plan.substitutions
    assert {n.code for n in plan.notes} == {"font-kept-strict"}
    used = _east_asian_fonts(_package("ogi-annual-2017", plan))
    assert {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"} <= used


def test_a_machine_with_the_official_fonts_gets_them_and_no_note() -> None:
    official = ["仿宋_GB2312", "楷体_GB2312", "方正小标宋简体", "黑体", "宋体"]
    plan = plan_fonts(load_layout(), checker(official))
    assert plan.substitutions == () and plan.notes == ()


def test_the_notes_are_worded_in_both_languages() -> None:
    plan = plan_fonts(load_layout(), checker([]))
    note = next(n for n in plan.notes if n.official == "仿宋_GB2312")
    assert "仿宋_GB2312" in note.text("zh_CN") and "仿宋" in note.text("zh_CN")
    assert note.code == "font-fallback-absent" and "installed" in note.text("en")
