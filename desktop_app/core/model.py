"""The report Draft and its parts, and their JSON form (which is also the draft-file format).

Top-level JSON keys are a contract other tools rely on: ``schema_version``, ``format_id``,
``year``, ``agency`` (``full_name``, ``short_name`` …), ``facts``, ``sections`` (list of
``id``, ``title``, ``text``, ``origin``), ``report_date`` (ISO date or null), ``sign_off``
(object or null). Further keys extend it; none is ever renamed. Reading a JSON value with its
type checked is ``draft_values``' job.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any

# re-exported: the model's names for a cell and a fact's value
from desktop_app.core.draft_values import NOT_APPLICABLE as NOT_APPLICABLE
from desktop_app.core.draft_values import CellValue as CellValue
from desktop_app.core.draft_values import (
    FactValue,
    expect,
    expect_int,
    expect_list,
    opt_date,
    opt_str,
    read_facts,
    str_list,
)
from desktop_app.core.draft_values import TableValue as TableValue
from desktop_app.core.errors import DraftFileError, FutureVersionError
from desktop_app.core.text_items import TextItem, item_from_dict, item_to_dict

SCHEMA_VERSION = 2  # 2: a table cell never filled is absent, a 0 is written, 不适用 is NOT_APPLICABLE


class Origin(StrEnum):
    """Where a section's text came from; decides whether facts may re-render it."""

    BOILERPLATE = "boilerplate"  # untouched template text: follows the facts
    EDITED = "edited"  # the clerk's words: never overwritten silently
    CARRIED = "carried"  # from last year's draft, not yet re-confirmed
    IMPORTED = "imported"  # from a published report


class DateStyle(StrEnum):
    CHINESE = "chinese"  # 二〇一八年一月九日
    ARABIC = "arabic"  # 2018年1月9日 (GB/T 9704-2012)


@dataclass
class Agency:
    full_name: str
    short_name: str = ""
    parent_government: str = ""
    website_name: str = ""

    def names(self) -> set[str]:
        return {n for n in (self.full_name, self.short_name) if n}


@dataclass
class SectionText:
    id: str
    title: str
    text: str = ""
    origin: Origin = Origin.BOILERPLATE

    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.text.split("\n") if p.strip()]


@dataclass
class SignOff:
    """Who signed the report off, and a fingerprint of what they signed."""

    drafted_by: str
    reviewed_by: str
    approved_by: str
    issuer: str  # 落款: the issuing agency as printed above the date
    date: date  # 成文日期
    signed_at: str = ""  # ISO timestamp
    content_hash: str = ""
    section_hashes: dict[str, str] = field(default_factory=dict)
    revision: int | None = None


@dataclass
class Lineage:
    """Where a draft came from: rolled forward, imported, converted or duplicated."""

    kind: str
    source_draft_id: str | None = None
    source_year: int | None = None
    source_file: str | None = None  # only a name for display, never written to


@dataclass
class Draft:
    format_id: str
    year: int
    agency: Agency
    facts: dict[str, FactValue] = field(default_factory=dict)
    sections: list[SectionText] = field(default_factory=list)
    report_date: date | None = None
    # GB/T 9704-2012 §7.3.5.4: Arabic numerals; Chinese numerals (二〇一八年) are the clerk's choice
    date_style: DateStyle = DateStyle.ARABIC
    issuer: str | None = None  # 落款 line; None prints none
    sign_off: SignOff | None = None
    id: str = field(default_factory=lambda: new_id())
    lineage: Lineage | None = None
    last_year_facts: dict[str, FactValue] = field(default_factory=dict)
    # keys "fact:<key>" and "section:<id>" the clerk still has to re-confirm
    unconfirmed: list[str] = field(default_factory=list)
    # text an import could not place: kept, shown, never dropped
    unplaced: list[str] = field(default_factory=list)
    # spans of carried prose to look at again (stale years, dates, 文号, numbers)
    text_items: list[TextItem] = field(default_factory=list)
    # the title as the clerk wrote it, a line per printed line; None: as the format words it
    title: str | None = None
    # sections whose own words predate a change to a fact their template draws on
    stale_texts: list[str] = field(default_factory=list)

    def section(self, section_id: str) -> SectionText | None:
        return next((s for s in self.sections if s.id == section_id), None)

    def full_text(self) -> str:
        return "\n".join(s.text for s in self.sections)

    def content_hash(self) -> str:
        """Fingerprint of everything a sign-off vouches for (not the sign-off itself)."""
        return sha256_hex(json.dumps(signed_content(self), ensure_ascii=False, sort_keys=True))

    def section_hashes(self) -> dict[str, str]:
        return {s.id: sha256_hex(s.text)[:16] for s in self.sections}


def signed_content(draft: Draft) -> dict[str, Any]:
    """What a sign-off vouches for: the draft's JSON less the sign-off and what is bookkeeping."""
    content = to_dict(draft)
    # the schema version is how the content is written, not what was signed
    for volatile in ("schema_version", "sign_off", "id", "unconfirmed", "lineage", "text_items", "stale_texts"):
        content.pop(volatile, None)
    if content.get("title") is None:
        content.pop("title", None)  # a title the format words: as drafts signed before it existed
    return content


# --- JSON --------------------------------------------------------------------------------


def to_dict(draft: Draft) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "id": draft.id,
        "format_id": draft.format_id,
        "year": draft.year,
        "agency": {
            "full_name": draft.agency.full_name,
            "short_name": draft.agency.short_name,
            "parent_government": draft.agency.parent_government,
            "website_name": draft.agency.website_name,
        },
        "facts": _copy_facts(draft.facts),
        "sections": [{"id": s.id, "title": s.title, "text": s.text, "origin": s.origin.value} for s in draft.sections],
        "report_date": draft.report_date.isoformat() if draft.report_date else None,
        "date_style": draft.date_style.value,
        "issuer": draft.issuer,
        "sign_off": _sign_off_to_dict(draft.sign_off) if draft.sign_off else None,
        "lineage": _lineage_to_dict(draft.lineage) if draft.lineage else None,
        "last_year_facts": _copy_facts(draft.last_year_facts),
        "unconfirmed": list(draft.unconfirmed),
        "unplaced": list(draft.unplaced),
        "text_items": [item_to_dict(i) for i in draft.text_items],
        "title": draft.title,
        "stale_texts": list(draft.stale_texts),
    }


def to_json(draft: Draft) -> str:
    return json.dumps(to_dict(draft), ensure_ascii=False, indent=2)


def from_json(text: str) -> Draft:
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, RecursionError) as exc:
        raise DraftFileError("draft-file:json", detail=str(exc)) from exc
    return from_dict(data)


def from_dict(data: Any) -> Draft:
    """Build a Draft from parsed JSON, checking every type; raises DraftFileError."""
    if not isinstance(data, dict):
        raise DraftFileError("draft-file:not-object")
    version = data.get("schema_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise DraftFileError("draft-file:no-version")
    if version > SCHEMA_VERSION:
        raise FutureVersionError(version, SCHEMA_VERSION)
    if version < 1:
        raise DraftFileError("draft-file:old-version", version=version)
    try:
        agency = expect(data, "agency", dict)
        draft = Draft(
            id=opt_str(data, "id") or new_id(),
            format_id=expect(data, "format_id", str),
            year=expect_int(data, "year"),
            agency=Agency(
                full_name=expect(agency, "full_name", str),
                short_name=opt_str(agency, "short_name") or "",
                parent_government=opt_str(agency, "parent_government") or "",
                website_name=opt_str(agency, "website_name") or "",
            ),
            facts=read_facts(data.get("facts", {}), "facts"),
            sections=[_section(s) for s in expect(data, "sections", list)],
            report_date=opt_date(data.get("report_date"), "report_date"),
            # a draft file from before the style was stored was dated in Chinese numerals
            date_style=DateStyle(data.get("date_style") or DateStyle.CHINESE.value),
            issuer=opt_str(data, "issuer"),
            sign_off=_sign_off(data["sign_off"]) if data.get("sign_off") is not None else None,
            lineage=_lineage(data["lineage"]) if data.get("lineage") is not None else None,
            last_year_facts=read_facts(data.get("last_year_facts", {}), "last_year_facts"),
            unconfirmed=str_list(data.get("unconfirmed", []), "unconfirmed"),
            unplaced=str_list(data.get("unplaced", []), "unplaced"),
            text_items=[item_from_dict(i) for i in expect_list(data, "text_items")],
            title=opt_str(data, "title"),
            stale_texts=str_list(data.get("stale_texts", []), "stale_texts"),
        )
    except DraftFileError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise DraftFileError("draft-file:shape", detail=str(exc)) from exc
    if not 1900 <= draft.year <= 2200:
        raise DraftFileError("draft-file:year-range", year=draft.year)
    return draft


def _copy_facts(facts: dict[str, FactValue]) -> dict[str, FactValue]:
    return {k: copy_fact(v) for k, v in facts.items()}


def copy_fact(value: FactValue) -> FactValue:
    """A copy sharing nothing mutable with ``value`` (lists and tables are copied)."""
    if isinstance(value, list):
        return list(value)
    if isinstance(value, dict):
        return {row: dict(cells) for row, cells in value.items()}
    return value


def _section(data: Any) -> SectionText:
    if not isinstance(data, dict):
        raise DraftFileError("draft-file:section")
    try:
        origin = Origin(data.get("origin", Origin.BOILERPLATE.value))
    except ValueError as exc:
        raise DraftFileError("draft-file:origin", origin=data.get("origin")) from exc
    return SectionText(
        id=expect(data, "id", str),
        title=opt_str(data, "title") or "",
        text=opt_str(data, "text") or "",
        origin=origin,
    )


def _sign_off_to_dict(s: SignOff) -> dict[str, Any]:
    return {
        "drafted_by": s.drafted_by,
        "reviewed_by": s.reviewed_by,
        "approved_by": s.approved_by,
        "issuer": s.issuer,
        "date": s.date.isoformat(),
        "signed_at": s.signed_at,
        "content_hash": s.content_hash,
        "section_hashes": dict(s.section_hashes),
        "revision": s.revision,
    }


def _sign_off(data: Any) -> SignOff:
    if not isinstance(data, dict):
        raise DraftFileError("draft-file:wrong-type", key="sign_off", expected="object")
    signed_date = opt_date(data.get("date"), "sign_off.date")
    if signed_date is None:
        raise DraftFileError("draft-file:sign-off-date")
    hashes = data.get("section_hashes", {})
    if not isinstance(hashes, dict):
        raise DraftFileError("draft-file:wrong-type", key="section_hashes", expected="object")
    revision = data.get("revision")
    if revision is not None and (not isinstance(revision, int) or isinstance(revision, bool)):
        raise DraftFileError("draft-file:wrong-type", key="sign_off.revision", expected="number")
    return SignOff(
        drafted_by=opt_str(data, "drafted_by") or "",
        reviewed_by=opt_str(data, "reviewed_by") or "",
        approved_by=opt_str(data, "approved_by") or "",
        issuer=opt_str(data, "issuer") or "",
        date=signed_date,
        signed_at=opt_str(data, "signed_at") or "",
        content_hash=opt_str(data, "content_hash") or "",
        section_hashes={str(k): str(v) for k, v in hashes.items()},
        revision=revision,
    )


def _lineage_to_dict(lineage: Lineage) -> dict[str, Any]:
    return {
        "kind": lineage.kind,
        "source_draft_id": lineage.source_draft_id,
        "source_year": lineage.source_year,
        "source_file": lineage.source_file,
    }


def _lineage(data: Any) -> Lineage:
    if not isinstance(data, dict):
        raise DraftFileError("draft-file:wrong-type", key="lineage", expected="object")
    source_year = data.get("source_year")
    if source_year is not None and (not isinstance(source_year, int) or isinstance(source_year, bool)):
        raise DraftFileError("draft-file:wrong-type", key="lineage.source_year", expected="number")
    return Lineage(
        kind=opt_str(data, "kind") or "unknown",
        source_draft_id=opt_str(data, "source_draft_id"),
        source_year=source_year,
        source_file=opt_str(data, "source_file"),
    )


def now_iso() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


# uuid and hashlib (which loads OpenSSL) are imported on first use: the app's start-up
# lists drafts without needing either.
def new_id() -> str:
    """A new draft id: a random UUID in hex."""
    import uuid

    return uuid.uuid4().hex


def sha256_hex(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class SignOffState(StrEnum):
    EDITING = "editing"
    SIGNED_OFF = "signed-off"
    VOID = "void"  # signed, then edited: must be signed again


def sign_off_state(draft: Draft) -> SignOffState:
    if draft.sign_off is None:
        return SignOffState.EDITING
    if draft.sign_off.content_hash != draft.content_hash():
        return SignOffState.VOID
    return SignOffState.SIGNED_OFF


def void_reason_sections(draft: Draft) -> list[str]:
    """Ids of the sections whose text changed since the sign-off (empty if none did)."""
    if draft.sign_off is None:
        return []
    now = draft.section_hashes()
    then = draft.sign_off.section_hashes
    return [sid for sid in now if then.get(sid) != now[sid]]
