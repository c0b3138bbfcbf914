"""Lines of text from a Word .docx (and an old .doc or .rtf, through LibreOffice).

A .docx is a zip of XML parts. Before python-docx opens one, the archive is checked: that it
is a zip at all, and that its declared unpacked sizes are sane, so a zip bomb is refused
before anything is inflated. python-docx's XML parser resolves no entities and loads no
DTDs, so an entity pointing at a local file reads nothing.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from desktop_app.core.errors import InputError

MAX_UNPACKED = 100 * 1024 * 1024  # bytes, all parts together
MAX_RATIO = 200  # unpacked / packed, for any part worth worrying about
_RATIO_FLOOR = 1024 * 1024  # parts smaller than this may compress as well as they like
MAX_PARTS = 5000
CONVERT_TIMEOUT = 120.0  # seconds for LibreOffice to turn a .doc into a .docx
CELL_SEPARATOR = "\t"  # between the cells of a table row: marks the line as tabular

_WINDOWS_SOFFICE = (
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)


def read_docx_lines(path: Path) -> list[str]:
    """Paragraph texts, table rows included, in document order."""
    check_package(path)
    try:
        document = docx.Document(str(path))
    except InputError:
        raise
    except Exception as exc:  # python-docx raises many types on damaged packages
        raise InputError("import:docx-damaged", path=path) from exc
    try:
        return list(_lines(document.iter_inner_content()))
    except Exception as exc:  # malformed XML inside a part that did parse
        raise InputError("import:docx-unreadable", path=path) from exc


def check_package(path: Path) -> None:
    """Refuse what is not a zip, or would unpack to far more than any report."""
    if not zipfile.is_zipfile(path):
        raise InputError("import:not-docx", path=path)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise InputError("import:docx-archive", path=path) from exc
    if len(infos) > MAX_PARTS:
        raise InputError("import:docx-parts", path=path, count=len(infos))
    total = sum(info.file_size for info in infos)
    if total > MAX_UNPACKED:
        raise InputError("import:docx-bomb", path=path, size_mb=total // (1024 * 1024))
    for info in infos:
        if info.file_size <= _RATIO_FLOOR:
            continue
        if info.compress_size <= 0 or info.file_size / info.compress_size > MAX_RATIO:
            raise InputError("import:docx-ratio", path=path, ratio=info.file_size // max(info.compress_size, 1))


def _lines(blocks: Iterator[Paragraph | Table]) -> Iterator[str]:
    for block in blocks:
        if isinstance(block, Paragraph):
            yield from block.text.split("\n")
        else:
            yield from _table_lines(block)


def _table_lines(table: Table) -> Iterator[str]:
    # a merged cell appears under every grid column it spans; holding the elements keeps
    # lxml from handing the same proxy identity to another cell
    seen: set[object] = set()
    for row in table.rows:
        cells = []
        for cell in row.cells:
            if cell._tc in seen:
                continue
            seen.add(cell._tc)
            cells.append(cell)
        if len(cells) == 1:
            # a one-column layout table: its paragraphs are ordinary text
            yield from _lines(cells[0].iter_inner_content())
        elif cells:
            texts = [" ".join(line.strip() for line in _lines(c.iter_inner_content())).strip() for c in cells]
            if any(texts):
                yield CELL_SEPARATOR.join(texts)


# --- old formats through LibreOffice -------------------------------------------------------


def find_soffice() -> str | None:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found:
        return found
    if os.name == "nt":
        return next((p for p in _WINDOWS_SOFFICE if Path(p).is_file()), None)
    return None


def read_converted_lines(path: Path, suffix: str = ".doc") -> list[str]:
    """Convert an old .doc (or .rtf: ``suffix``) to .docx with LibreOffice, then read it."""
    kind_name = suffix
    soffice = find_soffice()
    if soffice is None:
        raise InputError("import:libreoffice-missing", path=path, kind=kind_name)
    with tempfile.TemporaryDirectory(prefix="ogi-convert-") as tmp:
        work = Path(tmp)
        source = work / f"report{suffix}"
        shutil.copyfile(path, source)  # a plain name: LibreOffice mangles some file names
        _run_soffice(soffice, source, work, path)
        converted = work / "report.docx"
        if not converted.is_file():
            raise InputError("import:libreoffice-failed", path=path, kind=kind_name)
        return read_docx_lines(converted)


def _run_soffice(soffice: str, source: Path, work: Path, original: Path) -> None:
    profile = work / "profile"  # its own profile: works even while LibreOffice is open
    command = [
        soffice,
        "--headless",
        "--norestore",
        "--nolockcheck",
        f"-env:UserInstallation={profile.as_uri()}",
        "--convert-to",
        "docx",
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
        raise InputError("import:libreoffice-start", path=original, detail=str(exc)) from exc
    try:
        process.wait(timeout=CONVERT_TIMEOUT)
    except subprocess.TimeoutExpired as exc:
        _kill(process)
        raise InputError("import:libreoffice-timeout", path=original) from exc


def _kill(process: subprocess.Popen[bytes]) -> None:
    # soffice starts helper processes: end the whole group it leads, not just the wrapper
    if os.name != "nt":
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except OSError:
            process.kill()
    else:
        process.kill()
    process.wait()
