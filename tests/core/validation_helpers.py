"""What the validation tests share: the findings of one code, the text a finding points at,
a draft with one section's text set."""

from __future__ import annotations

from desktop_app.core.editing import set_section_text
from desktop_app.core.model import Draft
from desktop_app.core.validation.runner import Finding


def of(findings: list[Finding], code: str) -> list[Finding]:
    return [f for f in findings if f.code == code]


def text_at(draft: Draft, finding: Finding) -> str:
    section = draft.section(finding.section or "")
    assert section is not None and finding.span is not None
    return section.text[finding.span[0] : finding.span[1]]


def with_text(draft: Draft, section_id: str, text: str) -> Draft:
    set_section_text(draft, section_id, text)
    return draft
