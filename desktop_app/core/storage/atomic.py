"""Write a file so that the target is either the old file or the complete new one.

The content goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one rename. Any failure removes the temporary file and raises
OutputError with the reason in plain words.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.errors import OutputError

_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EACCES: "permission denied (the file may be open in another program, or the folder read-only)",
    errno.EPERM: "permission denied (the file may be open in another program, or the folder read-only)",
    errno.EROFS: "the folder is on a read-only disk",
    errno.ENOENT: "the folder does not exist",
    errno.EISDIR: "a folder has that name",
    errno.ENOTDIR: "part of the path is not a folder",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EBUSY: "the file is in use by another program",
}


def reason_for(exc: OSError) -> str:
    if getattr(exc, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: open in Word
        return "the file is open in another program; close it and try again"
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write(target: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    target = Path(target)
    if target.is_dir():
        raise OutputError(target, _REASONS[errno.EISDIR])
    folder = target.parent if str(target.parent) else Path(".")
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        # mkstemp makes the file private (0600); give it the mode a normal save would
        os.chmod(tmp_name, _mode_for(target))
        with os.fdopen(fd, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise OutputError(target, reason_for(exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return target


def atomic_write_text(target: Path | str, text: str) -> Path:
    return atomic_write(target, lambda handle: handle.write(text.encode("utf-8")))
