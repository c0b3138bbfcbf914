"""What an import did, as plain data for ``ogi-report import --json`` and any other caller:
the format detected and how sure, where each section's text came from, the facts found with
the words they were read from, the table cells read, what could not be placed, the notes."""

from __future__ import annotations

from typing import Any

from desktop_app.core.formats.spec import load_format
from desktop_app.core.importing.importer import ImportResult
from desktop_app.core.importing.notes import in_language


def import_report_data(result: ImportResult, lang: str = "en") -> dict[str, Any]:
    draft = result.draft
    spec = load_format(draft.format_id)
    detection = result.detection
    tables = {k: v for k, v in result.recognised.items() if isinstance(v, dict)}
    return {
        "format": draft.format_id,
        "format_name": spec.name,
        "confidence": detection.confidence if detection else 1.0,
        "sure": detection.sure if detection else True,
        "forced": detection.forced if detection else True,
        "runner_up": detection.runner_up if detection else None,
        "scores": dict(detection.scores) if detection else {},
        "year": draft.year,
        "agency": draft.agency.full_name,
        "encoding": result.encoding,
        "sections": [
            {
                "id": source.section_id,
                "heading": source.heading,
                "lines": [source.first_line, source.last_line],
                "chars": len(next((s.text for s in draft.sections if s.id == source.section_id), "")),
            }
            for source in result.sources
        ],
        "facts": [
            {"key": key, "value": value, "phrase": result.fact_phrases.get(key)}
            for key, value in result.recognised.items()
            if not isinstance(value, dict)
        ],
        "tables": {
            key: {
                "cells": sum(len(columns) for columns in cells.values()),
                "values": {f"{row}.{column}": v for row, columns in cells.items() for column, v in columns.items()},
            }
            for key, cells in tables.items()
        },
        "missing": list(result.missing),
        "unplaced": list(result.unplaced),
        "notes": [in_language(note, lang) for note in result.notes],
    }
