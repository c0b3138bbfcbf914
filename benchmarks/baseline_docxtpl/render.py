"""Render a draft with docxtpl from the template build_template.py makes: what a developer
would otherwise write. It deliberately does not import the app's exporter, so a fresh process
pays only docxtpl's own costs."""

from __future__ import annotations

import io
import unicodedata
from datetime import datetime
from typing import Any

from docxtpl import DocxTemplate

from benchmarks.report_content import content_of
from desktop_app.core.model import Draft, SignOffState, sign_off_state
from desktop_app.core.word.layout import load_layout


def _width(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "FWA" else 0.5 for c in text)


def _indents(issuer: str, date_text: str, right: int) -> tuple[float, float]:
    """GB/T 9704 §7.3.5.2, as the app's exporter computes it."""
    s, d = _width(issuer), _width(date_text)
    if not issuer:
        return 0.0, float(right)
    if d <= s:
        return float(right), s - d + right - 2
    return d - s + right + 2, float(right)


def context(draft: Draft) -> dict[str, Any]:
    layout = load_layout("gbt9704")
    content = content_of(draft)
    issuer_indent, date_indent = _indents(content.issuer, content.date_text, layout.signature_right_chars)
    signed = sign_off_state(draft) is SignOffState.SIGNED_OFF
    return {
        "title_lines": content.title_lines,
        "sections": content.sections,
        "issuer": content.issuer,
        "date_text": content.date_text,
        "issuer_twips": round(issuer_indent * layout.body.size_pt * 20),
        "issuer_chars": round(issuer_indent * 100),
        "date_twips": round(date_indent * layout.body.size_pt * 20),
        "date_chars": round(date_indent * 100),
        "draft_mark": "" if signed else layout.draft_mark,
        "title": "".join(content.title_lines),
        "author": draft.agency.full_name,
        "comments": "" if signed else "草稿（未签发）",
        "subject": "",
    }


def render(template: bytes, draft: Draft) -> bytes:
    document = DocxTemplate(io.BytesIO(template))
    document.render(context(draft), autoescape=True)
    props = document.docx.core_properties
    now = datetime.now()
    props.created = now
    props.modified = now
    props.last_modified_by = draft.agency.full_name
    props.content_status = "草稿"
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
