"""The items to confirm in one carried passage: every stale mention, located in the new text.

A count or amount that equals exactly one of last year's facts (or table cells) is tied to
it, so the sentence follows the fact when the clerk enters this year's number.
"""

from __future__ import annotations

from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import FieldKind, FormatSpec
from desktop_app.core.formats.template_cells import sentence_cells
from desktop_app.core.model import FactValue
from desktop_app.core.rollforward.stale import AMOUNT, NUMBER, YEAR, find_stale
from desktop_app.core.text_items import TEXT_PREFIX, TextItem

_NUMERIC = (FieldKind.COUNT, FieldKind.MONEY)


def prose_items(
    section_id: str, old: str, new: str, spec: FormatSpec, last_year: dict[str, FactValue]
) -> list[TextItem]:
    """Items for ``new`` (the carried text, years moved on) found in ``old`` (last year's)."""
    # shifting years keeps every length, so spans in the old text are spans in the new one
    searched = old if len(old) == len(new) else new
    by_value = _numbers_by_value(section_id, spec, last_year)
    items = []
    for n, mention in enumerate(find_stale(searched)):
        value: int | float | str | None = mention.text
        fact = None
        if mention.kind == YEAR:
            value = mention.year
        elif mention.kind in (NUMBER, AMOUNT) and mention.value is not None:
            value = mention.value
            # a zero or a percentage says nothing about which fact it quotes
            if mention.value and "%" not in mention.text and "％" not in mention.text:
                fact = _tie(mention.value, by_value)
        items.append(
            TextItem(
                key=f"{TEXT_PREFIX}{section_id}:{n}",
                kind=mention.kind,
                section=section_id,
                start=mention.start,
                end=mention.end,
                old_text=mention.text,
                last_year_value=value,
                fact=fact,
            )
        )
    return items


def _numbers_by_value(
    section_id: str, spec: FormatSpec, last_year: dict[str, FactValue]
) -> tuple[dict[float, list[str]], dict[float, list[str]]]:
    """Last year's numbers → the facts holding them: this section's, and all."""
    try:
        own = set(spec.section(section_id).fields)
    except KeyError:
        own = set()
    mine: dict[float, list[str]] = {}
    every: dict[float, list[str]] = {}
    for field in spec.fields:
        value = last_year.get(field.key)
        found: list[tuple[float, str]] = []
        if field.kind in _NUMERIC and isinstance(value, int | float):
            found.append((float(value), field.key))
        elif field.table is not None and isinstance(value, dict):
            full = tables.full(field.table, value)
            for row, cells in full.items():
                for column, number in cells.items():
                    found.append((float(number), f"{field.key}:{row}.{column}"))
        for number, name in found:
            every.setdefault(number, []).append(name)
            if field.key in own:
                mine.setdefault(number, []).append(name)
    return mine, every


def _tie(value: int | float, by_value: tuple[dict[float, list[str]], dict[float, list[str]]]) -> str | None:
    """The one fact holding ``value``, this section's first; None when none or several do."""
    mine, every = by_value
    for names in (mine.get(float(value), []), every.get(float(value), [])):
        if len(names) == 1:
            return names[0]
        if names:
            return None
    return None


def fact_value(facts: dict[str, FactValue], tie: str, spec: FormatSpec) -> int | float | None:
    """This year's value of a tied fact ("key" or "key:row.column"); None while it is empty."""
    key, _, cell = tie.partition(":")
    value = facts.get(key)
    if not cell:
        return value if isinstance(value, int | float) and not isinstance(value, bool) else None
    if not isinstance(value, dict):
        return None
    try:
        field = spec.field(key)
    except KeyError:
        return None
    if field.table is None:
        return None
    row, _, column = cell.partition(".")
    # a cell never filled (or a total over one) is empty, never 0: the sentence keeps its item
    number = sentence_cells(field.table, value, None).get(row, {}).get(column)
    return number if isinstance(number, int | float) else None
