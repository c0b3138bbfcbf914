"""An empty number field takes typing as a clerk does it: click in, type the number."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget

from desktop_app.core.formats.spec import FieldKind, FieldSpec
from desktop_app.gui.widgets.fields import CountEditor, MoneyEditor


def _spec(kind: FieldKind) -> FieldSpec:
    return FieldSpec(key="n", label="数量", label_en="Number", kind=kind)


@pytest.mark.parametrize(
    ("editor_class", "kind", "typed", "expected"),
    [
        (CountEditor, FieldKind.COUNT, "49", 49),
        (MoneyEditor, FieldKind.MONEY, "12.5", 12.5),
    ],
)
def test_click_into_an_empty_number_field_and_type(
    qtbot: Any, editor_class: Any, kind: FieldKind, typed: str, expected: float
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    editor = editor_class(_spec(kind), holder)
    holder.show()
    qtbot.waitExposed(holder)
    assert editor.value() is None
    line = editor.spin.lineEdit()
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(line.width() - 4, line.height() // 2))
    qtbot.wait(20)  # the selection is made once the click is handled
    qtbot.keyClicks(line, typed)
    qtbot.keyClick(line, Qt.Key.Key_Tab)
    assert editor.value() == expected


def test_tabbing_into_an_empty_number_field_and_typing(qtbot: Any) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    editor = CountEditor(_spec(FieldKind.COUNT), holder)
    holder.show()
    qtbot.waitExposed(holder)
    editor.setFocus()
    qtbot.wait(20)
    qtbot.keyClicks(editor.spin.lineEdit(), "7")
    assert editor.value() == 7
