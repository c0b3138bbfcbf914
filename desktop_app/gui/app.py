"""The GUI's entry point: ``main(argv) -> exit code``, called by ``python -m desktop_app``.

Start-up imports only what the library window needs; the editor, python-docx and jinja2
load when a draft is opened or exported.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
import time
from importlib.resources import as_file
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desktop_app import APP_ID, __version__, paths
from desktop_app.gui.i18n import LANGUAGES, choose_language, install_translators, translate
from desktop_app.resources import resources_root

if TYPE_CHECKING:
    from desktop_app.core.errors import ReportError
    from desktop_app.gui.settings import Settings

ICON_SIZES = (16, 32, 48, 64, 128, 256)
PAINT_CLOCK_ENV = "OGI_REPORT_PAINT_CLOCK"
DESKTOP_ID = "cn.ogireport.nianbao"  # packaging/linux/<id>.desktop


def parse_args(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    parser = argparse.ArgumentParser(prog=APP_ID, description="年报助手 — OGI report assistant")
    parser.add_argument("--lang", choices=LANGUAGES, help="user-interface language")
    parser.add_argument("--data-dir", help="folder for the draft database and settings")
    parser.add_argument("--quit-after-paint", action="store_true", help="exit once the window has painted")
    parser.add_argument("--self-test", action="store_true", help="export the demo report offscreen and check it")
    parser.add_argument("--open-file", metavar="FILE", help="open a draft file (.ogireport or .json)")
    parser.add_argument("--open-draft", metavar="ID", help=argparse.SUPPRESS)
    parser.add_argument("--step", type=int, default=None, help=argparse.SUPPRESS)
    return parser.parse_known_args(argv)


def app_icon() -> QIcon:
    icon = QIcon()
    folder = resources_root() / "icons"
    for size in ICON_SIZES:
        with as_file(folder / f"{APP_ID}-{size}.png") as path:
            if Path(path).is_file():
                icon.addFile(str(path))
    return icon


def choose_font(app: QApplication) -> None:
    """A CJK-capable UI font where the platform default may lack one."""
    font = app.font()
    if sys.platform == "win32":
        font.setFamily("Microsoft YaHei UI")
    elif sys.platform.startswith("linux"):
        families = set(QFontDatabase.families())
        for family in ("Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei"):
            if family in families:
                font.setFamily(family)
                break
        else:
            return
    else:
        return
    font.setStyleHint(QFont.StyleHint.SansSerif)
    app.setFont(font)


def make_application(qt_args: list[str], lang: str) -> QApplication:
    QCoreApplication.setApplicationName(APP_ID)
    QCoreApplication.setOrganizationName("OGI Report")
    QCoreApplication.setApplicationVersion(__version__)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setDesktopFileName(DESKTOP_ID)  # Wayland ties the window to its .desktop entry by this
    app.setProperty("ogi_translators", install_translators(app, lang))
    app.setApplicationDisplayName(translate("App", "OGI Report Assistant"))
    app.setWindowIcon(app_icon())
    choose_font(app)
    return app


class _PaintWatcher(QObject):
    """Quits the app right after the first window's first paint (start-up timing).

    It watches that one window: an application-wide filter would see every event of every
    object, and handing each one to Python costs start-up time of its own. With
    OGI_REPORT_PAINT_CLOCK set it prints ``painted <time.monotonic()>`` on stderr, so a
    benchmark can tell start-up from the interpreter's exit.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            if os.environ.get(PAINT_CLOCK_ENV):
                print(f"painted {time.monotonic()}", file=sys.stderr, flush=True)
            watched.removeEventFilter(self)
            QTimer.singleShot(0, QApplication.quit)
        return False


def _print_start_error(exc: ReportError, argv: list[str]) -> None:
    """The one line on stderr, in the command line's language (no translator is loaded yet)."""
    from desktop_app.cli_i18n import cli_language
    from desktop_app.core.messages.cli import say
    from desktop_app.core.messages.errors import error_text

    lang = cli_language(argv, os.environ)
    print(say("error", lang, message=error_text(exc, lang)), file=sys.stderr)


def main(argv: list[str]) -> int:
    # Start-up makes tens of thousands of objects that live as long as the app (Qt's
    # wrappers, modules, the first window): no collection pass over them is needed, so the
    # collector is off until the first window is up. Then they are frozen (gc.freeze: a
    # full collection with an editor open goes from about 7 to 1 ms) and collection resumes.
    gc.disable()
    try:
        options, qt_args = parse_args(argv)
        if options.data_dir:
            from desktop_app.core.errors import ReportError

            try:
                paths.set_data_dir(options.data_dir)
            except ReportError as exc:  # before any window: one line, like the command line
                _print_start_error(exc, argv)
                return 2
        if options.self_test:
            from desktop_app.gui.selftest import self_test

            return self_test()
        from desktop_app.gui.settings import Settings

        settings = Settings()
        lang = choose_language(options.lang or settings.get_str("lang") or None)
        app = make_application(qt_args, lang)
        return run(app, lang, settings, options)
    finally:
        gc.enable()


def _started() -> None:
    """The first window is up: what start-up made is here to stay."""
    gc.freeze()
    gc.enable()


def run(app: QApplication, lang: str, settings: Settings, options: argparse.Namespace) -> int:
    from desktop_app.core.errors import ReportError
    from desktop_app.core.storage.store import DraftStore
    from desktop_app.gui.autosave import SaveWorker
    from desktop_app.gui.context import AppContext
    from desktop_app.gui.dialogs import Dialogs
    from desktop_app.gui.errors import describe
    from desktop_app.gui.excepthook import install_excepthook
    from desktop_app.gui.library import LibraryWindow
    from desktop_app.gui.recovery import SessionMarker

    dialogs = Dialogs()
    try:
        store = DraftStore()
    except ReportError as exc:
        dialogs.warning(None, translate("App", "OGI Report Assistant"), describe(exc), str(exc))
        return 1
    worker = SaveWorker(store.path)
    worker.start()
    ctx = AppContext(lang, store, worker, SessionMarker(paths.data_dir()), settings, dialogs)
    install_excepthook(dialogs)
    window = LibraryWindow(ctx)
    try:
        first: QObject = window
        if options.open_draft:  # straight into one draft's editor (screenshots, scripted use)
            editor = window.open_draft(options.open_draft, options.step)
            if editor is None:
                return 1
            first = editor
        else:
            window.show()
            if not options.quit_after_paint:  # questions would hold up start-up timing
                QTimer.singleShot(0, window.flows.report_moved_aside)
                QTimer.singleShot(0, window.flows.offer_recovery)
            if options.open_file:  # a double-clicked draft file
                QTimer.singleShot(0, lambda: window.flows.open_draft_path(options.open_file))
        QTimer.singleShot(0, _started)
        if options.quit_after_paint:
            first.installEventFilter(_PaintWatcher(first))
        return app.exec()
    finally:
        for draft_id in list(window.editors):
            window.close_editor(draft_id)
        ctx.shutdown()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
