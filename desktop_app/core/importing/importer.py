"""Last year's published report (any file a clerk has, or pasted text) → a Draft to start from.

The steps, each in its own module:
- sources: the file's lines, whatever it is (decoding, docx_reading, html_reading, mhtml,
  pdf_reading), portal clutter taken out (clutter);
- text_cleaning: control, invisible and broken characters removed (and counted);
- report_lines: title (agency, year), date and 落款, lines split by page breaks joined;
- section_matching: headings matched to the format's sections;
- fact_patterns: facts found by the format's patterns.
Nothing is dropped: text that fits no section is kept in ``Draft.unplaced`` and reported.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from desktop_app.core.cn_dates import ParsedDate
from desktop_app.core.errors import InputError
from desktop_app.core.formats.spec import FormatSpec, load_format
from desktop_app.core.importing.agency_text import agency_from_opening, website
from desktop_app.core.importing.cleaning import clean_text
from desktop_app.core.importing.detection import Detection, detect_format, forced
from desktop_app.core.importing.fact_patterns import FoundFacts, recognise_facts
from desktop_app.core.importing.notes import Note
from desktop_app.core.importing.report_lines import (
    TitleInfo,
    TrailerInfo,
    drop_contents,
    drop_page_numbers,
    drop_running_heads,
    non_empty_lines,
    rejoin,
    take_title,
    take_trailer,
)
from desktop_app.core.importing.section_matching import Heading, find_headings
from desktop_app.core.importing.sources import Source, decluttered, read_source
from desktop_app.core.importing.table_reading import read_tables
from desktop_app.core.model import Agency, DateStyle, Draft, FactValue, Lineage, Origin, SectionText
from desktop_app.core.model import from_dict as draft_from_dict
from desktop_app.core.model import to_dict as draft_to_dict
from desktop_app.core.rollforward.years import find_year_mentions
from desktop_app.core.storage.atomic import reason_for

DEFAULT_FORMAT = None  # detected from the report
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_TEXT_CHARS = 10_000_000


@dataclass
class ImportResult:
    draft: Draft
    unplaced: list[str] = field(default_factory=list)  # passages placed in no section
    recognised: dict[str, FactValue] = field(default_factory=dict)  # facts found, by key
    notes: list[str] = field(default_factory=list)  # what the import did or could not do
    missing: list[str] = field(default_factory=list)  # keys of facts searched for, not found
    encoding: str | None = None  # of a text file
    detection: Detection | None = None  # which format, how sure
    sources: list[SectionSource] = field(default_factory=list)  # where each section's text came from
    fact_phrases: dict[str, str] = field(default_factory=dict)  # fact key → the words it was read from


@dataclass
class SectionSource:
    section_id: str
    heading: str | None  # the heading line as written; None for the opening
    first_line: int  # 1-based, in the report's body lines
    last_line: int


def import_report(path: Path | str, format_id: str | None = DEFAULT_FORMAT) -> ImportResult:
    """Import a report from any file sources.read_source reads (.docx, .doc/.wps through
    LibreOffice, .txt, .html/.htm/.mhtml, .pdf); the format is detected from the report
    unless ``format_id`` names one."""
    path = Path(path)
    if format_id is not None:
        load_format(format_id)  # an unknown format fails before the file is read
    _check_size(path)
    try:
        source = read_source(path)
    except InputError as exc:
        if exc.path is None:
            raise InputError(exc.code, path=path, **exc.params) from exc
        raise
    except OSError as exc:
        raise InputError("file:unreadable", path=path, reason=reason_for(exc)) from exc
    return _import("\n".join(source.lines), format_id, path.name, source.encoding, source.notes)


def import_text(text: str, format_id: str | None = DEFAULT_FORMAT, source_file: str | None = None) -> ImportResult:
    """Import a report given as text (pasted, or already read)."""
    if format_id is not None:
        load_format(format_id)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError("import:text-too-large", limit=f"{MAX_TEXT_CHARS:,}")
    pasted = decluttered(Source(text.split("\n")))
    return _import("\n".join(pasted.lines), format_id, source_file, None, pasted.notes)


def _check_size(path: Path) -> None:
    try:
        stat = path.stat()
    except FileNotFoundError as exc:
        raise InputError("file:not-found", path=path) from exc
    except OSError as exc:
        raise InputError("file:unreadable", path=path, reason=reason_for(exc)) from exc
    if not path.is_file():
        raise InputError("file:not-a-file", path=path)
    if stat.st_size == 0:
        raise InputError("file:empty", path=path)
    if stat.st_size > MAX_FILE_BYTES:
        raise InputError(
            "import:file-too-large",
            path=path,
            size_mb=stat.st_size // (1024 * 1024),
            limit_mb=MAX_FILE_BYTES // (1024 * 1024),
        )


def _import(
    text: str, format_id: str | None, source_file: str | None, encoding: str | None, notes: list[str]
) -> ImportResult:
    title, lines = take_title(_report_lines(text, notes))
    trailer, lines = take_trailer(lines)
    body, joins = rejoin(lines)
    if joins:
        notes.append(Note("joined", count=joins))
    when = trailer.date or title.date
    year_notes: list[str] = []
    year = _year(title.year, when.value if when else None, body, year_notes)
    assumed = any(getattr(n, "code", "") == "year-assumed" for n in year_notes)
    detection = forced(format_id) if format_id else detect_format(body, None if assumed else year)
    spec = load_format(detection.format_id)
    if not detection.forced:
        notes.insert(0, _detection_note(spec, detection))
    texts, placed_nowhere, sources = _place(body, find_headings(body, spec), spec, notes)
    read = read_tables(texts, spec)  # takes the table rows it used out of the sections' text
    notes += read.notes
    unplaced = title.leftover + placed_nowhere + read.unplaced + trailer.after_date
    if unplaced:
        notes.append(Note("unplaced", count=len(unplaced)))
    found = _facts(body, spec, read.values, notes)
    _date_notes(when, notes)
    notes += year_notes
    draft = Draft(
        format_id=spec.id,
        year=year,
        agency=_agency(title, trailer, body, notes),
        facts=dict(found.values),
        sections=[
            SectionText(id=s.id, title=s.title, text="\n".join(texts.get(s.id, [])), origin=Origin.IMPORTED)
            for s in spec.sections
        ],
        report_date=when.value if when else None,
        date_style=when.style if when else DateStyle.ARABIC,
        issuer=trailer.issuer,
        lineage=Lineage(kind="imported", source_file=Path(source_file).name if source_file else None),
        unplaced=list(unplaced),
    )
    draft = draft_from_dict(draft_to_dict(draft))  # the draft file format accepts it
    return ImportResult(
        draft,
        list(unplaced),
        dict(found.values),
        notes,
        found.missing,
        encoding,
        detection,
        sources,
        dict(found.phrases),
    )


def _report_lines(text: str, notes: list[str]) -> list[str]:
    """The report's lines: cleaned, without page numbers, running heads and a table of contents."""
    cleaned = clean_text(text)
    notes += cleaned.notes()
    lines = non_empty_lines(cleaned.text)
    if not lines:
        raise InputError("import:no-text")
    lines, page_numbers = drop_page_numbers(lines)
    if page_numbers:
        notes.append(Note("page-numbers", count=page_numbers))
    lines, repeated = drop_running_heads(lines)
    if repeated:
        notes.append(Note("running-heads", count=repeated))
    lines, contents = drop_contents(lines)
    if contents:
        notes.append(Note("contents-skipped", count=contents))
    return lines


def _facts(body: list[str], spec: FormatSpec, from_tables: Mapping[str, FactValue], notes: list[str]) -> FoundFacts:
    """The facts the format's patterns find in the text, and the tables' values."""
    found = recognise_facts("\n".join(body), spec)
    found.values.update(from_tables)
    notes += found.notes
    if found.missing:
        labels = "、".join(spec.field(key).label for key in found.missing)
        notes.append(Note("facts-not-found", labels=labels))
    return found


def _date_notes(when: ParsedDate | None, notes: list[str]) -> None:
    if when is None:
        notes.append(Note("no-date"))
    elif when.lookalikes:
        notes.append(Note("date-lookalike", chars=when.lookalikes))


def _agency(title: TitleInfo, trailer: TrailerInfo, body: list[str], notes: list[str]) -> Agency:
    """The agency: its full name the longest it is written (title, 落款), its short name the shortest."""
    names = sorted({n for n in (title.agency, trailer.issuer) if n}, key=len)
    if not names and (opening := agency_from_opening(body)):
        names = [opening]
    if not names:
        notes.append(Note("no-agency"))
    return Agency(
        full_name=names[-1] if names else "", short_name=names[0] if names else "", website_name=website(body) or ""
    )


def _detection_note(spec: FormatSpec, detection: Detection) -> Note:
    percent = round(detection.confidence * 100)
    if detection.sure or detection.runner_up is None:
        return Note("format-detected", name=spec.name, percent=percent)
    return Note("format-unsure", name=spec.name, percent=percent, other=load_format(detection.runner_up).name)


def _place(
    body: list[str], headings: list[Heading], spec: FormatSpec, notes: list[str]
) -> tuple[dict[str, list[str]], list[str], list[SectionSource]]:
    """Each section's paragraphs, by section id; the blocks that fit none; where each came from."""
    texts: dict[str, list[str]] = {}
    unplaced: list[str] = []
    sources: list[SectionSource] = []
    opening = next((s for s in spec.sections if not s.heading), None)
    first = headings[0].line_index if headings else len(body)
    if body[:first]:
        if opening is not None:
            texts[opening.id] = body[:first]
            sources.append(SectionSource(opening.id, None, 1, first))
        else:
            unplaced.append("\n".join(body[:first]))
    ends = [h.line_index for h in headings[1:]] + ([len(body)] if headings else [])
    for heading, end in zip(headings, ends, strict=True):
        content = body[heading.line_index + 1 : end]
        if heading.spec is None:
            unplaced.append("\n".join([heading.written, *content]))
            continue
        sources.append(SectionSource(heading.spec.id, heading.written, heading.line_index + 1, end))
        if not heading.spec.heading:  # the opening, under a heading of its own ("一、概述")
            texts.setdefault(heading.spec.id, []).extend(([heading.rest] if heading.rest else []) + content)
            continue
        texts[heading.spec.id] = ([heading.rest] if heading.rest else []) + content
        if heading.title != heading.spec.title:
            notes.append(Note("heading-taken", written=heading.written, heading=heading.spec.heading_text))
    if not headings:
        notes.append(Note("no-headings"))
    for section in spec.sections:
        if section.heading and section.id not in texts:
            notes.append(Note("section-missing", heading=section.heading_text))
        elif section.heading and not any(texts[section.id]):
            notes.append(Note("section-empty", heading=section.heading_text))
    return texts, unplaced, sources


def _year(from_title: int | None, report_date: date | None, body: list[str], notes: list[str]) -> int:
    if from_title is not None:
        return from_title
    if report_date is not None:
        # reports are dated early in the next year; one dated late in the year reports on it
        year = report_date.year - 1 if report_date.month <= 6 else report_date.year
        notes.append(Note("year-from-date", year=year))
        return year
    counted = Counter(m.year for line in body for m in find_year_mentions(line) if 1950 <= m.year <= 2100)
    if counted:
        year = counted.most_common(1)[0][0]
        notes.append(Note("year-from-text", year=year))
        return year
    year = date.today().year - 1
    notes.append(Note("year-assumed", year=year))
    return year
