"""Export page: where the file goes (Documents, then the last folder used, one rule for every
window), a preview that shows the tables and page breaks as printed, and a failed export that
says why and offers its fixes in the same box."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QTextTable
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.storage.upgrade import load_json
from desktop_app.core.word.pages import page_count, plan_pages
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.folders import COUNTY_DIR_KEY, EXPORT_DIR_KEY, OPEN_DIR_KEY, start_folder
from desktop_app.gui.settings import Settings

DRAFTS = Path(__file__).resolve().parents[1] / "data" / "drafts" / "v1"


def _documents() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def _open_export(library: Any, draft_id: str) -> Any:
    editor = library.open_draft(draft_id)
    editor.go_to(editor.export_page.step_id)
    return editor.export_page


def test_the_first_export_goes_to_documents_made_if_missing_then_to_the_last_folder(
    qtbot: Any, library: Any, stored_demo: Any, tmp_path: Path
) -> None:
    documents = _documents()
    export = _open_export(library, stored_demo.id)
    target = Path(export.path_edit.text())
    assert target.parent == documents
    assert documents.is_dir()
    assert target.name == "莒南县经济和信息化局2017年政府信息公开工作总结.docx"  # the format's title

    elsewhere = tmp_path / "reports"
    elsewhere.mkdir()
    export.path_edit.setText(str(elsewhere / "report.docx"))
    with qtbot.waitSignal(export.exported, timeout=10000):
        export.export_button.click()
    library.close_editor(stored_demo.id)
    assert start_folder(Settings(), EXPORT_DIR_KEY) == elsewhere  # read back as after a restart
    assert Path(_open_export(library, stored_demo.id).path_edit.text()).parent == elsewhere


def test_every_file_dialog_opens_by_the_same_rule(library: Any, dialogs: Any, tmp_path: Path) -> None:
    asked: list[str] = []
    dialogs.open_file = lambda parent, title, folder, filters: asked.append(folder)  # cancelled
    dialogs.choose_folder = lambda parent, title, folder: asked.append(folder)
    library.flows.import_report()
    county = library.publishing.open_county()
    county.choose_folder()
    assert [Path(folder) for folder in asked] == [_documents(), _documents()]

    drafts, units = tmp_path / "drafts", tmp_path / "units"
    drafts.mkdir()
    units.mkdir()
    library.ctx.settings.set(OPEN_DIR_KEY, str(drafts))
    library.ctx.settings.set(COUNTY_DIR_KEY, str(units))
    county.folder_edit.clear()
    library.flows.open_draft_file()
    county.choose_folder()
    assert [Path(folder) for folder in asked[2:]] == [drafts, units]
    county.close()


def test_the_preview_shows_the_tables_and_the_page_breaks_as_printed(qtbot: Any, library: Any, ctx: Any) -> None:
    draft = load_json((DRAFTS / "national-tables.json").read_text(encoding="utf-8"))
    ctx.store.create(draft)
    preview = _open_export(library, draft.id).preview
    document = preview.document()
    tables = [frame for frame in document.rootFrame().childFrames() if isinstance(frame, QTextTable)]
    # 表二's four blocks, 表三 cut by a page into two (its header repeated), 表四
    assert len(tables) == 7
    t3 = [t for t in tables if t.columns() == 10]
    assert len(t3) == 2
    for table in t3:
        assert table.cellAt(0, 3).firstCursorPosition().block().text() == "申请人情况"
        assert table.cellAt(0, 3).columnSpan() == 7  # merged across the applicants' columns
        assert table.cellAt(0, 0).rowSpan() == 3  # merged down the header rows
    feet = [line for line in preview.toPlainText().split("\n") if line.startswith("—")]
    pages = page_count(plan_pages(draft))
    assert feet == [f"— {n} —" for n in range(1, pages + 1)]
    assert pages == 5


def _export_to(qtbot: Any, export: Any, dialogs: Any, path: Path) -> None:
    export.path_edit.setText(str(path))
    export.export_button.click()
    qtbot.waitUntil(lambda: "fix" in dialogs.kinds(), timeout=10000)


def test_a_failed_export_says_why_and_saving_elsewhere_fixes_it(
    qtbot: Any, library: Any, stored_demo: Any, dialogs: Any, tmp_path: Path
) -> None:
    export = _open_export(library, stored_demo.id)
    blocked = tmp_path / "taken.docx"
    blocked.mkdir()  # a folder where the file should go
    saved = tmp_path / "saved.docx"
    dialogs.fix_answers = ["save-as"]
    dialogs.save_path = str(saved)
    with qtbot.waitSignal(export.exported, timeout=10000):
        _export_to(qtbot, export, dialogs, blocked)
    _kind, _title, text, fixes = dialogs.messages[-1]
    assert "a folder has that name" in text  # why
    assert "Save as…" in text  # how
    assert fixes.split("\n") == ["save-as", "retry", "open-folder"]  # 另存为 first: it is the fix
    assert saved.is_file()
    assert export.path_edit.text() == str(saved)


def test_a_missing_folder_or_a_file_type_offers_only_what_can_help(
    qtbot: Any, library: Any, stored_demo: Any, dialogs: Any, tmp_path: Path
) -> None:
    export = _open_export(library, stored_demo.id)
    _export_to(qtbot, export, dialogs, tmp_path / "gone" / "report.docx")
    assert "the folder does not exist" in dialogs.messages[-1][2]
    assert dialogs.messages[-1][3].split("\n") == ["save-as", "retry"]  # no folder to open
    dialogs.messages.clear()
    _export_to(qtbot, export, dialogs, tmp_path / "report.txt")
    assert dialogs.messages[-1][3].split("\n") == ["save-as", "open-folder"]  # the same name fails again
    qtbot.waitUntil(export.export_button.isEnabled)  # and the page is ready for another try


def test_the_fixes_are_buttons_of_the_message_box(qtbot: Any, qapp: Any) -> None:
    seen: list[list[str]] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append([b.text() for b in box.buttons()])
        next(b for b in box.buttons() if b.text() == "&Save as…").click()

    QTimer.singleShot(0, answer)
    fixes = [("save-as", "&Save as…"), ("retry", "&Retry"), ("open-folder", "Open the &folder")]
    assert Dialogs().fix(None, "Export failed", "why", fixes) == "save-as"
    assert {"&Save as…", "&Retry", "Open the &folder"} <= set(seen[0])
