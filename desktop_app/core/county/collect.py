"""Every report in the county's folder, read without changing anything there.

A folder may hold any mix of submission packages (.zip with a manifest), draft files (.json)
and published reports (.docx, .doc, .pdf, .html, .txt …, read through the importer, whose
format is the one the text fits best). A file that cannot be read is listed with the reason,
never dropped silently. Hidden files and Word's lock files (~$…) are not reports.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.errors import ReportError
from desktop_app.core.model import Draft

PACKAGE = "package"
DRAFT_FILE = "draft"
REPORT = "report"
# preferred source when one unit's report is in the folder twice
PREFERENCE = {PACKAGE: 0, DRAFT_FILE: 1, REPORT: 2}
REPORT_SUFFIXES = {".docx", ".doc", ".wps", ".rtf", ".pdf", ".html", ".htm", ".txt"}


@dataclass
class Submission:
    file: str  # relative to the folder, with "/" separators
    kind: str  # PACKAGE | DRAFT_FILE | REPORT
    draft: Draft | None = None
    error: ReportError | None = None  # why the file could not be read
    mismatched: list[str] = field(default_factory=list)  # package files that differ from the manifest


def report_files(folder: Path) -> list[Path]:
    """The files of ``folder`` (and its sub-folders) that may hold a report, sorted."""
    out = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).parts
        if any(part.startswith((".", "~$")) for part in relative) or not path.is_file():
            continue
        suffix = path.suffix.lower()
        if suffix in REPORT_SUFFIXES or suffix in {".zip", ".json", ".ogireport"}:
            out.append(path)
    return out


def read_submission(folder: Path, path: Path) -> Submission:
    name = path.relative_to(folder).as_posix()
    suffix = path.suffix.lower()
    kind = PACKAGE if suffix == ".zip" else DRAFT_FILE if suffix in {".json", ".ogireport"} else REPORT
    try:
        if kind == PACKAGE:
            from desktop_app.core.publish.package import read_package

            package = read_package(path)
            return Submission(name, kind, package.draft, mismatched=package.mismatched)
        if kind == DRAFT_FILE:
            from desktop_app.core.storage.draft_files import load_draft_file

            return Submission(name, kind, load_draft_file(path))
        return Submission(name, kind, import_any_format(path))
    except ReportError as exc:
        return Submission(name, kind, error=exc)


def import_any_format(path: Path) -> Draft:
    """Import a published report in the format its text fits best (most sections found)."""
    from desktop_app.core.formats.spec import available_formats
    from desktop_app.core.importing.importer import import_report

    best: tuple[tuple[int, int], Draft] | None = None
    for format_id in available_formats():
        result = import_report(path, format_id)
        found = sum(1 for s in result.draft.sections if s.text.strip())
        score = (found, len(result.recognised))
        if best is None or score > best[0]:
            best = (score, result.draft)
    if best is None:  # pragma: no cover - the app ships its formats
        raise ReportError("county:no-formats")
    return best[1]


def collect(folder: Path | str) -> list[Submission]:
    folder = Path(folder)
    return [read_submission(folder, path) for path in report_files(folder)]
