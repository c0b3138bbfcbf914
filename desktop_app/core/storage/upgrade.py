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

import json
from collections.abc import Callable
from typing import Any

from desktop_app.core.errors import DraftFileError, FutureVersionError
from desktop_app.core.model import SCHEMA_VERSION, Draft, from_dict

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


# version N → the step that makes it version N+1
STEPS: dict[int, Callable[[Json], Json]] = {
    0: _v0_to_v1,
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
