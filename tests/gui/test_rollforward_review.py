"""Next year's draft in the editor: last year's values in sight and taken in one action,
one 尚待确认 list to work through, and the draft's own 成文日期 and 落款 at sign-off."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.gui.document import INFO_STEP
from desktop_app.gui.widgets.confirm_list import KEY_ROLE
from tests.core.test_rollforward_items import _national


def _open_rolled(library: Any, source: Any) -> Any:
    draft = roll_forward(source).draft
    library.ctx.store.create(draft, label="rolled-forward")
    return library.open_draft(draft.id)


def test_last_years_value_beside_each_fact_and_taken_in_one_click(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = _open_rolled(library, stored_demo)
    draft = editor.document.draft
    page = editor.page("proactive")
    editor.go_to("proactive")
    note = page.last_year_notes["proactive_items"]
    assert note.isVisibleTo(page) and "49" in note.label.text()
    assert "proactive_items" not in draft.facts  # counts start empty
    assert note.button.isVisibleTo(page)
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)
    assert draft.facts["proactive_items"] == 49
    assert page.editors["proactive_items"].value() == 49
    assert not note.button.isVisibleTo(page) and "49" in note.label.text()
    # per section: one click fills every empty fact that had a value last year
    applications = editor.page("applications")
    editor.go_to("applications")
    assert applications.use_last_year_button.isVisibleTo(applications)
    qtbot.mouseClick(applications.use_last_year_button, Qt.MouseButton.LeftButton)
    assert draft.facts["applications_received"] == stored_demo.facts["applications_received"]
    assert not applications.use_last_year_button.isVisibleTo(applications)


def test_a_table_shows_last_years_cells_and_takes_them_unchanged(qtbot: Any, library: Any) -> None:
    editor = _open_rolled(library, _national("2023-anlan-xian-yibao"))
    draft = editor.document.draft
    page = editor.page("applications")
    editor.go_to("applications")
    table = page.editors["t3"]
    assert table.last_year_cell(("new", "natural")) == 21  # painted small in the cell's corner
    assert "21" in table.cell_items[("new", "natural")].toolTip()
    note = page.last_year_notes["t3"]
    assert note.button.isVisibleTo(page)
    qtbot.mouseClick(note.button, Qt.MouseButton.LeftButton)  # 本年无变化
    assert draft.facts["t3"]["new"]["natural"] == 21
    assert draft.facts["t3"]["carried_over"]["total"] == 1  # last year's 结转, as carried
    assert table.cell_items[("new", "natural")].text() == "21"


def _rows(review: Any) -> list[str]:
    return [item.data(0, KEY_ROLE) for item in review.confirm_list._all_items()]


def test_the_confirm_list_shows_last_year_and_keeps_its_place(qtbot: Any, library: Any) -> None:
    editor = _open_rolled(library, _national("2023-anlan-xian-yibao"))
    draft = editor.document.draft
    review = editor.review_page
    editor.go_to(review.step_id)
    listing = review.confirm_list
    assert sorted(_rows(review)) == sorted(draft.unconfirmed)  # every item, grouped by section
    fact = listing._item("fact:proactive_items")
    assert fact.text(1) == "328" and fact.text(2) == ""  # last year's value; this year's still empty
    item = next(i for i in listing._all_items() if i.text(1) == "328" and i.data(0, KEY_ROLE).startswith("text:"))
    assert "328" in item.text(0) and item.text(2) == "328"  # last year's value and what stands now

    # multi-select: two items kept at once; the list keeps its scroll and moves to the next one
    listing.tree.resize(600, 200)
    items = listing._all_items()
    listing.tree.scrollToItem(items[10])
    scroll = listing.tree.verticalScrollBar().value()
    listing.tree.setCurrentItem(items[10])
    items[11].setSelected(True)
    following = items[12].data(0, KEY_ROLE)
    gone = [items[10].data(0, KEY_ROLE), items[11].data(0, KEY_ROLE)]
    qtbot.mouseClick(listing.keep_button, Qt.MouseButton.LeftButton)
    assert not set(gone) & set(draft.unconfirmed)
    assert sorted(_rows(review)) == sorted(draft.unconfirmed)
    assert listing.tree.currentItem().data(0, KEY_ROLE) == following
    assert listing.tree.verticalScrollBar().value() == scroll

    # a whole section at once
    general = next(i for i in listing._all_items() if i.data(0, KEY_ROLE).startswith("text:general:"))
    listing.tree.setCurrentItem(general)
    qtbot.mouseClick(listing.section_button, Qt.MouseButton.LeftButton)
    assert not [k for k in draft.unconfirmed if ":general" in k or k.startswith("text:general:")]
    assert "fact:proactive_items" not in draft.unconfirmed
    assert draft.facts["proactive_items"] == 328  # kept: an empty fact takes last year's


def test_change_opens_the_words_where_they_stand(qtbot: Any, library: Any) -> None:
    source = _national("2023-anlan-xian-yibao")
    if not source.unplaced:  # the import placed everything: last year's draft still kept a passage aside
        source.unplaced = ["附件：2023年医保政策解读汇编（略）"]
    editor = _open_rolled(library, source)
    draft = editor.document.draft
    review = editor.review_page
    editor.go_to(review.step_id)
    listing = review.confirm_list
    span = next(i for i in draft.text_items if i.section == "problems" and i.kind == "year")
    listing.tree.setCurrentItem(listing._item(span.key))
    qtbot.mouseClick(listing.edit_button, Qt.MouseButton.LeftButton)
    assert editor.current_step == editor.step_index("problems")
    cursor = editor.page("problems").text_edit.textCursor()
    assert cursor.selectedText() == "2024年"
    # jump shows the page without selecting
    listing = review.confirm_list
    editor.go_to(review.step_id)
    unplaced = next(i for i in listing._all_items() if i.data(0, KEY_ROLE).startswith("unplaced:"))
    listing.tree.setCurrentItem(unplaced)
    qtbot.mouseClick(listing.jump_button, Qt.MouseButton.LeftButton)
    assert editor.current_step == editor.step_index(INFO_STEP)


def test_signing_keeps_the_date_the_clerk_set(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    document = editor.document
    info = editor.page(INFO_STEP)
    document.set_report_date(date(2018, 1, 15))
    assert info.date_style.itemText(0) == "二〇一八年一月十五日"  # the examples show the draft's date
    assert info.date_style.itemText(1) == "2018年1月15日"
    info.issuer.setText("")
    qtbot.keyClicks(info.issuer, "X")
    assert document.draft.issuer == "X"
    review = editor.review_page
    editor.go_to(review.step_id)
    assert review.issuer.text() == "X"  # the sign-off form shows the draft's own values
    assert review.sign_date.text() == "二〇一八年一月十五日"
    review.drafted_by.setText("张三")
    review.reviewed_by.setText("李四")
    review.approved_by.setText("王五")
    document.set_issuer(stored_demo.agency.full_name)
    assert review.sign_button.isEnabled(), review.blocked_label.text()
    qtbot.mouseClick(review.sign_button, Qt.MouseButton.LeftButton)
    assert document.draft.sign_off is not None
    assert document.draft.report_date == date(2018, 1, 15)
    assert document.draft.sign_off.date == date(2018, 1, 15)


def test_compare_with_last_year_beside_export(
    qtbot: Any, library: Any, stored_demo: Any, dialogs: Any, tmp_path: Any
) -> None:
    import zipfile

    editor = _open_rolled(library, stored_demo)
    export = editor.export_page
    editor.go_to(export.step_id)
    assert export.compare_button.isVisibleTo(export)
    dialogs.save_path = str(tmp_path / "对照")
    qtbot.mouseClick(export.compare_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "对照.docx"
    with zipfile.ZipFile(written) as package:
        xml = package.read("word/document.xml").decode("utf-8")
    assert "<w:del " in xml and "<w:ins " in xml and "2017" in xml and "2018" in xml
    assert str(written) in export.status.text()
    # a draft with no last year has no comparison to offer
    plain = library.open_draft(stored_demo.id)
    assert not plain.export_page.compare_button.isVisibleTo(plain.export_page)


def test_the_sign_off_form_says_when_the_issuer_is_only_the_default(qtbot: Any, library: Any, stored_demo: Any) -> None:
    """No 落款 set: the form shows the agency's name as signing will write it, and says it is a
    default (the review lists issuer-missing beside it, so a bare name would contradict it)."""
    editor = library.open_draft(stored_demo.id)
    editor.document.set_issuer("")
    review = editor.review_page
    editor.go_to(review.step_id)
    assert review.issuer.text().startswith(stored_demo.agency.full_name)
    assert "no issuer is set yet" in review.issuer.text()
    editor.document.set_issuer(stored_demo.agency.full_name)
    editor.go_to(review.step_id)
    assert review.issuer.text() == stored_demo.agency.full_name
