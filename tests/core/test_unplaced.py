"""Text an import could not place is never lost silently (issue 14, point 6): it raises a
review finding until each passage is put into a section or discarded, one action each."""

from __future__ import annotations

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.errors import InputError
from desktop_app.core.messages.catalogue import message
from desktop_app.core.model import Origin
from desktop_app.core.unplaced import assign_unplaced, discard_unplaced
from desktop_app.core.validation.runner import validate


def _draft_with(*passages: str):
    draft = demo_draft()
    draft.unplaced = list(passages)
    return draft


def _unplaced_findings(draft):
    return [f for f in validate(draft) if f.code == "unplaced-text"]


def test_a_draft_holding_unplaced_text_has_a_finding_in_both_languages():
    draft = _draft_with("十二、需要说明的事项与附表", "附表略。")
    (finding,) = _unplaced_findings(draft)
    assert finding.params["count"] == 2
    assert "十二、需要说明的事项与附表" in message(finding, "zh_CN")
    assert "2 passage" in message(finding, "en")
    assert not _unplaced_findings(demo_draft())


def test_assigning_a_passage_moves_it_to_the_end_of_the_section_in_one_action():
    draft = _draft_with("甲段。", "乙段。")
    before = draft.section("problems").text
    assign_unplaced(draft, 1, "problems")
    assert draft.unplaced == ["甲段。"]
    assert draft.section("problems").text == before.rstrip("\n") + "\n乙段。"
    assert draft.section("problems").origin is Origin.EDITED  # the clerk's words now
    discard_unplaced(draft, 0)
    assert draft.unplaced == [] and not _unplaced_findings(draft)


def test_a_wrong_index_or_section_changes_nothing():
    draft = _draft_with("甲段。")
    with pytest.raises(InputError):
        assign_unplaced(draft, 0, "no-such-section")
    with pytest.raises(InputError):
        discard_unplaced(draft, 3)
    assert draft.unplaced == ["甲段。"]


def test_the_confirm_items_of_a_rolled_forward_draft_follow_the_passages():
    draft = _draft_with("甲段。", "乙段。", "丙段。")
    draft.unconfirmed = ["fact:lead_office", "unplaced:0", "unplaced:1", "unplaced:2"]
    discard_unplaced(draft, 1)
    assert draft.unconfirmed == ["fact:lead_office", "unplaced:0", "unplaced:1"]
    assign_unplaced(draft, 0, "problems")
    assert draft.unplaced == ["丙段。"] and draft.unconfirmed == ["fact:lead_office", "unplaced:0"]
