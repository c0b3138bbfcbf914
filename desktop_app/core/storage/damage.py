"""The notice that the draft database was damaged, kept beside it until the clerk has read it.

When an unreadable database is moved aside, a small JSON marker is written next to the
store. Every later run (each command, the window at start-up) reads it and says where the
damaged file went and what was salvaged, until the clerk acknowledges it
(``ogi-report acknowledge-damage``, or the window's "do not remind me again").
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from desktop_app.core.storage.atomic import atomic_write_text

MARKER_SUFFIX = ".damaged.json"


@dataclass(frozen=True)
class DamageNotice:
    moved_to: str  # where the unreadable database now is
    when: str  # ISO timestamp of the move
    drafts: int  # drafts salvaged into the new store
    revisions: int  # revisions salvaged
    sources: tuple[str, ...]  # how: "rows", "recover", "scan", "backup"


def marker_path(database: Path) -> Path:
    return database.with_name(database.name + MARKER_SUFFIX)


def record(database: Path, notice: DamageNotice) -> None:
    data = asdict(notice)
    data["sources"] = list(notice.sources)
    atomic_write_text(marker_path(database), json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def read(database: Path) -> DamageNotice | None:
    """The unacknowledged notice, or None. A marker that cannot be read still announces."""
    path = marker_path(database)
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, NotADirectoryError):  # no marker; in a file, none can be
        return None
    except OSError:
        text = "{}"
    try:
        data = json.loads(text)
        if not isinstance(data, dict):
            data = {}
    except ValueError:
        data = {}
    return DamageNotice(
        moved_to=str(data.get("moved_to", "")),
        when=str(data.get("when", "")),
        drafts=_count(data.get("drafts")),
        revisions=_count(data.get("revisions")),
        sources=tuple(str(s) for s in data.get("sources", []) if isinstance(s, str)),
    )


def acknowledge(database: Path) -> bool:
    """Forget the notice; True if there was one."""
    path = marker_path(database)
    existed = path.exists()
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return existed


def _count(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else 0
