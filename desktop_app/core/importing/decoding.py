"""What kind of file the bytes are, and plain text decoded from them.

The encoding is read from the bytes, never guessed from the file name: a byte-order mark
(UTF-8, UTF-16, UTF-32), else strict UTF-8, else GB18030 (a superset of GBK and GB2312, what
Chinese Windows saves as "ANSI"). Bytes that are neither, or that are mostly control codes,
are not a text file.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.core.errors import InputError

_SAMPLE = 64 * 1024  # bytes looked at to decide "binary"
_MAX_NUL_SHARE = 0.01
_MAX_CONTROL_SHARE = 0.05
_TEXT_CONTROLS = {0x09, 0x0A, 0x0C, 0x0D}  # tab, newline, form feed (page break), CR
_CONTROL_BYTES = bytes(b for b in range(256) if (b < 0x20 and b not in _TEXT_CONTROLS) or b == 0x7F)
_OTHER_BYTES = bytes(b for b in range(256) if b not in _CONTROL_BYTES)

_BOMS = (  # longest first: the UTF-32 LE mark begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class FileKind(StrEnum):
    TEXT = "text"
    DOCX = "docx"  # a zip package (Office Open XML)
    DOC = "doc"  # an OLE compound file: old binary Word
    RTF = "rtf"
    PDF = "pdf"


def sniff(head: bytes) -> FileKind:
    """The kind of file from its first bytes."""
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return FileKind.DOCX
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return FileKind.DOC
    if head.startswith(b"{\\rtf"):
        return FileKind.RTF
    if head.lstrip()[:5] == b"%PDF-":
        return FileKind.PDF
    return FileKind.TEXT


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-32" or "gb18030"


def decode_text(data: bytes) -> DecodedText:
    """Text from a file's bytes; InputError when they are not text."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding)
            except UnicodeDecodeError as exc:
                raise InputError("import:broken-text", encoding=encoding.upper()) from exc
    _refuse_binary(data)
    try:
        return DecodedText(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        # a file cut off inside its last character is still UTF-8
        if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
            return DecodedText(data[: exc.start].decode("utf-8"), "utf-8")
    try:
        return DecodedText(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError as exc:
        raise InputError("import:unknown-encoding") from exc


def _refuse_binary(data: bytes) -> None:
    sample = data[:_SAMPLE]
    if not sample:
        return
    nuls = sample.count(0)
    controls = len(sample.translate(None, _OTHER_BYTES))
    if nuls > len(sample) * _MAX_NUL_SHARE or controls > len(sample) * _MAX_CONTROL_SHARE:
        raise InputError("import:binary")
