"""Spans of carried prose the clerk has to look at again (a year, a date, a 文号, a number …).

Roll-forward finds them (rollforward.stale); they live in the draft (JSON key ``text_items``)
so the re-confirm list survives a restart. Each item's key stays in ``Draft.unconfirmed``
until the clerk confirms it, rewrites the span, or enters the fact the number follows.
When the clerk edits the passage, the spans are carried across the edit: an item whose
text was rewritten is done, the others move with the words around them.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any

TEXT_PREFIX = "text:"
_NUMBER_IN_SPAN = re.compile(r"[0-9０-９][0-9０-９,，.]*|[〇零一二三四五六七八九十两百千万]+")


@dataclass
class TextItem:
    key: str  # "text:<section id>:<n>", as listed in Draft.unconfirmed
    kind: str  # rollforward.stale kinds: year, date, period, docno, number, amount
    section: str
    start: int  # span in the section's current text
    end: int
    old_text: str  # as last year's report wrote it
    last_year_value: int | float | str | None = None
    fact: str | None = None  # "key" or "key:row.column": the fact this number follows

    @property
    def span(self) -> tuple[int, int]:
        return (self.start, self.end)


def item_to_dict(item: TextItem) -> dict[str, Any]:
    return {
        "key": item.key,
        "kind": item.kind,
        "section": item.section,
        "span": [item.start, item.end],
        "old_text": item.old_text,
        "last_year_value": item.last_year_value,
        "fact": item.fact,
    }


def item_from_dict(data: Any) -> TextItem:
    """Raises ValueError/TypeError/KeyError on a malformed item (the caller words it)."""
    if not isinstance(data, dict):
        raise TypeError("a text item is not an object")
    span = data["span"]
    if not (isinstance(span, list) and len(span) == 2 and all(type(n) is int and n >= 0 for n in span)):
        raise ValueError(f"text item span {span!r}")
    if span[0] > span[1]:
        raise ValueError(f"text item span {span!r}")
    value = data.get("last_year_value")
    if isinstance(value, bool) or not (value is None or isinstance(value, int | float | str)):
        raise TypeError("text item last_year_value")
    fact = data.get("fact")
    for name in ("key", "kind", "section", "old_text"):
        if not isinstance(data[name], str):
            raise TypeError(f"text item {name}")
    if fact is not None and not isinstance(fact, str):
        raise TypeError("text item fact")
    return TextItem(data["key"], data["kind"], data["section"], span[0], span[1], data["old_text"], value, fact)


def carry_across_edit(items: list[TextItem], section: str, before: str, after: str) -> list[TextItem]:
    """The items of ``section`` still standing after its text went from ``before`` to ``after``.

    An item survives when its whole span lies in text the edit left alone; the others were
    rewritten by the clerk and are done.
    """
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    kept = []
    for item in items:
        if item.section != section:
            kept.append(item)
            continue
        block = next((b for b in blocks if b.a <= item.start and item.end <= b.a + b.size), None)
        if block is None:
            continue
        shift = block.b - block.a
        item.start += shift
        item.end += shift
        kept.append(item)
    return kept


def replace_number(text: str, item: TextItem, value: int | float) -> tuple[str, int]:
    """``text`` with the number inside the item's span set to ``value``; and the length change."""
    span_text = text[item.start : item.end]
    match = _NUMBER_IN_SPAN.search(span_text)
    if match is None:
        return text, 0
    written = str(int(value)) if float(value).is_integer() else f"{value:g}"
    new_span = span_text[: match.start()] + written + span_text[match.end() :]
    delta = len(new_span) - len(span_text)
    item.end += delta
    return text[: item.start] + new_span + text[item.start + len(span_text) :], delta
