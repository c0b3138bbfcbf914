"""Read the exported .docx back and check the GB/T 9704 layout."""

from __future__ import annotations

import copy
import os
import stat
from datetime import date
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop_app.core.errors import OutputError
from desktop_app.core.model import DateStyle, SignOff, to_dict
from desktop_app.core.word.export import export_docx, signature_indents

from .test_boilerplate import EXPECTED_TITLES

NUMBERS = "一二三四五六七八九十"


def _export(draft, tmp_path: Path, **kwargs) -> docx.document.Document:
    path = export_docx(draft, tmp_path / "report.docx", **kwargs)
    return docx.Document(str(path))


def _style_fonts(document, style_id: str) -> dict[str, str]:
    style = next(s for s in document.styles if s.style_id == style_id)
    fonts = style.element.find(qn("w:rPr")).find(qn("w:rFonts"))
    return {k.split("}")[1]: v for k, v in fonts.attrib.items()}


def _body_paragraphs(document):
    return [p for p in document.paragraphs if p.style.style_id == "Normal" and p.text.strip()]


def test_headings_in_order_with_heiti(demo, tmp_path):
    document = _export(demo, tmp_path)
    headings = [p.text for p in document.paragraphs if p.style.style_id == "Heading1"]
    assert headings == [f"{n}、{t}" for n, t in zip(NUMBERS, EXPECTED_TITLES, strict=True)]
    assert _style_fonts(document, "Heading1")["eastAsia"] == "黑体"
    heading_rpr = next(s for s in document.styles if s.style_id == "Heading1").element.find(qn("w:rPr"))
    assert heading_rpr.find(qn("w:b")).get(qn("w:val")) == "0"  # 黑体, not bold


def test_body_is_fangsong_16pt_exact_spacing_two_char_indent(demo, tmp_path):
    document = _export(demo, tmp_path)
    body = _body_paragraphs(document)
    assert len(body) >= 15
    normal = document.styles["Normal"]
    assert normal.font.size.pt == 16
    assert _style_fonts(document, "Normal")["eastAsia"] == "仿宋_GB2312"
    ppr = normal.element.find(qn("w:pPr"))
    spacing = ppr.find(qn("w:spacing"))
    assert spacing.get(qn("w:lineRule")) == "exact"
    assert int(spacing.get(qn("w:line"))) == 579  # 28.95 pt: 22 lines a page
    ind = ppr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"  # Word
    assert ind.get(qn("w:firstLine")) == "640"  # LibreOffice/WPS: 2 × 16 pt
    for paragraph in body:
        # nothing on the paragraph overrides the style's font, size or indent
        assert paragraph.paragraph_format.first_line_indent is None
        for run in paragraph.runs:
            assert run.font.size is None
    defaults = document.styles.element.find(qn("w:docDefaults"))
    fonts = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")).find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == "仿宋_GB2312"


def test_level2_lead_in_sentence_only_is_kaiti(demo, tmp_path):
    document = _export(demo, tmp_path)
    lead = next(p for p in document.paragraphs if p.text.startswith("（一）加强组织领导"))
    first, rest = lead.runs[0], lead.runs[1]
    assert first.text == "（一）加强组织领导，落实信息公开要求。"
    assert first.style.style_id == "LeadIn"
    assert rest.style.style_id != "LeadIn"
    assert _style_fonts(document, "LeadIn")["eastAsia"] == "楷体_GB2312"


def test_title_block(demo, tmp_path):
    document = _export(demo, tmp_path)
    titles = [p for p in document.paragraphs if p.style.style_id == "ReportTitle"]
    assert [p.text for p in titles] == ["莒南县经济和信息化局", "2017年政府信息公开工作总结"]
    style = document.styles["Report Title"]
    assert style.font.size.pt == 22
    assert _style_fonts(document, "ReportTitle")["eastAsia"] == "方正小标宋简体"
    assert style.element.find(qn("w:pPr")).find(qn("w:jc")).get(qn("w:val")) == "center"


def test_a4_and_margins(demo, tmp_path):
    section = _export(demo, tmp_path).sections[0]

    def close(value, mm):
        return abs(value - Mm(mm)) <= Mm(0.5)

    assert close(section.page_width, 210) and close(section.page_height, 297)
    assert close(section.top_margin, 37) and close(section.bottom_margin, 35)
    assert close(section.left_margin, 28) and close(section.right_margin, 26)
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "579"


def test_page_numbers_odd_right_even_left(demo, tmp_path):
    document = _export(demo, tmp_path)
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        paragraph = footer.paragraphs[0]
        xml = paragraph._p.xml
        assert 'w:instr=" PAGE "' in xml
        assert paragraph.text.startswith("— ") and paragraph.text.endswith(" —")
        assert paragraph._p.pPr.find(qn("w:jc")).get(qn("w:val")) == side
    footer_style = next(s for s in document.styles if s.style_id == "Footer")
    assert footer_style.font.size.pt == 14
    assert _style_fonts(document, "Footer")["eastAsia"] == "宋体"


@pytest.mark.parametrize(
    ("style", "expected"), [(DateStyle.CHINESE, "二〇一八年一月九日"), (DateStyle.ARABIC, "2018年1月9日")]
)
def test_date_line_in_the_chosen_style(demo, tmp_path, style, expected):
    document = _export(demo, tmp_path, date_style=style)
    tail = [p for p in document.paragraphs if p.text.strip()][-2:]
    assert [p.text for p in tail] == ["莒南县经济和信息化局", expected]
    for paragraph in tail:
        assert paragraph.style.style_id == "Signature"
        assert paragraph._p.pPr.find(qn("w:ind")).get(qn("w:rightChars")) is not None


def test_signature_indents_follow_gbt9704():
    # 署名 S=10, date D=6 (digits count half) → date indented 4 characters
    assert signature_indents("××县经济和信息化局", "2018年1月9日") == (2.0, 4.0)
    assert signature_indents("××县经济和信息化局", "二〇一八年一月九日") == (2.0, 1.0)
    # date longer than the 署名: the date takes 右空二字, the 署名 moves left
    assert signature_indents("某局", "二〇一八年十二月二十九日") == (14.0, 2.0)


def test_no_theme_fonts_left_on_styles(demo, tmp_path):
    document = _export(demo, tmp_path)
    used = {"Normal", "ReportTitle", "Heading1", "Signature", "Footer", "LeadIn"}
    for style in document.styles.element.findall(qn("w:style")):
        if style.get(qn("w:styleId")) in used:
            for fonts in style.iter(qn("w:rFonts")):
                assert not any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib), style
    for fonts in document.styles.element.find(qn("w:docDefaults")).iter(qn("w:rFonts")):
        assert not any("heme" in k for k in fonts.attrib)


def test_draft_mark_and_signed_off_properties(demo, tmp_path):
    document = _export(demo, tmp_path)
    assert "草稿" in document.sections[0].header.paragraphs[0].text
    assert "草稿" in document.sections[0].even_page_header.paragraphs[0].text
    assert document.core_properties.author == "莒南县经济和信息化局"
    assert document.core_properties.title == "莒南县经济和信息化局2017年政府信息公开工作总结"

    signed = copy.deepcopy(demo)
    signed.sign_off = SignOff("张三", "李四", "王五", signed.agency.full_name, date(2018, 1, 9))
    signed.sign_off.content_hash = signed.content_hash()
    document = _export(signed, tmp_path)
    assert "草稿" not in document.sections[0].header.paragraphs[0].text
    assert "王五" in document.core_properties.comments
    assert document.core_properties.content_status == "已签发"


def test_export_never_changes_the_draft(demo, tmp_path):
    before = to_dict(demo)
    export_docx(demo, tmp_path / "a.docx")
    assert to_dict(demo) == before


def test_control_characters_do_not_break_the_file(demo, tmp_path):
    demo.section("intro").text += "\x00\x07坏字符\x1f"
    document = _export(demo, tmp_path)
    assert any("坏字符" in p.text for p in document.paragraphs)


def test_read_only_folder_is_a_clear_error_and_leaves_nothing(demo, tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)

    def denied(*args, **kwargs):  # what the OS says, even to root on a read-only mount
        raise PermissionError(13, "Permission denied")

    if os.geteuid() == 0:
        monkeypatch.setattr("tempfile.mkstemp", denied)
    try:
        with pytest.raises(OutputError) as info:
            export_docx(demo, folder / "r.docx")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert "permission denied" in str(info.value)
    assert list(folder.iterdir()) == []


def test_failed_write_leaves_old_target_and_no_temp_file(demo, tmp_path, monkeypatch):
    target = tmp_path / "report.docx"
    target.write_bytes(b"old report")

    def disk_full(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError) as info:
        export_docx(demo, target)
    assert "disk is full" in str(info.value)
    assert target.read_bytes() == b"old report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]


def test_missing_folder_is_a_clear_error(demo, tmp_path):
    with pytest.raises(OutputError) as info:
        export_docx(demo, tmp_path / "nope" / "r.docx")
    assert "does not exist" in str(info.value)
