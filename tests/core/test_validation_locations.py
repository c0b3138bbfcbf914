"""Findings say exactly where they point, and the duplicate-passage finding quotes the passage."""

from __future__ import annotations

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_section_text
from desktop_app.core.messages.catalogue import message
from desktop_app.core.validation.runner import validate

PASSAGE = "在现有制度的基础上，建立健全内部信息沟通协调机制，确保信息公开的时效性。"


def test_the_duplicate_passage_is_quoted_in_both_languages() -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", PASSAGE)
    set_section_text(draft, "problems", "工作还存在不足。一是完善制度。" + PASSAGE)
    (finding,) = [f for f in validate(draft) if f.code == "duplicate-passage"]
    text = draft.section(finding.section or "").text  # type: ignore[union-attr]
    assert finding.span is not None and finding.params["passage"] == text[finding.span[0] : finding.span[1]]
    assert PASSAGE in finding.params["passage"]
    assert finding.params["passage"] in message(finding, "zh_CN")
    assert finding.params["passage"] in message(finding, "en")
