"""Passages an import could not place, put where they belong or set aside on purpose.

Each is one action on the draft: ``assign_unplaced`` moves passage ``index`` to the end of a
section's text (which then counts as the clerk's words, never re-rendered over), and
``discard_unplaced`` drops it. The GUI's panel of unplaced passages only calls these.
"""

from __future__ import annotations

from desktop_app.core.errors import InputError
from desktop_app.core.model import Draft, Origin


def assign_unplaced(draft: Draft, index: int, section_id: str) -> str:
    """Move passage ``index`` to the end of section ``section_id``; returns the passage."""
    passage = _take(draft, index, check_only=True)
    section = draft.section(section_id)
    if section is None:
        raise InputError("unplaced:no-section", section=section_id)
    section.text = "\n".join(p for p in (section.text.rstrip("\n"), passage) if p)
    section.origin = Origin.EDITED
    return _take(draft, index)


def discard_unplaced(draft: Draft, index: int) -> str:
    """Drop passage ``index``, on purpose; returns it."""
    return _take(draft, index)


def _take(draft: Draft, index: int, check_only: bool = False) -> str:
    if not 0 <= index < len(draft.unplaced):
        raise InputError("unplaced:no-passage", number=index + 1)
    if check_only:
        return draft.unplaced[index]
    # a rolled-forward draft asks to confirm its passages as "unplaced:<n>": the one taken is
    # dealt with, the ones after it move up
    renumbered = []
    for key in draft.unconfirmed:
        kind, _, number = key.partition(":")
        if kind != "unplaced" or not number.isdigit():
            renumbered.append(key)
        elif int(number) != index:
            renumbered.append(f"unplaced:{int(number) - 1}" if int(number) > index else key)
    draft.unconfirmed = renumbered
    return draft.unplaced.pop(index)
