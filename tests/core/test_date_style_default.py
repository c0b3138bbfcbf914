"""GB/T 9704-2012 §7.3.5.4 dates in Arabic numerals: the default for new drafts; Chinese
numerals stay the clerk's choice, and a draft that chose them keeps them."""

from __future__ import annotations

import json
from datetime import date

import docx

from desktop_app.core.demo import demo_agency, demo_draft
from desktop_app.core.editing import new_draft
from desktop_app.core.model import DateStyle, from_json, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.word.export import export_docx


def test_a_new_draft_is_dated_in_arabic_numerals(tmp_path) -> None:
    draft = new_draft("ogi-annual-2021", 2024, demo_agency(), report_date=date(2025, 1, 9))
    assert draft.date_style is DateStyle.ARABIC
    texts = [p.text for p in docx.Document(str(export_docx(draft, tmp_path / "r.docx"))).paragraphs]
    assert texts[-1] == "2025年1月9日"


def test_a_draft_that_chose_chinese_numerals_keeps_them() -> None:
    draft = new_draft("ogi-annual-2017", 2017, demo_agency())
    draft.date_style = DateStyle.CHINESE
    again = from_json(to_json(draft))
    assert again.date_style is DateStyle.CHINESE
    assert roll_forward(again).draft.date_style is DateStyle.CHINESE


def test_a_draft_file_from_before_the_style_was_stored_stays_chinese() -> None:
    data = json.loads(to_json(new_draft("ogi-annual-2017", 2017, demo_agency())))
    del data["date_style"]
    assert from_json(json.dumps(data)).date_style is DateStyle.CHINESE


def test_the_demo_keeps_the_published_reports_chinese_date() -> None:
    assert demo_draft().date_style is DateStyle.CHINESE
