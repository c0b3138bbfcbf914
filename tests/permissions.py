"""Permission denials that root never sees: CI runs as root, clerks do not.

``deny(monkeypatch, path)`` makes the operating system refuse access to ``path`` the way it
does for an ordinary user (PermissionError from open, False from os.access), whoever runs the
tests, so the permission tests run everywhere instead of being skipped under root.
"""

from __future__ import annotations

import builtins
import io
import os
from pathlib import Path

import pytest


def deny(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> None:
    denied = {Path(p).resolve() for p in paths}

    def is_denied(target: object) -> bool:
        try:
            resolved = Path(os.fsdecode(target)).resolve()  # type: ignore[arg-type]
        except (TypeError, ValueError):
            return False
        return any(resolved == d or d in resolved.parents for d in denied)

    real_open, real_access = builtins.open, os.access

    def fake_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, str | bytes | os.PathLike) and is_denied(file):
            raise PermissionError(13, "Permission denied", os.fsdecode(file))
        return real_open(file, *args, **kwargs)

    def fake_access(path, mode, *args, **kwargs):  # type: ignore[no-untyped-def]
        if is_denied(path) and mode & (os.W_OK | os.R_OK):
            return False
        return real_access(path, mode, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", fake_open)
    monkeypatch.setattr(io, "open", fake_open)  # pathlib opens through io.open
    monkeypatch.setattr(os, "access", fake_access)
