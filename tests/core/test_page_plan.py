"""The page plan the preview shows: where the exported report's pages break.

The expected breaks are those LibreOffice made when it printed the same .docx exports to PDF
(the app's own PDF route): checked by hand once, kept here so the plan cannot drift."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

from desktop_app.core.model import Draft
from desktop_app.core.storage.upgrade import load_json
from desktop_app.core.word.layout import load_layout
from desktop_app.core.word.pages import Kind, page_count, plan_pages

DRAFTS = Path(__file__).resolve().parent.parent / "data" / "drafts" / "v1"


def _draft(name: str) -> Draft:
    return load_json((DRAFTS / f"{name}.json").read_text(encoding="utf-8"))


def _page_starts(draft: Draft) -> dict[int, str]:
    """For each page after the first, what begins it: an element or the rest of a paragraph."""
    starts: dict[int, str] = {}
    for element in plan_pages(draft):
        if element.page not in starts:
            starts[element.page] = element.text or f"{element.field}:{element.block}:{element.rows[0]}"
        for number, cut in enumerate(element.breaks, start=1):
            starts.setdefault(element.page + number, element.text[cut:])
    return starts


def test_national_report_pages_break_where_the_printed_export_does() -> None:
    draft = _draft("national-tables")
    starts = _page_starts(draft)
    assert page_count(plan_pages(draft)) == 5
    # a four-line paragraph does not leave one line at the foot of page 1 (orphan control)
    assert starts[2].startswith("（二）依申请公开")
    # the blocks of 表二 each stay whole: the fourth goes over to page 3
    assert starts[3] == "t2:3:0"
    # 表三 runs over a page: its rows from the 21st go on page 4 under the repeated header
    assert starts[4] == "t3:0:20"
    assert starts[5] == "六、其他需要报告的事项"


def test_a_table_cut_by_a_page_repeats_its_header_and_loses_no_row() -> None:
    pieces = [e for e in plan_pages(_draft("national-tables")) if e.kind is Kind.TABLE and e.field == "t3"]
    assert [p.rows for p in pieces] == [(0, 20), (20, 25)]
    assert pieces[1].page == pieces[0].page + 1


def test_the_last_paragraph_goes_over_with_the_signature() -> None:
    draft = _draft("ten-section")
    elements = plan_pages(draft)
    issuer = next(e for e in elements if e.kind is Kind.ISSUER)
    last_text = [e for e in elements if e.kind is Kind.PARAGRAPH][-1]
    assert page_count(elements) == 4
    assert issuer.page == last_text.page == 4
    assert last_text.text.startswith("针对以上问题")
    assert not last_text.breaks


def test_a_long_paragraph_breaks_inside_and_no_page_holds_more_than_the_grid() -> None:
    draft = _draft("national-tables")
    draft.sections[0].text = "本年度" * 400  # 1,200 characters: about 43 lines
    elements = plan_pages(draft)
    long = next(e for e in elements if e.kind is Kind.PARAGRAPH)
    assert len(long.breaks) >= 1
    layout = load_layout()
    per_page = layout.chars_per_line * layout.lines_per_page
    cuts = [0, *long.breaks, len(long.text)]
    # no page holds more than the grid's 22 lines of 28 characters
    assert all(b - a <= per_page for a, b in pairwise(cuts))
    assert page_count(elements) > 5
