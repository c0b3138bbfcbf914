"""Import of a published report: the user's 2017 sample as text, GBK, UTF-16 and .docx, and the
rules for titles, headings, page breaks, dates and facts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import docx
import pytest

from desktop_app.core import model
from desktop_app.core.importing.importer import ImportResult, import_report, import_text
from desktop_app.core.importing.report_lines import rejoin, take_title, take_trailer
from desktop_app.core.model import DateStyle, Origin

HEADED = [
    "organization",
    "interpretation",
    "key-areas",
    "proactive",
    "applications",
    "fees",
    "appeals",
    "confidentiality",
    "subordinates",
    "problems",
]
# a phrase of each section of the sample, to prove each landed in the right place
IN_SECTION = {
    "intro": "经信局秉承以往工作作风",
    "organization": "建立健全工作制度",
    "interpretation": "召开中层干部会议部署信息公开工作",
    "key-areas": "按照工程建设领域项目信息公开工作的要求",
    "proactive": "在莒南政府网主动公开政府信息 49 条",
    "applications": "收到政府信息公开申请 0 份。",
    "fees": "故未出现有关收费或乱收费等情况",
    "appeals": "无因政府信息公开申请提起行政复议",
    "confidentiality": "每周至少检查一次保密工作",
    "subordinates": "局下设节能办、电力办",
    "problems": "加强机关作风建设",
}


def assert_sample(result: ImportResult) -> None:
    """The Done-when of the import: what the 2017 sample must come out as."""
    draft = result.draft
    assert draft.year == 2017
    assert draft.agency.short_name == "县经信局"
    assert draft.agency.full_name == "县经信局"
    for section_id in HEADED:
        section = draft.section(section_id)
        assert section is not None and section.text.strip(), section_id
        assert section.origin is Origin.IMPORTED
    for section_id, phrase in IN_SECTION.items():
        section = draft.section(section_id)
        assert section is not None and phrase in section.text, (section_id, phrase)
    text = draft.full_text()
    assert "加强机关作风建设" in text
    assert "每周至少检查一次" in text
    assert "有效。2017年，在莒南政府网主动公开" in text
    assert draft.facts["proactive_items"] == 49
    for key in ("applications_received", "fees_collected", "reconsideration_cases", "litigation_cases"):
        assert draft.facts[key] == 0, key
        assert result.recognised[key] == 0
    assert draft.report_date == date(2018, 1, 9)
    assert draft.date_style is DateStyle.CHINESE
    assert draft.issuer is None  # the sample has no 落款 line
    assert draft.unplaced == [] and result.unplaced == []
    assert draft.lineage is not None and draft.lineage.kind == "imported"
    # headings and title are not text of any section
    assert "一、政府信息公开的组织领导和制度建设情况" not in text
    assert "2017年政府信息公开工作总结" not in text
    assert "二〇一八年一月九日" not in text
    assert model.to_dict(model.from_dict(model.to_dict(draft))) == model.to_dict(draft)


def sample_lines(sample_text: str) -> list[str]:
    return [line.strip() for line in sample_text.splitlines() if line.strip()]


def write_docx(path: Path, lines: list[str]) -> Path:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    document.save(str(path))
    return path


# --- the Done-when: sample as UTF-8, GBK and .docx -----------------------------------------


def test_sample_text_file(sample_text: str, tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(sample_text.encode("utf-8"))
    result = import_report(path)
    assert_sample(result)
    assert result.encoding == "utf-8"
    assert result.draft.lineage is not None and result.draft.lineage.source_file == "report.txt"


def test_sample_saved_as_gbk(sample_text: str, tmp_path: Path) -> None:
    path = tmp_path / "report-gbk.txt"
    path.write_bytes(sample_text.encode("gbk"))
    result = import_report(path)
    assert_sample(result)
    assert result.encoding == "gb18030"


@pytest.mark.parametrize(("encoding", "expected"), [("utf-8-sig", "utf-8-sig"), ("utf-16", "utf-16")])
def test_sample_with_byte_order_mark(sample_text: str, tmp_path: Path, encoding: str, expected: str) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(sample_text.encode(encoding))
    result = import_report(path)
    assert_sample(result)
    assert result.encoding == expected


def test_encoding_comes_from_the_bytes_not_the_name(sample_text: str, tmp_path: Path) -> None:
    path = tmp_path / "report.md"
    path.write_bytes(sample_text.encode("gb18030"))
    assert_sample(import_report(path))


def test_sample_as_docx(sample_text: str, tmp_path: Path) -> None:
    path = write_docx(tmp_path / "report.docx", sample_lines(sample_text))
    result = import_report(path)
    assert_sample(result)
    assert result.encoding is None


def test_docx_with_crlf_line_ends_and_windows_text(sample_text: str) -> None:
    assert_sample(import_text(sample_text.replace("\n", "\r\n")))


def test_docx_table_text_is_read_in_document_order(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("县经信局")
    document.add_paragraph("2017年政府信息公开工作年度报告")
    document.add_paragraph("一、政府信息公开的组织领导和制度建设情况")
    document.add_paragraph("成立了领导小组。")
    layout = document.add_table(rows=1, cols=1)  # a one-cell layout table holding prose
    layout.cell(0, 0).text = "在表格里写的一段正文。"
    document.add_paragraph("四、主动公开政府信息以及公开平台建设情况")
    figures = document.add_table(rows=2, cols=2)
    figures.cell(0, 0).text = "主动公开政府信息"
    figures.cell(0, 1).text = "49 条"
    figures.cell(1, 0).text = "收到申请"
    figures.cell(1, 1).text = "0 份"
    document.add_paragraph("二〇一八年一月九日")
    path = tmp_path / "table.docx"
    document.save(str(path))

    result = import_report(path)
    draft = result.draft
    organization = draft.section("organization")
    assert organization is not None
    assert organization.text.split("\n") == ["成立了领导小组。", "在表格里写的一段正文。"]
    proactive = draft.section("proactive")
    assert proactive is not None
    assert proactive.text.split("\n") == ["主动公开政府信息\t49 条", "收到申请\t0 份"]
    assert draft.facts["proactive_items"] == 49
    assert draft.report_date == date(2018, 1, 9)


def test_docx_merged_cells_are_read_once(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=1, cols=3)
    merged = table.cell(0, 0).merge(table.cell(0, 1))
    merged.text = "合并"
    table.cell(0, 2).text = "单独"
    path = tmp_path / "merged.docx"
    document.save(str(path))
    result = import_report(path)
    assert result.draft.full_text().count("合并") == 1


# --- title, date and 落款 --------------------------------------------------------------------


def test_agency_and_year_on_one_title_line() -> None:
    info, rest = take_title(["莒南县经济和信息化局2017年政府信息公开工作年度报告", "正文。"])
    assert (info.agency, info.year) == ("莒南县经济和信息化局", 2017)
    assert rest == ["正文。"]


def test_title_year_in_chinese_numerals() -> None:
    info, _ = take_title(["县经信局", "二〇一七年度政府信息公开工作报告"])
    assert (info.agency, info.year) == ("县经信局", 2017)


def test_no_title_keeps_every_line() -> None:
    lines = ["今年工作很好。", "一、政府信息公开的组织领导和制度建设情况"]
    info, rest = take_title(lines)
    assert info.year is None and rest == lines


def test_issuer_line_above_the_date(sample_text: str) -> None:
    text = sample_text.replace("二〇一八年一月九日", "莒南县经济和信息化局\n二〇一八年一月九日")
    draft = import_text(text).draft
    assert draft.issuer == "莒南县经济和信息化局"
    # the 落款 gives the full name, the title the short one
    assert draft.agency.full_name == "莒南县经济和信息化局"
    assert draft.agency.short_name == "县经信局"
    problems = draft.section("problems")
    assert problems is not None and "莒南县经济和信息化局" not in problems.text


def test_issuer_and_date_on_one_line_with_a_seal_note() -> None:
    info, rest = take_trailer(["正文。", "莒南县经济和信息化局（盖章）　2018年1月9日"])
    assert info.issuer == "莒南县经济和信息化局"
    assert info.date is not None and info.date.value == date(2018, 1, 9)
    assert rest == ["正文。"]


def test_a_body_line_above_the_date_is_not_an_issuer() -> None:
    info, rest = take_trailer(["正文。", "为不断提高政府形象作贡献", "2018年1月9日"])
    assert info.issuer is None
    assert rest == ["正文。", "为不断提高政府形象作贡献"]


def test_agency_above_the_title_may_end_any_way() -> None:
    info, _ = take_title(["莒南县经济和信息化局（县中小企业局）", "2017年政府信息公开工作年度报告"])
    assert info.agency == "莒南县经济和信息化局（县中小企业局）"


@pytest.mark.parametrize(
    ("written", "style"),
    [
        ("二〇一八年一月九日", DateStyle.CHINESE),
        ("2018年1月9日", DateStyle.ARABIC),
        ("二O一八年一月九日", DateStyle.CHINESE),  # Latin O for 〇
        ("（二〇一八年一月九日）", DateStyle.CHINESE),
    ],
)
def test_date_line(sample_text: str, written: str, style: DateStyle) -> None:
    result = import_text(sample_text.replace("二〇一八年一月九日", written))
    assert result.draft.report_date == date(2018, 1, 9)
    assert result.draft.date_style is style
    if "O" in written:
        assert any("in place of 〇" in note for note in result.notes)


def test_trailer_without_a_date() -> None:
    info, rest = take_trailer(["正文。", "再一段。"])
    assert info.date is None and rest == ["正文。", "再一段。"]


def test_year_from_the_date_when_the_title_lacks_it() -> None:
    result = import_text("一、政府信息公开的组织领导和制度建设情况\n成立领导小组。\n2019年1月20日")
    assert result.draft.year == 2018
    assert any("from the date" in note for note in result.notes)


# --- page breaks --------------------------------------------------------------------------


def test_rejoin_joins_only_mid_sentence_breaks() -> None:
    lines = [
        "一、政府信息公开的组织领导和制度建设情况",  # a heading ends without punctuation
        "成立保密工作检查小组，每周",
        "至少检查一次。",
        "（一）加强组织领导",  # a sub-heading on its own line
        "领导高度重视。",
        "按照“谁公开谁审查”",
        "的原则。",
        "二〇一八年一月九日",
    ]
    joined, count = rejoin(lines)
    assert joined == [
        "一、政府信息公开的组织领导和制度建设情况",
        "成立保密工作检查小组，每周至少检查一次。",
        "（一）加强组织领导",
        "领导高度重视。",
        "按照“谁公开谁审查”",
        "的原则。",
        "二〇一八年一月九日",
    ]
    assert count == 1


def test_a_broken_line_does_not_swallow_the_next_heading() -> None:
    joined, _ = rejoin(["全面公开政府信", "二、发布解读、回应社会关切以及互动交流情况"])
    assert len(joined) == 2


def test_page_number_lines_between_broken_lines(sample_text: str) -> None:
    text = sample_text.replace("每周\n", "每周\n\n— 3 —\n\n")
    result = import_text(text)
    assert "每周至少检查一次" in result.draft.full_text()
    assert any("page-number" in note for note in result.notes)


# --- headings ---------------------------------------------------------------------------------


def _report(*body: str) -> str:
    return "\n".join(["县经信局", "2017年政府信息公开工作总结", "导语一段。", *body, "二〇一八年一月九日"])


@pytest.mark.parametrize("separator", ["、", "．", ".", "，", " 、"])
def test_heading_numbering_styles(separator: str) -> None:
    draft = import_text(_report(f"五{separator}政府信息公开申请的办理情况", "未收到申请。")).draft
    applications = draft.section("applications")
    assert applications is not None and applications.text == "未收到申请。"


def test_small_wording_differences_and_widths() -> None:
    draft = import_text(
        _report(
            "一、政府信息公开组织领导和制度建设情况",  # 的 missing
            "成立领导小组。",
            "二、发布解读,回应社会关切及互动交流情况",  # half-width comma, 及
            "解读政策。",
            "五、依申请公开政府信息情况",  # an alias
            "未收到申请。",
        )
    ).draft
    texts = {s.id: s.text for s in draft.sections}
    assert texts["organization"] == "成立领导小组。"
    assert texts["interpretation"] == "解读政策。"
    assert texts["applications"] == "未收到申请。"


def test_missing_and_extra_sections() -> None:
    result = import_text(
        _report(
            "一、政府信息公开的组织领导和制度建设情况",
            "成立领导小组。",
            "十、存在的问题及改进情况",
            "问题不少。",
            "十一、其他需要报告的事项",
            "本机关无其他事项。",
        )
    )
    draft = result.draft
    key_areas = draft.section("key-areas")
    assert key_areas is not None and key_areas.text == ""
    assert any("三、重点领域" in note and "not found" in note for note in result.notes)
    assert draft.unplaced == ["十一、其他需要报告的事项\n本机关无其他事项。"]
    problems = draft.section("problems")
    assert problems is not None and problems.text == "问题不少。"


def test_sub_headings_and_lists_inside_a_section_are_not_headings() -> None:
    draft = import_text(
        _report(
            "一、政府信息公开的组织领导和制度建设情况",
            "（一）加强组织领导",
            "领导重视。",
            "(二) 建立制度",
            "一、完善制度",  # a list inside the section, numbered from 一 again
            "二、加强培训",
            "二、发布解读、回应社会关切以及互动交流情况",
            "解读政策。",
        )
    ).draft
    organization = draft.section("organization")
    assert organization is not None
    assert organization.text.split("\n") == [
        "（一）加强组织领导",
        "领导重视。",
        "(二) 建立制度",
        "一、完善制度",
        "二、加强培训",
    ]
    interpretation = draft.section("interpretation")
    assert interpretation is not None and interpretation.text == "解读政策。"
    assert draft.unplaced == []


def test_heading_with_its_first_paragraph_on_the_same_line() -> None:
    draft = import_text(_report("五、政府信息公开申请的办理情况。2017年，未收到政府信息公开申请。")).draft
    applications = draft.section("applications")
    assert applications is not None and applications.text == "2017年，未收到政府信息公开申请。"
    assert draft.facts["applications_received"] == 0


def test_text_before_the_first_heading_without_a_title_goes_to_the_opening() -> None:
    draft = import_text("今年工作很好。\n一、政府信息公开的组织领导和制度建设情况\n成立领导小组。").draft
    intro = draft.section("intro")
    assert intro is not None and intro.text == "今年工作很好。"


# --- cleaning and facts ---------------------------------------------------------------------


def test_control_and_invisible_characters_are_removed_and_reported(sample_text: str) -> None:
    dirty = sample_text.replace("经信局秉承", "经信\u200b局\x07秉\ufeff承").replace("每周", "每\ud800周")
    result = import_text(dirty)
    assert_sample(result)
    assert "经信局秉承" in result.draft.full_text()
    notes = " ".join(result.notes)
    assert "control characters" in notes and "invisible" in notes and "surrogates" in notes


def test_full_width_numbers_and_zero_wording() -> None:
    result = import_text(
        _report(
            "四、主动公开政府信息以及公开平台建设情况",
            "全年主动公开政府信息４９条。",
            "六、政府信息公开的收费及减免情况",
            "收取复制费用 12.5 元。",
            "七、因政府信息公开申请提起行政复议、行政诉讼情况",
            "未发生因政府信息公开申请提起行政复议、行政诉讼的情况。",
        )
    )
    facts = result.draft.facts
    assert facts["proactive_items"] == 49
    assert facts["fees_collected"] == 12.5
    assert facts["reconsideration_cases"] == 0 and facts["litigation_cases"] == 0
    assert "applications_received" in result.missing
    assert any("收到依申请公开申请" in note for note in result.notes)


def test_import_of_a_report_with_a_different_order_and_seven_sections() -> None:
    draft = import_text(
        _report(
            "一、主动公开政府信息情况",
            "主动公开政府信息 120 条。",
            "二、依申请公开政府信息情况",
            "收到政府信息公开申请 3 件。",
            "三、政府信息公开收费及减免情况",
            "未收取任何费用。",
            "四、因政府信息公开申请引起的行政复议、行政诉讼情况",
            "行政复议 1 件，行政诉讼 0 件。",
            "五、存在的主要问题及改进情况",
            "问题。",
        )
    ).draft
    texts = {s.id: s.text for s in draft.sections}
    assert texts["proactive"] == "主动公开政府信息 120 条。"
    assert texts["applications"] == "收到政府信息公开申请 3 件。"
    assert texts["fees"] == "未收取任何费用。"
    assert texts["appeals"] == "行政复议 1 件，行政诉讼 0 件。"
    assert texts["problems"] == "问题。"
    assert draft.facts["applications_received"] == 3
    assert draft.facts["reconsideration_cases"] == 1
    assert draft.unplaced == []
