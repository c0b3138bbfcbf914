"""The shell: entry point options, self-test, lean start-up, excepthook, error wording."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.errors import DraftFileError, FutureVersionError, OutputError, StoreError
from desktop_app.core.formats.spec import FieldKind, FieldSpec
from desktop_app.gui.app import parse_args
from desktop_app.gui.errors import describe
from desktop_app.gui.excepthook import make_excepthook
from desktop_app.gui.widgets.field_registry import EDITORS, create_editor

REPO = Path(__file__).resolve().parents[2]


def run_main(*args: str, data_dir: Path) -> subprocess.CompletedProcess[str]:
    code = "import sys; from desktop_app.gui.app import main; sys.exit(main(sys.argv[1:]))"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
    )


def test_self_test_passes_without_a_display(tmp_path: Path) -> None:
    result = run_main("--self-test", data_dir=tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip().startswith("self-test ok")
    assert len(result.stdout.strip().splitlines()) == 1


def test_quit_after_paint_exits_cleanly(tmp_path: Path) -> None:
    result = run_main("--quit-after-paint", "--lang", "zh_CN", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "drafts.sqlite3").exists()
    assert not list(tmp_path.glob("session-*.lock"))


def test_first_paint_leaves_the_qt_namespace_and_the_actions_unloaded(tmp_path: Path) -> None:
    """What the library window does not need to show its list, it does not load (docs/performance.md):
    PySide's Qt namespace (its hundred-odd enum types), the actions' code, the draft model, format specs."""
    from desktop_app.core.demo import demo_draft
    from desktop_app.core.storage.store import DraftStore

    with DraftStore(tmp_path / "drafts.sqlite3") as store:
        store.create(demo_draft())
    code = (
        "import atexit, sys\n"
        "import PySide6.QtCore as core\n"
        "lazy = ('desktop_app.gui.library_actions', 'desktop_app.core.formats.spec', 'desktop_app.core.model',\n"
        "        'hashlib', 'uuid', 'tomllib')\n"
        "atexit.register(lambda: print(['Qt' in vars(core)] + [m for m in lazy if m in sys.modules]))\n"
        "from desktop_app.gui.app import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-c", code, "--data-dir", str(tmp_path), "--quit-after-paint", "--lang", "zh_CN"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        cwd=REPO,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[False]", result.stdout + result.stderr


def test_start_up_stays_lean(tmp_path: Path) -> None:
    """The first window needs neither python-docx nor jinja2."""
    code = (
        "import sys\n"
        "from desktop_app.gui import app, library\n"
        "heavy = [m for m in ('docx', 'jinja2', 'desktop_app.gui.editor') if m in sys.modules]\n"
        "print(heavy)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=REPO)
    assert result.stdout.strip() == "[]", result.stdout + result.stderr


def test_options() -> None:
    options, rest = parse_args(
        ["--lang", "en", "--data-dir", "/x", "--open-draft", "abc", "--step", "3", "-style", "x"]
    )
    assert (options.lang, options.data_dir, options.open_draft, options.step) == ("en", "/x", "abc", 3)
    assert rest == ["-style", "x"]  # left for Qt
    with pytest.raises(SystemExit):
        parse_args(["--lang", "fr"])


def test_excepthook_shows_details_and_keeps_going(qapp: Any, dialogs: Any) -> None:
    hook = make_excepthook(dialogs)
    try:
        raise ValueError("boom")
    except ValueError as exc:
        hook(type(exc), exc, exc.__traceback__)
    assert "ValueError: boom" in dialogs.crashes[-1]
    gone = StoreError("store:no-draft", draft_id="db gone")
    hook(StoreError, gone, None)
    assert dialogs.messages[-1][0] == "warning" and "db gone" in dialogs.messages[-1][3]


def test_error_dialog_copies_details(qtbot: Any) -> None:
    from PySide6.QtGui import QGuiApplication

    from desktop_app.gui.widgets.error_dialog import ErrorDialog

    dialog = ErrorDialog("Traceback (most recent call last): ...")
    qtbot.addWidget(dialog)
    assert dialog.details.isReadOnly()
    dialog.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("Traceback")


def test_errors_are_worded(qapp: Any) -> None:
    assert "report.docx" in describe(OutputError("/tmp/report.docx", "disk-full"))
    assert "the disk is full" in describe(OutputError("/tmp/report.docx", "disk-full"))
    assert "newer version" in describe(FutureVersionError(3, 1))
    assert "not a valid draft file" in describe(DraftFileError("draft-file:json", detail="x"))
    assert describe(RuntimeError("x")) == "An unexpected error occurred."


def test_every_field_kind_has_an_editor(qtbot: Any) -> None:
    assert set(EDITORS) == set(FieldKind)
    samples = {
        FieldKind.COUNT: 5,
        FieldKind.MONEY: 12.5,
        FieldKind.TEXT: "文字",
        FieldKind.LIST: ["甲", "乙"],
        FieldKind.DATE: "2018-01-09",
    }
    for kind, value in samples.items():
        editor = create_editor(FieldSpec(key="k", label="标签", label_en="Label", kind=kind))
        qtbot.addWidget(editor)
        assert editor.value() in (None, [], "")
        editor.set_value(value)
        assert editor.value() == value
        editor.set_value(None)
        assert editor.value() in (None, [])


def test_a_table_field_edits_cells_and_shows_totals(qtbot: Any) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.core.formats.table_spec import parse_table
    from desktop_app.gui.widgets.table_editor import TableEditor

    table = parse_table(
        "requests",
        {
            "columns": [{"key": "people", "label": "自然人"}, {"key": "firms", "label": "法人"}],
            "rows": [
                {"key": "new", "labels": ["新收"], "label": "新收"},
                {"key": "old", "labels": ["上年结转"], "label": "上年结转"},
                {"key": "total", "labels": ["合计"], "label": "合计"},
            ],
            "rules": [{"id": "sum", "kind": "columns", "left": ["total"], "right": ["new", "old"], "compute": True}],
        },
    )
    spec = FieldSpec(key="requests", label="申请", label_en="Requests", kind=FieldKind.TABLE, table=table)
    editor = create_editor(spec)
    assert isinstance(editor, TableEditor)
    qtbot.addWidget(editor)
    editor.set_value({"new": {"people": 3}, "old": {"people": 1, "firms": 2}, "total": {"people": 4, "firms": 2}})
    total = editor.cell_items[("total", "people")]
    assert total.text() == "4"  # computed, read-only
    assert not total.flags() & Qt.ItemFlag.ItemIsEditable
    with qtbot.waitSignal(editor.value_changed) as changed:
        editor.cell_items[("new", "firms")].setText("5")
    assert changed.args[0] == {
        "new": {"people": 3, "firms": 5},
        "old": {"people": 1, "firms": 2},
        "total": {"people": 4, "firms": 7},
    }
    editor.cell_items[("new", "people")].setText("abc")
    assert "people" not in editor.value()["new"]
