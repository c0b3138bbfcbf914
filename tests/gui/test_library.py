"""The library: continue from last year, import, duplicate, draft files, trash."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.storage.draft_files import save_draft_file
from tests.conftest import SAMPLE_REPORT


def sample_report() -> Path:
    return SAMPLE_REPORT


def test_continue_from_last_year(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any) -> None:
    library.refresh()
    library.select(stored_demo.id)
    library.rollforward_action.trigger()
    qtbot.waitUntil(lambda: len(library.editors) == 1, timeout=10000)
    editor = next(iter(library.editors.values()))
    draft = editor.document.draft
    assert draft.year == 2018
    assert draft.lineage.source_draft_id == stored_demo.id
    assert editor.document.last_year is not None  # last year's text shows beside this year's
    assert library.model.rowCount() == 2
    assert library.ctx.store.history(draft.id)[-1].label == "rolled-forward"
    kind, _title, _text, details = dialogs.messages[-1]
    assert kind == "info" and details  # the re-confirm list was shown
    assert draft.unconfirmed

    key = next(k for k in draft.unconfirmed if k.startswith("fact:"))
    fact = key.removeprefix("fact:")
    page = next(p for p in editor.pages if fact in getattr(p, "editors", {}))
    assert page.editors[fact].property("carried") is True
    assert page.confirm_buttons[fact].isVisibleTo(page)
    page.confirm_buttons[fact].click()
    assert key not in draft.unconfirmed
    assert page.editors[fact].property("carried") is False
    assert not page.confirm_buttons[fact].isVisibleTo(page)


def test_continue_from_last_year_keeps_a_copy_of_the_library_first(
    qtbot: Any, library: Any, dialogs: Any, stored_demo: Any
) -> None:
    """A roll-forward is the step most likely to go wrong with many drafts at once: a copy
    of the database from just before it is kept with the rolling backups."""
    import sqlite3
    from contextlib import closing

    from desktop_app.core.storage import backups

    database = library.ctx.store.path
    before = set(backups.backups_of(database))
    library.refresh()
    library.select(stored_demo.id)
    library.rollforward_action.trigger()
    qtbot.waitUntil(lambda: len(library.editors) == 1, timeout=10000)
    (copy,) = (p for p in backups.backups_of(database) if p not in before)
    assert copy.name.endswith(f"-{backups.BEFORE_ROLL_FORWARD}.sqlite3")
    with closing(sqlite3.connect(copy)) as conn:  # taken before: last year's draft alone
        assert conn.execute("SELECT id FROM drafts").fetchall() == [(stored_demo.id,)]


def test_last_year_text_beside_with_differences(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.core.rollforward.forward import roll_forward

    result = roll_forward(stored_demo)
    library.ctx.store.create(result.draft, label="rolled-forward")
    editor = library.open_draft(result.draft.id)
    page = editor.page("intro")
    editor.go_to("intro")
    assert page.last_year_view.toPlainText() == stored_demo.section("intro").text
    assert page.last_year_view.extraSelections(), "the changed years are marked"
    assert page.splitter.widget(1).isVisibleTo(page)


def test_import_the_sample_report(qtbot: Any, library: Any, dialogs: Any) -> None:
    dialogs.open_path = str(sample_report())
    library.import_action.trigger()
    qtbot.waitUntil(lambda: "offer" in dialogs.kinds(), timeout=15000)
    draft = library.ctx.store.load(library.selected_id())
    assert "经信局" in draft.agency.full_name
    assert draft.year == 2017
    assert any(s.text for s in draft.sections)
    assert library.ctx.settings.get_str("open_dir") == str(sample_report().parent)


@pytest.mark.parametrize("lang", ["zh_CN"])
def test_import_notes_are_worded_in_the_clerks_language(qtbot: Any, library: Any, dialogs: Any, lang: str) -> None:
    dialogs.open_path = str(sample_report())
    library.import_action.trigger()
    qtbot.waitUntil(lambda: "offer" in dialogs.kinds(), timeout=15000)
    details = dialogs.messages[-1][3]
    assert "接续了3处被分页断开的句子" in details
    assert "joined" not in details


def test_import_failure_is_a_message(qtbot: Any, library: Any, dialogs: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    dialogs.open_path = str(broken)
    library.import_action.trigger()
    qtbot.waitUntil(lambda: "warning" in dialogs.kinds(), timeout=10000)
    assert not library.editors
    assert not library.busy.isVisible()


def test_duplicate_trash_and_restore(qtbot: Any, library: Any, stored_demo: Any, dialogs: Any) -> None:
    library.refresh()
    library.select(stored_demo.id)
    library.duplicate_action.trigger()
    assert library.model.rowCount() == 2
    library.select(stored_demo.id)
    library.delete_action.trigger()
    assert library.model.rowCount() == 1
    library.trash_action.trigger()  # show the trash
    assert library.showing_trash and library.model.rowCount() == 1
    library.table.selectRow(0)
    library.restore_action.trigger()
    assert library.model.rowCount() == 0
    library.trash_action.trigger()
    assert library.model.rowCount() == 2


def test_filter_and_sort(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.core.rollforward.forward import roll_forward

    library.ctx.store.create(roll_forward(stored_demo).draft)
    library.refresh()
    library.table.sortByColumn(1, library.table.horizontalHeader().sortIndicatorOrder().AscendingOrder)
    years = [library.proxy.index(r, 1).data() for r in range(library.proxy.rowCount())]
    assert years == ["2017", "2018"]
    library.filter_edit.setText("2018")
    assert library.proxy.rowCount() == 1
    library.filter_edit.setText("")
    assert library.proxy.rowCount() == 2


def test_sorting_keeps_the_selection_and_survives_a_refresh(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.core.rollforward.forward import roll_forward

    library.ctx.store.create(roll_forward(stored_demo).draft)
    library.refresh()
    library.select(stored_demo.id)
    library.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert [library.proxy.index(r, 1).data() for r in range(2)] == ["2018", "2017"]
    assert library.selected_id() == stored_demo.id
    library.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert library.selected_id() == stored_demo.id
    library.refresh()  # a new list keeps the order the clerk chose
    assert [library.proxy.index(r, 1).data() for r in range(2)] == ["2017", "2018"]
    assert library.selected_id() == stored_demo.id


def test_short_columns_fit_their_text(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from desktop_app.gui.library_list import FITTED_COLUMNS

    library.refresh()
    header = library.table.horizontalHeader()
    for column in FITTED_COLUMNS:
        needed = library.table.sizeHintForColumn(column)
        assert header.sectionSize(column) >= max(needed, header.sectionSizeHint(column))


def test_newest_first_with_the_agency_leftmost(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.core.rollforward.forward import roll_forward
    from desktop_app.gui.library_model import COLUMNS, SHOWN_ORDER

    newer = roll_forward(stored_demo).draft
    library.ctx.store.create(newer)
    library.refresh()
    header = library.table.horizontalHeader()
    assert [COLUMNS[header.logicalIndex(i)] for i in range(len(COLUMNS))] == list(SHOWN_ORDER)
    assert header.sortIndicatorSection() == COLUMNS.index("updated")
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert library.selected_id() == newer.id  # the newest is first, and selected
    agency = COLUMNS.index("agency")
    assert header.sectionResizeMode(agency) == header.ResizeMode.Stretch
    assert library.proxy.index(0, agency).data(Qt.ItemDataRole.ToolTipRole) == stored_demo.agency.short_name


def test_draft_files_round_trip(qtbot: Any, library: Any, stored_demo: Any, dialogs: Any, tmp_path: Path) -> None:
    target = tmp_path / "copy.json"
    library.refresh()
    library.select(stored_demo.id)
    dialogs.save_path = str(target)
    library.save_file_action.trigger()
    assert target.exists()
    dialogs.open_path = str(target)
    library.open_file_action.trigger()  # same id already stored: opened as a second copy
    assert library.model.rowCount() == 2
    assert len(library.editors) == 1


def test_a_broken_draft_file_is_a_message(qtbot: Any, library: Any, dialogs: Any, tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    dialogs.open_path = str(broken)
    library.open_file_action.trigger()
    assert dialogs.messages[-1][0] == "warning"
    assert library.model.rowCount() == 0


def test_double_click_opens(qtbot: Any, library: Any, stored_demo: Any) -> None:
    from PySide6.QtCore import Qt

    library.refresh()
    rect = library.table.visualRect(library.proxy.index(0, 0))
    viewport = library.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    assert stored_demo.id in library.editors


def test_moved_aside_database_is_reported(library: Any, dialogs: Any, tmp_path: Path) -> None:
    from desktop_app.core.storage import damage

    notice = damage.DamageNotice(str(tmp_path / "drafts.sqlite3.unreadable"), "today", 0, 0, ("rows",))
    damage.record(library.ctx.store.path, notice)
    library.flows.report_moved_aside()
    assert str(tmp_path / "drafts.sqlite3.unreadable") in dialogs.messages[-1][2]


def test_saving_a_draft_file_from_the_core(tmp_path: Path, demo: Any) -> None:
    assert save_draft_file(demo, tmp_path / "d.json").exists()


def test_continuing_twice_asks_first(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any) -> None:
    from desktop_app.core.rollforward.forward import roll_forward

    library.ctx.store.create(roll_forward(stored_demo).draft)
    library.refresh()
    library.select(stored_demo.id)
    dialogs.ask_answer = False
    library.rollforward_action.trigger()
    assert dialogs.messages[-1][0] == "ask"
    assert library.flows.task is None
    assert library.model.rowCount() == 2


def test_convert_to_the_national_format(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any) -> None:
    library.refresh()
    library.select(stored_demo.id)
    assert library.convert_action.isEnabled()
    library.convert_action.trigger()
    qtbot.waitUntil(lambda: len(library.editors) == 1, timeout=10000)
    draft = next(iter(library.editors.values())).document.draft
    assert draft.format_id == "ogi-annual-2021" and draft.year == stored_demo.year
    assert draft.lineage.kind == "converted" and draft.lineage.source_draft_id == stored_demo.id
    assert library.ctx.store.history(draft.id)[-1].label == "converted"
    kinds = dialogs.kinds()
    assert kinds[-2:] == ["choose", "info"] and dialogs.messages[-1][3]  # what to fill is listed
    assert library.ctx.store.load(stored_demo.id) == stored_demo  # the source stays as it was


def test_convert_cancelled_makes_nothing(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any) -> None:
    library.refresh()
    library.select(stored_demo.id)
    dialogs.choice = None
    library.convert_action.trigger()
    assert library.model.rowCount() == 1 and not library.editors


def test_restore_an_earlier_revision(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any) -> None:
    from desktop_app.core.editing import set_section_text

    store = library.ctx.store
    original = stored_demo.section("fees").text
    changed = store.load(stored_demo.id)
    set_section_text(changed, "fees", "后来改过的文字。")
    store.save(changed, "edited")
    library.refresh()
    library.select(stored_demo.id)
    library.open_draft(stored_demo.id)  # open while restoring: the editor must not save over it
    dialogs.choice = 1  # the revision before the newest
    library.history_action.trigger()
    assert dialogs.kinds()[-1] == "choose" and "后来" not in dialogs.messages[-1][3]
    assert store.load(stored_demo.id).section("fees").text == original
    labels = [r.label for r in store.history(stored_demo.id)]
    assert labels[0] == "restored" and "edited" in labels  # nothing lost: the edit stays in the history
    editor = library.editors[stored_demo.id]
    assert editor.document.draft.section("fees").text == original


def test_history_cancelled_or_newest_changes_nothing(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any) -> None:
    library.refresh()
    library.select(stored_demo.id)
    for choice in (None, 0):
        dialogs.choice = choice
        library.history_action.trigger()
    assert [r.label for r in library.ctx.store.history(stored_demo.id)] == ["created"]
