"""The draft library: every stored draft, and the ways in (new, last year's, import, file)."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QToolBar, QVBoxLayout, QWidget

from desktop_app.core.errors import ReportError
from desktop_app.gui.context import AppContext
from desktop_app.gui.editor_windows import EditorWindows
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.library_list import DraftList

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar

    from desktop_app.gui.library_actions import LibraryActions
    from desktop_app.gui.library_revisions import RevisionActions
    from desktop_app.gui.publish_actions import PublishActions

_MNEMONIC = re.compile(r"\(&\w\)")  # "新建(&N)": the Chinese way of writing a mnemonic


class LibraryWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.showing_trash = False
        self.setWindowTitle(translate("Library", "Draft library"))
        self.resize(1000, 620)
        from desktop_app.gui.window_state import GeometryKeeper

        self.geometry_keeper = GeometryKeeper(self, ctx.settings, "library")
        self.drafts = DraftList(ctx.lang, self)
        self.model, self.proxy, self.table = self.drafts.model, self.drafts.proxy, self.drafts.view
        self.filter_edit = self.drafts.filter_edit
        self.windows = EditorWindows(ctx, self, self.refresh, self.schedule_refresh)
        self.editors = self.windows.open
        self._build_central()

        self._busy: QProgressBar | None = None
        self._flows: LibraryActions | None = None
        self._publishing: PublishActions | None = None
        self._revisions: RevisionActions | None = None
        self._build_actions()
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        self.refresh()

    def _build_central(self) -> None:
        self.mode_label = QLabel()
        empty = translate(
            "Library", "No drafts yet. Click New to start a report, or import last year's published report."
        )
        # centred as rich text: no Qt.AlignmentFlag named at start-up
        self.empty_label = QLabel(f"<p align=center>{empty.replace('&', '&amp;').replace('<', '&lt;')}</p>")
        self.empty_label.setWordWrap(True)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.mode_label)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        self.setCentralWidget(central)

    # --- actions ----------------------------------------------------------------------

    # What the actions do, the busy bar and the dialogs load when first needed: the list
    # is shown without them (start-up time, see docs/performance.md).
    @property
    def flows(self) -> LibraryActions:
        if self._flows is None:
            from desktop_app.gui.library_actions import LibraryActions

            self._flows = LibraryActions(self, self)
        return self._flows

    @property
    def publishing(self) -> PublishActions:
        if self._publishing is None:
            from desktop_app.gui.publish_actions import PublishActions

            self._publishing = PublishActions(self, self, self.flows)
        return self._publishing

    @property
    def revisions(self) -> RevisionActions:
        if self._revisions is None:
            from desktop_app.gui.library_revisions import RevisionActions

            self._revisions = RevisionActions(self, self, self.flows)
        return self._revisions

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        action.setIconText(_MNEMONIC.sub("", text).replace("&", "").rstrip("…"))  # toolbar: plain words
        action.triggered.connect(lambda _=False: slot())
        # setShortcuts, not setShortcut: that one's overloads load the Qt namespace (start-up)
        if isinstance(shortcut, str):
            action.setShortcuts([QKeySequence(shortcut)])
        elif shortcut is not None:
            action.setShortcuts(shortcut)  # every binding the platform has for it
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        return action

    def _build_actions(self) -> None:
        self._build_draft_actions()
        self._build_file_actions()
        self._build_trash_actions()
        self._build_toolbar()
        self._build_menus()

    def _build_draft_actions(self) -> None:
        """New, continue, import, convert, history, open, duplicate: the ways to a draft."""
        self.new_action = self._action(
            translate("Library", "&New…"),
            lambda: self.flows.new_draft(),
            QKeySequence.StandardKey.New,
            translate("Library", "Start a new report"),
        )
        self.rollforward_action = self._action(
            translate("Library", "&Continue from last year"),
            lambda: self.flows.roll_forward(),
            "Ctrl+Shift+N",
            translate("Library", "Next year's report from the selected one: years moved on, carried items marked"),
        )
        self.import_action = self._action(
            translate("Library", "&Import a published report…"),
            lambda: self.flows.import_report(),
            "Ctrl+I",
            translate("Library", "Read a published report (.docx, .txt, .doc) into a new draft"),
        )
        self.convert_action = self._action(
            translate("Library", "Con&vert to another format…"),
            lambda: self.flows.convert(),
            None,
            translate("Library", "A draft in the national six-section format from the selected one, nothing dropped"),
        )
        self.history_action = self._action(
            translate("Library", "Revision &history…"),
            lambda: self.revisions.history(),
            None,
            translate("Library", "Every saved version of the selected draft; restore an earlier one"),
        )
        self.open_action = self._action(translate("Library", "&Open"), self.open_selected, "Return")
        self.duplicate_action = self._action(
            translate("Library", "&Duplicate"), lambda: self.flows.duplicate(), "Ctrl+D"
        )
        self.find_action = self._action(
            translate("Library", "&Find a draft…"), self._focus_filter, QKeySequence.StandardKey.Find
        )

    def _build_file_actions(self) -> None:
        """Draft files, the submission package, the county summary, quit."""
        self.open_file_action = self._action(
            translate("Library", "Open draft &file…"),
            lambda: self.flows.open_draft_file(),
            QKeySequence.StandardKey.Open,
        )
        self.save_file_action = self._action(
            translate("Library", "&Save as draft file…"),
            lambda: self.flows.save_draft_file(),
            QKeySequence.StandardKey.SaveAs,
        )
        self.package_action = self._action(
            translate("Library", "Export submission &package…"),
            lambda: self.publishing.export_package(),
            None,
            translate(
                "Library", "The draft file, the .docx and the web page of the selected draft in one .zip for the county"
            ),
        )
        self.county_action = self._action(
            translate("Library", "&County summary of the units' reports…"),
            lambda: self.publishing.open_county(),
            None,
            translate("Library", "Check a folder of the units' reports: totals, missing units, copied writing"),
        )
        self.quit_action = self._action(translate("Library", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

    def _build_trash_actions(self) -> None:
        self.delete_action = self._action(
            translate("Library", "De&lete"),
            lambda: self.revisions.delete(),
            QKeySequence.StandardKey.Delete,
            translate("Library", "Move the selected draft to the trash"),
        )
        self.trash_action = self._action(translate("Library", "Show &trash"), self.toggle_trash)
        self.trash_action.setCheckable(True)
        self.restore_action = self._action(translate("Library", "&Restore"), lambda: self.revisions.restore())
        self.empty_trash_action = self._action(
            translate("Library", "&Empty trash…"), lambda: self.revisions.empty_trash()
        )

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(translate("Library", "Main toolbar"))  # no icons: the buttons show their text
        toolbar.setMovable(False)
        for action in (
            self.new_action,
            self.rollforward_action,
            self.import_action,
            self.open_action,
            self.duplicate_action,
            self.delete_action,
        ):
            toolbar.addAction(action)
        toolbar.addSeparator()
        for action in (self.trash_action, self.restore_action, self.empty_trash_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _build_menus(self) -> None:
        """文件, 编辑, 草稿, 视图, 帮助: the menus a clerk expects, with the usual shortcuts."""
        from desktop_app.gui.help_menu import add_help_menu

        files = (self.new_action, self.import_action, self.open_file_action, self.save_file_action)
        self._menu(translate("Library", "&File"), (*files, None, self.county_action, None, self.quit_action))
        self._menu(translate("Library", "&Edit"), (self.duplicate_action, self.delete_action, None, self.find_action))
        drafts = (self.open_action, self.rollforward_action, self.convert_action, self.history_action)
        self._menu(translate("Library", "&Draft"), (*drafts, self.package_action))
        view_menu = self._menu(
            translate("Library", "&View"), (self.trash_action, self.restore_action, self.empty_trash_action, None)
        )
        self._build_language_menu(view_menu.addMenu(translate("Library", "&Language")))
        self.guide_action, self.about_action = add_help_menu(self, self.ctx.dialogs)

    def _menu(self, title: str, actions: Sequence[QAction | None]) -> QMenu:
        """A menu of these actions; None is a separator."""
        menu = self.menuBar().addMenu(title)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        return menu

    def _build_language_menu(self, menu: QMenu) -> None:
        languages = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = self._action(name, lambda code=code: self.flows.set_language(code))  # type: ignore[misc]
            action.setCheckable(True)
            action.setChecked(code == self.ctx.lang)
            languages.addAction(action)
            menu.addAction(action)

    def _focus_filter(self) -> None:
        self.filter_edit.setFocus()
        self.filter_edit.selectAll()

    def _update_actions(self) -> None:
        selected = self.selected_id() is not None
        for action in (
            self.rollforward_action,
            self.convert_action,
            self.history_action,
            self.package_action,
            self.open_action,
            self.duplicate_action,
            self.save_file_action,
            self.delete_action,
        ):
            action.setEnabled(selected and not self.showing_trash)
        for action in (self.new_action, self.import_action, self.open_file_action):
            action.setEnabled(not self.showing_trash)
        self.restore_action.setEnabled(selected and self.showing_trash)
        self.empty_trash_action.setEnabled(self.showing_trash and self.model.rowCount() > 0)

    # --- the list ---------------------------------------------------------------------

    def refresh(self) -> None:
        selected = self.selected_id()
        try:
            rows = self.ctx.store.list_trash() if self.showing_trash else self.ctx.store.list()
        except ReportError as exc:
            self.ctx.dialogs.warning(self, translate("Library", "Draft library"), describe(exc), str(exc))
            rows = []
        self.model.set_rows(rows)
        self.drafts.fit_columns()
        self.mode_label.setText(
            translate("Library", "Trash: drafts here can be restored until the trash is emptied.")
            if self.showing_trash
            else ""
        )
        self.mode_label.setVisible(self.showing_trash)
        self.empty_label.setVisible(not rows and not self.showing_trash)
        if selected:
            self.select(selected)
        elif rows:
            self.table.selectRow(0)
        self._update_actions()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def toggle_trash(self) -> None:
        self.showing_trash = self.trash_action.isChecked()
        self.refresh()

    def selected_id(self) -> str | None:
        return self.drafts.selected_id()

    def select(self, draft_id: str) -> None:
        self.drafts.select(draft_id)

    @property
    def busy(self) -> QProgressBar:
        if self._busy is None:
            from PySide6.QtWidgets import QProgressBar

            self._busy = QProgressBar()
            self._busy.setRange(0, 0)
            self._busy.setMaximumWidth(160)
            self._busy.hide()
            self.statusBar().addPermanentWidget(self._busy)
        return self._busy

    def set_busy(self, busy: bool, message: str = "") -> None:
        self.busy.setVisible(busy)
        if message:
            self.statusBar().showMessage(message, 0 if busy else 5000)
        elif not busy:
            self.statusBar().clearMessage()

    # --- editors ----------------------------------------------------------------------

    def open_selected(self) -> None:
        draft_id = self.selected_id()
        if draft_id is not None and not self.showing_trash:
            self.open_draft(draft_id)

    def open_draft(self, draft_id: str, step: int | None = None) -> QMainWindow | None:
        """Open (or raise) the editor for a stored draft, in front on this window's screen."""
        return self.windows.show(draft_id, step)

    def close_editor(self, draft_id: str) -> None:
        self.windows.close(draft_id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.windows.close_all()
        super().closeEvent(event)
