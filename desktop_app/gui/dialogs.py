"""Every modal question the app asks, behind one object that tests replace.

Windows get a ``Dialogs`` instance passed in and never call QMessageBox or QFileDialog
directly, so a test can answer any question without a blocking dialog.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desktop_app.gui.i18n import translate

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from desktop_app.gui.widgets.new_draft import NewDraftRequest

# The dialog classes are imported when a question is first asked: loading them (and their
# enums) is start-up time the library window does not need.


class Dialogs:
    def info(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        self._box(parent, QMessageBox.Icon.Information, title, text, details)

    def warning(self, parent: QWidget | None, title: str, text: str, details: str = "") -> None:
        from PySide6.QtWidgets import QMessageBox

        self._box(parent, QMessageBox.Icon.Warning, title, text, details)

    def ask(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            parent, title, text, QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        )
        return answer == QMessageBox.StandardButton.Yes

    def offer(self, parent: QWidget | None, title: str, text: str, action: str, details: str = "") -> bool:
        """Offer one next step on a button named ``action`` (or 以后再说); True means take it."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.NoButton, parent)
        take = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
        box.addButton(translate("Dialogs", "Not now"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(take)
        if details:
            box.setDetailedText(details)
        box.exec()
        return box.clickedButton() is take

    def fix(
        self, parent: QWidget | None, title: str, text: str, fixes: list[tuple[str, str]], details: str = ""
    ) -> str | None:
        """A failure that says why and offers its fixes as the box's own buttons: ``fixes`` are
        (key, button text), the first the default; the key of the one chosen, None for Cancel."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
        if details:
            box.setDetailedText(details)
        chosen: list[str] = []
        for number, (key, label) in enumerate(fixes):
            button = box.addButton(label, QMessageBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _=False, key=key: chosen.append(key))
            if number == 0:
                box.setDefaultButton(button)
        box.exec()
        return chosen[-1] if chosen else None

    def choose(self, parent: QWidget | None, title: str, text: str, items: list[str]) -> int | None:
        """One of ``items`` (its index), or None when cancelled."""
        from PySide6.QtWidgets import QInputDialog

        item, ok = QInputDialog.getItem(parent, title, text, items, 0, False)
        return items.index(item) if ok and item in items else None

    def open_file(self, parent: QWidget | None, title: str, folder: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, folder, filters)
        return path or None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return path or None

    def choose_folder(self, parent: QWidget | None, title: str, folder: str) -> str | None:
        from PySide6.QtWidgets import QFileDialog

        return QFileDialog.getExistingDirectory(parent, title, folder) or None

    def new_draft(self, parent: QWidget | None, lang: str) -> NewDraftRequest | None:
        from desktop_app.gui.widgets.new_draft import NewDraftDialog

        dialog = NewDraftDialog(lang, parent)
        return dialog.request() if dialog.exec() == NewDraftDialog.DialogCode.Accepted else None

    def crash(self, parent: QWidget | None, details: str) -> None:
        from desktop_app.gui.widgets.error_dialog import ErrorDialog

        ErrorDialog(details, parent).exec()

    def _box(self, parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, details: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        if details:
            box.setDetailedText(details)
        box.exec()


_UNSAFE_IN_NAMES = re.compile(r'[\\/:*?"<>|\s\x00-\x1f]+')


def safe_file_name(stem: str, fallback: str) -> str:
    """A file name made from a draft's words (agency, year) that cannot leave the chosen folder:
    no separators, drive letters, reserved characters or leading dots."""
    name = _UNSAFE_IN_NAMES.sub("", stem).lstrip(".")
    return name[:120] or fallback


def file_filter_docx() -> str:
    return translate("Dialogs", "Word documents (*.docx)")


def file_filter_export() -> str:
    return translate("Dialogs", "Word documents (*.docx);;Web pages (*.html *.htm);;PDF (*.pdf)")


def file_filter_package() -> str:
    return translate("Dialogs", "Submission packages (*.zip)")


def file_filter_roster() -> str:
    return translate("Dialogs", "Rosters, one agency per line (*.txt)")


def file_filter_workbook() -> str:
    return translate("Dialogs", "Workbooks (*.xlsx)")


def file_filter_draft() -> str:
    return translate("Dialogs", "Draft files (*.ogireport *.json)")


REPORT_PATTERNS = "*.docx *.doc *.wps *.txt *.html *.htm *.mhtml *.mht *.pdf"


def file_filter_report() -> str:
    # file patterns are not words: the translated name keeps its patterns, and the list of what
    # the importer reads (desktop_app.core.importing.sources) replaces them
    name = translate("Dialogs", "Published reports (*.docx *.txt *.doc)")
    return name.replace("*.docx *.txt *.doc", REPORT_PATTERNS)
