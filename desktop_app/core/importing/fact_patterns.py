"""Facts found in a report's text by the patterns its format pack declares.

Each FieldSpec lists ``import_patterns`` (a regex whose one group is the value, e.g.
``主动公开(?:政府)?信息\\s*(\\d+)\\s*条``) and ``import_zero_patterns`` (wording that means
none, e.g. ``未收到…申请``). A value found wins over a zero wording; nothing found leaves the
field to the clerk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from desktop_app.core.editing import coerce_fact
from desktop_app.core.errors import FormatPackError, InputError
from desktop_app.core.formats.spec import FieldSpec, FormatSpec
from desktop_app.core.importing.notes import Note
from desktop_app.core.model import FactValue

_MAX_MATCHES = 20  # per pattern: enough to notice a report disagreeing with itself
# report text writes numbers in full width too (４９条, １２．５元)
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")


@dataclass
class FoundFacts:
    values: dict[str, FactValue] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # keys searched for and not found
    notes: list[str] = field(default_factory=list)


def recognise_facts(text: str, spec: FormatSpec) -> FoundFacts:
    found = FoundFacts()
    searchable = text.translate(_HALF_WIDTH)
    for spec_field in spec.fields:
        if not spec_field.import_patterns and not spec_field.import_zero_patterns:
            continue
        values = _values(spec_field, searchable)
        if values:
            found.values[spec_field.key] = values[0]
            others = sorted({str(v) for v in values} - {str(values[0])})
            if others:
                found.notes.append(
                    Note("several-values", label=spec_field.label, first=values[0], others=", ".join(others))
                )
        elif any(_compiled(p).search(searchable) for p in spec_field.import_zero_patterns):
            found.values[spec_field.key] = coerce_fact(spec_field, 0)
        else:
            found.missing.append(spec_field.key)
    return found


def _values(spec_field: FieldSpec, text: str) -> list[FactValue]:
    values: list[FactValue] = []
    for pattern in spec_field.import_patterns:
        compiled = _compiled(pattern)
        for count, match in enumerate(compiled.finditer(text)):
            if count >= _MAX_MATCHES:
                break
            raw = match.group(1) if compiled.groups else match.group(0)
            try:
                values.append(coerce_fact(spec_field, raw))
            except InputError:
                continue  # "1.2.3元" and the like: not a value
        if values:
            break  # the format lists its patterns best first
    return values


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise FormatPackError("format-pack:pattern", pattern=pattern, detail=str(exc)) from exc
