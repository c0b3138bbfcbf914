"""The Help menu every window shares: a short guide (F1) and the About box."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from desktop_app import __version__, paths
from desktop_app.gui.dialogs import Dialogs
from desktop_app.gui.i18n import translate


def about_text() -> str:
    return translate("Help", "<h3>OGI Report Assistant %1</h3>").replace("%1", __version__) + translate(
        "Help",
        "<p>Drafts the annual open-government-information report, checks it and exports it "
        "in the official layout. Works offline.</p><p>Your drafts are kept in:<br><code>%1</code></p>",
    ).replace("%1", str(paths.data_dir()))


def guide_text() -> str:
    return translate(
        "Help",
        "<h3>How to write this year's report</h3><ol>"
        "<li><b>Start</b>: continue from last year's draft (Draft → Continue from last year), or import "
        "last year's published report (File → Import), or start a new one.</li>"
        "<li><b>Walk the steps</b> on the left: basic information, each section, review. Text is written "
        "from the facts you enter; items carried from last year are highlighted until you confirm them.</li>"
        "<li><b>Review</b>: fix every error; look at each warning. Then record the sign-off.</li>"
        "<li><b>Export</b> (Ctrl+E): a Word document in the official layout, or a web page for the portal.</li>"
        "</ol><p>Everything is saved as you type; earlier versions are under Draft → Revision history.</p>",
    )


def add_help_menu(window: QMainWindow, dialogs: Dialogs) -> tuple[QAction, QAction]:
    """帮助: the guide on F1 and the About box."""
    menu = window.menuBar().addMenu(translate("Help", "&Help"))
    guide = QAction(translate("Help", "&Guide"), window)
    guide.setShortcuts([QKeySequence("F1")])
    guide.triggered.connect(lambda _=False: dialogs.info(window, translate("Help", "Guide"), guide_text()))
    about = QAction(translate("Help", "&About OGI Report Assistant"), window)
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(
        lambda _=False: dialogs.info(window, translate("Help", "About OGI Report Assistant"), about_text())
    )
    menu.addAction(guide)
    menu.addAction(about)
    return guide, about
