"""Draft JSON from any earlier release, brought to the current shape before the model sees it.

``schema_version`` is read first: a file from a newer release is refused (FutureVersionError),
one from an older release goes through :data:`STEPS`, one small function per version, each
taking the JSON of version N to version N+1. Draft files and the store both load through
:func:`upgrade`.

A file without ``schema_version`` is the unversioned form (version 0): the key is added and
what such a file could lack gets its default. No release wrote an explicit version below 1,
so one is refused as not a draft file.

The next version: raise ``model.SCHEMA_VERSION``, add ``STEPS[old] = _vOLD_to_vNEW`` here and
a test beside ``tests/core/test_draft_upgrade.py``'s, and add a fixture written by the new
release to ``tests/data/drafts/``.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

from desktop_app.core.errors import DraftFileError, FormatPackError, FutureVersionError, UnknownFormatError
from desktop_app.core.model import SCHEMA_VERSION, Draft, from_dict, sha256_hex, signed_content

Json = dict[str, Any]
UNVERSIONED = 0


def _v0_to_v1(data: Json) -> Json:
    """The unversioned form: stamp version 1; the lists and objects a v1 file always has."""
    data = dict(data)
    data["schema_version"] = 1
    for key, empty in (("facts", {}), ("last_year_facts", {}), ("unconfirmed", []), ("unplaced", [])):
        if data.get(key) is None:
            data[key] = type(empty)()
    data.setdefault("date_style", "chinese")  # dated in Chinese numerals before the style was kept
    return data


def _v1_to_v2(data: Json) -> Json:
    """Version 1 read a blank table cell as 0 (its editor dropped a typed 0, its export printed
    0); version 2 keeps a cell never filled apart from 0. So a table holding any cell gets its
    zeros written out, and so does every table of a draft signed off (what was signed printed
    0). A table with no cell in an unsigned draft was never filled: it stays empty. A sign-off
    that held still holds: the content it vouched for is unchanged."""
    from desktop_app.core.formats import tables
    from desktop_app.core.formats.spec import load_format

    data = copy.deepcopy(data)
    signed = _signed_off_v1(data)
    data["schema_version"] = 2
    try:
        spec = load_format(str(data.get("format_id")))
    except (FormatPackError, UnknownFormatError):
        return data  # a pack this release does not have: nothing to say which cells exist
    for key in ("facts", "last_year_facts"):
        facts = data.get(key)
        if not isinstance(facts, dict):
            continue
        for field in spec.fields:
            value = facts.get(field.key)
            if field.table is not None and isinstance(value, dict) and (value or (signed and key == "facts")):
                facts[field.key] = tables.fill_empty(field.table, value)
    if signed:
        data["sign_off"] = dict(data["sign_off"], content_hash=from_dict(data).content_hash())
    return data


def _signed_off_v1(data: Json) -> bool:
    """Whether a version-1 draft's sign-off still matched its content (as version 1 hashed it)."""
    sign_off = data.get("sign_off")
    if not isinstance(sign_off, dict):
        return False
    try:
        content = signed_content(from_dict(data))
    except DraftFileError:
        return False  # the model will say what is wrong with the file
    content["schema_version"] = 1  # version 1 hashed its version with the content
    return sign_off.get("content_hash") == sha256_hex(json.dumps(content, ensure_ascii=False, sort_keys=True))


# version N → the step that makes it version N+1
STEPS: dict[int, Callable[[Json], Json]] = {
    0: _v0_to_v1,
    1: _v1_to_v2,
}


def read_version(data: Json) -> int:
    """The file's schema_version: 0 when absent; refused when not a whole number or newer."""
    if "schema_version" not in data:
        return UNVERSIONED
    version = data["schema_version"]
    if not isinstance(version, int) or isinstance(version, bool):
        raise DraftFileError("draft-file:no-version")
    if version > SCHEMA_VERSION:
        raise FutureVersionError(version, SCHEMA_VERSION)
    if version < 1:
        raise DraftFileError("draft-file:old-version", version=version)
    return version


def upgrade(data: Any) -> Any:
    """The current shape of parsed draft JSON (anything not an object is left to the model)."""
    if not isinstance(data, dict):
        return data
    version = read_version(data)
    while version < SCHEMA_VERSION:
        data = STEPS[version](data)
        version += 1
    return data


def load_json(text: str) -> Draft:
    """A Draft from stored JSON text of any earlier release; raises DraftFileError."""
    try:
        data = json.loads(text)
    except (ValueError, RecursionError) as exc:
        raise DraftFileError("draft-file:json", detail=str(exc)) from exc
    return from_dict(upgrade(data))
