"""Export: choose the file (.docx, the portal's .html or a .pdf, by its extension), write it
off the GUI thread, open it, preview it page by page; or copy the portal page to the clipboard.
A failed export says why and offers its fixes (另存为…, 重试, 打开文件夹) in the same box."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import OutputError, ReportError
from desktop_app.core.messages.output_fixes import RETRY, SAVE_AS, output_fix
from desktop_app.core.model import Draft, SignOffState, from_json, sign_off_state, to_json
from desktop_app.core.word.fonts import FontPlan, checker, plan_fonts
from desktop_app.core.word.layout import load_layout
from desktop_app.gui.context import AppContext
from desktop_app.gui.dialogs import file_filter_docx, file_filter_export, safe_file_name
from desktop_app.gui.document import DraftDocument
from desktop_app.gui.errors import describe
from desktop_app.gui.folders import EXPORT_DIR_KEY, remember_file, start_folder
from desktop_app.gui.i18n import translate
from desktop_app.gui.tasks import Task, run_task
from desktop_app.gui.widgets.flow import FlowLayout
from desktop_app.gui.widgets.preview import Preview

STRICT_FONTS_KEY = "strict_fonts"
OPEN_FOLDER = "open-folder"  # the third fix a failed export offers


def _export(draft: Draft, path: str, fonts: FontPlan) -> Path:
    from desktop_app.core.publish.outputs import export_report  # python-docx loads only when needed

    return export_report(draft, path, fonts=fonts)


_EXTENSIONS = (".docx", ".html", ".htm", ".pdf")


def font_plan(strict: bool) -> FontPlan:
    """What the document will name, from the fonts Qt finds on this computer."""
    return plan_fonts(load_layout(), checker(QFontDatabase.families()), strict)


class ExportPage(QWidget):
    exported = Signal(str)
    step_id = "__export__"

    def __init__(self, document: DraftDocument, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ctx = ctx
        self.task: Task | None = None
        self.last_export: Path | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{self.title()}</h2>"))
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        layout.addLayout(self._build_path_row())
        layout.addWidget(self._build_fonts())
        layout.addWidget(self.fonts_note)
        layout.addLayout(self._build_buttons())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        layout.addWidget(self._build_preview(), 1)
        self._connect()
        self.refresh()

    # --- building -----------------------------------------------------------------------

    def _build_path_row(self) -> QHBoxLayout:
        self.path_edit = QLineEdit(self.default_path())
        self.path_edit.setAccessibleName(translate("ExportPage", "File to write"))
        self.choose_button = QPushButton(translate("ExportPage", "C&hoose…"))
        path_label = QLabel(translate("ExportPage", "&File:"))
        path_label.setBuddy(self.path_edit)
        row = QHBoxLayout()
        row.addWidget(path_label)
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        return row

    def _build_fonts(self) -> QCheckBox:
        self.strict_fonts = QCheckBox(
            translate("ExportPage", "Keep the official font &names (仿宋_GB2312 …) even where this computer lacks them")
        )
        self.strict_fonts.setChecked(bool(self.ctx.settings.get(STRICT_FONTS_KEY, False)))
        self.fonts_note = QLabel()
        self.fonts_note.setWordWrap(True)
        return self.strict_fonts

    def _build_buttons(self) -> FlowLayout:
        self.export_button = QPushButton(translate("ExportPage", "&Export"))
        self.export_button.setDefault(True)
        self.open_button = QPushButton(translate("ExportPage", "&Open the result"))
        self.open_button.setEnabled(False)
        self.folder_button = QPushButton(translate("ExportPage", "Show the &folder"))
        self.folder_button.setEnabled(False)
        self.copy_button = QPushButton(translate("ExportPage", "Copy as &web page"))
        self.copy_button.setToolTip(
            translate(
                "ExportPage", "Put the report on the clipboard as a web page, tables included, to paste into the portal"
            )
        )
        # for the signer: this year's report with what changed against last year's marked
        self.compare_button = QPushButton(translate("ExportPage", "Compare with last year…"))
        self.compare_button.setToolTip(
            translate("ExportPage", "Export a copy with the changes against last year marked")
        )
        self.compare_button.setVisible(self.document.last_year is not None)
        buttons = FlowLayout()  # wraps in a narrow window rather than widening the page
        for button in (self.export_button, self.open_button, self.folder_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addWidget(self.compare_button)
        return buttons

    def _build_preview(self) -> QGroupBox:
        box = QGroupBox(translate("ExportPage", "Preview (pages break where the printed report's do)"))
        self.preview = Preview()
        self.preview.setAccessibleName(translate("ExportPage", "Preview"))
        QVBoxLayout(box).addWidget(self.preview)
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(300)
        self._preview_timer.timeout.connect(self.refresh)
        return box

    def _connect(self) -> None:
        self.choose_button.clicked.connect(self.choose)
        self.export_button.clicked.connect(self.export)
        self.open_button.clicked.connect(self.open_result)
        self.folder_button.clicked.connect(self.open_folder)
        self.strict_fonts.toggled.connect(self._strict_toggled)
        self.copy_button.clicked.connect(self.copy_web_page)
        self.compare_button.clicked.connect(self.export_comparison)
        self.document.changed.connect(self._changed)
        self.document.findings_changed.connect(self.update_note)

    @staticmethod
    def title() -> str:  # static: the editor lists its steps before building the pages
        return translate("ExportPage", "Export")

    def default_path(self) -> str:
        """The report's title as the file name, in the last export folder (Documents at first)."""
        name = safe_file_name(self.document.report_title(), "report")
        return str(start_folder(self.ctx.settings, EXPORT_DIR_KEY) / f"{name}.docx")

    def refresh(self) -> None:
        self.update_note()
        if self.isVisible():
            self.preview.show_draft(self.document.draft)
            self._show_fonts()

    def update_note(self) -> None:
        signed = sign_off_state(self.document.draft) is SignOffState.SIGNED_OFF
        lines = [
            translate("ExportPage", "Signed off: the document is exported as final.")
            if signed
            else translate("ExportPage", "Not signed off: the document is marked as a draft in its header.")
        ]
        # the export leaves imported text that fits no section out: said here, where the clerk exports
        lines += [self.document.message(f) for f in self.document.findings if f.code == "unplaced-text"]
        self.note.setText("\n".join(lines))

    def _show_fonts(self) -> None:
        """Before the export: which official fonts this computer lacks and what is used instead."""
        plan = font_plan(self.strict_fonts.isChecked())
        notes = [note.text(self.ctx.lang) for note in plan.notes]
        self.fonts_note.setText("\n".join(notes))
        self.fonts_note.setVisible(bool(notes))

    def _strict_toggled(self, checked: bool) -> None:
        self.ctx.settings.set(STRICT_FONTS_KEY, checked)
        self._show_fonts()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _changed(self) -> None:
        if self.isVisible():
            self._preview_timer.start()

    # --- actions ----------------------------------------------------------------------

    def choose(self) -> bool:
        """另存为…: the file to write; False when the clerk cancels."""
        path = self.ctx.dialogs.save_file(
            self, translate("ExportPage", "Export the report"), self.path_edit.text(), file_filter_export()
        )
        if not path:
            return False
        if not path.lower().endswith(_EXTENSIONS):
            path += ".docx"
        self.path_edit.setText(path)
        remember_file(self.ctx.settings, EXPORT_DIR_KEY, path)
        return True

    def export(self) -> None:
        path = self.path_edit.text().strip()
        if not path:
            if not self.choose():
                return
            path = self.path_edit.text().strip()
        snapshot = from_json(to_json(self.document.draft))  # the worker never sees the live draft
        self.export_button.setEnabled(False)
        self.status.setText(translate("ExportPage", "Exporting…"))
        fonts = font_plan(self.strict_fonts.isChecked())
        self.task = run_task(_export, snapshot, path, fonts, on_done=self._done, on_error=self._failed)

    def _done(self, path: Path) -> None:
        self.export_button.setEnabled(True)
        self.last_export = Path(path)
        remember_file(self.ctx.settings, EXPORT_DIR_KEY, self.last_export)
        self.status.setText(translate("ExportPage", "Exported to %1").replace("%1", str(path)))
        self.open_button.setEnabled(True)
        self.folder_button.setEnabled(True)
        self.exported.emit(str(path))

    def _failed(self, exc: Exception) -> None:
        self.export_button.setEnabled(True)
        if not isinstance(exc, ReportError):
            raise exc  # a bug: the excepthook shows it with details
        self.status.setText(describe(exc))
        choice = self._offer_fixes(exc)
        if choice == RETRY or (choice == SAVE_AS and self.choose()):
            self.export()

    def _offer_fixes(self, exc: ReportError) -> str | None:
        """Why it failed and how to fix it, with the fixes as the box's buttons (the one that
        fits first); 打开文件夹 shows the folder and asks again."""
        first, how = output_fix(exc.code, str(exc.params.get("reason", "")), self.ctx.lang)
        retry = (RETRY, translate("ExportPage", "&Retry"))
        save_as = (SAVE_AS, translate("ExportPage", "&Save as…"))
        fixes = [retry, save_as] if first == RETRY else [save_as, retry]
        folder = Path(self.path_edit.text().strip()).parent
        if folder.is_dir():
            fixes.append((OPEN_FOLDER, translate("ExportPage", "Open the &folder")))
        if not isinstance(exc, OutputError) and first == SAVE_AS:
            fixes.remove(retry)  # the same target fails the same way: only another one helps
        title = translate("ExportPage", "Export failed")
        while True:
            choice = self.ctx.dialogs.fix(self, title, f"{describe(exc)}\n\n{how}", fixes, str(exc))
            if choice != OPEN_FOLDER:
                return choice
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def copy_web_page(self) -> None:
        """The portal page's body as HTML, and its text as plain text, on the clipboard."""
        from desktop_app.core.publish.html import body_html

        try:
            html = body_html(self.document.draft)
        except ReportError as exc:
            self.ctx.dialogs.warning(self, translate("ExportPage", "Copy as web page"), describe(exc), str(exc))
            return
        data = QMimeData()
        data.setHtml(html)
        data.setText(self.document.draft.full_text())
        QGuiApplication.clipboard().setMimeData(data)
        self.status.setText(
            translate("ExportPage", "The web page is on the clipboard: paste it into the portal's editor.")
        )

    def export_comparison(self) -> None:
        """与上年对照: a separate .docx with Word tracked changes against last year's report."""
        last_year = self.document.last_year
        if last_year is None:
            return
        title = translate("ExportPage", "Compare with last year")
        suggested = str(Path(self.path_edit.text().strip() or self.default_path()).with_suffix(""))
        path = self.ctx.dialogs.save_file(self, title, f"{suggested}（与上年对照）.docx", file_filter_docx())
        if not path:
            return
        if not path.lower().endswith(".docx"):
            path += ".docx"
        from desktop_app.core.word.compare import export_comparison  # python-docx loads only when needed

        try:
            written = export_comparison(self.document.draft, last_year, path)
        except ReportError as exc:
            self.ctx.dialogs.warning(self, title, describe(exc), str(exc))
            return
        self.status.setText(translate("ExportPage", "Comparison written to %1").replace("%1", str(written)))

    def open_result(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export)))

    def open_folder(self) -> None:
        if self.last_export is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_export.parent)))
