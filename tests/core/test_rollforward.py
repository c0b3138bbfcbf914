"""Roll-forward: next year's draft from this year's, and the list of what to re-confirm."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import model
from desktop_app.core.editing import confirm, set_fact, set_section_text
from desktop_app.core.errors import InputError
from desktop_app.core.formats.spec import RollForward, load_format
from desktop_app.core.importing.importer import import_text
from desktop_app.core.model import Draft, Origin, SignOff
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.rollforward.years import find_year_mentions


def _imported(sample_text: str) -> Draft:
    return import_text(sample_text).draft


def test_rolled_sample_is_next_year(sample_text: str) -> None:
    source = _imported(sample_text)
    result = roll_forward(source)
    draft = result.draft
    assert draft.year == 2018
    assert draft.id != source.id
    assert draft.lineage is not None
    assert (draft.lineage.kind, draft.lineage.source_draft_id, draft.lineage.source_year) == (
        "rolled-forward",
        source.id,
        2017,
    )
    assert draft.report_date is None and draft.sign_off is None
    for section in draft.sections:
        stale = [m for m in find_year_mentions(section.text) if m.year == 2017 and not m.on_purpose]
        assert stale == [], section.id
        assert "2017" not in section.text, section.id
    applications = draft.section("applications")
    assert applications is not None and applications.text == "2018 年，收到政府信息公开申请 0 份。"
    assert model.to_dict(model.from_dict(model.to_dict(draft))) == model.to_dict(draft)


def test_counts_follow_their_spec(sample_text: str) -> None:
    source = _imported(sample_text)
    draft = roll_forward(source).draft
    spec = load_format(draft.format_id)
    for field in spec.fields:
        if field.rollforward is RollForward.LAST_YEAR:
            if field.key in source.facts:
                assert draft.last_year_facts[field.key] == source.facts[field.key]
            # the clerk enters this year's number (or takes last year's): empty until then
            assert draft.facts.get(field.key) is None, field.key
        elif field.rollforward is RollForward.RESET:
            assert draft.facts.get(field.key) == field.default
    assert draft.last_year_facts["proactive_items"] == 49
    assert "proactive_items" not in draft.facts


def test_reconfirm_list_names_each_carried_fact_and_passage(sample_text: str) -> None:
    source = _imported(sample_text)
    result = roll_forward(source)
    keys = [item.key for item in result.to_confirm]
    assert result.draft.unconfirmed == keys
    spec = load_format(source.format_id)
    # a fact the format resets each year (失泄密事件) starts again; every other one is listed
    carried_facts = {f"fact:{key}" for key in source.facts if spec.field(key).rollforward is not RollForward.RESET}
    assert carried_facts <= set(keys)
    assert {f"section:{s.id}" for s in source.sections} <= set(keys)
    by_key = {item.key: item for item in result.to_confirm}
    assert by_key["fact:proactive_items"].label == "主动公开政府信息（条）"
    assert by_key["fact:proactive_items"].detail == "49"
    assert by_key["fact:proactive_items"].kind == "fact"
    assert by_key["section:applications"].label == "五、政府信息公开申请的办理情况"
    assert by_key["section:applications"].kind == "section"
    assert all(s.origin is Origin.CARRIED for s in result.draft.sections)


def test_source_draft_is_not_changed(sample_text: str) -> None:
    source = _imported(sample_text)
    before = model.to_dict(source)
    roll_forward(source)
    assert model.to_dict(source) == before


def test_boilerplate_re_renders_and_kept_facts_are_listed(demo: Draft) -> None:
    result = roll_forward(demo)
    draft = result.draft
    keys = {item.key for item in result.to_confirm}
    # keep: carried, listed
    assert draft.facts["inspection_frequency"] == "每周至少一次"
    assert "fact:inspection_frequency" in keys
    assert "fact:problems" in keys
    # reset: back to the default, not listed
    assert draft.facts["security_incidents"] == 0
    assert "fact:security_incidents" not in keys
    # untouched boilerplate follows the new year and is not listed
    key_areas = draft.section("key-areas")
    assert key_areas is not None and key_areas.origin is Origin.BOILERPLATE
    assert key_areas.text.startswith("按照2018年政务公开工作要点")
    assert not any(k.startswith("section:") for k in keys)
    # a section needing a count the clerk has not entered yet stays empty until it is
    intro = draft.section("intro")
    assert intro is not None and intro.text == ""
    set_fact(draft, "proactive_items", 60)
    assert intro.text.startswith("2018年，县经信局")
    proactive = draft.section("proactive")
    assert proactive is not None and "较上年增加11条" in proactive.text


def test_edited_text_is_carried_with_years_moved_on(demo: Draft) -> None:
    set_section_text(
        demo,
        "organization",
        "自2015年以来，我局坚持公开。二〇一七年修订了制度。统计期限自2017年1月1日起至12月31日止。",
    )
    set_section_text(demo, "subordinates", "")  # cleared by the clerk: nothing to carry
    result = roll_forward(demo)
    organization = result.draft.section("organization")
    assert organization is not None
    assert organization.origin is Origin.CARRIED
    assert organization.text == (
        "自2015年以来，我局坚持公开。二〇一八年修订了制度。统计期限自2018年1月1日起至12月31日止。"
    )
    assert "section:organization" in result.draft.unconfirmed
    subordinates = result.draft.section("subordinates")
    assert subordinates is not None and subordinates.origin is Origin.BOILERPLATE
    assert subordinates.text.startswith("局下设")
    # confirming a passage makes it the clerk's own text
    confirm(result.draft, "section:organization")
    assert organization.origin is Origin.EDITED
    assert "section:organization" not in result.draft.unconfirmed


def test_sign_off_and_dates_are_cleared(demo: Draft) -> None:
    demo.sign_off = SignOff("甲", "乙", "丙", "莒南县经济和信息化局", date(2018, 1, 9))
    draft = roll_forward(demo).draft
    assert draft.sign_off is None and draft.report_date is None
    assert draft.issuer == demo.issuer  # the 落款 names the agency, which stays


def test_year_text_in_kept_facts_moves_on(demo: Draft) -> None:
    demo.facts["systems_built"] = ["2017年修订的保密审查制度"]
    draft = roll_forward(demo).draft
    assert draft.facts["systems_built"] == ["2018年修订的保密审查制度"]


def test_unusable_carried_value_is_reset_and_still_listed(demo: Draft) -> None:
    demo.facts["subordinate_units_separate"] = "yes"
    demo.facts["proactive_items"] = "many"
    result = roll_forward(demo)
    assert result.draft.facts["subordinate_units_separate"] == 0
    assert "proactive_items" not in result.draft.last_year_facts
    keys = {item.key for item in result.to_confirm}
    assert {"fact:subordinate_units_separate", "fact:proactive_items"} <= keys


def test_cannot_roll_past_the_last_year(demo: Draft) -> None:
    demo.year = 2100
    with pytest.raises(InputError):
        roll_forward(demo)


def test_rolling_twice(sample_text: str) -> None:
    second = roll_forward(roll_forward(_imported(sample_text)).draft).draft
    assert second.year == 2019
    assert second.lineage is not None and second.lineage.source_year == 2018
    appeals = second.section("appeals")
    assert appeals is not None and appeals.text.startswith("2019 年")


# CJK, digits, punctuation, control characters, and pieces that look like years
_WILD_TEXT = st.lists(
    st.one_of(
        st.characters(codec="utf-8", categories=("Lo", "Nd", "Po", "Zs", "Cc")),
        st.sampled_from(["2017年", "二〇一七年", "自2015年以来", "\ud800", "\u200b", "\n", "\x00"]),
    ),
    max_size=80,
).map("".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texts=st.lists(_WILD_TEXT, min_size=11, max_size=11), unplaced=st.lists(_WILD_TEXT, max_size=2))
def test_random_text_rolls_forward(demo: Draft, texts: list[str], unplaced: list[str]) -> None:
    for section, text in zip(demo.sections, texts, strict=True):
        section.text = text
        section.origin = Origin.IMPORTED
    demo.unplaced = unplaced
    try:
        result = roll_forward(demo)
    except InputError:
        return
    assert result.draft.year == demo.year + 1
    assert set(result.draft.unconfirmed) == {item.key for item in result.to_confirm}
