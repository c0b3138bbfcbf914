"""The step-by-step editor: a sidebar of steps, one page per step, Back/Next, autosave.

Pages are built from the format: basic information, one generic SectionPage per SectionSpec,
review & sign-off, export. Every page edits the same DraftDocument, so moving around never
loses anything. A page is built when its step is first shown (``editor.pages`` builds on
access): opening a draft builds only the first; the sidebar's states come from the document's
findings, not from the pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from functools import partial

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import ConflictError
from desktop_app.core.model import Draft
from desktop_app.gui.autosave import Autosaver
from desktop_app.gui.context import AppContext
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.errors import describe
from desktop_app.gui.i18n import translate
from desktop_app.gui.lazy_pages import LazyPages
from desktop_app.gui.pages.export import ExportPage
from desktop_app.gui.pages.info import InfoPage
from desktop_app.gui.pages.protocol import FindingPage
from desktop_app.gui.pages.review import ReviewPage
from desktop_app.gui.pages.section import SectionPage, section_title
from desktop_app.gui.step_state import StepState, content_state, review_state, state_icon, state_text
from desktop_app.gui.validation_summary import summary_text

UNTRACKED = -1  # no base revision known: saves are not checked for changes made elsewhere
# 1024×700 at 150 % leaves about 680×410 inside the window's frame, under the taskbar
MINIMUM_SIZE = QSize(600, 380)
SIDEBAR_WIDTH = 270


class EditorWindow(QMainWindow):
    closed = Signal(str)  # draft id
    saved = Signal(str)  # draft id, after each autosave landed
    reload_requested = Signal(str)  # draft id: reopen it from the store (the clerk took theirs)

    def __init__(
        self,
        ctx: AppContext,
        draft: Draft,
        last_year: Draft | None = None,
        parent: QWidget | None = None,
        base: int | None = UNTRACKED,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.document = DraftDocument(draft, last_year, ctx.lang)
        self.document.setParent(self)
        self.resize(1200, 800)  # placed and shrunk onto the clerk's screen when shown
        self.setMinimumSize(MINIMUM_SIZE)
        self._exported = False
        self._resolving = False
        self._discarded = False

        steps = self._steps()
        self.step_ids = [step_id for step_id, _title, _make in steps]
        self._makers = [make for _id, _title, make in steps]
        self.pages = LazyPages(len(steps), self._build_page)
        self.setCentralWidget(self._build_central([title for _id, title, _make in steps]))
        self.save_label = QLabel()
        self.findings_label = QLabel()
        self.statusBar().addWidget(self.findings_label, 1)
        self.statusBar().addPermanentWidget(self.save_label)
        self._build_autosave(draft.id, base)
        self._build_navigation()
        self._build_menus()
        self.document.changed.connect(self.autosaver.schedule)
        self.document.changed.connect(self._update_title)
        self.document.findings_changed.connect(self._sidebar_timer.start)
        self.document.unconfirmed_changed.connect(self._sidebar_timer.start)

        self._update_title()
        self.refresh_sidebar()
        self.sidebar.setCurrentRow(0)

    def _steps(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """(step id, title, page maker) of every step: basic information, the format's
        sections, review, export."""
        ctx, document = self.ctx, self.document
        steps: list[tuple[str, str, Callable[[], QWidget]]] = [
            (INFO_STEP, InfoPage.title(), lambda: InfoPage(document))
        ]
        steps += [
            (s.id, section_title(s, ctx.lang), partial(SectionPage, document, s, ctx.dialogs))
            for s in document.spec.sections
        ]
        steps += [
            (ReviewPage.step_id, ReviewPage.title(), lambda: ReviewPage(document, ctx.dialogs, ctx.settings)),
            (ExportPage.step_id, ExportPage.title(), lambda: ExportPage(document, ctx)),
        ]
        return steps

    def _build_central(self, titles: list[str]) -> QSplitter:
        """The steps at the left; at the right the current page over Back and Next."""
        self.sidebar = QListWidget()
        self.sidebar.setWordWrap(True)
        self.sidebar.setIconSize(QSize(18, 18))
        self.sidebar.setSpacing(2)
        self.sidebar.setAccessibleName(translate("Editor", "Steps"))
        self.stack = QStackedWidget()
        for title in titles:
            self.sidebar.addItem(QListWidgetItem(title))
            scroll = QScrollArea()  # the page goes in when its step is first shown
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QScrollArea.Shape.NoFrame)
            scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from the sidebar into the page
            self.stack.addWidget(scroll)
        self.back_button = QPushButton(translate("Editor", "&Back"))
        self.back_button.setToolTip(translate("Editor", "Previous step (Alt+Left, Ctrl+PgUp)"))
        self.next_button = QPushButton(translate("Editor", "&Next"))
        self.next_button.setToolTip(translate("Editor", "Next step (Alt+Right, Ctrl+PgDown)"))
        self.step_label = QLabel()
        nav = QHBoxLayout()
        nav.addWidget(self.step_label, 1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([SIDEBAR_WIDTH, 1200 - SIDEBAR_WIDTH])
        self.splitter.setChildrenCollapsible(False)
        return self.splitter

    def _build_autosave(self, draft_id: str, base: int | None) -> None:
        self.autosaver = Autosaver(self.ctx.save_worker, draft_id, self.document.snapshot, parent=self)
        self.autosaver.saving.connect(lambda: self.save_label.setText(translate("Editor", "Saving…")))
        self.autosaver.saved.connect(self._saved)
        self.autosaver.failed.connect(self._save_failed)
        self.autosaver.conflict.connect(self._save_conflict)
        if base != UNTRACKED:
            self.autosaver.track(base)
        self._sidebar_timer = QTimer(self)
        self._sidebar_timer.setSingleShot(True)
        self._sidebar_timer.setInterval(0)
        self._sidebar_timer.timeout.connect(self.refresh_sidebar)

    def _build_navigation(self) -> None:
        """The sidebar, Back and Next, and their keys."""
        self.sidebar.currentRowChanged.connect(self._step_changed)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        for keys, slot in (
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Left), self.back),
            (QKeySequence(Qt.Modifier.ALT | Qt.Key.Key_Right), self.next),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageUp), self.back),
            (QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_PageDown), self.next),
        ):
            QShortcut(keys, self, slot)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self.fit_sidebar)  # once the splitter has its new width

    def fit_sidebar(self) -> None:
        """The steps take at most a quarter of the window, so a narrow window (150 %, a small
        screen) leaves the page its width."""
        total = sum(self.splitter.sizes()) or self.width()
        sidebar = min(SIDEBAR_WIDTH, max(self.sidebar.minimumSizeHint().width(), total // 4))
        self.splitter.setSizes([sidebar, total - sidebar])

    # --- pages ------------------------------------------------------------------------

    def _build_page(self, index: int) -> QWidget:
        page = self._makers[index]()
        scroll = self.stack.widget(index)
        assert isinstance(scroll, QScrollArea)
        scroll.setWidget(page)
        # a new page joins the end of the window's focus chain: Back and Next go after it again,
        # so Tab still runs sidebar → page → Back → Next
        last = self.previousInFocusChain()
        while last is not None and last is not self and not last.focusPolicy() & Qt.FocusPolicy.TabFocus:
            last = last.previousInFocusChain()  # setTabOrder ignores a widget that takes no focus
        if last is not None and last not in (self, self.back_button, self.next_button):
            QWidget.setTabOrder(last, self.back_button)
            QWidget.setTabOrder(self.back_button, self.next_button)
        if isinstance(page, FindingPage):
            page.finding_activated.connect(lambda finding, page=page: page.show_finding(finding))
        if isinstance(page, ReviewPage):
            page.jump_requested.connect(self.go_to)
            page.signed.connect(lambda: self.autosaver.save_now("signed-off"))
        elif isinstance(page, ExportPage):
            page.exported.connect(self._exported_to)
        return page

    @property
    def review_page(self) -> ReviewPage:
        page = self.pages[self.step_index(ReviewPage.step_id)]
        assert isinstance(page, ReviewPage)
        return page

    @property
    def export_page(self) -> ExportPage:
        page = self.pages[self.step_index(ExportPage.step_id)]
        assert isinstance(page, ExportPage)
        return page

    def _build_menus(self) -> None:
        """文件 (save Ctrl+S, export Ctrl+E, close), 编辑, 视图 (steps), 帮助; the window keeps its place."""
        from desktop_app.gui.edit_menu import add_edit_menu
        from desktop_app.gui.help_menu import add_help_menu
        from desktop_app.gui.window_state import GeometryKeeper

        menus = self.menuBar()
        file_menu = menus.addMenu(translate("Editor", "&File"))
        self.save_action = QAction(translate("Editor", "&Save now"), self)
        file_menu.addAction(self.save_action)
        self.save_action.setShortcuts([QKeySequence("Ctrl+S")])
        self.save_action.triggered.connect(lambda _=False: self.autosaver.save_now())
        self.export_action = QAction(translate("Editor", "&Export…"), self)
        file_menu.addAction(self.export_action)
        self.export_action.setShortcuts([QKeySequence("Ctrl+E")])
        self.export_action.triggered.connect(lambda _=False: self.go_to_export())
        file_menu.addSeparator()
        close_action = QAction(translate("Editor", "&Close"), self)
        file_menu.addAction(close_action)
        close_action.setShortcuts([QKeySequence("Ctrl+W")])
        close_action.triggered.connect(lambda _=False: self.close())
        add_edit_menu(self)
        view_menu = menus.addMenu(translate("Editor", "&View"))
        back = QAction(translate("Editor", "&Previous step"), self)
        view_menu.addAction(back)
        back.triggered.connect(lambda _=False: self.back())
        forward = QAction(translate("Editor", "&Next step"), self)
        view_menu.addAction(forward)
        forward.triggered.connect(lambda _=False: self.next())
        review = QAction(translate("Editor", "&Review and sign-off"), self)
        view_menu.addAction(review)
        review.triggered.connect(lambda _=False: self.set_step(self.step_index(ReviewPage.step_id)))
        add_help_menu(self, self.ctx.dialogs)
        self.geometry_keeper = GeometryKeeper(self, self.ctx.settings, "editor")

    def go_to_export(self) -> None:
        """Ctrl+E: the export step, its button ready to press."""
        self.set_step(self.step_index(ExportPage.step_id))
        self.export_page.export_button.setFocus()

    # --- navigation -------------------------------------------------------------------

    @property
    def current_step(self) -> int:
        return self.stack.currentIndex()

    def step_count(self) -> int:
        return len(self.pages)

    def set_step(self, index: int) -> None:
        self.sidebar.setCurrentRow(max(0, min(index, len(self.pages) - 1)))

    def back(self) -> None:
        self.set_step(self.current_step - 1)

    def next(self) -> None:
        self.set_step(self.current_step + 1)

    def step_index(self, step_id: str) -> int:
        return self.step_ids.index(step_id) if step_id in self.step_ids else 0

    def go_to(self, step_id: str, finding: object = None) -> None:
        index = self.step_index(step_id)
        self.set_step(index)
        page = self.pages[index]
        if finding is not None and isinstance(page, FindingPage):
            page.show_finding(finding)

    def page(self, step_id: str) -> QWidget:
        return self.pages[self.step_index(step_id)]

    def _step_changed(self, index: int) -> None:
        if index < 0:
            return
        if self.autosaver.pending:
            self.autosaver.save_now()
        self.pages[index]  # built the first time its step is shown
        self.stack.setCurrentIndex(index)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(self.pages) - 1)
        self.step_label.setText(
            translate("Editor", "Step %1 of %2").replace("%1", str(index + 1)).replace("%2", str(len(self.pages)))
        )

    # --- state display ----------------------------------------------------------------

    def step_state(self, index: int) -> StepState:
        step_id = self.step_ids[index]
        if step_id == ReviewPage.step_id:
            return review_state(self.document)
        if step_id == ExportPage.step_id:
            return StepState.DONE if self._exported else StepState.NOT_STARTED
        return content_state(self.document, step_id)

    def refresh_sidebar(self) -> None:
        for index in range(len(self.pages)):
            state = self.step_state(index)
            item = self.sidebar.item(index)
            item.setIcon(state_icon(state))
            item.setToolTip(state_text(state))
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, state_text(state))
        self.findings_label.setText(summary_text(self.document.findings))

    def _update_title(self) -> None:
        draft = self.document.draft
        name = draft.agency.short_name or draft.agency.full_name or translate("Editor", "Untitled")
        self.setWindowTitle(translate("Editor", "%1 — %2 report").replace("%1", name).replace("%2", str(draft.year)))

    # --- saving -----------------------------------------------------------------------

    def _saved(self, _revision: object, when: datetime) -> None:
        self.save_label.setText(translate("Editor", "Saved %1").replace("%1", when.strftime("%H:%M:%S")))
        self.saved.emit(self.document.draft.id)

    def _save_failed(self, exc: object) -> None:
        message = describe(exc, self.ctx.lang) if isinstance(exc, BaseException) else str(exc)
        self.save_label.setText(translate("Editor", "Not saved: %1").replace("%1", message))

    def _exported_to(self, _path: str) -> None:
        self._exported = True
        self.autosaver.save_now("exported")
        self.refresh_sidebar()

    def _save_conflict(self, exc: object) -> None:
        if self._resolving or self._discarded or not isinstance(exc, ConflictError):
            return
        self._resolving = True
        try:
            self.save_label.setText(translate("Editor", "Not saved: the draft was changed elsewhere"))
            choice = self.ctx.dialogs.choose(
                self,
                translate("Editor", "Changed elsewhere"),
                describe(exc, self.ctx.lang),
                [
                    translate("Editor", "Keep mine as a new revision (theirs stays in the history)"),
                    translate("Editor", "Take theirs (my unsaved changes are dropped)"),
                    translate("Editor", "Save mine as a copy, then take theirs"),
                ],
            )
            if choice == 0:
                self.autosaver.track(exc.current)
                self.autosaver.save_now()
            elif choice in (1, 2):
                if choice == 2:
                    self._save_copy()
                self._take_theirs()
        finally:
            self._resolving = False

    def _save_copy(self) -> None:
        from desktop_app.core.model import Lineage, from_json, new_id

        copy = from_json(self.document.snapshot())
        copy.lineage = Lineage(kind="duplicated", source_draft_id=copy.id, source_year=copy.year)
        copy.id = new_id()
        copy.sign_off = None
        self.ctx.store.create(copy, "duplicated")

    def _take_theirs(self) -> None:
        self._discarded = True
        self.autosaver.discard()
        self.reload_requested.emit(self.document.draft.id)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.document.shutdown()
        if self._discarded:
            self.autosaver.discard()
        else:
            self.autosaver.flush()
        super().closeEvent(event)
        self.closed.emit(self.document.draft.id)
