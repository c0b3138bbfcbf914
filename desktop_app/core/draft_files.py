"""A single draft as a ``.json`` file, for passing to a colleague or keeping a copy.

Saving is atomic (the old file or the complete new one, never half of each). Opening never
changes anything: a file that is too large, unreadable, not UTF-8, malformed or from a newer
version gives a typed InputError naming the file.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.core.atomic import atomic_write_text, reason_for
from desktop_app.core.errors import DraftFileError, FutureVersionError, InputError
from desktop_app.core.model import Draft, from_json, to_json

DRAFT_FILE_SUFFIX = ".json"
MAX_DRAFT_FILE_BYTES = 20 * 1024 * 1024  # a real draft is a few dozen kB


def save_draft_file(draft: Draft, path: Path | str) -> Path:
    """Write the draft's JSON to ``path`` atomically; raises OutputError."""
    return atomic_write_text(Path(path), to_json(draft) + "\n")


def load_draft_file(path: Path | str) -> Draft:
    """Read a draft file (UTF-8, with or without BOM); raises an InputError subclass."""
    path = Path(path)
    data = _read_capped(path)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DraftFileError("not a draft file: the text is not UTF-8", path) from exc
    try:
        return from_json(text)
    except FutureVersionError as exc:
        raise FutureVersionError(exc.found, exc.supported, path) from exc
    except DraftFileError as exc:
        raise DraftFileError(str(exc), path) from exc


def _read_capped(path: Path) -> bytes:
    limit_mb = MAX_DRAFT_FILE_BYTES // (1024 * 1024)
    try:
        if path.is_dir():
            raise InputError("this is a folder, not a draft file", path)
        with path.open("rb") as handle:
            data = handle.read(MAX_DRAFT_FILE_BYTES + 1)
    except OSError as exc:
        if isinstance(exc, FileNotFoundError):
            raise InputError("the file does not exist", path) from exc
        raise InputError(f"cannot read the file: {reason_for(exc)}", path) from exc
    if len(data) > MAX_DRAFT_FILE_BYTES:
        raise InputError(f"the file is too large to be a draft (more than {limit_mb} MB)", path)
    return data
