"""The submission package a unit sends to the county's 政务公开办: one .zip holding the draft
file, the .docx, the portal page and a manifest.

``manifest.json``: ``package_version``, ``agency``, ``year``, ``format_id``, ``signed_off``,
``sign_off`` (who drafted, reviewed and approved, the 落款 and the date, or null) and
``files`` (each ``name``, ``role``, ``bytes``, ``sha256``), so the county can tell that what
it reads is what the unit signed. These keys are a contract: extend, never rename.

Reading a package (county side) never trusts it: sizes are capped, only the listed names are
read, and every file's SHA-256 is checked against the manifest.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import InputError
from desktop_app.core.model import DateStyle, Draft, SignOffState, sign_off_state, to_json
from desktop_app.core.publish.html import render_html
from desktop_app.core.storage.atomic import atomic_write, reason_for
from desktop_app.core.storage.draft_files import load_draft_bytes
from desktop_app.core.word.export import render_docx_bytes

PACKAGE_VERSION = 1
MANIFEST = "manifest.json"
DRAFT_NAME = "draft.json"
DOCX_NAME = "report.docx"
HTML_NAME = "report.html"
MAX_PACKAGE_BYTES = 60 * 1024 * 1024
MAX_MEMBER_BYTES = 30 * 1024 * 1024  # uncompressed: a zip bomb stops here


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def package_bytes(draft: Draft, date_style: DateStyle | None = None) -> bytes:
    """The package as bytes (deterministic but for the .docx's export time)."""
    members = {
        DRAFT_NAME: (to_json(draft) + "\n").encode("utf-8"),
        DOCX_NAME: render_docx_bytes(draft, date_style),
        HTML_NAME: render_html(draft, date_style).encode("utf-8"),
    }
    roles = {DRAFT_NAME: "draft", DOCX_NAME: "docx", HTML_NAME: "html"}
    manifest = manifest_of(draft, {name: (roles[name], data) for name, data in members.items()})
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def write_package(draft: Draft, path: Path | str, date_style: DateStyle | None = None) -> Path:
    """Write the package to ``path`` atomically; the draft is never changed."""
    data = package_bytes(draft, date_style)
    return atomic_write(path, lambda handle: handle.write(data))


def manifest_of(draft: Draft, files: dict[str, tuple[str, bytes]]) -> dict[str, Any]:
    signed = sign_off_state(draft) is SignOffState.SIGNED_OFF
    s = draft.sign_off
    return {
        "package_version": PACKAGE_VERSION,
        "agency": draft.agency.full_name,
        "year": draft.year,
        "format_id": draft.format_id,
        "signed_off": signed,
        "sign_off": (
            {
                "drafted_by": s.drafted_by,
                "reviewed_by": s.reviewed_by,
                "approved_by": s.approved_by,
                "issuer": s.issuer,
                "date": s.date.isoformat(),
            }
            if signed and s is not None
            else None
        ),
        "files": [
            {"name": name, "role": role, "bytes": len(data), "sha256": sha256(data)}
            for name, (role, data) in files.items()
        ],
    }


@dataclass
class Package:
    draft: Draft
    manifest: dict[str, Any]
    mismatched: list[str] = field(default_factory=list)  # files whose SHA-256 differs from the manifest


def is_package(path: Path) -> bool:
    if path.suffix.lower() != ".zip":
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            return MANIFEST in archive.namelist()
    except (OSError, zipfile.BadZipFile):
        return False


def read_package(path: Path | str) -> Package:
    """The draft inside a package, with the files that do not match the manifest named."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_PACKAGE_BYTES:
            raise InputError("package:too-large", path=path)
        with zipfile.ZipFile(path) as archive:
            manifest = json.loads(_member(archive, MANIFEST, path).decode("utf-8"))
            if not isinstance(manifest, dict) or not isinstance(manifest.get("files"), list):
                raise InputError("package:manifest", path=path)
            draft = load_draft_bytes(_member(archive, DRAFT_NAME, path), path)
            mismatched = []
            for entry in manifest["files"]:
                name = entry.get("name") if isinstance(entry, dict) else None
                if not isinstance(name, str) or name not in archive.namelist():
                    mismatched.append(str(name))
                elif sha256(_member(archive, name, path)) != entry.get("sha256"):
                    mismatched.append(name)
    except (zipfile.BadZipFile, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise InputError("package:unreadable", path=path, detail=str(exc)) from exc
    except OSError as exc:
        raise InputError("file:unreadable", path=path, reason=reason_for(exc)) from exc
    return Package(draft, manifest, mismatched)


def _member(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        info = archive.getinfo(name)
    except KeyError:
        raise InputError("package:missing-member", path=path, name=name) from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputError("package:member-too-large", path=path, name=name)
    with archive.open(info) as handle:
        data = handle.read(MAX_MEMBER_BYTES + 1)
    if len(data) > MAX_MEMBER_BYTES:
        raise InputError("package:member-too-large", path=path, name=name)
    return data
