"""Forms that put their labels above the fields when the page is too narrow for both side by
side (a long translation, a small screen at 150 %), and back beside them when there is room.

QFormLayout's own WrapLongRows squeezes a field whose label is shorter than the longest one,
so the whole form switches at once: label beside field (DontWrapRows) while the page's room
holds that layout's minimum width, labels above (WrapAllRows) otherwise.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QFormLayout, QWidget

BESIDE = QFormLayout.RowWrapPolicy.DontWrapRows
ABOVE = QFormLayout.RowWrapPolicy.WrapAllRows


class WrapWhenNarrow(QObject):
    """Watches ``page`` (a scroll area's page: its parent is the room it has)."""

    def __init__(self, page: QWidget, forms: list[QFormLayout]) -> None:
        super().__init__(page)
        self.page = page
        self.forms = forms
        self._wide_enough = 0  # the page width the forms need side by side, once known
        page.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # a resize changes the room; a layout request may change what the page needs
        if watched is self.page and event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
            self.fit()
        return False

    def room(self) -> int:
        parent = self.page.parentWidget()
        return parent.width() if parent is not None else self.page.width()

    def fit(self) -> None:
        beside = all(form.rowWrapPolicy() == BESIDE for form in self.forms)
        if beside and self.page.minimumSizeHint().width() > self.room():
            self._wide_enough = self.page.minimumSizeHint().width()
            self._set(ABOVE)
        elif not beside and self.room() >= self._wide_enough:
            self._set(BESIDE)

    def _set(self, policy: QFormLayout.RowWrapPolicy) -> None:
        for form in self.forms:
            form.setRowWrapPolicy(policy)
