"""The English interface is complete: no Chinese shows in it except the report's own words
(what the clerk typed or imported, last year's text, dates as the report prints them)."""

from __future__ import annotations

import json
import re
from datetime import date
from typing import Any

from desktop_app.core.cn_dates import format_date
from desktop_app.core.model import DateStyle, Draft, to_json
from desktop_app.core.word.fonts import layout_font_names
from desktop_app.core.word.layout import load_layout
from tests.gui.ui_walk import all_texts, editor_steps, store_rolled_national

# a run of Chinese characters and Chinese punctuation
_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff5e\U00020000-\U0003134f]+")
_IDEOGRAPH = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0003134f]")
_SPAN_MARKS = "【】"  # a quoted excerpt marks the words it points at


def _font_names() -> list[str]:
    layout = load_layout()
    names = layout_font_names(layout)
    return names + [fallback.name for name in names for fallback in layout.font_info(name).fallbacks]


# proper names the English interface keeps: the language menu names Chinese in Chinese, the
# report's fonts are called by the names Word knows them by, and an official document is
# cited by its number (国办公开办函〔2021〕30号)
PROPER_NAMES = re.compile(
    "|".join([re.escape("中文"), *(re.escape(n) for n in sorted(_font_names(), key=len, reverse=True))])
    + r"|\w+〔\d{4}〕\d+号"
)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for key, item in value.items() if key != "title" for s in _strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in _strings(item)]
    return []


def report_words(drafts: list[Draft]) -> str:
    """Every word that belongs to the drafts (section titles left out: the interface names
    sections in English), and their dates as the report prints them."""
    words = [s for draft in drafts for s in _strings(json.loads(to_json(draft)))]
    days = [date.today()] + [d.report_date for d in drafts if d.report_date]
    words += [format_date(day, style) for day in days for style in DateStyle]
    return "\n".join(words)


def chrome_chinese(top: Any, content: str) -> list[str]:
    """Texts of ``top`` with Chinese that is not the report's own."""
    wrong = []
    for widget, what, text in all_texts(top):
        if what == "placeholder":
            continue  # an example of what goes into the report: an agency's name in Chinese
        for run in _CJK.findall(PROPER_NAMES.sub(" ", text)):
            words = run.strip(_SPAN_MARKS)
            if not words:
                continue
            if _IDEOGRAPH.search(words) and all(part in content for part in re.split(f"[{_SPAN_MARKS}]", words)):
                continue
            wrong.append(f"{type(widget).__name__} {widget.objectName()} {what}: {text[:90]!r}")
    return sorted(set(wrong))


def test_every_window_and_page_speaks_english(qtbot: Any, library: Any, stored_demo: Any) -> None:
    national = store_rolled_national(library.ctx)
    library.refresh()
    drafts = [stored_demo, national]
    content = report_words(drafts)
    wrong = chrome_chinese(library, content)
    for draft in drafts:
        editor = library.open_draft(draft.id)
        editor.resize(1366, 768)
        last = editor.document.last_year
        words = content + report_words([last] if last else [])
        for _step in editor_steps(editor):
            wrong += chrome_chinese(editor, words)
    assert not sorted(set(wrong)), "\n".join(sorted(set(wrong)))


def test_the_new_report_dialog_and_the_county_window_speak_english(qtbot: Any, ctx: Any) -> None:
    from desktop_app.gui.county import CountyWindow
    from desktop_app.gui.widgets.new_draft import NewDraftDialog

    dialog = NewDraftDialog("en")
    qtbot.addWidget(dialog)
    dialog.show()
    county = CountyWindow(ctx)
    qtbot.addWidget(county)
    county.show()
    content = report_words([])
    assert chrome_chinese(dialog, content) == []
    assert chrome_chinese(county, content) == []


def test_the_table_editor_names_its_rows_and_columns_in_english(qtbot: Any, library: Any) -> None:
    draft = store_rolled_national(library.ctx)
    editor = library.open_draft(draft.id)
    editor.go_to("applications")
    table = editor.page("applications").editors["t3"]
    texts = {
        table.grid.item(r, c).text()
        for r in range(table.grid.rowCount())
        for c in range(table.grid.columnCount())
        if table.grid.item(r, c)
    }
    assert {"People", "3. Results", "(3) Withheld", "1. State secret"} <= texts
    note = editor.page("applications").last_year_notes["t3"]
    assert "1. New requests this year (Natural persons) 21" in note.label.toolTip()
