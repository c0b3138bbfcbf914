"""A single draft as a ``.json`` file, for passing to a colleague or keeping a copy.

Saving is atomic (the old file or the complete new one, never half of each). Opening never
changes anything: a file that is too large, unreadable, not UTF-8, malformed or from a newer
version gives a typed InputError naming the file.

A draft file comes from outside (a colleague, a hand edit, another tool), so opening checks
more than the JSON shape: text that cannot be saved again (unpaired surrogates, which JSON
escapes can spell), numbers JSON readers disagree on (NaN, Infinity, beyond 2**53), and facts
whose value does not fit their field's kind (a count that is text) are refused here rather
than failing later in a save, an export or a template. Unknown keys are ignored, so a file
from a newer version that only adds keys still opens.
"""

from __future__ import annotations

import json
import math
import re
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.core.errors import DraftFileError, FutureVersionError, InputError, UnknownFormatError
from desktop_app.core.formats.spec import FieldKind, FieldSpec, load_format
from desktop_app.core.model import Draft, FactValue, from_dict, to_json
from desktop_app.core.storage.atomic import atomic_write_text, reason_for
from desktop_app.core.storage.upgrade import upgrade

DRAFT_FILE_SUFFIX = ".json"
MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024  # a real draft is a few dozen kB
MAX_EXACT_INT = 2**53  # beyond this JSON readers (and floats) lose digits
_SURROGATE = re.compile("[\ud800-\udfff]")


def save_draft_file(draft: Draft, path: Path | str) -> Path:
    """Write the draft's JSON to ``path`` atomically; raises OutputError."""
    return atomic_write_text(Path(path), to_json(draft) + "\n")


def load_draft_file(path: Path | str) -> Draft:
    """Read a draft file (UTF-8, with or without BOM); raises an InputError subclass."""
    path = Path(path)
    return load_draft_bytes(_read_capped(path), path)


def load_draft_bytes(data: bytes, path: Path | str) -> Draft:
    """A draft file's bytes (read from ``path``, or from inside a package) → Draft; the same checks."""
    path = Path(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftFileError("draft-file:not-utf8", path=path) from exc
    try:
        parsed = _parse(text)
        _check_values(parsed)
        draft = from_dict(upgrade(parsed))
        _check_facts(draft)
    except FutureVersionError as exc:
        raise FutureVersionError(exc.found, exc.supported, path) from exc
    except UnknownFormatError as exc:
        raise DraftFileError("draft-file:unknown-format", path=path, format_id=exc.format_id) from exc
    except DraftFileError as exc:
        raise DraftFileError(exc.code, path=path, **exc.params) from exc
    return draft


def _read_capped(path: Path) -> bytes:
    limit_mb = MAX_DRAFT_FILE_BYTES // (1024 * 1024)
    try:
        if path.is_dir():
            raise InputError("file:folder", path=path)
        with path.open("rb") as handle:
            data = handle.read(MAX_DRAFT_FILE_BYTES + 1)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise InputError("file:missing", path=path) from exc
        raise InputError("file:unreadable", path=path, reason=reason_for(exc)) from exc
    if len(data) > MAX_DRAFT_FILE_BYTES:
        raise InputError("file:too-large", path=path, limit_mb=limit_mb)
    return data


def _parse(text: str) -> Any:
    def no_constant(name: str) -> Any:
        raise DraftFileError("draft-file:constant", name=name)

    try:
        return json.loads(text, parse_constant=no_constant)
    except DraftFileError:
        raise
    # ValueError covers JSON syntax and integers too long to convert; RecursionError deep nesting
    except (ValueError, RecursionError) as exc:
        raise DraftFileError("draft-file:json", detail=str(exc)) from exc


def _check_values(data: Any) -> None:
    """Every string savable as UTF-8, every number exact: walked without recursion."""
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.keys())
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        elif isinstance(value, str):
            if _SURROGATE.search(value):
                raise DraftFileError("draft-file:surrogates")
        elif isinstance(value, float) and not math.isfinite(value):
            raise DraftFileError("draft-file:not-finite")
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_EXACT_INT:
            raise DraftFileError("draft-file:number-too-large", number=value)


def _check_facts(draft: Draft) -> None:
    """Each fact the format declares holds a value of its field's kind (or none)."""
    spec = load_format(draft.format_id)
    for last_year, facts in ((False, draft.facts), (True, draft.last_year_facts)):
        for key, value in facts.items():
            if key in spec.field_map and value is not None and not _fits(spec.field_map[key], value):
                field = spec.field_map[key]
                label, kind, shown = field.label, field.kind.value, repr(value)
                if last_year:
                    raise DraftFileError("draft-file:last-year-fact-kind", key=key, label=label, kind=kind, value=shown)
                raise DraftFileError("draft-file:fact-kind", key=key, label=label, kind=kind, value=shown)


def _fits(spec_field: FieldSpec, value: FactValue) -> bool:
    kind = spec_field.kind
    if kind is FieldKind.COUNT:
        return isinstance(value, int) and not isinstance(value, bool) and value >= 0
    if kind is FieldKind.MONEY:
        return isinstance(value, int | float) and not isinstance(value, bool) and value >= 0
    if kind is FieldKind.TEXT:
        return isinstance(value, str)
    if kind is FieldKind.LIST:
        return isinstance(value, list)
    if kind is FieldKind.DATE:
        return isinstance(value, str) and _is_iso_date(value)
    return True  # other kinds check their own shape (model.from_dict, editing.coerce_fact)


def _is_iso_date(value: str) -> bool:
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
