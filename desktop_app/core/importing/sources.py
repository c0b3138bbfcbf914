"""Any file a clerk has → the report's lines (table rows as CELL_SEPARATOR-joined cells) and
notes on how they were read. The import pipeline takes it from there.

What a file is comes from its bytes first and its name second: a .doc that is really a web
page (portals serve those) is read as a web page, a PDF named .txt as a PDF.
"""

from __future__ import annotations

import re
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import InputError
from desktop_app.core.importing.clutter import drop_clutter
from desktop_app.core.importing.decoding import DecodedText, FileKind, decode_text, sniff
from desktop_app.core.importing.docx_reading import check_package, find_soffice, read_converted_lines, read_docx_lines
from desktop_app.core.importing.html_reading import read_html
from desktop_app.core.importing.mhtml import html_part
from desktop_app.core.importing.notes import Note

SUFFIXES = (".docx", ".doc", ".wps", ".rtf", ".txt", ".html", ".htm", ".mhtml", ".mht", ".pdf")
_MACRO_SUFFIXES = {".docm", ".dotm"}
_PACKAGE_SUFFIXES = {".docx", ".dotx", *_MACRO_SUFFIXES}  # zip packages: anything else is damaged
_OLD_WORD = {".doc": ".doc", ".dot": ".doc", ".wps": ".wps", ".rtf": ".rtf"}
_HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
_MHTML_SUFFIXES = {".mhtml", ".mht"}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta)\b", re.I | re.S
)
_MIME_START = re.compile(rb"^(?:[\w-]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*){1,40}?", re.S)
_MACRO_CONTENT = b"macroEnabled"
_MACRO_TYPES = (
    b"application/vnd.ms-word.document.macroEnabled.main+xml",
    b"application/vnd.ms-word.template.macroEnabledTemplate.main+xml",
)
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


@dataclass
class Source:
    lines: list[str]
    notes: list[str] = field(default_factory=list)
    encoding: str | None = None  # of a text file or web page


def read_source(path: Path) -> Source:
    """The lines of the report in ``path``; an InputError when it cannot be read."""
    data = path.read_bytes()
    kind = sniff(data[:16])
    suffix = path.suffix.lower()
    if kind is FileKind.PDF:
        from desktop_app.core.importing.pdf_reading import read_pdf_lines  # PDFium loads in 0.2 s: only when needed

        lines, notes = read_pdf_lines(data, path)
        return decluttered(Source(lines, notes))
    if kind is FileKind.DOCX or suffix in _PACKAGE_SUFFIXES:
        if _macro_enabled(path):
            return Source(_macro_document_lines(path), [Note("read-word-macro")])
        return Source(read_docx_lines(path), [Note("read-word-macro" if suffix in _MACRO_SUFFIXES else "read-word")])
    if kind in {FileKind.DOC, FileKind.RTF}:
        return _converted(path, ".rtf" if kind is FileKind.RTF else _OLD_WORD.get(suffix, ".doc"))
    if suffix in _MHTML_SUFFIXES or _looks_like_mime(data):
        page, charset = html_part(data)
        return _page(page, charset, "read-mhtml")
    if suffix in _HTML_SUFFIXES or _HTML_START.match(data[:4096]) or _html_as_text(data):
        return _page(data, None, "read-html")
    if suffix in _OLD_WORD:
        return _converted(path, _OLD_WORD[suffix])  # "Word" files that are really text: LibreOffice reads those
    return text_source(decode_text(data))


def text_source(decoded: DecodedText) -> Source:
    """Lines of plain text (a .txt file, or text pasted from a page) without portal clutter."""
    notes: list[str] = [Note("read-text", encoding=decoded.encoding)]
    notes += _replaced_notes(decoded)
    return decluttered(Source(decoded.text.split("\n"), notes, decoded.encoding))


def _page(data: bytes, charset: str | None, note: str) -> Source:
    page = read_html(data, charset)
    notes: list[str] = [Note(note, encoding=page.decoded.encoding)]
    notes += _replaced_notes(page.decoded)
    source = decluttered(Source(page.lines, notes, page.decoded.encoding), already=page.removed)
    if not source.lines:
        raise InputError("import:no-page-text")
    return source


def decluttered(source: Source, already: int = 0) -> Source:
    """The source without the portal's furniture (menus, 索引号, footers), noted; text that was
    nothing but furniture is a page saved without its report, and says so."""
    result = drop_clutter(source.lines)
    removed = already + result.removed
    if removed and not any(line.strip() for line in result.lines):
        raise InputError("import:no-page-text")
    if removed:
        source.notes.append(Note("clutter-removed", count=removed))
    return Source(result.lines, source.notes, source.encoding)


def _replaced_notes(decoded: DecodedText) -> list[str]:
    if not decoded.replaced_count:
        return []
    positions = ", ".join(f"{p.line}:{p.column}" for p in decoded.replaced)
    if decoded.replaced_count > len(decoded.replaced):
        positions += " …"
    return [Note("replaced-bytes", count=decoded.replaced_count, positions=positions)]


def _converted(path: Path, kind: str) -> Source:
    if find_soffice() is None:
        raise InputError("import:libreoffice-missing", path=path, kind=kind)
    return Source(read_converted_lines(path, kind), [Note("read-converted", kind=kind)])


def _macro_document_lines(path: Path) -> list[str]:
    """The text of a macro-enabled Word file (.docm): a copy declared as a plain document is
    read (python-docx refuses the macro-enabled type); the macros are data, never run."""
    check_package(path)  # sizes checked before anything is inflated
    try:
        with tempfile.TemporaryDirectory(prefix="ogi-docm-") as tmp:
            plain = Path(tmp) / "report.docx"
            with zipfile.ZipFile(path) as source, zipfile.ZipFile(plain, "w", zipfile.ZIP_DEFLATED) as target:
                for info in source.infolist():
                    data = source.read(info)
                    if info.filename == "[Content_Types].xml":
                        for macro in _MACRO_TYPES:
                            data = data.replace(macro, _DOCUMENT_TYPE)
                    target.writestr(info, data)
            return read_docx_lines(plain)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, EOFError) as exc:
        raise InputError("import:docx-damaged", path=path) from exc


def _macro_enabled(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            types = archive.read("[Content_Types].xml")
    except (KeyError, OSError, zipfile.BadZipFile, ValueError):
        return False
    return _MACRO_CONTENT in types


def _looks_like_mime(data: bytes) -> bool:
    head = data[:4096]
    return b"multipart/related" in head.lower() and bool(_MIME_START.match(head))


def _html_as_text(data: bytes) -> bool:
    # a page saved under another name (.txt, .doc): markup within its first lines
    head = data[:2048].lower()
    return b"<html" in head and (b"<body" in data[:65536].lower() or b"<p" in head)
