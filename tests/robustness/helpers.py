"""Shared by the robustness tests: a bound on how long a call may take, the command line in
a real process, and small Word documents built in memory."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx

# Generous: a call that should take a second must not hang. The bound is a safety net that
# turns a hang into a failure; tests never assert how fast anything is.
HANG_LIMIT = 120.0


def bounded(fn: Callable[[], Any], limit: float = HANG_LIMIT) -> Any:
    """``fn()``'s result or exception; a failure instead of a hang if it never returns."""
    outcome: dict[str, Any] = {}

    def work() -> None:
        try:
            outcome["value"] = fn()
        except BaseException as exc:  # handed back to the caller below
            outcome["error"] = exc

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        raise AssertionError(f"did not finish within {limit:.0f} s: a hang")
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def run_cli(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``python -m desktop_app ARGS`` in a fresh process (the way a clerk or script runs it)."""
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONDONTWRITEBYTECODE="1")
    environment.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "desktop_app", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        timeout=HANG_LIMIT,
    )


def docx_bytes(*paragraphs: str) -> bytes:
    document = docx.Document()
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def replace_parts(data: bytes, parts: dict[str, bytes | None]) -> bytes:
    """The same package with some parts replaced, added, or (for None) removed."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            if info.filename in parts:
                continue
            target.writestr(info, source.read(info.filename))
        for name, content in parts.items():
            if content is not None:
                target.writestr(name, content)
    return out.getvalue()


def read_docx_texts(path: Path) -> list[str]:
    """Every paragraph's text, body, headers and footers, as a reader would see it."""
    document = docx.Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for section in document.sections:
        for part in (section.header, section.footer, section.even_page_header, section.even_page_footer):
            texts += [p.text for p in part.paragraphs]
    return texts


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}
