"""A .docx written straight from a base package whose parts are kept compressed in memory.

A report differs from its styled base document only in the body of word/document.xml and
in docProps/core.xml. Re-reading the base with python-docx, re-parsing its styles (several
hundred kilobytes of XML) and deflating every part again on each export cost far more than
the report itself, so the base is split once per process: every part is deflated once and
copied verbatim into each report; only the parts a report changes are generated.
"""

from __future__ import annotations

import io
import struct
import sys
import time
import zipfile
import zlib
from dataclasses import dataclass

DOCUMENT_PART = "word/document.xml"
_BODY_OPEN = "<w:body>"
_SECTION_PROPERTIES = "<w:sectPr"
# what zipfile itself records for a member written from memory (ZipFile.writestr)
_VERSION = 20
_CREATE_SYSTEM = 0 if sys.platform == "win32" else 3
_EXTERNAL_ATTR = 0o600 << 16


@dataclass(frozen=True)
class _Member:
    name: bytes
    flags: int  # bit 11: the name is UTF-8
    crc: int
    size: int
    deflated: bytes


def _deflate(data: bytes) -> bytes:
    compressor = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -15)
    return compressor.compress(data) + compressor.flush()


def _member(name: str, data: bytes) -> _Member:
    try:
        encoded, flags = name.encode("ascii"), 0
    except UnicodeEncodeError:
        encoded, flags = name.encode("utf-8"), 0x800
    return _Member(encoded, flags, zlib.crc32(data), len(data), _deflate(data))


def _copied(docx: bytes, info: zipfile.ZipInfo) -> _Member:
    """A member's deflated bytes as they are in the zip: deflating them again is wasted work."""
    name_length, extra_length = struct.unpack_from("<HH", docx, info.header_offset + 26)
    start = info.header_offset + 30 + name_length + extra_length
    flags = 0x800 if info.flag_bits & 0x800 else 0
    name = info.filename.encode("utf-8" if flags else "ascii")
    return _Member(name, flags, info.CRC, info.file_size, docx[start : start + info.compress_size])


class BasePackage:
    """The parts of a base .docx, ready to be written again with a new body and new parts.

    The base's word/document.xml must hold an empty body: ``<w:body>`` directly followed by
    the final ``<w:sectPr …>`` (what the report's paragraphs go in front of).
    """

    def __init__(self, docx: bytes) -> None:
        self._members: list[tuple[str, _Member | None]] = []
        with zipfile.ZipFile(io.BytesIO(docx)) as source:
            for info in source.infolist():
                if info.filename == DOCUMENT_PART:
                    xml = source.read(info).decode("utf-8")
                    start = xml.index(_BODY_OPEN) + len(_BODY_OPEN)
                    end = xml.index(_SECTION_PROPERTIES, start)
                    self._head, self._tail = xml[:start], xml[end:]
                    self._members.append((info.filename, None))  # generated per report
                elif info.compress_type == zipfile.ZIP_DEFLATED:
                    self._members.append((info.filename, _copied(docx, info)))
                else:
                    self._members.append((info.filename, _member(info.filename, source.read(info))))
        if not hasattr(self, "_head"):
            raise ValueError("the base package has no word/document.xml")

    def part(self, name: str) -> bytes | None:
        """A base part's content (None for the generated document part or an unknown name)."""
        for member_name, member in self._members:
            if member_name == name and member is not None:
                return zlib.decompress(member.deflated, -15)
        return None

    def write(self, body_xml: str, replaced: dict[str, bytes] | None = None) -> bytes:
        """The whole .docx: ``body_xml`` inside the base's body, ``replaced`` parts swapped in."""
        replaced = replaced or {}
        document = (self._head + body_xml + self._tail).encode("utf-8")
        members = []
        for name, member in self._members:
            if member is None:
                member = _member(name, document)
            elif name in replaced:
                member = _member(name, replaced[name])
            members.append(member)
        return _zip(members)


def _dos_time() -> tuple[int, int]:
    t = time.localtime()
    return (
        (t.tm_hour << 11) | (t.tm_min << 5) | (t.tm_sec // 2),
        ((t.tm_year - 1980) << 9) | (t.tm_mon << 5) | t.tm_mday,
    )


def _zip(members: list[_Member]) -> bytes:
    """A plain zip (no zip64: a report is far below 4 GB) of already deflated members."""
    dos_time, dos_date = _dos_time()
    out = io.BytesIO()
    central = []
    for m in members:
        offset = out.tell()
        out.write(
            struct.pack(
                "<4sHHHHHLLLHH",
                b"PK\x03\x04",
                _VERSION,
                m.flags,
                zipfile.ZIP_DEFLATED,
                dos_time,
                dos_date,
                m.crc,
                len(m.deflated),
                m.size,
                len(m.name),
                0,
            )
        )
        out.write(m.name)
        out.write(m.deflated)
        central.append(
            struct.pack(
                "<4sBBHHHHHLLLHHHHHLL",
                b"PK\x01\x02",
                _VERSION,
                _CREATE_SYSTEM,
                _VERSION,
                m.flags,
                zipfile.ZIP_DEFLATED,
                dos_time,
                dos_date,
                m.crc,
                len(m.deflated),
                m.size,
                len(m.name),
                0,
                0,
                0,
                0,
                _EXTERNAL_ATTR,
                offset,
            )
            + m.name
        )
    start = out.tell()
    directory = b"".join(central)
    out.write(directory)
    out.write(struct.pack("<4sHHHHLLH", b"PK\x05\x06", 0, 0, len(members), len(members), len(directory), start, 0))
    return out.getvalue()
