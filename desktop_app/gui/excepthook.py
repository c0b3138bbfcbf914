"""Unexpected errors become a dialog with copyable details; the app keeps running.

A ReportError that escapes a handler is a known problem with a plain message, not a crash,
so it gets the short message instead of a traceback.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import ReportError
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def make_excepthook(dialogs: Dialogs) -> Hook:
    showing = False

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        details = "".join(traceback.format_exception(kind, value, tb))
        if sys.__stderr__ is not None:
            sys.__stderr__.write(details)
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        if showing:  # an error while showing an error: stderr has it, don't stack dialogs
            return
        showing = True
        try:
            parent = QApplication.activeWindow()
            if isinstance(value, ReportError):
                dialogs.warning(parent, translate("ErrorDialog", "Error"), describe(value), str(value))
            else:
                dialogs.crash(parent, details)
        finally:
            showing = False

    return hook


def install_excepthook(dialogs: Dialogs) -> Hook:
    hook = make_excepthook(dialogs)
    sys.excepthook = hook
    return hook
