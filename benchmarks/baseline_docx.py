"""Baseline: the same paragraphs written with bare python-docx, no styling at all."""

from __future__ import annotations

import io

from docx import Document

from benchmarks.report_content import ReportContent


def render(content: ReportContent) -> bytes:
    document = Document()
    for paragraph in content.paragraphs():
        document.add_paragraph(paragraph.lead + paragraph.text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
