"""Field editors by FieldKind: the registry section pages are built from.

Each editor is a QWidget with ``value() / set_value(v)`` and a ``value_changed(object)``
signal carrying a value in the fact's own type (None when left empty). A new field kind is
one class plus one ``EDITORS`` entry in ``field_registry``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QObject, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.core.formats.spec import FieldSpec
from desktop_app.core.model import FactValue
from desktop_app.gui.i18n import CHINESE, translate

UNSET = -1  # spin boxes show "not filled in" at their minimum


# inputs a screen reader announces by name (a spin box's inner line edit is read through its box)
ACCESSIBLE_INPUTS = (QAbstractSpinBox, QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QCheckBox)


class FieldEditor(QWidget):
    value_changed = Signal(object)
    expands = True  # takes the row's width (text) or keeps its own (numbers, dates)
    wide = False  # needs the page's full width: its label goes above it

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(parent)
        self.spec = spec
        self.lang = lang
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> FactValue:
        raise NotImplementedError

    def set_value(self, value: FactValue) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self

    def set_accessible_label(self, text: str) -> None:
        """Name the editor and every input inside it, so a screen reader reads the field's label."""
        self.setAccessibleName(text)
        for child in self.findChildren(QWidget):
            if isinstance(child, ACCESSIBLE_INPUTS) and not child.accessibleName():
                child.setAccessibleName(text)

    def _emit(self, *_: object) -> None:
        self.value_changed.emit(self.value())


def _not_set_text() -> str:
    return translate("Fields", "not filled in")


class _NumberEditor(FieldEditor):
    """A spin box whose lowest value reads "not filled in", so an empty fact stays empty."""

    expands = False

    def __init__(self, spec: FieldSpec, spin: QSpinBox | QDoubleSpinBox, parent: QWidget | None, lang: str) -> None:
        super().__init__(spec, parent, lang)
        self.spin = spin
        self.spin.setSpecialValueText(_not_set_text())
        self.spin.setValue(UNSET)
        self.spin.setMinimumWidth(140)
        self.layout_.addWidget(self.spin)
        self.setFocusProxy(self.spin)
        self.spin.valueChanged.connect(self._emit)
        self.spin.installEventFilter(self)
        self.spin.lineEdit().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # "not filled in" is the spin box's text while the fact is empty: typed digits would be
        # appended to it and refused. Select it as the field is entered, so typing replaces it.
        if (
            event.type() in (QEvent.Type.FocusIn, QEvent.Type.MouseButtonRelease)
            and self.spin.value() == UNSET
            and watched in (self.spin, self.spin.lineEdit())
        ):
            QTimer.singleShot(0, self.spin.lineEdit().selectAll)
        return super().eventFilter(watched, event)


class CountEditor(_NumberEditor):
    spin: QSpinBox

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        spin = QSpinBox()
        spin.setRange(UNSET, 9_999_999)
        super().__init__(spec, spin, parent, lang)

    def value(self) -> FactValue:
        return None if self.spin.value() == UNSET else int(self.spin.value())

    def set_value(self, value: FactValue) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(int(value) if isinstance(value, int | float) else UNSET)


class MoneyEditor(_NumberEditor):
    spin: QDoubleSpinBox

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        spin = QDoubleSpinBox()
        spin.setRange(UNSET, 999_999_999.0)
        spin.setDecimals(2)
        super().__init__(spec, spin, parent, lang)

    def value(self) -> FactValue:
        number = self.spin.value()
        if number == UNSET:
            return None
        return int(number) if number == int(number) else number

    def set_value(self, value: FactValue) -> None:
        with QSignalBlocker(self.spin):
            self.spin.setValue(float(value) if isinstance(value, int | float) else UNSET)


class TextEditor(FieldEditor):
    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(spec, parent, lang)
        self.edit = QLineEdit()
        self.layout_.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._emit)

    def value(self) -> FactValue:
        return self.edit.text() or None

    def set_value(self, value: FactValue) -> None:
        text = "" if value is None else str(value)
        if text != self.edit.text():
            self.edit.setText(text)


class ListEditor(FieldEditor):
    """One item per line; blank lines are dropped by the core when the value is stored."""

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(spec, parent, lang)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(translate("Fields", "One item per line"))
        line = self.edit.fontMetrics().lineSpacing()
        self.edit.setFixedHeight(line * 4 + 12)
        self.layout_.addWidget(self.edit)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._emit)

    def value(self) -> FactValue:
        return [line.strip() for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, value: FactValue) -> None:
        items = value if isinstance(value, list) else ([] if value is None else [str(value)])
        if self.value() == items:
            return  # keep the cursor where the clerk is typing
        with QSignalBlocker(self.edit):
            self.edit.setPlainText("\n".join(items))


class OptionalDate(QWidget):
    """A date that may be absent: a check box in front of a calendar date edit."""

    date_changed = Signal(object)  # date or None

    def __init__(self, label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox(label or translate("Fields", "Set a date"))
        self.edit = QDateEdit()
        self.edit.setAccessibleName(self.enabled.text().replace("&", ""))
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate.currentDate())
        self.edit.setEnabled(False)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit)
        layout.addStretch(1)
        self.setFocusProxy(self.enabled)
        self.enabled.toggled.connect(self.edit.setEnabled)
        self.enabled.toggled.connect(self._emit)
        self.edit.dateChanged.connect(self._emit)

    def value(self) -> date | None:
        if not self.enabled.isChecked():
            return None
        qd = self.edit.date()
        return date(qd.year(), qd.month(), qd.day())

    def set_value(self, value: date | None) -> None:
        if value == self.value() and self.enabled.isChecked() == (value is not None):
            return
        with QSignalBlocker(self.enabled), QSignalBlocker(self.edit):
            self.enabled.setChecked(value is not None)
            self.edit.setEnabled(value is not None)
            if value is not None:
                self.edit.setDate(QDate(value.year, value.month, value.day))

    def _emit(self, *_: object) -> None:
        self.date_changed.emit(self.value())


class DateEditor(FieldEditor):
    expands = False

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(spec, parent, lang)
        self.date = OptionalDate()
        self.layout_.addWidget(self.date)
        self.setFocusProxy(self.date)
        self.date.date_changed.connect(self._emit)

    def value(self) -> FactValue:
        chosen = self.date.value()
        return chosen.isoformat() if chosen else None

    def set_value(self, value: FactValue) -> None:
        try:
            self.date.set_value(date.fromisoformat(str(value)) if value else None)
        except ValueError:
            self.date.set_value(None)
