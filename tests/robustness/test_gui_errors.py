"""The GUI under errors: an exception in a slot leaves the app running; a data folder that
cannot be used at start-up is a clear message, not a crash; hostile files picked in a dialog
are a warning and change nothing; an export that fails offers a retry that works."""

from __future__ import annotations

import errno
import io
import json
import os
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from desktop_app.core.demo import demo_draft
from desktop_app.core.errors import StoreError
from desktop_app.core.model import to_dict, to_json
from desktop_app.gui.excepthook import install_excepthook
from tests.gui.conftest import ScriptedDialogs
from tests.robustness.helpers import docx_bytes, run_cli

# --- the excepthook ---------------------------------------------------------------------------


@pytest.fixture
def hook(monkeypatch: pytest.MonkeyPatch, dialogs: ScriptedDialogs) -> ScriptedDialogs:
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    monkeypatch.setattr(sys, "__stderr__", io.StringIO())  # the hook echoes each traceback there
    install_excepthook(dialogs)
    return dialogs


@pytest.mark.qt_no_exception_capture
def test_an_exception_in_a_slot_shows_details_and_the_app_goes_on(qtbot: Any, hook: ScriptedDialogs) -> None:
    button = QPushButton("boom")
    qtbot.addWidget(button)
    clicks: list[int] = []

    def broken() -> None:
        clicks.append(1)
        raise RuntimeError("a bug in a slot")

    button.clicked.connect(broken)
    button.click()
    button.click()  # the same slot again: still connected, still reported
    assert clicks == [1, 1]
    assert len(hook.crashes) == 2
    assert "RuntimeError: a bug in a slot" in hook.crashes[0]
    assert "Traceback" in hook.crashes[0]
    fired: list[int] = []
    QTimer.singleShot(0, lambda: fired.append(1))
    qtbot.waitUntil(lambda: fired == [1], timeout=2000)  # the event loop still runs


@pytest.mark.qt_no_exception_capture
def test_a_report_error_escaping_a_slot_is_a_plain_warning(qtbot: Any, hook: ScriptedDialogs) -> None:
    button = QPushButton("store")
    qtbot.addWidget(button)

    def refused() -> None:
        raise StoreError("store:action", action="save", reason="disk-full")

    button.clicked.connect(refused)
    button.click()
    assert hook.crashes == []
    kind, _title, text, details = hook.messages[-1]
    assert kind == "warning"
    assert text == "The draft database cannot be used.\ncannot save the draft: the disk is full"
    assert "the disk is full" in details


@pytest.mark.qt_no_exception_capture
def test_a_bug_in_a_library_action_leaves_the_library_working(
    qtbot: Any, library: Any, hook: ScriptedDialogs, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = demo_draft()
    library.ctx.store.create(draft)
    library.refresh()
    library.select(draft.id)
    monkeypatch.setattr(library.ctx.store, "duplicate", lambda _id: 1 / 0)
    library.duplicate_action.trigger()
    assert "ZeroDivisionError" in hook.crashes[-1]
    monkeypatch.undo()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    library.refresh()
    editor = library.open_draft(draft.id)  # the window still does its work
    assert editor is not None and editor.document.draft.id == draft.id
    library.select(draft.id)
    library.duplicate_action.trigger()
    assert len(library.ctx.store.list()) == 2


# --- the data folder at start-up --------------------------------------------------------------


# The app runs in its own process (a QApplication that has run exec() and quit cannot run
# event loops for later tests); a sitecustomize records its message boxes instead of
# showing them, and closes each at once.
RECORD_DIALOGS = r"""
import json, os
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop_app.gui import dialogs

def _record(kind):
    def show(self, parent, title, text, details=""):
        with open(os.environ["OGI_DIALOG_LOG"], "a", encoding="utf-8") as log:
            log.write(json.dumps([kind, title, text, details], ensure_ascii=False) + "\n")
        QTimer.singleShot(0, QApplication.quit)
    return show

dialogs.Dialogs.warning = _record("warning")
dialogs.Dialogs.info = _record("info")
dialogs.Dialogs.crash = lambda self, parent, details: _record("crash")(self, parent, "", "", details)
def _ask(self, parent, title, text):
    _record("ask")(self, parent, title, text)
    return False

dialogs.Dialogs.ask = _ask

_READ_ONLY = os.environ.get("OGI_TEST_READ_ONLY")
if _READ_ONLY:  # what a read-only mount reports, even to root (chmod would not stop root)
    _access = os.access
    os.access = lambda path, mode, **kw: False if os.path.abspath(path) == _READ_ONLY else _access(path, mode, **kw)
"""


@pytest.fixture
def start(tmp_path: Path) -> Any:
    """``start(data_dir, *args)`` → the app's exit status and the message boxes it showed."""
    site = tmp_path / "site"
    site.mkdir()
    (site / "sitecustomize.py").write_text(RECORD_DIALOGS, encoding="utf-8")
    log = tmp_path / "dialogs.log"

    def run(data_dir: Path, *args: str, read_only: Path | None = None) -> tuple[int, list[tuple[str, str, str]]]:
        env = {
            "PYTHONPATH": os.pathsep.join(p for p in (str(site), os.environ.get("PYTHONPATH", "")) if p),
            "OGI_DIALOG_LOG": str(log),
            "OGI_TEST_READ_ONLY": str(read_only or ""),
        }
        result = run_cli("--data-dir", str(data_dir), "--lang", "en", *args, env=env)
        assert "Traceback" not in result.stderr, result.stderr
        shown = [json.loads(line) for line in log.read_text(encoding="utf-8").splitlines()] if log.exists() else []
        return result.returncode, [(title, text, details) for _kind, title, text, details in shown]

    return run


def test_a_data_folder_that_is_a_file_is_a_clear_message(start: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.write_text("not a folder", encoding="utf-8")
    status, shown = start(data, "--quit-after-paint")
    assert status == 1
    assert len(shown) == 1
    _title, text, details = shown[0]
    assert text.startswith("The draft database cannot be used.\nthe data folder ")
    assert text.endswith("is a file, not a folder")
    assert "is a file, not a folder" in details
    assert data.read_text(encoding="utf-8") == "not a folder"


def test_a_data_folder_that_cannot_be_created_is_a_clear_message(start: Any, tmp_path: Path) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where a folder should be", encoding="utf-8")
    status, shown = start(blocker / "data", "--quit-after-paint")
    assert status == 1
    assert "cannot create the data folder" in shown[0][2]


def test_a_read_only_data_folder_is_a_clear_message(start: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    status, shown = start(data, "--quit-after-paint", read_only=data)
    assert status == 1
    assert "read-only" in shown[0][2]
    assert list(data.iterdir()) == []


def test_a_missing_data_folder_is_created_and_the_app_starts(start: Any, tmp_path: Path) -> None:
    data = tmp_path / "not" / "yet" / "there"
    status, shown = start(data, "--quit-after-paint")
    assert status == 0
    assert shown == []
    assert (data / "drafts.sqlite3").is_file()


def test_a_database_from_a_newer_version_is_refused_and_left_alone(start: Any, tmp_path: Path) -> None:
    import sqlite3

    data = tmp_path / "data"
    data.mkdir()
    database = data / "drafts.sqlite3"
    with sqlite3.connect(database) as conn:
        conn.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)")
        conn.execute("INSERT INTO schema_version VALUES (99)")
    before = database.read_bytes()
    status, shown = start(data, "--quit-after-paint")
    assert status == 1
    assert "newer version" in shown[0][2]
    assert database.read_bytes() == before


def test_an_unreadable_database_is_moved_aside_and_the_clerk_is_told(start: Any, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "drafts.sqlite3").write_bytes(b"this is not a database" * 100)
    status, shown = start(data)  # no --quit-after-paint: the start-up checks run, then the message
    assert status == 0
    moved = [p for p in data.iterdir() if p.name.startswith("drafts.sqlite3.unreadable-")]
    assert len(moved) == 1 and moved[0].read_bytes() == b"this is not a database" * 100
    assert len(shown) == 1 and str(moved[0]) in shown[0][1]
    status, shown = start(data)  # told again at the next start: the clerk did not acknowledge it
    assert status == 0
    assert len(shown) == 2 and str(moved[0]) in shown[1][1]
    assert [p for p in data.iterdir() if p.name.startswith("drafts.sqlite3.unreadable-")] == moved


# --- hostile files picked in a dialog -----------------------------------------------------------

HOSTILE_REPORTS = {
    "empty.txt": b"",
    "binary.txt": bytes(range(256)) * 200,
    "not-a-zip.docx": "县经信局".encode("gbk") * 100,
    "cut.docx": docx_bytes("正文。")[:2500],
    "report.pdf.txt": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
}


@pytest.mark.parametrize("name", [*HOSTILE_REPORTS, "huge.txt", "missing.txt"])
def test_a_hostile_report_to_import_is_a_warning_and_adds_nothing(
    qtbot: Any, library: Any, dialogs: ScriptedDialogs, tmp_path: Path, name: str
) -> None:
    path = tmp_path / name
    if name == "huge.txt":
        with path.open("wb") as handle:
            handle.truncate(50 * 1024 * 1024)
    elif name in HOSTILE_REPORTS:
        path.write_bytes(HOSTILE_REPORTS[name])
    dialogs.open_path = str(path)
    library.flows.import_report()
    task = library.flows.task
    qtbot.waitUntil(lambda: bool(dialogs.messages), timeout=10000)
    assert task is not None
    kind, _title, text, details = dialogs.messages[-1]
    assert kind == "warning"
    assert text.startswith("This file cannot be used.")
    assert str(path) in details
    assert library.ctx.store.list() == []
    assert not library.busy.isVisible()
    assert library.editors == {}


HOSTILE_DRAFT_FILES = {
    "truncated": to_json(demo_draft())[:900],
    "future": json.dumps({**to_dict(demo_draft()), "schema_version": 42}),
    "surrogates": json.dumps({**to_dict(demo_draft()), "issuer": "县\udc00局"}),
    "count-as-text": json.dumps({**to_dict(demo_draft()), "facts": {"proactive_items": "四十九"}}),
    "not-json": "\ufeff这不是草稿文件",
}


@pytest.mark.parametrize("case", list(HOSTILE_DRAFT_FILES))
def test_a_hostile_draft_file_to_open_is_a_warning_and_adds_nothing(
    qtbot: Any, library: Any, dialogs: ScriptedDialogs, tmp_path: Path, case: str
) -> None:
    path = tmp_path / f"{case}.json"
    path.write_text(HOSTILE_DRAFT_FILES[case], encoding="utf-8")
    before = path.read_bytes()
    dialogs.open_path = str(path)
    library.flows.open_draft_file()
    kind, _title, text, details = dialogs.messages[-1]
    assert kind == "warning"
    assert str(path) in details
    assert text  # a translated sentence, not a traceback
    assert "Traceback" not in text + details
    assert library.ctx.store.list() == []
    assert path.read_bytes() == before


# --- export faults: a message with a retry ------------------------------------------------------


def _flaky_replace(monkeypatch: pytest.MonkeyPatch, failures: int, exc: OSError) -> list[int]:
    """os.replace fails the first ``failures`` times (the file is open in Word), then works."""
    real = os.replace
    calls: list[int] = []

    def replace(src: Any, dst: Any, *args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) <= failures and str(dst).endswith(".docx"):
            raise exc
        real(src, dst, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return calls


def _export_page(library: Any, target: Path) -> Any:
    draft = demo_draft()
    library.ctx.store.create(draft)
    editor = library.open_draft(draft.id)
    page = editor.export_page
    editor.go_to(page.step_id)
    page.path_edit.setText(str(target))
    return page


def test_an_export_to_a_file_held_open_offers_a_retry_that_works(
    qtbot: Any, library: Any, dialogs: ScriptedDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "exports" / "年报.docx"
    target.parent.mkdir()
    target.write_bytes(b"yesterday's export")
    held = PermissionError(errno.EACCES, "used by another process")
    held.winerror = 32  # type: ignore[attr-defined]
    _flaky_replace(monkeypatch, 1, held)
    dialogs.fix_answers = ["retry"]
    page = _export_page(library, target)
    with qtbot.waitSignal(page.exported, timeout=20000):
        page.export_button.click()
    retries = [m for m in dialogs.messages if m[0] == "fix"]
    assert len(retries) == 1
    assert "open in another program" in retries[0][2]
    assert retries[0][3].split("\n")[0] == "retry"  # closing the file and retrying is the fix
    assert target.read_bytes()[:2] == b"PK"
    assert sorted(p.name for p in target.parent.iterdir()) == ["年报.docx"]


def test_an_export_to_a_full_disk_declined_retry_leaves_the_old_file(
    qtbot: Any, library: Any, dialogs: ScriptedDialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "exports" / "年报.docx"
    target.parent.mkdir()
    target.write_bytes(b"yesterday's export")
    _flaky_replace(monkeypatch, 99, OSError(errno.ENOSPC, "No space left on device"))
    dialogs.fix_answers = [None]
    page = _export_page(library, target)
    page.export_button.click()
    qtbot.waitUntil(lambda: any(m[0] == "fix" for m in dialogs.messages), timeout=20000)
    assert dialogs.messages[-1][3].split("\n")[0] == "save-as"  # another disk is the fix
    qtbot.waitUntil(page.export_button.isEnabled, timeout=5000)
    assert "the disk is full" in page.status.text()
    assert target.read_bytes() == b"yesterday's export"
    assert sorted(p.name for p in target.parent.iterdir()) == ["年报.docx"]
