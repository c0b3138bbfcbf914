"""The county summary: every unit's report checked, the tables summed, missing units named,
copied writing between units found. ``summary_dict`` is the ``--json`` contract: keys
``units`` (each ``file``, ``agency``, ``year``, ``format_id``, ``signed_off``, ``errors``,
``warnings``), ``missing``, ``totals``, ``similar`` (each ``a``, ``b``, ``similarity``,
``passages``); further keys extend it, none is renamed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.county.collect import PREFERENCE, Submission, collect
from desktop_app.core.county.roster import missing, normalise_name, read_roster
from desktop_app.core.county.similar import SimilarPair, similar_pairs
from desktop_app.core.county.totals import sum_tables
from desktop_app.core.errors import InputError, ReportError
from desktop_app.core.messages.catalogue import message
from desktop_app.core.messages.errors import error_text
from desktop_app.core.model import Draft, SignOffState, TableValue, sign_off_state
from desktop_app.core.validation.runner import Finding, Severity, validate


@dataclass
class Unit:
    submission: Submission
    draft: Draft
    findings: list[Finding]
    on_roster: bool | None = None  # None: no roster given

    @property
    def state(self) -> str:
        if self.submission.kind == "report":
            return "imported"
        return sign_off_state(self.draft).value

    @property
    def signed_off(self) -> bool:
        return sign_off_state(self.draft) is SignOffState.SIGNED_OFF

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity is not Severity.ERROR]


@dataclass
class Skipped:
    file: str
    reason: str  # "unreadable" | "other-year" | "duplicate"
    detail: str = ""
    error: ReportError | None = None  # why an unreadable file could not be read

    def detail_in(self, lang: str) -> str:
        return error_text(self.error, lang) if self.error is not None else self.detail


@dataclass
class CountySummary:
    folder: Path
    year: int | None
    units: list[Unit]
    missing: list[str]
    totals: dict[str, TableValue]
    similar: list[SimilarPair]
    skipped: list[Skipped] = field(default_factory=list)
    roster: list[str] | None = None


def county_summary(folder: Path | str, roster_file: Path | str | None = None, year: int | None = None) -> CountySummary:
    """Read every report in ``folder`` (nothing there is changed) and sum up the county."""
    folder = Path(folder)
    if not folder.is_dir():
        raise InputError("file:not-a-folder", path=folder)
    roster = read_roster(roster_file) if roster_file is not None else None
    return summarise(folder, collect(folder), roster, year)


def summarise(folder: Path, submissions: list[Submission], roster: list[str] | None, year: int | None) -> CountySummary:
    skipped: list[Skipped] = []
    kept: dict[tuple[str, int], Submission] = {}
    order = sorted(submissions, key=lambda s: (PREFERENCE[s.kind], s.file))
    for sub in order:
        if sub.draft is None:
            skipped.append(Skipped(sub.file, "unreadable", str(sub.error or ""), sub.error))
            continue
        if year is not None and sub.draft.year != year:
            skipped.append(Skipped(sub.file, "other-year", str(sub.draft.year)))
            continue
        key = (normalise_name(sub.draft.agency.full_name), sub.draft.year)
        if key in kept:
            skipped.append(Skipped(sub.file, "duplicate", kept[key].file))
            continue
        kept[key] = sub
    roster_names = {normalise_name(n) for n in roster} if roster is not None else None
    units = []
    for sub in sorted(kept.values(), key=lambda s: s.file):
        assert sub.draft is not None
        on_roster = None if roster_names is None else normalise_name(sub.draft.agency.full_name) in roster_names
        units.append(Unit(sub, sub.draft, validate(sub.draft), on_roster))
    drafts = [u.draft for u in units]
    return CountySummary(
        folder=folder,
        year=year,
        units=units,
        missing=missing(roster, (d.agency.full_name for d in drafts)) if roster is not None else [],
        totals=sum_tables(drafts),
        similar=similar_pairs(drafts),
        skipped=sorted(skipped, key=lambda s: s.file),
        roster=roster,
    )


def finding_dict(finding: Finding, lang: str) -> dict[str, Any]:
    return {"code": finding.code, "section": finding.section, "field": finding.field, "message": message(finding, lang)}


def summary_dict(summary: CountySummary, lang: str = "zh_CN") -> dict[str, Any]:
    units = summary.units
    return {
        "folder": str(summary.folder),
        "year": summary.year,
        "units": [
            {
                "file": u.submission.file,
                "source": u.submission.kind,
                "agency": u.draft.agency.full_name,
                "year": u.draft.year,
                "format_id": u.draft.format_id,
                "signed_off": u.signed_off,
                "state": u.state,
                "on_roster": u.on_roster,
                "package_mismatched": u.submission.mismatched,
                "errors": [finding_dict(f, lang) for f in u.errors],
                "warnings": [finding_dict(f, lang) for f in u.warnings],
            }
            for u in units
        ],
        "missing": list(summary.missing),
        "totals": summary.totals,
        "similar": [
            {
                "a": units[p.a].draft.agency.full_name,
                "b": units[p.b].draft.agency.full_name,
                "a_file": units[p.a].submission.file,
                "b_file": units[p.b].submission.file,
                "similarity": p.similarity,
                "passages": [{"text": x.text, "a_section": x.a_section, "b_section": x.b_section} for x in p.passages],
            }
            for p in summary.similar
        ],
        "skipped": [{"file": s.file, "reason": s.reason, "detail": s.detail_in(lang)} for s in summary.skipped],
    }
