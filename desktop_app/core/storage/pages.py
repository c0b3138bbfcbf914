"""Rows read straight from the pages of a damaged SQLite file, without SQLite.

The last resort of salvage: a file whose header, schema or b-tree interior is damaged, or
that was cut short, still holds intact leaf pages. Each table leaf page (type 0x0D) is
parsed, every cell's record decoded (following its overflow chain where the pages are
still there), and the record values handed back. Nothing here trusts a number read from
the file: every offset is bounds-checked and a bad cell is skipped.
"""

from __future__ import annotations

import struct
from collections.abc import Iterator

_LEAF_TABLE = 0x0D
_PAGE_SIZES = (4096, 1024, 2048, 8192, 16384, 32768, 65536, 512)
Value = None | int | float | bytes | str


def records(data: bytes) -> Iterator[list[Value]]:
    """Every decodable record in every table leaf page of ``data``."""
    size = _page_size(data)
    reserved = data[20] if len(data) > 20 and data[20] < 255 else 0
    usable = size - reserved
    for number in range(1, len(data) // size + 1):
        start = (number - 1) * size
        page = data[start : start + size]
        header = 100 if number == 1 else 0
        if len(page) < header + 8 or page[header] != _LEAF_TABLE:
            continue
        (cells,) = struct.unpack_from(">H", page, header + 3)
        for index in range(min(cells, size // 4)):
            pointer_at = header + 8 + 2 * index
            if pointer_at + 2 > len(page):
                break
            (pointer,) = struct.unpack_from(">H", page, pointer_at)
            try:
                payload = _payload(data, page, pointer, size, usable)
                if payload is not None:
                    yield _record(payload)
            except (IndexError, ValueError, struct.error, UnicodeDecodeError):
                continue


def _page_size(data: bytes) -> int:
    if len(data) >= 18:
        (value,) = struct.unpack_from(">H", data, 16)
        size = 65536 if value == 1 else value
        if size in _PAGE_SIZES:
            return size
    return 4096


def _varint(buf: bytes, at: int) -> tuple[int, int]:
    value = 0
    for i in range(9):
        byte = buf[at + i]
        if i == 8:
            return (value << 8) | byte, at + 9
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            return value, at + i + 1
    raise ValueError("bad varint")


def _payload(data: bytes, page: bytes, at: int, size: int, usable: int) -> bytes | None:
    length, at = _varint(page, at)
    _rowid, at = _varint(page, at)
    most = usable - 35
    if length <= most:
        return page[at : at + length] if at + length <= len(page) else None
    least = (usable - 12) * 32 // 255 - 23
    local = least + (length - least) % (usable - 4)
    if local > most:
        local = least
    parts = [page[at : at + local]]
    (overflow,) = struct.unpack_from(">I", page, at + local)
    have = local
    seen: set[int] = set()
    while have < length:
        if overflow == 0 or overflow in seen or overflow * size > len(data):
            return None  # the chain runs into missing or damaged pages
        seen.add(overflow)
        start = (overflow - 1) * size
        (following,) = struct.unpack_from(">I", data, start)
        piece = data[start + 4 : start + min(usable, 4 + length - have)]
        parts.append(piece)
        have += len(piece)
        overflow = following
    return b"".join(parts)[:length]


def _record(payload: bytes) -> list[Value]:
    header_size, at = _varint(payload, 0)
    types = []
    while at < header_size:
        kind, at = _varint(payload, at)
        types.append(kind)
    values: list[Value] = []
    body = header_size
    for kind in types:
        value, body = _value(payload, body, kind)
        values.append(value)
    if body > len(payload):
        raise ValueError("record runs past its payload")
    return values


_INT_SIZES = {1: 1, 2: 2, 3: 3, 4: 4, 5: 6, 6: 8}


def _value(buf: bytes, at: int, kind: int) -> tuple[Value, int]:
    if kind == 0:
        return None, at
    if kind in _INT_SIZES:
        width = _INT_SIZES[kind]
        return int.from_bytes(buf[at : at + width], "big", signed=True), at + width
    if kind == 7:
        return struct.unpack_from(">d", buf, at)[0], at + 8
    if kind in (8, 9):
        return kind - 8, at
    if kind >= 12:
        width = (kind - 12) // 2
        raw = buf[at : at + width]
        if len(raw) != width:
            raise ValueError("value runs past its payload")
        return (raw if kind % 2 == 0 else raw.decode("utf-8")), at + width
    raise ValueError(f"reserved serial type {kind}")
