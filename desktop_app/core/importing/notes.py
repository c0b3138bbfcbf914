"""What an import tells the clerk (how the file was read, what it could not place), in words
from the message catalogue.

A Note is the English sentence itself (a ``str``: the command line and logs print it as it
is) that also keeps its code and params, so the window can word it in the clerk's language.
"""

from __future__ import annotations

from typing import Any

from desktop_app.core.messages.catalogue import render_note


class Note(str):
    code: str
    params: dict[str, Any]

    def __new__(cls, code: str, **params: Any) -> Note:
        note = super().__new__(cls, render_note(code, params, "en"))
        note.code = code
        note.params = params
        return note

    def in_language(self, lang: str) -> str:
        return render_note(self.code, self.params, lang)


def in_language(note: str, lang: str) -> str:
    """Any note, Note or plain text, in ``lang`` where the catalogue has it."""
    return note.in_language(lang) if isinstance(note, Note) else str(note)
