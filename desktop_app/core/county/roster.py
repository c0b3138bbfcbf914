"""The roster of units that owe a report: a UTF-8 text file, one agency's full name per line.

Names are compared after NFKC and with all whitespace removed, so "临河县 统计局", a
full-width space or a trailing tab still match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path

from desktop_app.core.errors import InputError
from desktop_app.core.storage.atomic import reason_for

MAX_ROSTER_BYTES = 1024 * 1024
_SPACE = re.compile(r"\s+")


def normalise_name(name: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", name))


def read_roster(path: Path | str) -> list[str]:
    """The roster's names in file order (blank lines and repeats dropped)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_ROSTER_BYTES:
            raise InputError("county:roster-too-large", path=path)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError("file:not-found", path=path) from exc
    except OSError as exc:
        raise InputError("file:unreadable", path=path, reason=reason_for(exc)) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError("county:roster-not-utf8", path=path) from exc
    names: list[str] = []
    seen: set[str] = set()
    for line in text.splitlines():
        name = line.strip()
        key = normalise_name(name)
        if key and key not in seen:
            seen.add(key)
            names.append(name)
    return names


def missing(roster: Iterable[str], agencies: Iterable[str]) -> list[str]:
    """Roster names no report was found for, in roster order."""
    found = {normalise_name(a) for a in agencies}
    return [name for name in roster if normalise_name(name) not in found]
