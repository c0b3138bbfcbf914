"""The GUI, driven in-process offscreen: library fill, editor steps, keystroke → findings, autosave.

Run as a child of run.py (it needs its own QApplication and QT_QPA_PLATFORM=offscreen):

    python -m benchmarks.bench_gui --repeat 20 --out results.json

The validation debounce (document.VALIDATE_DELAY_MS) is set to 0 here, so "keystroke →
findings updated" is the work the app does, not the pause it deliberately waits for.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from benchmarks.harness import Result, time_ms
from benchmarks.make_library import fill
from benchmarks.report_content import draft_of_length, longer_draft


def _settle(app: Any) -> None:
    """Let Qt do what a step or keystroke queued: layout, timers at 0 ms, painting."""
    app.processEvents()
    app.sendPostedEvents()
    app.processEvents()


def _wait_for(app: Any, flag: list[bool], timeout_s: float = 5.0) -> None:
    deadline = time.perf_counter() + timeout_s
    while not flag[0]:
        app.processEvents()
        if time.perf_counter() > deadline:
            raise TimeoutError("the GUI did not answer in time")


def _commit_text(widget: Any, text: str) -> None:
    """Typed Chinese arrives from an input method as committed text."""
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtWidgets import QApplication

    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def measure(repeat: int, library_size: int) -> list[Result]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    data_dir = Path(tempfile.mkdtemp(prefix="ogi-bench-gui-"))
    from desktop_app import paths

    paths.set_data_dir(data_dir)

    from desktop_app.gui import document as document_module

    document_module.VALIDATE_DELAY_MS = 0  # measure the work, not the debounce
    from desktop_app.core.demo import demo_draft
    from desktop_app.core.rollforward.forward import roll_forward
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.gui.app import make_application
    from desktop_app.gui.autosave import SaveWorker
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.dialogs import Dialogs
    from desktop_app.gui.library import LibraryWindow
    from desktop_app.gui.recovery import SessionMarker
    from desktop_app.gui.settings import Settings

    app = make_application([], "zh_CN")
    store = DraftStore()
    fill(store, library_size)
    last_year = demo_draft()
    store.create(last_year)
    this_year = roll_forward(last_year).draft
    store.create(this_year)
    big = draft_of_length(demo_draft(), 60_000)
    store.create(big)
    long_this = longer_draft(this_year, 10)
    long_this.id = "long-report"
    store.create(long_this)

    worker = SaveWorker(store.path)
    worker.start()
    ctx = AppContext("zh_CN", store, worker, SessionMarker(data_dir), Settings(), Dialogs())
    results: list[Result] = []
    try:
        window = LibraryWindow(ctx)
        window.show()
        _settle(app)

        def refresh() -> None:
            window.refresh()
            _settle(app)

        results.append(
            Result(
                f"GUI: library list + model fill, {library_size + 4:,} drafts",
                time_ms(refresh, repeat),
                target="≤ 100 ms",
                limit=100,
                note="store.list, model reset, view laid out and painted",
            )
        )

        def open_editor() -> Any:
            editor = window.open_draft(this_year.id)
            _settle(app)
            return editor

        def close_editor() -> None:
            window.close_editor(this_year.id)
            _settle(app)

        opened = time_ms(open_editor, max(3, repeat // 4), setup=close_editor)
        results.append(
            Result(
                "GUI: open a draft in the editor (load + build + paint)",
                opened,
                target="≤ 50 ms",
                limit=50,
                note="the editor builds the first step's page; the others when first shown",
            )
        )
        editor = window.editors[this_year.id]
        results += _editor_steps(app, editor, repeat)
        results += _keystroke(app, editor, repeat, "GUI: keystroke → findings updated")
        editor.close()
        _settle(app)

        long_editor = window.open_draft(long_this.id)
        _settle(app)
        results += _keystroke(
            app, long_editor, max(3, repeat // 2), "10× report: keystroke → findings updated", targets=False
        )
        long_editor.close()

        big_editor = window.open_draft(big.id)
        _settle(app)
        results.append(_autosave_block(app, big_editor, worker, repeat))
        big_editor.close()
        _settle(app)
    finally:
        for draft_id in list(window.editors):
            window.close_editor(draft_id)
        ctx.shutdown()
    return results


def _editor_steps(app: Any, editor: Any, repeat: int) -> list[Result]:
    steps = editor.step_count()
    order = iter(range(10**9))

    def switch() -> None:
        editor.set_step(next(order) % steps)
        _settle(app)

    switch()
    first_visits = time_ms(switch, steps - 1)  # steps 2…n shown once: each page built and laid out
    return [
        Result(
            "GUI: switching editor steps (to painted)", time_ms(switch, max(repeat, steps)), target="≤ 50 ms", limit=50
        ),
        Result(
            "GUI: first visit to each step (page built + painted)",
            first_visits,
            target="≤ 50 ms",
            limit=50,
            note="one sample per step: a page is built when its step is first shown",
        ),
    ]


def _section_page_with_last_year(editor: Any) -> Any:
    from desktop_app.gui.pages.section import SectionPage

    pages = [p for p in editor.pages if isinstance(p, SectionPage)]
    with_diff = [p for p in pages if editor.document.last_year_text(p.spec.id)]
    return max(with_diff or pages, key=lambda p: len(p.text_edit.toPlainText()))


def _keystroke(app: Any, editor: Any, repeat: int, name: str, targets: bool = True) -> list[Result]:
    page = _section_page_with_last_year(editor)
    editor.go_to(page.spec.id)
    _settle(app)
    page.text_edit.setFocus()
    done = [False]

    def landed() -> None:
        done[0] = True

    editor.document.findings_changed.connect(landed)
    chars = iter("新增内容一句。" * 10**5)
    sync: list[float] = []

    def keystroke() -> None:
        done[0] = False
        start = time.perf_counter()
        _commit_text(page.text_edit, next(chars))
        sync.append((time.perf_counter() - start) * 1000)
        _wait_for(app, done)
        _settle(app)  # the sidebar and status bar follow on a 0 ms timer

    samples = time_ms(keystroke, repeat)
    editor.document.findings_changed.disconnect(landed)
    return [
        Result(
            name,
            samples,
            target="≤ 100 ms" if targets else "",
            limit=100 if targets else None,
            note="debounce interval excluded (set to 0)",
        ),
        Result(
            name.replace("→ findings updated", "handled (before the debounce)"),
            sync,
            note="what each key press costs while typing",
        ),
    ]


def _autosave_block(app: Any, editor: Any, worker: Any, repeat: int) -> Result:
    page = _section_page_with_last_year(editor)
    chars = sum(len(s.text) for s in editor.document.draft.sections)
    counter = iter(range(10**9))

    def change() -> None:
        worker.wait_idle()
        _settle(app)
        editor.document.set_section_text(page.spec.id, page.text_edit.toPlainText() + str(next(counter) % 10))

    samples = time_ms(editor.autosaver.save_now, repeat, setup=change)
    worker.wait_idle()
    return Result(
        f"autosave: GUI thread blocked ({chars:,}-character draft)",
        samples,
        target="≤ 5 ms",
        limit=5,
        note="Autosaver.save_now: JSON snapshot + hand-off to the save thread",
    )


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.bench_gui")
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--library", type=int, default=1000)
    parser.add_argument("--out", type=Path, required=True)
    options = parser.parse_args(argv)
    results = measure(options.repeat, options.library)
    options.out.write_text(json.dumps([r.to_dict() for r in results], ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
