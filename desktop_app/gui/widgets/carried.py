"""The look of carried, not yet re-confirmed values: amber, like carried values in tax software."""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QPushButton, QWidget

from desktop_app.gui import palette
from desktop_app.gui.i18n import translate

CARRIED_COLOR = QColor(palette.CARRIED)
CARRIED_STYLE = f"background-color: {palette.CARRIED};"


def mark_carried(widget: QWidget, carried: bool) -> None:
    """Amber background on the editor itself (and its children) while carried."""
    widget.setProperty("carried", carried)
    widget.setStyleSheet(
        f"QLineEdit, QPlainTextEdit, QSpinBox, QDoubleSpinBox, QDateEdit {{ {CARRIED_STYLE} }}" if carried else ""
    )
    widget.setToolTip(translate("Carried", "Carried over from last year: check it, then confirm.") if carried else "")


def confirm_button(parent: QWidget | None = None) -> QPushButton:
    button = QPushButton(translate("Carried", "Confirm"), parent)
    button.setToolTip(translate("Carried", "The carried value is still right this year"))
    return button
