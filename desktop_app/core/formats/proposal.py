"""Which format a new report for a given year should use, from the years each pack declares.

A pack's ``[detect]`` table names the report years it serves (``first_year``/``last_year``) and
the documents that mandate it (``references``); the newest pack serving the year is proposed.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.core.formats.spec import available_formats, load_format


@dataclass(frozen=True)
class Proposal:
    format_id: str
    first_year: int | None  # the first report year the pack serves
    reference: str  # the document that mandates it ("" when the pack names none)


def proposed_format(year: int) -> Proposal | None:
    """The newest format pack whose declared years include ``year``; None when no pack says."""
    best: Proposal | None = None
    for format_id in available_formats():
        detect = load_format(format_id).extra.get("detect", {})
        first, last = detect.get("first_year"), detect.get("last_year")
        if first is None and last is None:
            continue
        if (first or year) <= year <= (last or year):
            references = detect.get("references", ())
            candidate = Proposal(format_id, first, references[0] if references else "")
            if best is None or (candidate.first_year or 0) > (best.first_year or 0):
                best = candidate
    return best
