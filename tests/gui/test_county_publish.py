"""The 公开办's view (File → County summary…), the submission package from the library and
"Copy as web page" on the export step, driven through their widgets."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
from PySide6.QtWidgets import QApplication

from desktop_app.core.editing import set_section_text
from desktop_app.core.storage.draft_files import save_draft_file
from tests.core.test_county import folder_digest
from tests.county_units import AGENCIES, COPIED, unit_draft, with_copied_passage
from tests.html_check import check_page


def _county(folder: Path) -> Path:
    folder.mkdir()
    save_draft_file(unit_draft(AGENCIES[0]), folder / "发改局.json")
    broken = unit_draft(AGENCIES[1], signed=False)
    broken.facts["t3"]["new"]["natural"] = 99  # type: ignore[index]
    save_draft_file(broken, folder / "教体局.json")
    save_draft_file(with_copied_passage(unit_draft(AGENCIES[2], signed=False)), folder / "公安局.json")
    save_draft_file(with_copied_passage(unit_draft(AGENCIES[3], signed=False)), folder / "民政局.json")
    roster = folder.parent / "roster.txt"
    roster.write_text("\n".join(AGENCIES[:5]), encoding="utf-8")
    return roster


def _menu_action(window: Any, menu_text: str, action_text: str) -> Any:
    for menu_action in window.menuBar().actions():
        if menu_text in menu_action.text():
            for action in menu_action.menu().actions():
                if action_text in action.text():
                    return action
    raise AssertionError(f"no {action_text!r} in {menu_text!r}")


def test_county_window_summarises_opens_read_only_and_exports(
    qtbot: Any, library: Any, dialogs: Any, tmp_path: Path
) -> None:
    folder = tmp_path / "reports"
    roster = _county(folder)
    before = folder_digest(folder)
    _menu_action(library, "File", "County summary").trigger()
    window = library.publishing.county
    qtbot.addWidget(window)
    assert window.isVisible()
    dialogs.folder_path = str(folder)
    window.folder_button.click()
    dialogs.open_path = str(roster)
    window.roster_button.click()
    window.run_button.click()
    qtbot.waitUntil(lambda: window.summary is not None, timeout=60000)

    agencies = [window.units.item(r, 0).text() for r in range(window.units.rowCount())]
    assert sorted(agencies) == sorted(AGENCIES[:4])
    states = {window.units.item(r, 0).text(): window.units.item(r, 3).text() for r in range(4)}
    assert states[AGENCIES[0]] == "signed off" and states[AGENCIES[1]] == "not signed off"
    errors = {window.units.item(r, 0).text(): int(window.units.item(r, 4).text()) for r in range(4)}
    assert errors[AGENCIES[0]] == 0 and errors[AGENCIES[1]] > 0
    similar = {window.units.item(r, 0).text(): window.units.item(r, 6).text() for r in range(4)}
    assert AGENCIES[3] in similar[AGENCIES[2]] and AGENCIES[2] in similar[AGENCIES[3]]
    assert similar[AGENCIES[0]] == "" and similar[AGENCIES[1]] == ""
    assert [window.missing.item(i).text() for i in range(window.missing.count())] == [AGENCIES[4]]
    assert window.similar.count() == 1 and COPIED[:20] in window.similar.item(0).text()

    row = agencies.index(AGENCIES[1])
    window.units.selectRow(row)
    findings = [window.findings.item(i).text() for i in range(window.findings.count())]
    assert findings  # the table that does not add up
    window.open_button.click()
    viewer = window.viewer
    qtbot.addWidget(viewer)
    assert viewer.isVisible() and viewer.page.isReadOnly()
    assert AGENCIES[1] in viewer.page.toPlainText() and "申请人情况" in viewer.page.toPlainText()
    assert viewer.findings.count() == len(findings)
    viewer.close()

    dialogs.save_path = str(tmp_path / "summary.xlsx")
    window.export_button.click()
    qtbot.waitUntil(lambda: (tmp_path / "summary.xlsx").exists() and window.export_button.isEnabled(), timeout=30000)
    book = openpyxl.load_workbook(tmp_path / "summary.xlsx")
    assert book["Missing"]["A2"].value == AGENCIES[4]
    assert folder_digest(folder) == before  # nothing in the units' folder was written


def test_county_window_says_why_a_folder_cannot_be_read(qtbot: Any, library: Any, dialogs: Any, tmp_path: Path) -> None:
    window = library.publishing.open_county()
    qtbot.addWidget(window)
    window.folder_edit.setText(str(tmp_path / "nowhere"))
    window.run_button.click()
    qtbot.waitUntil(lambda: dialogs.kinds() == ["warning"], timeout=10000)
    assert window.run_button.isEnabled() and window.summary is None


def test_export_submission_package_from_the_library(
    qtbot: Any, library: Any, ctx: Any, dialogs: Any, tmp_path: Path
) -> None:
    draft = unit_draft(AGENCIES[0])
    ctx.store.create(draft)
    library.refresh()
    library.select(draft.id)
    dialogs.save_path = str(tmp_path / "发改局-2024")
    _menu_action(library, "Draft", "submission").trigger()
    out = tmp_path / "发改局-2024.zip"
    qtbot.waitUntil(lambda: out.exists() and library.publishing.task is not None, timeout=30000)
    qtbot.waitUntil(lambda: not library.busy.isVisible(), timeout=30000)
    with zipfile.ZipFile(out) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    assert manifest["agency"] == AGENCIES[0] and manifest["signed_off"] is True


def test_copy_as_web_page_puts_html_and_text_on_the_clipboard(qtbot: Any, library: Any, ctx: Any) -> None:
    draft = unit_draft(AGENCIES[0], signed=False)
    set_section_text(draft, "other", "无。")
    ctx.store.create(draft)
    editor = library.open_draft(draft.id)
    export = editor.export_page
    editor.go_to(export.step_id)
    export.copy_button.click()
    data = QApplication.clipboard().mimeData()
    assert data.hasHtml() and data.hasText()
    page = check_page(data.html(), fragment=True)
    assert page.problems == [] and len(page.tables) == 3
    assert "无。" in data.text() and "<" not in data.text()


def test_export_step_writes_by_extension_and_refuses_unknown_ones(
    qtbot: Any, library: Any, ctx: Any, dialogs: Any, tmp_path: Path
) -> None:
    draft = unit_draft(AGENCIES[0])
    ctx.store.create(draft)
    editor = library.open_draft(draft.id)
    export = editor.export_page
    editor.go_to(export.step_id)
    export.path_edit.setText(str(tmp_path / "report.html"))
    export.export_button.click()
    qtbot.waitUntil(lambda: export.open_button.isEnabled(), timeout=30000)
    assert (tmp_path / "report.html").read_bytes().startswith(b"<!DOCTYPE html>")
    export.path_edit.setText(str(tmp_path / "report.odt"))
    export.export_button.click()
    qtbot.waitUntil(lambda: dialogs.kinds() == ["fix"], timeout=30000)
    assert ".docx, .html, .htm, .pdf" in dialogs.messages[0][2]
    assert dialogs.messages[0][3].split("\n")[0] == "save-as"  # another name is the fix
    assert not (tmp_path / "report.odt").exists()
