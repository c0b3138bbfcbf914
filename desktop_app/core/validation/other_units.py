"""A folder of other units' reports, read for the 内容雷同 comparison (rules_copying).

The folder is read as the county roll-up reads it (county.collect: draft files, submission
packages, and published reports through the importer in the format they fit). A file that
cannot be read is listed, never fatal: one broken file must not stop the review.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.county.collect import collect
from desktop_app.core.errors import ReportError
from desktop_app.core.model import Draft
from desktop_app.core.validation.rules_copying import Index, OtherReport


@dataclass
class Folder:
    index: Index
    skipped: list[tuple[str, ReportError]] = field(default_factory=list)  # (file, why)


def read_folder(folder: Path | str, draft: Draft) -> Folder:
    """Every report in ``folder`` but ``draft`` itself, indexed for comparison."""
    reports: list[OtherReport] = []
    skipped: list[tuple[str, ReportError]] = []
    for submission in collect(folder):
        other = submission.draft
        if other is None:
            skipped.append((submission.file, submission.error or ReportError("report-error")))
        elif other.id != draft.id:
            reports.append(OtherReport(other.agency.full_name or Path(submission.file).stem, other))
    return Folder(Index(reports), skipped)
