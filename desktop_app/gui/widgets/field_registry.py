"""Which editor each field kind gets: apart from the editors, so the table editor (a field
editor itself) and the simple editors never import each other."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from desktop_app.core.formats.spec import FieldKind, FieldSpec
from desktop_app.gui.i18n import CHINESE
from desktop_app.gui.widgets.fields import CountEditor, DateEditor, FieldEditor, ListEditor, MoneyEditor, TextEditor

EditorFactory = Callable[[FieldSpec, QWidget | None, str], FieldEditor]


def _table_editor(spec: FieldSpec, parent: QWidget | None, lang: str) -> FieldEditor:
    from desktop_app.gui.widgets.table_editor import TableEditor  # loaded with the first table

    return TableEditor(spec, parent, lang)


EDITORS: dict[FieldKind, EditorFactory] = {
    FieldKind.COUNT: CountEditor,
    FieldKind.MONEY: MoneyEditor,
    FieldKind.TEXT: TextEditor,
    FieldKind.LIST: ListEditor,
    FieldKind.DATE: DateEditor,
    FieldKind.TABLE: _table_editor,
}


def create_editor(spec: FieldSpec, parent: QWidget | None = None, lang: str = CHINESE) -> FieldEditor:
    return EDITORS[spec.kind](spec, parent, lang)
