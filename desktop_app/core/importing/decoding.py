"""What kind of file the bytes are, and plain text decoded from them.

The encoding is read from the bytes, never guessed from the file name: a byte-order mark
(UTF-8, UTF-16, UTF-32), else UTF-16 without a mark (from where its zero bytes sit), else
UTF-8 or GB18030 (a superset of GBK and GB2312, what Chinese Windows saves as "ANSI"),
whichever reads with fewer broken bytes and rare characters; a web page's declared charset
goes first. A few stray bytes are replaced and their places kept for the import notes. Bytes
that are none of these, or that are mostly control codes, are not a text file.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable
from contextvars import ContextVar
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
class Replaced:
    """Where an undecodable byte was replaced by U+FFFD: 1-based line and column, byte offset."""

    line: int
    column: int
    offset: int


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030", …
    replaced: tuple[Replaced, ...] = ()  # the first few replaced bytes (see ``replaced_count``)
    replaced_count: int = 0


MAX_REPORTED = 10  # replaced bytes whose place is worked out and reported
_ERROR_WEIGHT = 20  # in comparing encodings: one undecodable byte outweighs this many rare characters


def decode_text(data: bytes, declared: str | None = None) -> DecodedText:
    """Text from a file's bytes; an InputError when they are not text.

    ``declared`` is the charset a web page names for itself (gb2312, gbk, utf-8 …): taken
    unless the bytes plainly say otherwise. A few stray bytes are replaced and their places
    reported; more than a few mean the guess was wrong, or the file is not text.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _best(data, [encoding])
    wide = _utf16_without_bom(data)
    if wide:
        return _best(data, [wide])
    _refuse_binary(data)
    candidates = ["utf-8", "gb18030"]
    if declared:
        named = _codec(declared)
        if named:
            candidates = [named] + [c for c in candidates if c != named]
    return _best(data, candidates)


def _codec(label: str) -> str | None:
    label = label.strip().lower()
    if label in {"gb2312", "gbk", "x-gbk", "gb_2312-80", "cp936", "euc-cn", "hz-gb-2312", "gb18030"}:
        return "gb18030"  # a superset of them all: a page "in gb2312" is GBK in practice
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def _best(data: bytes, candidates: list[str]) -> DecodedText:
    tried: list[tuple[int, int, str, str, list[int]]] = []
    for rank, encoding in enumerate(candidates):
        text, errors = _lenient(data, encoding)
        if text is None:
            continue
        if not errors:
            return DecodedText(text, encoding)
        tried.append((len(errors) * _ERROR_WEIGHT + _rare(text), rank, encoding, text, errors))
    tolerated = [t for t in tried if len(t[4]) <= max(8, len(data) // 2000)]
    if not tolerated:
        raise InputError("import:unknown-encoding")
    _, _, encoding, text, errors = min(tolerated, key=lambda t: (t[0], t[1]))
    places = tuple(_place(data, encoding, offset) for offset in errors[:MAX_REPORTED])
    return DecodedText(text, encoding, places, len(errors))


def _lenient(data: bytes, encoding: str) -> tuple[str | None, list[int]]:
    """The text with undecodable bytes replaced, and their byte offsets."""
    errors: list[int] = []
    limit = max(8, len(data) // 2000)

    def record(exc: UnicodeError) -> tuple[str, int]:
        assert isinstance(exc, UnicodeDecodeError)
        # a file cut off inside its last character: drop the fragment, report nothing
        if exc.reason == "unexpected end of data" and exc.end >= len(exc.object):
            return "", exc.end
        errors.append(exc.start)
        if len(errors) > limit:
            raise _TooMany
        return "\ufffd", exc.end

    _HANDLER.set(record)
    try:
        return data.decode(encoding, errors=_ERROR_HANDLER), errors
    except _TooMany:
        return None, errors
    finally:
        _HANDLER.set(None)


def _place(data: bytes, encoding: str, offset: int) -> Replaced:
    before = data[:offset].decode(encoding, errors="replace")
    if encoding == "utf-8-sig" or encoding in {"utf-16", "utf-32"}:
        before = before.lstrip("\ufeff")
    before = before.replace("\r\n", "\n").replace("\r", "\n")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    return Replaced(line, column, offset)


def _rare(text: str) -> int:
    """Characters, in a sample, that GB 2312 lacks: few in real Chinese, many in mojibake."""
    sample = text[:_SAMPLE]
    kept = sample.encode("gb2312", errors="ignore").decode("gb2312")
    return len(sample) - len(kept)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a byte-order mark: the zero high bytes of ASCII (digits, line
    ends, spaces) sit at even offsets in big-endian text, odd ones in little-endian."""
    sample = data[: _SAMPLE - _SAMPLE % 2]
    if len(sample) < 4 or len(data) % 2:
        return None
    if sample.count(0) < max(2, len(sample) // 1000):
        return None
    shares = {e: plausible_share(sample.decode(e, errors="replace")) for e in ("utf-16-le", "utf-16-be")}
    encoding = max(shares, key=lambda e: shares[e])
    return encoding if shares[encoding] >= _PLAUSIBLE else None


_PLAUSIBLE = 0.9  # share of ordinary characters in a real report
_ORDINARY = re.compile("[\t\n\r\x20-\x7e\u00a0-\u00ff\u2000-\u206f\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")


def plausible_share(text: str) -> float:
    """Share of characters a Chinese report is made of: read with the wrong byte order,
    UTF-16 turns into symbols from all over the code space."""
    return len(_ORDINARY.findall(text)) / max(len(text), 1)


class _TooMany(Exception):
    pass


_HANDLER: ContextVar[Callable[[UnicodeError], tuple[str, int]] | None] = ContextVar("_HANDLER", default=None)
_ERROR_HANDLER = "ogi-report-record"


def _dispatch(exc: UnicodeError) -> tuple[str, int]:
    handler = _HANDLER.get()
    if handler is None:
        raise exc
    return handler(exc)


codecs.register_error(_ERROR_HANDLER, _dispatch)


def _refuse_binary(data: bytes) -> None:
    sample = data[:_SAMPLE]
    if not sample:
        return
    nuls = sample.count(0)
    controls = len(sample.translate(None, _OTHER_BYTES))
    if nuls > len(sample) * _MAX_NUL_SHARE or controls > len(sample) * _MAX_CONTROL_SHARE:
        raise InputError("import:binary")
