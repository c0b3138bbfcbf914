"""A field and the text generated from it never disagree in silence; the title is the
format's until the clerk writes their own, and is printed as the title."""

from __future__ import annotations

from desktop_app.core.boilerplate import format_title, render_title, section_inputs
from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import (
    is_stale,
    keep_own_text,
    restore_template_text,
    set_agency,
    set_fact,
    set_section_text,
    set_title,
)
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Agency, Origin, from_json, to_json
from desktop_app.core.publish.html import body_html
from desktop_app.core.rollforward.forward import roll_forward

SECTION = "confidentiality"  # 保密检查{{ inspection_frequency }}


def test_untouched_text_follows_the_field() -> None:
    draft = demo_draft()
    set_fact(draft, "inspection_frequency", "每季度至少一次")
    assert "保密检查每季度至少一次" in draft.section(SECTION).text
    assert not is_stale(draft, SECTION)


def test_edited_text_is_kept_but_marked_until_regenerated() -> None:
    draft = demo_draft()
    set_section_text(draft, SECTION, draft.section(SECTION).text + "另有补充。")
    set_fact(draft, "inspection_frequency", "每季度至少一次")
    section = draft.section(SECTION)
    assert "保密检查每周至少一次" in section.text  # the clerk's words are never overwritten
    assert is_stale(draft, SECTION)
    restore_template_text(draft, SECTION)  # 重新生成
    assert "保密检查每季度至少一次" in section.text and section.origin is Origin.BOILERPLATE
    assert not is_stale(draft, SECTION)


def test_kept_text_is_no_longer_marked_and_only_readers_of_the_field_are() -> None:
    draft = demo_draft()
    for section in draft.sections:
        set_section_text(draft, section.id, section.text + "。")
    set_fact(draft, "inspection_frequency", "每周至少一次")  # the value it already had
    assert draft.stale_texts == []
    set_fact(draft, "inspection_frequency", "每月至少一次")
    spec = load_format(draft.format_id)
    readers = [s.id for s in spec.sections if "inspection_frequency" in section_inputs(spec, s.id)]
    assert draft.stale_texts == readers == [SECTION]
    keep_own_text(draft, SECTION)
    assert not is_stale(draft, SECTION)
    set_agency(draft, Agency("莒南县工业和信息化局", "县工信局"))  # the agency feeds several texts
    assert "intro" in draft.stale_texts and SECTION not in draft.stale_texts


def test_the_marks_survive_a_save_and_do_not_touch_the_sign_off_fingerprint() -> None:
    draft = demo_draft()
    fingerprint = draft.content_hash()
    set_section_text(draft, SECTION, draft.section(SECTION).text + "。")
    edited = draft.content_hash()
    set_fact(draft, "inspection_frequency", "每月至少一次")
    set_fact(draft, "inspection_frequency", "每周至少一次")  # back: the text is marked still
    assert draft.content_hash() == edited != fingerprint
    assert from_json(to_json(draft)).stale_texts == [SECTION]


def test_the_title_follows_the_format_until_the_clerk_writes_one() -> None:
    draft = demo_draft()
    assert render_title(draft) == format_title(draft) == ["莒南县经济和信息化局", "2017年政府信息公开工作总结"]
    fingerprint = draft.content_hash()
    set_title(draft, "莒南县经济和信息化局\n2017年政府信息公开工作总结")  # the same words
    assert draft.title is None and draft.content_hash() == fingerprint
    set_title(draft, " 莒南县经信局 \n\n2017年政府信息公开工作年度报告 ")
    assert render_title(draft) == ["莒南县经信局", "2017年政府信息公开工作年度报告"]
    assert "<h1>莒南县经信局2017年政府信息公开工作年度报告</h1>" in body_html(draft)
    assert from_json(to_json(draft)).title == draft.title
    assert render_title(roll_forward(draft).draft)[1] == "2018年政府信息公开工作年度报告"
    set_title(draft, "  ")
    assert draft.title is None


def test_the_review_lists_a_text_whose_facts_changed_until_it_is_kept() -> None:
    from desktop_app.core.validation.runner import validate

    draft = demo_draft()
    set_section_text(draft, SECTION, draft.section(SECTION).text + "另有补充。")
    set_fact(draft, "inspection_frequency", "每季度至少一次")
    (finding,) = [f for f in validate(draft) if f.code == "text-facts-changed"]
    assert finding.section == SECTION and finding.severity.value == "warning"  # asks for a look, no block
    keep_own_text(draft, SECTION)
    assert not [f for f in validate(draft) if f.code == "text-facts-changed"]
