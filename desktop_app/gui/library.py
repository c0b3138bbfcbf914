"""The draft library: every stored draft, and the ways in (new, last year's, import, file)."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSortFilterProxyModel, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ReportError
from desktop_app.gui.context import AppContext
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.library_model import COLUMNS, ID_ROLE, SHOWN_ORDER, LibraryModel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressBar

    from desktop_app.core.model import Draft
    from desktop_app.gui.library_actions import LibraryActions
    from desktop_app.gui.publish_actions import PublishActions

FITTED_COLUMNS = [COLUMNS.index(c) for c in COLUMNS if c != "agency"]  # the agency stretches

_MNEMONIC = re.compile(r"\(&\w\)")  # "新建(&N)": the Chinese way of writing a mnemonic


class LibraryWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editors: dict[str, QMainWindow] = {}
        self.showing_trash = False
        self.setWindowTitle(translate("Library", "Draft library"))
        self.resize(1000, 620)
        from desktop_app.gui.window_state import GeometryKeeper

        self.geometry_keeper = GeometryKeeper(self, ctx.settings, "library")

        # No Qt.* enum is named on the way to the first paint: see library_model's docstring.
        self.model = LibraryModel(ctx.lang)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.table = QTableView()
        self.table.setAccessibleName(translate("Library", "Drafts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)  # the header's default: column 0 ("last change"), newest first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        for shown, name in enumerate(SHOWN_ORDER):
            header.moveSection(header.visualIndex(COLUMNS.index(name)), shown)
        header.setSectionResizeMode(COLUMNS.index("agency"), QHeaderView.ResizeMode.Stretch)
        for column in FITTED_COLUMNS:  # sized by _fit_columns: ResizeToContents measures every row
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(translate("Library", "Filter by agency, year or state…"))
        self.filter_edit.setAccessibleName(translate("Library", "Filter drafts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
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

        self._busy: QProgressBar | None = None
        self._fitted = False
        self._flows: LibraryActions | None = None
        self._publishing: PublishActions | None = None
        self._build_actions()
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        self.refresh()

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
            lambda: self.flows.history(),
            None,
            translate("Library", "Every saved version of the selected draft; restore an earlier one"),
        )
        self.open_action = self._action(translate("Library", "&Open"), self.open_selected, "Return")
        self.duplicate_action = self._action(
            translate("Library", "&Duplicate"), lambda: self.flows.duplicate(), "Ctrl+D"
        )
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
        self.delete_action = self._action(
            translate("Library", "De&lete"),
            lambda: self.flows.delete(),
            QKeySequence.StandardKey.Delete,
            translate("Library", "Move the selected draft to the trash"),
        )
        self.trash_action = self._action(translate("Library", "Show &trash"), self.toggle_trash)
        self.trash_action.setCheckable(True)
        self.restore_action = self._action(translate("Library", "&Restore"), lambda: self.flows.restore())
        self.empty_trash_action = self._action(translate("Library", "&Empty trash…"), lambda: self.flows.empty_trash())
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
        quit_action = self._action(translate("Library", "&Quit"), self.close, QKeySequence.StandardKey.Quit)

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

        self._build_menus(quit_action)

    def _build_menus(self, quit_action: QAction) -> None:
        """文件, 编辑, 草稿, 视图, 帮助: the menus a clerk expects, with the usual shortcuts."""
        from desktop_app.gui.help_menu import add_help_menu

        menus = self.menuBar()
        file_menu = menus.addMenu(translate("Library", "&File"))
        for action in (self.new_action, self.import_action, self.open_file_action, self.save_file_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.county_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        edit_menu = menus.addMenu(translate("Library", "&Edit"))
        self.find_action = self._action(
            translate("Library", "&Find a draft…"), self._focus_filter, QKeySequence.StandardKey.Find
        )
        for action in (self.duplicate_action, self.delete_action):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        edit_menu.addAction(self.find_action)
        draft_menu = menus.addMenu(translate("Library", "&Draft"))
        for action in (
            self.open_action,
            self.rollforward_action,
            self.convert_action,
            self.history_action,
            self.package_action,
        ):
            draft_menu.addAction(action)
        view_menu = menus.addMenu(translate("Library", "&View"))
        view_menu.addAction(self.trash_action)
        for action in (self.restore_action, self.empty_trash_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(translate("Library", "&Language"))
        languages = QActionGroup(self)
        for code, name in (("zh_CN", "中文"), ("en", "English")):
            action = self._action(name, lambda code=code: self.flows.set_language(code))  # type: ignore[misc]
            action.setCheckable(True)
            action.setChecked(code == self.ctx.lang)
            languages.addAction(action)
            language_menu.addAction(action)
        self.guide_action, self.about_action = add_help_menu(self, self.ctx.dialogs)

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
        self._fit_columns()
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

    def _fit_columns(self) -> None:
        """Size the short columns to their widest text, as ResizeToContents would.

        The header would ask the delegate about every row; the model already holds every
        display string, so the widest one is found by its advance and the cell's margins
        are measured once, on the first row shown.
        """
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        sample = self.proxy.index(0, 0)
        self._fitted = sample.isValid()
        if not self._fitted:  # nothing shown (yet): the header's own widths
            for column in FITTED_COLUMNS:
                header.resizeSection(column, header.sectionSizeHint(column))
            return
        margin = self.table.sizeHintForIndex(sample).width() - metrics.horizontalAdvance(str(sample.data()))
        margin += (1 if self.table.showGrid() else 0) + 1  # + 1: advances are rounded, layouts ceiled
        for column in FITTED_COLUMNS:
            widest = max(metrics.horizontalAdvance(text) for text in {t[column] for t in self.model.texts})
            header.resizeSection(column, max(header.sectionSizeHint(column), widest + margin))

    def _filter(self, text: str) -> None:
        from PySide6.QtCore import Qt  # not at start-up: see library_model's docstring

        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterFixedString(text)
        if not self._fitted:
            self._fit_columns()

    def schedule_refresh(self) -> None:
        self._refresh_timer.start()

    def toggle_trash(self) -> None:
        self.showing_trash = self.trash_action.isChecked()
        self.refresh()

    def selected_id(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return str(rows[0].data(ID_ROLE))

    def select(self, draft_id: str) -> None:
        row = self.model.row_of(draft_id)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, 0))
            if index.isValid():
                self.table.selectRow(index.row())

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
        """Open (or raise) the editor for a stored draft."""
        if draft_id in self.editors:
            editor = self.editors[draft_id]
        else:
            if not self._open_here_anyway(draft_id):
                return None
            try:
                draft, base = self._load_intact(draft_id)
            except ReportError as exc:
                self.ctx.dialogs.warning(self, translate("Library", "Open"), describe(exc), str(exc))
                return None
            editor = self._new_editor(draft, base)
        if step is not None:
            editor.set_step(step)  # type: ignore[attr-defined]
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _load_intact(self, draft_id: str) -> tuple[Draft, int | None]:
        """The stored draft; if it is damaged, offer its last good revision (restored as the
        current text, the damage stays named in the history) or raise."""
        from desktop_app.core.errors import DamagedDraftError

        try:
            return self.ctx.store.load_current(draft_id)
        except DamagedDraftError as exc:
            if exc.last_good is None or not self.ctx.dialogs.ask(
                self,
                translate("Library", "Open"),
                describe(exc, self.ctx.lang) + "\n\n" + translate("Library", "Open that revision now?"),
            ):
                raise
            self.ctx.store.restore_revision(draft_id, exc.last_good)
            self.refresh()
            return self.ctx.store.load_current(draft_id)

    def _open_here_anyway(self, draft_id: str) -> bool:
        """Another running copy of the app has the draft open: say so before a second editor starts."""
        from desktop_app.gui.recovery import open_elsewhere

        pid = open_elsewhere(self.ctx.marker.path.parent, draft_id, self.ctx.marker.pid)
        if pid is None:
            return True
        return self.ctx.dialogs.ask(
            self,
            translate("Library", "Open"),
            translate(
                "Library",
                "This draft is open in another window of the app (process %1). If you edit it in both, the "
                "later save becomes the draft and the other stays in its history. Open it here anyway?",
            ).replace("%1", str(pid)),
        )

    def last_year_of(self, draft: Draft) -> Draft | None:
        source = draft.lineage.source_draft_id if draft.lineage else None
        if not source or not self.ctx.store.exists(source):
            return None
        try:
            return self.ctx.store.load(source)
        except ReportError:
            return None

    def _new_editor(self, draft: Draft, base: int | None) -> QMainWindow:
        from PySide6.QtCore import Qt

        from desktop_app.gui.editor import EditorWindow  # the editor loads only when needed

        editor = EditorWindow(self.ctx, draft, self.last_year_of(draft), base=base)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.closed.connect(self._editor_closed)
        editor.reload_requested.connect(self._reopen, Qt.ConnectionType.QueuedConnection)
        editor.saved.connect(lambda _id: self.schedule_refresh())
        self.editors[draft.id] = editor
        self.ctx.marker.update(list(self.editors))
        return editor

    def _reopen(self, draft_id: str) -> None:
        """The clerk took the text saved elsewhere: a fresh editor on the stored draft."""
        self.close_editor(draft_id)
        self.refresh()
        self.open_draft(draft_id)

    def close_editor(self, draft_id: str) -> None:
        editor = self.editors.get(draft_id)
        if editor is not None:
            editor.close()

    def _editor_closed(self, draft_id: str) -> None:
        self.editors.pop(draft_id, None)
        self.ctx.marker.update(list(self.editors))
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        for draft_id in list(self.editors):
            self.close_editor(draft_id)
        super().closeEvent(event)
