"""Facts found in a report's text by the patterns its format pack declares.

Each FieldSpec lists ``import_patterns`` (a regex whose one group is the value, e.g.
``主动公开(?:政府)?信息\\s*(\\d+)\\s*条``) and ``import_zero_patterns`` (wording that means
none, e.g. ``未收到…申请``). Patterns run on one sentence at a time, with its numbers made
plain (numbers.py: 1,286 → 1286, 十二件 → 12件), so a fact never joins two sentences. A
value found wins over a zero wording; nothing found leaves the field to the clerk. The
sentence a value came from is kept, for the import report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from desktop_app.core.editing import coerce_fact
from desktop_app.core.errors import FormatPackError, InputError
from desktop_app.core.formats.spec import FieldSpec, FormatSpec
from desktop_app.core.importing.notes import Note
from desktop_app.core.importing.numbers import plain_numbers, sentences
from desktop_app.core.model import FactValue

_MAX_MATCHES = 20  # per pattern: enough to notice a report disagreeing with itself
_PHRASE_MAX = 80


@dataclass
class FoundFacts:
    values: dict[str, FactValue] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)  # keys searched for and not found
    notes: list[str] = field(default_factory=list)
    phrases: dict[str, str] = field(default_factory=dict)  # key → the sentence it was read from


def recognise_facts(text: str, spec: FormatSpec) -> FoundFacts:
    found = FoundFacts()
    said = [(sentence, plain_numbers(sentence)) for sentence in sentences(text)]
    for spec_field in spec.fields:
        if not spec_field.import_patterns and not spec_field.import_zero_patterns:
            continue
        values = _values(spec_field, said)
        if values:
            first, phrase = values[0]
            found.values[spec_field.key] = first
            found.phrases[spec_field.key] = _shorten(phrase)
            others = sorted({str(v) for v, _ in values} - {str(first)})
            if others:
                found.notes.append(
                    Note("several-values", label=spec_field.label, first=first, others=", ".join(others))
                )
            continue
        zero = next(
            (s for s, plain in said for p in spec_field.import_zero_patterns if _compiled(p).search(plain)), None
        )
        if zero is not None:
            found.values[spec_field.key] = coerce_fact(spec_field, 0)
            found.phrases[spec_field.key] = _shorten(zero)
        else:
            found.missing.append(spec_field.key)
    return found


def _values(spec_field: FieldSpec, said: list[tuple[str, str]]) -> list[tuple[FactValue, str]]:
    values: list[tuple[FactValue, str]] = []
    for pattern in spec_field.import_patterns:
        compiled = _compiled(pattern)
        for sentence, plain in said:
            for count, match in enumerate(compiled.finditer(plain)):
                if count >= _MAX_MATCHES or len(values) >= _MAX_MATCHES:
                    break
                raw = match.group(1) if compiled.groups else match.group(0)
                try:
                    values.append((coerce_fact(spec_field, raw), sentence))
                except InputError:
                    continue  # "1.2.3元" and the like: not a value
        if values:
            break  # the format lists its patterns best first
    return values


def _shorten(sentence: str) -> str:
    return sentence if len(sentence) <= _PHRASE_MAX else sentence[: _PHRASE_MAX - 1] + "…"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern)
    except re.error as exc:
        raise FormatPackError("format-pack:pattern", pattern=pattern, detail=str(exc)) from exc
