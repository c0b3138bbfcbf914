"""尚待确认: one list of everything carried from last year that the clerk has to look at.

Items are grouped by section, each with last year's value beside what the draft says now;
沿用 keeps it (a fact left empty takes last year's value), 修改 opens it where it stands
with the words selected, 跳转 shows the page. Several can be selected at once, and a
section's items confirmed in one go. Confirmed items are taken out in place, so the list
keeps its scroll position and the selection moves to the next item.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.validation.findings import Finding, Severity
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.i18n import CHINESE, translate
from desktop_app.gui.pages.section import section_title
from desktop_app.gui.widgets.flow import FlowLayout
from desktop_app.gui.widgets.last_year import shown_value

KEY_ROLE = Qt.ItemDataRole.UserRole + 10
STEP_ROLE = Qt.ItemDataRole.UserRole + 11
UNPLACED_STEP = INFO_STEP  # unplaced passages are shown on the basic-information page
_EXCERPT = 50
_VALUE_COLUMN_MIN = 60  # pixels: last year's value and this year's


@dataclass(frozen=True)
class Row:
    key: str
    step: str
    what: str  # the item, as the clerk reads it
    last_year: str
    now: str
    span: tuple[int, int] | None = None


def kind_name(kind: str) -> str:
    return {
        "year": translate("ConfirmList", "Year"),
        "date": translate("ConfirmList", "Date"),
        "period": translate("ConfirmList", "Period word"),
        "docno": translate("ConfirmList", "Document number"),
        "number": translate("ConfirmList", "Number"),
        "amount": translate("ConfirmList", "Amount"),
    }.get(kind, kind)


def rows(document: DraftDocument) -> list[Row]:
    """The draft's unconfirmed items, in the draft's order, as the list shows them."""
    draft, spec = document.draft, document.spec
    zh = document.lang == CHINESE
    colon = "：" if zh else ": "
    field_step = {key: s.id for s in spec.sections for key in s.fields}
    spans = {item.key: item for item in draft.text_items}
    out = []
    for key in draft.unconfirmed:
        kind, _, name = key.partition(":")
        if kind == "fact" and name in spec.field_map:
            field = spec.field(name)
            out.append(
                Row(
                    key,
                    field_step.get(name, INFO_STEP),
                    field.label if zh else field.label_en,
                    shown_value(field, draft.last_year_facts.get(name), document.lang),
                    shown_value(field, draft.facts.get(name), document.lang),
                )
            )
        elif kind == "text" and key in spans:
            item = spans[key]
            section = draft.section(item.section)
            now = section.text[item.start : item.end] if section else ""
            out.append(
                Row(
                    key,
                    item.section,
                    kind_name(item.kind) + colon + _context(section.text if section else "", item.span),
                    item.old_text,
                    now,
                    item.span,
                )
            )
        elif kind == "section":
            section = draft.section(name)
            out.append(
                Row(key, name, translate("ConfirmList", "Carried text"), "", _excerpt(section.text if section else ""))
            )
        elif kind == "template":
            section = draft.section(name)
            out.append(
                Row(
                    key,
                    name,
                    translate("ConfirmList", "Written from the template (last year had none)"),
                    "",
                    _excerpt(section.text if section else ""),
                )
            )
        elif kind == "unplaced" and name.isdigit() and int(name) < len(draft.unplaced):
            passage = draft.unplaced[int(name)]
            out.append(
                Row(key, UNPLACED_STEP, translate("ConfirmList", "Text placed in no section"), _excerpt(passage), "")
            )
    return out


def _context(text: str, span: tuple[int, int]) -> str:
    start, end = span
    before = text[max(0, start - 8) : start].split("\n")[-1]
    after = text[end : end + 8].split("\n")[0]
    return f"…{before}【{text[start:end]}】{after}…"


def _excerpt(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first if len(first) <= _EXCERPT else first[:_EXCERPT] + "…"


class ConfirmList(QWidget):
    jump_requested = Signal(str, object)  # step id, a Finding with the span to select, or None

    def __init__(self, document: DraftDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.tree = QTreeWidget()
        self.tree.setMinimumHeight(150)  # a few items in sight even on a small screen: the page scrolls
        self.tree.setAccessibleName(translate("ConfirmList", "Items to confirm"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels(
            [
                translate("ConfirmList", "Item"),
                translate("ConfirmList", "Last year"),
                translate("ConfirmList", "Now"),
            ]
        )
        # named outright: Qt 6.8 does not read a tree's name from the label beside it
        self.tree.setAccessibleName(translate("ConfirmList", "Items to confirm"))
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        # the item keeps most of the width; the values get a share each (their tooltips say all)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.keep_button = QPushButton(translate("ConfirmList", "&Keep"))
        self.keep_button.setToolTip(translate("ConfirmList", "Still right this year (an empty fact takes last year's)"))
        self.edit_button = QPushButton(translate("ConfirmList", "&Change"))
        self.jump_button = QPushButton(translate("ConfirmList", "&Go to"))
        self.section_button = QPushButton(translate("ConfirmList", "Keep the whole &section"))
        buttons = FlowLayout()  # wraps in a narrow window rather than widening the page
        for button in (self.keep_button, self.edit_button, self.jump_button, self.section_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

        self._rows: dict[str, Row] = {}
        self.keep_button.clicked.connect(self.keep_selected)
        self.edit_button.clicked.connect(lambda: self._open(select=True))
        self.jump_button.clicked.connect(lambda: self._open(select=False))
        self.section_button.clicked.connect(self.keep_section)
        self.tree.itemActivated.connect(lambda *_: self._open(select=True))
        self.tree.itemSelectionChanged.connect(self._enable)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        share = max(_VALUE_COLUMN_MIN, self.tree.viewport().width() * 22 // 100)
        self.tree.setColumnWidth(1, share)
        self.tree.setColumnWidth(2, share)

    # --- showing ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Take confirmed items out in place; rebuild only when new items appeared."""
        wanted = rows(self.document)
        keys = {row.key for row in wanted}
        if keys <= set(self._rows):
            self._remove_gone(keys)
            for row in wanted:
                self._rows[row.key] = row
                item = self._item(row.key)
                if item is not None:  # an edit moves the words around the item and what stands now
                    for column, text in ((0, row.what), (2, row.now)):
                        item.setText(column, text)
                        item.setToolTip(column, text)
        else:
            self._rebuild(wanted)
        self._enable()

    def _rebuild(self, wanted: list[Row]) -> None:
        """All rows anew (new items appeared); the current row, the selection and the scroll
        position stay."""
        scroll = self.tree.verticalScrollBar().value()
        selected = set(self.selected_keys())
        current = self.tree.currentItem()
        current_key = current.data(0, KEY_ROLE) if current is not None else None
        self.tree.clear()
        self._rows = {}
        groups: dict[str, QTreeWidgetItem] = {}
        for row in wanted:
            group = groups.get(row.step)
            if group is None:
                group = QTreeWidgetItem([self._step_name(row.step), "", ""])
                group.setData(0, STEP_ROLE, row.step)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.tree.addTopLevelItem(group)
                group.setExpanded(True)
                groups[row.step] = group
            item = QTreeWidgetItem([row.what, row.last_year, row.now])
            item.setData(0, KEY_ROLE, row.key)
            item.setData(0, STEP_ROLE, row.step)
            for column in range(3):
                item.setToolTip(column, item.text(column))
            group.addChild(item)
            self._rows[row.key] = row
        again = self._item(str(current_key)) if current_key else None
        if again is not None:
            self.tree.setCurrentItem(again, 0, QItemSelectionModel.SelectionFlag.NoUpdate)
        for item in self._all_items():
            item.setSelected(item.data(0, KEY_ROLE) in selected)
        self.tree.doItemsLayout()  # the scroll range follows the new rows now, not at the next paint
        self.tree.verticalScrollBar().setValue(scroll)

    def _remove_gone(self, keys: set[str]) -> None:
        gone = [key for key in self._rows if key not in keys]
        if not gone:
            return
        current = self.tree.currentItem()
        follow = current is not None and current.data(0, KEY_ROLE) in gone
        next_item = self._next_standing(current, keys) if follow else None
        scroll = self.tree.verticalScrollBar().value()
        for key in gone:
            item = self._item(key)
            del self._rows[key]
            group = item.parent() if item is not None else None
            if item is not None and group is not None:
                group.removeChild(item)
                if group.childCount() == 0:
                    self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
        if next_item is not None:
            self.tree.setCurrentItem(next_item)
        self.tree.doItemsLayout()
        self.tree.verticalScrollBar().setValue(scroll)

    def _next_standing(self, current: QTreeWidgetItem | None, keys: set[str]) -> QTreeWidgetItem | None:
        """The first item after ``current`` that stays (or the last one before it)."""
        items = self._all_items()
        if current is None or current not in items:
            return None
        at = items.index(current)
        after = [i for i in items[at + 1 :] if i.data(0, KEY_ROLE) in keys]
        before = [i for i in items[:at] if i.data(0, KEY_ROLE) in keys]
        return after[0] if after else (before[-1] if before else None)

    def _all_items(self) -> list[QTreeWidgetItem]:
        out: list[QTreeWidgetItem] = []
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is not None:
                out += [child for c in range(group.childCount()) if (child := group.child(c)) is not None]
        return out

    def _item(self, key: str) -> QTreeWidgetItem | None:
        return next((i for i in self._all_items() if i.data(0, KEY_ROLE) == key), None)

    def _step_name(self, step: str) -> str:
        if step == INFO_STEP:
            return translate("ConfirmList", "Basic information")
        try:
            return section_title(self.document.spec.section(step), self.document.lang)
        except KeyError:
            return step

    def _enable(self) -> None:
        chosen = bool(self.selected_keys())
        for button in (self.keep_button, self.edit_button, self.jump_button):
            button.setEnabled(chosen)
        self.section_button.setEnabled(self._current_step() is not None)

    def count(self) -> int:
        return len(self._rows)

    # --- actions ----------------------------------------------------------------------------

    def selected_keys(self) -> list[str]:
        keys = []
        for item in self.tree.selectedItems():
            key = item.data(0, KEY_ROLE)
            if key:
                keys.append(str(key))
            else:  # a section's heading stands for all its items
                keys += [str(child.data(0, KEY_ROLE)) for c in range(item.childCount()) if (child := item.child(c))]
        return list(dict.fromkeys(keys))

    def keep_selected(self) -> None:
        self._keep(self.selected_keys())

    def keep_section(self) -> None:
        step = self._current_step()
        if step is not None:
            self._keep([row.key for row in self._rows.values() if row.step == step])

    def _keep(self, keys: list[str]) -> None:
        if not keys:
            return
        # an empty fact kept takes last year's value; everything else is confirmed as it is
        empty = [
            k.removeprefix("fact:")
            for k in keys
            if k.startswith("fact:") and k.removeprefix("fact:") in self._takeable()
        ]
        if empty:
            self.document.use_last_year(empty)
        self.document.confirm_many([k for k in keys if k in self.document.draft.unconfirmed])

    def _takeable(self) -> set[str]:
        from desktop_app.core.editing import last_year_keys

        return set(last_year_keys(self.document.draft))

    def _current_step(self) -> str | None:
        item = self.tree.currentItem()
        step = item.data(0, STEP_ROLE) if item is not None else None
        return str(step) if step else None

    def _open(self, select: bool) -> None:
        item = self.tree.currentItem()
        if item is None:
            return
        key = item.data(0, KEY_ROLE)
        row = self._rows.get(str(key)) if key else None
        step = row.step if row else self._current_step()
        if step is None:
            return
        finding = None
        if select and row is not None and row.span is not None:
            finding = Finding(Severity.WARNING, "unconfirmed", row.step, None, row.span, {})
        elif select and row is not None and row.key.startswith("fact:"):
            finding = Finding(Severity.WARNING, "unconfirmed", None, row.key.removeprefix("fact:"), None, {})
        self.jump_requested.emit(step, finding)
