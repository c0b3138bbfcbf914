"""A draft as a PDF: the .docx export converted by LibreOffice (headless), when installed.

LibreOffice lays the page out from the same .docx the clerk would print, so the PDF matches
it. It runs with its own throw-away profile (works while LibreOffice is open) and in its own
process group, ended whole if it hangs.
"""

from __future__ import annotations

import os
import signal
import subprocess
import tempfile
from pathlib import Path

from desktop_app.core.errors import OutputError, ToolMissingError
from desktop_app.core.importing.docx_reading import find_soffice
from desktop_app.core.model import DateStyle, Draft
from desktop_app.core.storage.atomic import atomic_write
from desktop_app.core.word.export import render_docx_bytes

CONVERT_TIMEOUT = 180  # seconds; a first start of LibreOffice builds its profile


def export_pdf(draft: Draft, path: Path | str, date_style: DateStyle | None = None) -> Path:
    """Write ``path`` as a PDF; raises ToolMissingError when LibreOffice is not installed."""
    soffice = find_soffice()
    if soffice is None:
        raise ToolMissingError("LibreOffice", "pdf-export")
    data = render_docx_bytes(draft, date_style)
    with tempfile.TemporaryDirectory(prefix="ogi-pdf-") as tmp:
        work = Path(tmp)
        source = work / "report.docx"
        source.write_bytes(data)
        _convert(soffice, source, work, Path(path))
        converted = work / "report.pdf"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise OutputError(path, "LibreOffice could not convert the report to PDF")
        pdf = converted.read_bytes()
    return atomic_write(path, lambda handle: handle.write(pdf))


def _convert(soffice: str, source: Path, work: Path, target: Path) -> None:
    command = [
        soffice,
        "--headless",
        "--norestore",
        "--nolockcheck",
        f"-env:UserInstallation={(work / 'profile').as_uri()}",
        "--convert-to",
        "pdf",
        "--outdir",
        str(work),
        str(source),
    ]
    try:
        process = subprocess.Popen(
            command,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            stdin=subprocess.DEVNULL,
            start_new_session=os.name != "nt",
        )
    except OSError as exc:
        raise OutputError(target, f"LibreOffice could not be started ({exc.strerror or exc})") from exc
    try:
        process.wait(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        if os.name != "nt":
            try:
                os.killpg(process.pid, signal.SIGKILL)
            except OSError:
                process.kill()
        else:
            process.kill()
        process.wait()
        raise OutputError(target, "LibreOffice took too long to convert the report to PDF") from exc
