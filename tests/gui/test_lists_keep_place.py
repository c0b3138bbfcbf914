"""Findings lists, the review tree and the 尚待确认 list keep their place (the current item and
the scroll position) when they refresh after an edit, a confirm or a fix."""

from __future__ import annotations

from typing import Any

from PySide6.QtGui import QTextCursor

from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.gui.pages.review import FINDING_ROLE
from desktop_app.gui.widgets.confirm_list import KEY_ROLE
from tests.core.test_rollforward_items import _national

STALE = "2016年共公开信息20条。半年来，我局积极推进。"  # a stale year and a period word, each time


def _section_with_findings(library: Any, stored_demo: Any) -> tuple[Any, Any]:
    editor = library.open_draft(stored_demo.id)
    editor.resize(1366, 768)
    editor.go_to("key-areas")
    page = editor.page("key-areas")
    page.text_edit.setPlainText(STALE * 12)
    editor.document.validate_now()
    return editor, page


def _scrolled_to(listing: Any, row: int) -> int:
    listing.setCurrentRow(row)
    listing.scrollToItem(listing.item(row))
    value = listing.verticalScrollBar().value()
    assert value > 0, "the list is long enough to scroll"
    return value


def test_a_findings_list_keeps_its_place_after_an_edit_and_a_fix(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor, page = _section_with_findings(library, stored_demo)
    listing, document = page.findings, editor.document
    stale = [f for f in listing.findings() if f.code == "stale-year"]
    current = stale[8]
    scroll = _scrolled_to(listing, listing.findings().index(current))

    # an edit at the end of the text: every finding is made anew, the current one stays current
    page.text_edit.moveCursor(QTextCursor.MoveOperation.End)
    page.text_edit.insertPlainText("另有说明。")
    document.validate_now()
    assert listing.current_finding() == current
    assert listing.verticalScrollBar().value() == scroll

    # another finding fixed: the list shrinks by one row, the place stays
    document.apply_fix(stale[0])
    assert listing.current_finding() == current
    assert listing.verticalScrollBar().value() == scroll

    # the current finding fixed: the next one like it takes its place
    following = stale[9]
    listing.fix_current()
    assert listing.current_finding() == following
    assert listing.verticalScrollBar().value() == scroll

    # the last of its kind fixed: the finding now in its row
    last = [f for f in listing.findings() if f.code == "stale-year"][-1]
    listing.setCurrentRow(listing.findings().index(last))
    row = listing.currentRow()
    listing.fix_current()
    assert listing.currentRow() == min(row, listing.count() - 1)
    assert listing.current_finding() is not None


def _rolled_review(library: Any) -> tuple[Any, Any]:
    draft = roll_forward(_national("2023-anlan-xian-yibao")).draft
    library.ctx.store.create(draft, label="rolled-forward")
    editor = library.open_draft(draft.id)
    editor.resize(1366, 768)
    review = editor.review_page
    editor.go_to(review.step_id)
    return editor, review


def test_the_review_tree_keeps_its_place_after_an_edit_a_confirm_and_a_fix(qtbot: Any, library: Any) -> None:
    editor, review = _rolled_review(library)
    document, tree = editor.document, review.tree
    tree.setFixedHeight(160)
    qtbot.wait(1)
    children = [
        top.child(i) for top in review._top_items() for i in range(top.childCount()) if top.data(0, 0x0101) != "general"
    ]
    target = children[-2]
    finding = target.data(0, FINDING_ROLE)
    review._top_items()[0].setExpanded(False)  # the clerk folded a section away
    tree.setCurrentItem(target)
    tree.scrollToItem(target)
    scroll = tree.verticalScrollBar().value()
    assert scroll > 0

    def still_in_place() -> None:
        current = tree.currentItem()
        assert current is not None and current.data(0, FINDING_ROLE) == finding
        assert tree.verticalScrollBar().value() == scroll
        assert not review._top_items()[0].isExpanded()

    general = document.draft.section("general")
    document.set_section_text("general", general.text + "另有说明。")  # an edit
    document.validate_now()
    still_in_place()
    document.confirm(next(k for k in document.draft.unconfirmed if k.startswith("text:general:")))  # a confirm
    document.validate_now()
    still_in_place()
    fixable = next((f for f in document.findings if document.has_fix(f) and f != finding), None)
    if fixable is not None:  # a fix elsewhere
        document.apply_fix(fixable)
        still_in_place()


def test_the_confirm_list_keeps_its_place_after_an_edit_and_a_confirm(qtbot: Any, library: Any) -> None:
    editor, review = _rolled_review(library)
    document, listing = editor.document, review.confirm_list
    listing.tree.setFixedHeight(160)
    qtbot.wait(1)
    items = listing._all_items()
    target = items[-3]
    key = target.data(0, KEY_ROLE)
    listing.tree.setCurrentItem(target)
    listing.tree.scrollToItem(target)
    scroll = listing.tree.verticalScrollBar().value()
    assert scroll > 0

    first = items[0].data(0, KEY_ROLE)
    document.confirm(first)  # another item confirmed
    assert listing.tree.currentItem().data(0, KEY_ROLE) == key
    assert listing.tree.verticalScrollBar().value() == scroll
    general = document.draft.section("general")
    document.set_section_text("general", "另有说明。" + general.text)  # an edit: the words move on
    document.validate_now()
    assert listing.tree.currentItem().data(0, KEY_ROLE) == key
    assert listing.tree.verticalScrollBar().value() == scroll
    span_item = next(i for i in listing._all_items() if i.data(0, KEY_ROLE).startswith("text:general:"))
    row = listing._rows[span_item.data(0, KEY_ROLE)]
    assert span_item.text(0) == row.what  # the words around the item follow the edit
