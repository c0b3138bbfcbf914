"""The styled base package without what python-docx's built-in template carries along.

That template comes from Word 2010 for Mac set up for Japanese: a font table of its own fonts
(Cambria, Calibri, ＭＳ 明朝 …), Japanese theme fonts, ``themeFontLang`` ja-JP,
compatibility mode 14 (Word opens the file in 兼容模式), an app.xml of "Microsoft Macintosh
Word", and stylesWithEffects.xml, a bibliography customXml part and a blank thumbnail. This
module rewrites those parts once per process, on the saved base package, so that the report
says what it is: a Chinese document written by this application, naming only the fonts it uses.
"""

from __future__ import annotations

import io
import posixpath
import re
import zipfile
from collections.abc import Iterable

from lxml import etree

from desktop_app.core.word.layout import Layout

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
APPLICATION = "年报助手"

FONT_TABLE = "word/fontTable.xml"
SETTINGS = "word/settings.xml"
THEME = "word/theme/theme1.xml"
APP = "docProps/app.xml"
# parts a report does not need: Word 2010's style copy, the bibliography sources, the preview
_DROPPED = re.compile(r"^(word/stylesWithEffects\.xml|customXml/.*|docProps/thumbnail\.\w+)$")
# parts whose w:rFonts name the fonts the document uses
_FONT_USERS = re.compile(r"^word/(styles|numbering|document|header\d*|footer\d*)\.xml$")
_FONT_ATTRS = ("ascii", "hAnsi", "eastAsia", "cs")


def clean_package(docx: bytes, layout: Layout, version: str, extra_fonts: Iterable[str] = ()) -> bytes:
    """``docx`` rewritten: dropped parts gone, font table, theme, settings and app.xml renewed.

    ``extra_fonts``: fonts the per-report body names (table cells) beyond the base parts.
    """
    with zipfile.ZipFile(io.BytesIO(docx)) as source:
        parts = {info.filename: source.read(info) for info in source.infolist()}
    dropped = {name for name in parts if _DROPPED.match(name)}
    parts = {name: data for name, data in parts.items() if name not in dropped}
    for name in list(parts):
        if name.endswith(".rels"):
            parts[name] = _without_relationships(name, parts[name], dropped)
    parts["[Content_Types].xml"] = _content_types(parts["[Content_Types].xml"], dropped, parts)
    fonts = _used_fonts(parts, extra_fonts)
    parts[FONT_TABLE] = font_table_xml(layout, fonts)
    parts[THEME] = _theme(parts[THEME], layout.body_latin)
    parts[SETTINGS] = _settings(parts[SETTINGS])
    parts[APP] = app_xml(version)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        target.writestr("[Content_Types].xml", parts.pop("[Content_Types].xml"))
        for name, data in parts.items():
            target.writestr(name, data)
    return out.getvalue()


def _xml(root: etree._Element) -> bytes:
    data: bytes = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
    return data


def _without_relationships(rels_name: str, data: bytes, dropped: set[str]) -> bytes:
    # _rels/.rels → targets relative to the root; word/_rels/document.xml.rels → to word/
    base = posixpath.dirname(posixpath.dirname(rels_name))
    root = etree.fromstring(data)
    for rel in list(root):
        target = posixpath.normpath(posixpath.join(base, rel.get("Target", "")))
        if rel.get("TargetMode") != "External" and target in dropped:
            root.remove(rel)
    return _xml(root)


def _content_types(data: bytes, dropped: set[str], parts: dict[str, bytes]) -> bytes:
    root = etree.fromstring(data)
    extensions = {posixpath.splitext(name)[1].lstrip(".").lower() for name in parts}
    for entry in list(root):
        part = entry.get("PartName", "").lstrip("/")
        if (part and part in dropped) or (entry.get("Extension") and entry.get("Extension").lower() not in extensions):
            root.remove(entry)
    return _xml(root)


def _used_fonts(parts: dict[str, bytes], extra: Iterable[str]) -> list[str]:
    names: list[str] = []
    for name, data in parts.items():
        if _FONT_USERS.match(name):
            for fonts in etree.fromstring(data).iter(f"{{{W}}}rFonts"):
                names += [v for attr in _FONT_ATTRS if (v := fonts.get(f"{{{W}}}{attr}"))]
    return list(dict.fromkeys([*names, *extra]))


def font_table_xml(layout: Layout, fonts: Iterable[str]) -> bytes:
    """One ``w:font`` per font the document names: GB 2312 charset for the Chinese ones, the
    family and pitch, and an alternate name an application lacking the font can try."""
    root = etree.Element(f"{{{W}}}fonts", nsmap={"w": W})
    for name in fonts:
        info = layout.font_info(name)
        charset = info.charset if (info in layout.fonts or not name.isascii()) else "00"
        font = etree.SubElement(root, f"{{{W}}}font", {f"{{{W}}}name": name})
        if info.alt_name:
            etree.SubElement(font, f"{{{W}}}altName", {f"{{{W}}}val": info.alt_name})
        etree.SubElement(font, f"{{{W}}}charset", {f"{{{W}}}val": charset})
        etree.SubElement(font, f"{{{W}}}family", {f"{{{W}}}val": info.family})
        etree.SubElement(font, f"{{{W}}}pitch", {f"{{{W}}}val": info.pitch})
    return _xml(root)


def _theme(data: bytes, latin: str) -> bytes:
    """Chinese theme fonts: no script entries for other East Asian scripts, Hans = 宋体."""
    root = etree.fromstring(data)
    for scheme in ("majorFont", "minorFont"):
        for group in root.iter(f"{{{A}}}{scheme}"):
            for font in list(group.iterfind(f"{{{A}}}font")):
                if font.get("script") in ("Jpan", "Hang", "Hant"):
                    group.remove(font)
            hans = group.find(f"{{{A}}}font[@script='Hans']")
            if hans is None:
                hans = etree.SubElement(group, f"{{{A}}}font", script="Hans")
            hans.set("typeface", "宋体")
            group.find(f"{{{A}}}latin").set("typeface", latin)
    return _xml(root)


def _settings(data: bytes) -> bytes:
    root = etree.fromstring(data)
    lang = root.find(f"{{{W}}}themeFontLang")
    if lang is None:
        lang = etree.SubElement(root, f"{{{W}}}themeFontLang")
    lang.set(f"{{{W}}}val", "en-US")
    lang.set(f"{{{W}}}eastAsia", "zh-CN")
    for setting in root.iter(f"{{{W}}}compatSetting"):
        if setting.get(f"{{{W}}}name") == "compatibilityMode":
            setting.set(f"{{{W}}}val", "15")  # Word 2013 and later: no 兼容模式
    preview = root.find(f"{{{W}}}savePreviewPicture")  # would bring the thumbnail back
    if preview is not None:
        root.remove(preview)
    return _xml(root)


def app_version(version: str) -> str:
    """AppVersion must read XX.YYYY (ECMA-376 Part 1 §22.2.2.2): 0.1.0 → 00.0100."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    return f"{numbers[0] % 100:02d}.{numbers[1] % 100:02d}{numbers[2] % 100:02d}"


def app_xml(version: str) -> bytes:
    """The extended properties: this application and its version. No page count: the
    export does not paginate, and a wrong count would be worse than none."""
    ns = "http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"
    vt = "http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"
    root = etree.Element(f"{{{ns}}}Properties", nsmap={None: ns, "vt": vt})
    for tag, text in (
        ("Application", APPLICATION),
        ("AppVersion", app_version(version)),
        ("DocSecurity", "0"),
        ("ScaleCrop", "false"),
        ("LinksUpToDate", "false"),
        ("SharedDoc", "false"),
        ("HyperlinksChanged", "false"),
    ):
        etree.SubElement(root, f"{{{ns}}}{tag}").text = text
    return _xml(root)
