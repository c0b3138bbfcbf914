"""A folder of other units' reports, read for the 内容雷同 comparison (rules_copying).

Draft files (.json, .ogireport) are read as drafts; anything else goes through the importer
(.docx, .doc, .txt, .html …). A file that cannot be read is listed, never fatal: one broken
file in the county's folder must not stop the review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import ReportError
from desktop_app.core.importing.importer import import_report
from desktop_app.core.model import Draft
from desktop_app.core.storage.draft_files import load_draft_file
from desktop_app.core.validation.rules_copying import Index, OtherReport

_DRAFT_SUFFIXES = {".json", ".ogireport"}


@dataclass
class Folder:
    index: Index
    skipped: list[tuple[Path, str]] = field(default_factory=list)  # (file, why)


def read_folder(folder: Path | str, draft: Draft) -> Folder:
    """Every report in ``folder`` but ``draft`` itself, indexed for comparison."""
    reports: list[OtherReport] = []
    skipped: list[tuple[Path, str]] = []
    for path in sorted(Path(folder).iterdir()):
        if not path.is_file() or path.name.startswith("."):
            continue
        try:
            other = _read(path, draft.format_id)
        except ReportError as exc:
            skipped.append((path, str(exc)))
            continue
        if other.id == draft.id:
            continue
        reports.append(OtherReport(other.agency.full_name or path.stem, other))
    return Folder(Index(reports), skipped)


def _read(path: Path, format_id: str) -> Draft:
    if path.suffix.lower() in _DRAFT_SUFFIXES:
        return load_draft_file(path)
    return import_report(path, format_id).draft
