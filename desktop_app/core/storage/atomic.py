"""Write a file so that the target is either the old file or the complete new one.

The content goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one rename. A target that exists but is not a regular file (a device,
a FIFO, /dev/stdout) is refused first. Any failure removes the temporary file and raises
OutputError with a reason code.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from desktop_app.core.errors import NotRegularFileError, OutputError

# errno → reason code (worded in desktop_app.core.messages.errors.REASONS). Only Windows locks
# a file another program has open; elsewhere "permission denied" means the file or folder is
# read-only, so that is all the message says there.
_PERMISSION = "permission" if sys.platform == "win32" else "permission-read-only"
_REASONS = {
    errno.ENOSPC: "disk-full",
    errno.EDQUOT: "quota",
    errno.EACCES: _PERMISSION,
    errno.EPERM: _PERMISSION,
    errno.EROFS: "read-only-disk",
    errno.ENOENT: "no-folder",
    errno.EISDIR: "is-folder",
    errno.ENOTDIR: "not-folder",
    errno.ENAMETOOLONG: "name-too-long",
    errno.EBUSY: "busy",
}


def reason_for(exc: OSError) -> str:
    """A reason code of the catalogue, or the system's own words for an error it lacks."""
    if getattr(exc, "winerror", None) == 32:  # ERROR_SHARING_VIOLATION: open in Word
        return "open-elsewhere"
    return _REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _checked_target(target: Path) -> Path:
    """The file to replace: a symlink's own target (the link stays), never a device, a FIFO
    or a stream such as /dev/stdout (replacing one would put a file where the device was,
    or swallow the report); refused before anything is written."""
    real = Path(os.path.realpath(target))
    if os.name == "posix" and any(p.parts[1:2] in (("dev",), ("proc",)) for p in _link_chain(target)):
        raise NotRegularFileError(target)
    try:
        mode = os.stat(real).st_mode
    except OSError:
        return real  # missing (the normal case) or unreadable: the write itself will say
    if not stat.S_ISREG(mode):
        raise NotRegularFileError(target)
    return real


def _link_chain(target: Path) -> list[Path]:
    """The path and every link it goes through (/dev/stdout → /proc/self/fd/1 → …)."""
    chain = [Path(os.path.abspath(target))]
    for _ in range(40):
        try:
            following = os.readlink(chain[-1])
        except OSError:
            break
        chain.append(Path(os.path.abspath(chain[-1].parent / following)))
    return chain


def atomic_write(target: Path | str, write: Callable[[BinaryIO], object]) -> Path:
    target = Path(target)
    if target.is_dir():
        raise OutputError(target, _REASONS[errno.EISDIR])
    shown, target = target, _checked_target(target)
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
        raise OutputError(shown, reason_for(exc)) from exc
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
    return shown


def atomic_write_text(target: Path | str, text: str) -> Path:
    return atomic_write(target, lambda handle: handle.write(text.encode("utf-8")))
