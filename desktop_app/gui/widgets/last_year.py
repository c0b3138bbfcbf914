"""Last year's value beside a field ("上年：49") and the one action that takes it (沿用上年);
for a table, "本年无变化". The values come from ``Draft.last_year_facts``."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldSpec
from desktop_app.core.model import FactValue
from desktop_app.core.rollforward.forward import display_value
from desktop_app.gui import palette
from desktop_app.gui.i18n import CHINESE, translate

_SHOWN = 40  # characters of a long value shown beside its field (the rest in the tooltip)


def shown_value(field: FieldSpec, value: FactValue, lang: str = CHINESE) -> str:
    if field.table is not None:
        return tables.summary(field.table, value, english=lang != CHINESE)
    return display_value(value)


class LastYearNote(QWidget):
    """ "上年：49" and a 沿用上年 button, shown while this year's value is empty."""

    use_requested = Signal()

    def __init__(self, field: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> None:
        super().__init__(parent)
        self.field = field
        self.lang = lang
        self.label = QLabel()
        self.label.setStyleSheet(f"color: {palette.LAST_YEAR_INK};")
        self.label.setObjectName("lastYearValue")
        self.label.setWordWrap(True)  # a long value wraps in a narrow window
        table = field.table is not None
        self.button = QPushButton(
            translate("LastYear", "Unchanged this year") if table else translate("LastYear", "Same as last year")
        )
        self.button.setToolTip(
            translate("LastYear", "Take last year's figures (carried rows stay as carried)")
            if table
            else translate("LastYear", "Take last year's value")
        )
        self.button.clicked.connect(self.use_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label, 1)  # the label takes the room; the button keeps its size
        layout.addWidget(self.button)
        self.setVisible(False)

    def show_values(self, last_year: FactValue, can_take: bool) -> None:
        """``can_take``: this year's value is still empty (a table: only carried rows)."""
        if last_year is None:
            self.setVisible(False)
            return
        text = shown_value(self.field, last_year, self.lang)
        short = text if len(text) <= _SHOWN else text[:_SHOWN] + "…"
        self.label.setText(translate("LastYear", "Last year: %1").replace("%1", short))
        self.label.setToolTip(text)
        self.button.setVisible(can_take)
        self.setVisible(True)
