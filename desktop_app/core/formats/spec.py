"""Report formats as data: templates/formats/<id>/format.toml → FormatSpec.

A format pack declares its sections (number, title, guidance, boilerplate template, fields),
its fields (key, label, kind, required, roll-forward rule, import patterns) and its title.
Adding a format is adding a folder; nothing here knows any particular format.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cache
from typing import Any

from desktop_app.core.errors import FormatPackError, UnknownFormatError
from desktop_app.core.formats.names import format_names  # noqa: F401 (part of this module's API)
from desktop_app.core.formats.table_spec import TableSpec, parse_table
from desktop_app.resources import templates_root


class FieldKind(StrEnum):
    COUNT = "count"  # non-negative integer
    MONEY = "money"  # yuan, may be fractional
    TEXT = "text"
    LIST = "list"  # list of short texts
    DATE = "date"  # ISO date text
    TABLE = "table"  # {row key: {column key: number}}, shaped by a TableSpec (core/table_spec.py)


class RollForward(StrEnum):
    KEEP = "keep"  # carried over, to be re-confirmed
    RESET = "reset"  # cleared to its default
    LAST_YEAR = "last_year"  # moved into last_year_facts, then reset


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    label_en: str
    kind: FieldKind
    required: bool = True
    default: Any = None
    rollforward: RollForward = RollForward.KEEP
    help: str = ""
    help_en: str = ""
    # regexes with one group: how the importer finds the value in a published report
    import_patterns: tuple[str, ...] = ()
    # text of the report that, when present, means zero (e.g. 未收到…申请)
    import_zero_patterns: tuple[str, ...] = ()
    table: TableSpec | None = None  # for kind "table": [tables.<key>] in format.toml


@dataclass(frozen=True)
class SectionSpec:
    id: str
    number: str  # 一, 二 … ("" for an unheaded opening)
    title: str
    title_en: str
    template: str  # path inside the format folder
    fields: tuple[str, ...] = ()
    guidance: str = ""
    guidance_en: str = ""
    heading: bool = True
    # other wordings of the title seen in published reports, for the importer
    aliases: tuple[str, ...] = ()

    @property
    def heading_text(self) -> str:
        return f"{self.number}、{self.title}" if self.number else self.title


@dataclass(frozen=True)
class FormatSpec:
    id: str
    name: str
    name_en: str
    title_lines: tuple[str, ...]  # jinja2 expressions over the facts, e.g. "{{ year }}年…"
    sections: tuple[SectionSpec, ...]
    fields: tuple[FieldSpec, ...]
    folder: str = ""  # folder name under templates/formats
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def field(self, key: str) -> FieldSpec:
        for spec in self.fields:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def section(self, section_id: str) -> SectionSpec:
        for spec in self.sections:
            if spec.id == section_id:
                return spec
        raise KeyError(section_id)

    @property
    def field_map(self) -> dict[str, FieldSpec]:
        return {f.key: f for f in self.fields}


def available_formats() -> list[str]:
    root = templates_root() / "formats"
    return sorted(p.name for p in root.iterdir() if p.is_dir() and (p / "format.toml").is_file())


@cache
def load_format(format_id: str) -> FormatSpec:
    """Parse a format pack once per process."""
    known = available_formats()
    if format_id not in known:
        raise UnknownFormatError(format_id, known)
    folder = templates_root() / "formats" / format_id
    try:
        data = tomllib.loads((folder / "format.toml").read_text(encoding="utf-8"))
        return _build(format_id, data)
    except (tomllib.TOMLDecodeError, KeyError, ValueError, TypeError) as exc:
        raise FormatPackError("format-pack:broken", format_id=format_id, detail=str(exc)) from exc


def read_template_source(format_id: str, relative: str) -> str:
    """A template file of the pack; ``relative`` is a name inside its folder, never a way out
    (an ``{% include "/etc/passwd" %}`` or ``"../../x"`` in a template reads nothing)."""
    parts = relative.replace("\\", "/").split("/")
    if relative.startswith("/") or any(p in ("", ".", "..") or ":" in p for p in parts):
        raise FormatPackError("format-pack:not-template", format_id=format_id, relative=relative)
    path = templates_root() / "formats" / format_id
    for part in parts:
        path = path / part
    try:
        return str(path.read_text(encoding="utf-8"))  # a Traversable: typed loosely
    except OSError as exc:
        raise FormatPackError(
            "format-pack:unreadable", format_id=format_id, relative=relative, detail=str(exc)
        ) from exc


def _build(format_id: str, data: dict[str, Any]) -> FormatSpec:
    fields = tuple(
        FieldSpec(
            key=f["key"],
            label=f["label"],
            label_en=f.get("label_en", f["key"]),
            kind=FieldKind(f["kind"]),
            required=f.get("required", True),
            default=f.get("default"),
            rollforward=RollForward(f.get("rollforward", "keep")),
            help=f.get("help", ""),
            help_en=f.get("help_en", ""),
            import_patterns=tuple(f.get("import_patterns", ())),
            import_zero_patterns=tuple(f.get("import_zero_patterns", ())),
            table=_table(f, data.get("tables", {})),
        )
        for f in data.get("fields", [])
    )
    keys = {f.key for f in fields}
    sections = []
    for s in data["sections"]:
        unknown = set(s.get("fields", ())) - keys
        if unknown:
            raise ValueError(f"section {s['id']} names undeclared fields {sorted(unknown)}")
        sections.append(
            SectionSpec(
                id=s["id"],
                number=s.get("number", ""),
                title=s["title"],
                title_en=s.get("title_en", s["title"]),
                template=s["template"],
                fields=tuple(s.get("fields", ())),
                guidance=s.get("guidance", "").strip(),
                guidance_en=s.get("guidance_en", "").strip(),
                heading=s.get("heading", True),
                aliases=tuple(s.get("aliases", ())),
            )
        )
    if data["id"] != format_id:
        raise ValueError(f"format.toml id {data['id']!r} does not match its folder")
    return FormatSpec(
        id=format_id,
        name=data["name"],
        name_en=data.get("name_en", data["name"]),
        title_lines=tuple(data["title_lines"]),
        sections=tuple(sections),
        fields=fields,
        folder=format_id,
        extra={k: v for k, v in data.items() if k not in {"fields", "sections", "tables"}},
    )


def _table(field_data: dict[str, Any], tables: dict[str, Any]) -> TableSpec | None:
    """The TableSpec of a table field, from ``[tables.<key>]``; None for other kinds."""
    if field_data["kind"] != FieldKind.TABLE.value:
        return None
    key = field_data["key"]
    if key not in tables:
        raise ValueError(f"table field {key} has no [tables.{key}]")
    return parse_table(key, tables[key])
