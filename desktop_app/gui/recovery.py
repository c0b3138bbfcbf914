"""Crash recovery: a marker file per running app says which drafts are open.

A clean quit removes it. A marker whose process is gone means the app died mid-edit; the next
start offers to reopen those drafts (their last autosaved revision is in the store).
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path

MARKER_GLOB = "session-*.lock"


@dataclass(frozen=True)
class StaleSession:
    path: Path
    pid: int
    draft_ids: tuple[str, ...]


class SessionMarker:
    """This process's marker: rewritten when drafts open or close, removed when none is open."""

    def __init__(self, folder: Path, pid: int | None = None) -> None:
        self.pid = pid if pid is not None else os.getpid()
        self.path = folder / f"session-{self.pid}.lock"

    def update(self, draft_ids: list[str]) -> None:
        if not draft_ids:
            self.remove()
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.path.write_text(json.dumps({"pid": self.pid, "drafts": list(draft_ids)}), encoding="utf-8")
        except OSError:
            pass  # recovery is a convenience; editing goes on without it

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def _other_sessions(folder: Path, own_pid: int | None) -> list[StaleSession]:
    """Every marker but this process's own."""
    own = own_pid if own_pid is not None else os.getpid()
    sessions = []
    for path in sorted(folder.glob(MARKER_GLOB)) if folder.is_dir() else []:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            pid = int(data["pid"])
            drafts = tuple(str(d) for d in data.get("drafts", []))
        except (OSError, ValueError, KeyError, TypeError):
            discard(path)  # unreadable: nothing to recover from it
            continue
        if pid != own:
            sessions.append(StaleSession(path, pid, drafts))
    return sessions


def stale_sessions(folder: Path, own_pid: int | None = None) -> list[StaleSession]:
    """Markers left by processes that are no longer running."""
    return [s for s in _other_sessions(folder, own_pid) if not pid_running(s.pid)]


def open_elsewhere(folder: Path, draft_id: str, own_pid: int | None = None) -> int | None:
    """The process id of another running copy of the app that has this draft open, if any."""
    for session in _other_sessions(folder, own_pid):
        if draft_id in session.draft_ids and pid_running(session.pid):
            return session.pid
    return None


def discard(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def pid_running(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_running(pid)
    try:
        os.kill(pid, 0)  # signal 0: existence check only
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's live process
    except OSError:
        return False
    return _not_zombie(pid)


def _not_zombie(pid: int) -> bool:
    """A dead child not yet reaped still answers kill(0); /proc tells (Linux only)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rsplit(")", 1)[-1].split()[0] != "Z"


def _windows_pid_running(pid: int) -> bool:
    # os.kill on Windows would terminate the process, so ask the kernel instead.
    import ctypes

    process_query_limited_information = 0x1000
    still_active = 259
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(process_query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == still_active
    finally:
        kernel32.CloseHandle(handle)
