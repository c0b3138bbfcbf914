"""The page for the government portal: accessible HTML5 with real tables."""

from __future__ import annotations

from desktop_app.core.boilerplate import render_title
from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_section_text
from desktop_app.core.formats.spec import load_format
from desktop_app.core.publish.html import body_html, render_html
from tests.county_units import unit_draft
from tests.html_check import check_page


def test_national_report_page_passes_the_accessibility_check():
    draft = unit_draft("临河县统计局")
    page = check_page(render_html(draft))
    assert page.problems == []
    assert page.lang == "zh-CN"
    assert page.headings[0] == (1, "".join(render_title(draft)))
    spec = load_format(draft.format_id)
    h2 = [text for level, text in page.headings if level == 2]
    assert h2 == [s.heading_text for s in spec.sections if s.heading]
    captions = [t.caption for t in page.tables]
    assert captions == [spec.field(k).label for k in ("t2", "t3", "t4")]


def test_every_data_cell_names_its_column_and_row_headers():
    draft = unit_draft("临河县统计局")
    html = render_html(draft)
    page = check_page(html)
    t3 = page.tables[1]
    assert len(t3.td) == 25 * 7  # every cell of Table 3, blanks as 0
    # the first data cell (新收, 自然人) is described by 申请人情况, 自然人 and its row label
    first = t3.td[0]["headers"].split()
    texts = {th["id"]: th for th in t3.th}
    assert all(ref in texts for ref in first)
    assert len(first) == 3
    value = draft.facts["t3"]["new"]["natural"]  # type: ignore[index]
    assert f'<td headers="{t3.td[0]["headers"]}">{value}</td>' in html
    # merged group labels (三、本年度办理结果) head every row of their group
    group = [th for th in t3.th if th.get("rowspan") and "-r" in th["id"]]
    assert len(group) == 5  # 三、本年度办理结果 and （三）（四）（五）（六）
    assert all(th["scope"] == "rowgroup" for th in group)
    handled = [td["headers"].split() for td in t3.td[2 * 7 :]][:-7]  # rows （一） … （七）总计
    assert all(group[0]["id"] in refs for refs in handled)


def test_sub_parts_become_h3_under_their_section_and_text_stays_text():
    draft = unit_draft("临河县统计局")
    set_section_text(
        draft,
        "general",
        "（一）主动公开。全年主动公开政府信息86条。\n（二）依申请公开\n本年新收申请3件。<script>alert(1)</script>",
    )
    page = check_page(render_html(draft))
    assert page.problems == []
    assert (3, "（一）主动公开") in page.headings and (3, "（二）依申请公开") in page.headings
    assert "全年主动公开政府信息86条。" in page.paragraphs
    assert "本年新收申请3件。<script>alert(1)</script>" in page.paragraphs  # shown, never run


def test_ten_section_report_has_no_tables_and_the_signature_last():
    draft = demo_draft()
    page = check_page(render_html(draft))
    assert page.problems == []
    assert page.tables == []
    assert page.paragraphs[-1] == "二〇一八年一月九日"
    assert page.paragraphs[0] == "草稿（未签发）"  # not signed off: marked, as the .docx is


def test_clipboard_fragment_is_the_page_body():
    draft = unit_draft("临河县统计局")
    fragment = body_html(draft)
    assert "<html" not in fragment and "<head" not in fragment
    assert fragment in render_html(draft)
    assert check_page(fragment, fragment=True).problems == []
