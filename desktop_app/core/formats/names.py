"""A format's display names, read without building its FormatSpec.

The library lists every draft's format name when it opens; parsing whole format packs (and
importing what builds a FormatSpec) only for that would hold up start-up. In TOML the
top-level keys come before the first table header, so only that head of format.toml is read.
"""

from __future__ import annotations

import re
from functools import cache

from desktop_app.core.errors import FormatPackError, UnknownFormatError
from desktop_app.resources import templates_root

_TABLE_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)
# `name = "…"` with no escapes in the value, alone on its line (a comment may follow) …
_PLAIN_NAME = re.compile(r'^(name|name_en)[ \t]*=[ \t]*"([^"\\\n]*)"[ \t]*(?:#.*)?$', re.MULTILINE)
# … and every line that sets either name, however it is written
_ANY_NAME = re.compile(r"""^[ \t]*["']?(?:name|name_en)["']?[ \t]*=""", re.MULTILINE)


@cache
def format_names(format_id: str) -> tuple[str, str]:
    """(name, name_en) of a format pack; name_en defaults to the name, as in load_format."""
    root = templates_root() / "formats"
    known = sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "format.toml").is_file())
    if format_id not in known:
        raise UnknownFormatError(format_id, known)
    try:
        text = (root / format_id / "format.toml").read_text(encoding="utf-8")
    except OSError as exc:
        raise FormatPackError(
            "format-pack:unreadable", format_id=format_id, relative="format.toml", detail=str(exc)
        ) from exc
    head = _TABLE_HEADER.split(text, maxsplit=1)[0]
    plain = [(m[1], m[2]) for m in _PLAIN_NAME.finditer(head)]
    names = dict(plain)
    simple = '"""' not in head and "'''" not in head  # no multi-line string a line could hide in
    if simple and len(plain) == len(_ANY_NAME.findall(head)) == len(names) and "name" in names:
        return names["name"], names.get("name_en", names["name"])  # without importing tomllib (start-up)
    import tomllib

    # a head cut inside a multi-line value does not parse: then the whole file is read
    for source in (head, text):
        try:
            data = tomllib.loads(source)
        except tomllib.TOMLDecodeError:
            continue
        name = data.get("name")
        if isinstance(name, str):
            name_en = data.get("name_en", name)
            return name, name_en if isinstance(name_en, str) else name
    raise FormatPackError("format-pack:no-name", format_id=format_id)
