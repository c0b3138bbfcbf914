"""After importing last year's published report the app offers this year's (生成YYYY年报告)
instead of opening the old draft: accepted, next year's draft opens with its items to confirm."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from desktop_app.gui.i18n import CHINESE, install_translators, remove_translators
from tests.conftest import SAMPLE_REPORT


def _import(qtbot: Any, library: Any, dialogs: Any) -> None:
    dialogs.open_path = str(SAMPLE_REPORT)  # the 2017 report of a county 经信局
    library.import_action.trigger()
    qtbot.waitUntil(lambda: "offer" in dialogs.kinds(), timeout=15000)


def test_an_import_offers_next_years_report_and_opens_nothing(qtbot: Any, library: Any, dialogs: Any) -> None:
    _import(qtbot, library, dialogs)
    kind, title, text, details = dialogs.messages[-1]
    assert kind == "offer" and title == "Import a published report"
    assert dialogs.offered == ["Create the 2018 report"]
    assert "2018" in text and "The report was imported" in text
    assert details  # what the import noted
    assert not library.editors  # the old draft is not opened unasked
    # declined: the imported draft stays selected in the library, and is the only one
    imported = library.ctx.store.load(library.selected_id())
    assert imported.year == 2017 and "经信局" in imported.agency.full_name
    assert [s.year for s in library.ctx.store.list()] == [2017]


def test_taking_the_offer_opens_next_years_draft(qtbot: Any, library: Any, dialogs: Any) -> None:
    dialogs.offer_answer = True
    _import(qtbot, library, dialogs)
    qtbot.waitUntil(lambda: len(library.editors) == 1, timeout=15000)
    imported_id = next(s.id for s in library.ctx.store.list() if s.year == 2017)
    editor = next(iter(library.editors.values()))
    draft = editor.document.draft
    assert draft.year == 2018
    assert draft.lineage.kind == "rolled-forward" and draft.lineage.source_draft_id == imported_id
    assert draft.unconfirmed  # the items to confirm, listed in the summary shown over the editor
    assert dialogs.messages[-1][0] == "info" and dialogs.messages[-1][3]
    assert imported_id not in library.editors
    assert sorted(s.year for s in library.ctx.store.list()) == [2017, 2018]
    assert library.selected_id() == draft.id
    assert library.screen().availableGeometry().contains(editor.frameGeometry())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is editor)


@pytest.fixture
def chinese(qapp: Any) -> Iterator[str]:
    translators = install_translators(qapp, CHINESE)
    yield CHINESE
    remove_translators(qapp, translators)


@pytest.mark.parametrize("lang", [CHINESE])
def test_the_offer_is_named_in_chinese(qtbot: Any, chinese: str, library: Any, dialogs: Any) -> None:
    _import(qtbot, library, dialogs)
    assert dialogs.offered == ["生成2018年报告"]
    assert "2018" in dialogs.messages[-1][2]
