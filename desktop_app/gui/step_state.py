"""What the sidebar shows for each step: derived from findings and the re-confirm list only."""

from __future__ import annotations

from enum import StrEnum

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from desktop_app.core.model import SignOffState, sign_off_state
from desktop_app.core.validation.runner import Severity
from desktop_app.gui import palette
from desktop_app.gui.document import INFO_STEP, DraftDocument
from desktop_app.gui.i18n import translate


class StepState(StrEnum):
    NOT_STARTED = "not-started"
    DONE = "done"
    WARNINGS = "warnings"
    ERRORS = "errors"
    CARRIED = "carried"


def state_text(state: StepState) -> str:
    return {
        StepState.NOT_STARTED: translate("StepState", "not started"),
        StepState.DONE: translate("StepState", "done"),
        StepState.WARNINGS: translate("StepState", "has warnings"),
        StepState.ERRORS: translate("StepState", "has errors"),
        StepState.CARRIED: translate("StepState", "carried, unconfirmed"),
    }[state]


def content_state(document: DraftDocument, step: str) -> StepState:
    """State of the basic-information step or of one section."""
    findings = document.findings_for(step)
    if step != INFO_STEP:
        section = document.draft.section(step)
        if section is None or not section.text.strip():
            return StepState.NOT_STARTED
        fields = document.spec.section(step).fields
        keys = {f"section:{step}"} | {f"fact:{key}" for key in fields}
        if any(f.severity == Severity.ERROR for f in findings):
            return StepState.ERRORS
        if keys & set(document.draft.unconfirmed):
            return StepState.CARRIED
    elif any(f.severity == Severity.ERROR for f in findings):
        return StepState.ERRORS
    if findings:
        return StepState.WARNINGS
    return StepState.DONE


def review_state(document: DraftDocument) -> StepState:
    state = sign_off_state(document.draft)
    if state is SignOffState.SIGNED_OFF:
        return StepState.DONE
    if state is SignOffState.VOID:
        return StepState.ERRORS
    return StepState.NOT_STARTED


_COLORS = {
    StepState.NOT_STARTED: QColor(palette.BADGE_NOT_STARTED),
    StepState.DONE: QColor(palette.BADGE_DONE),
    StepState.WARNINGS: QColor(palette.BADGE_WARNINGS),
    StepState.ERRORS: QColor(palette.BADGE_ERRORS),
    StepState.CARRIED: QColor(palette.BADGE_CARRIED),
}
_icons: dict[StepState, QIcon] = {}


def state_icon(state: StepState) -> QIcon:
    """A small painted badge (no image files, crisp at any scale)."""
    if state in _icons:
        return _icons[state]
    size = 32
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = _COLORS[state]
    rect = QRectF(3, 3, size - 6, size - 6)
    if state is StepState.NOT_STARTED:
        painter.setPen(QPen(color, 3))
        painter.drawEllipse(rect)
    else:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        painter.drawEllipse(rect)
        ink = QColor(palette.BADGE_MARK_DARK if state is StepState.CARRIED else palette.BADGE_MARK_LIGHT)
        pen = QPen(ink, 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if state is StepState.DONE:
            painter.drawPolyline([QPointF(10, 16.5), QPointF(14.5, 21), QPointF(22.5, 11.5)])
        elif state is StepState.ERRORS:
            painter.drawLine(QPointF(11, 11), QPointF(21, 21))
            painter.drawLine(QPointF(21, 11), QPointF(11, 21))
        elif state is StepState.WARNINGS:
            painter.drawLine(QPointF(16, 9), QPointF(16, 18))
            painter.drawPoint(QPointF(16, 23))
        else:  # carried: an arrow coming round, like "brought over"
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawArc(QRectF(9.5, 9.5, 13, 13), 100 * 16, 260 * 16)
            painter.setBrush(ink)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon([QPointF(13.5, 5.5), QPointF(19.5, 9.5), QPointF(13.5, 13.5)])
    painter.end()
    _icons[state] = QIcon(pixmap)
    return _icons[state]
