"""A ten-section draft becomes a six-section one by the mapping the target pack declares:
what maps is mapped, the rest is carried unconfirmed, nothing is dropped."""

from __future__ import annotations

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_fact, set_section_text
from desktop_app.core.errors import InputError, UnknownFormatError
from desktop_app.core.formats import tables
from desktop_app.core.model import Origin
from desktop_app.core.rollforward.conversion import convert_draft
from desktop_app.core.validation.runner import validate

TARGET = "ogi-annual-2021"


def test_the_demo_converts_with_nothing_dropped() -> None:
    source = demo_draft()
    result = convert_draft(source, TARGET)
    new = result.draft
    assert new.format_id == TARGET and new.year == source.year
    assert new.agency == source.agency and new.report_date == source.report_date and new.issuer == source.issuer
    text = "\n".join(s.text for s in new.sections) + "\n" + "\n".join(new.unplaced)
    for section in source.sections:
        for paragraph in section.paragraphs():
            assert paragraph in text, (section.id, paragraph)
    assert new.lineage is not None and new.lineage.kind == "converted" and new.lineage.source_draft_id == source.id
    assert new.sign_off is None


def test_mapped_sections_land_where_the_pack_says_and_are_carried() -> None:
    source = demo_draft()
    new = convert_draft(source, TARGET).draft
    assert source.section("problems").text in new.section("problems").text
    assert source.section("appeals").text in new.section("appeals").text
    assert source.section("applications").text in new.section("applications").text
    assert source.section("proactive").text in new.section("proactive").text
    general = new.section("general").text
    for old in ("organization", "interpretation", "key-areas", "confidentiality"):
        assert source.section(old).text in general
    # the new format's structure comes first in 一、总体情况
    assert general.startswith("2017年") and "（一）主动公开" in general.split("\n")[1]
    other = new.section("other").text
    assert source.section("fees").text in other and source.section("subordinates").text in other
    for section in new.sections:
        assert section.origin is Origin.CARRIED, section.id
        assert f"section:{section.id}" in new.unconfirmed


def test_facts_map_into_fields_and_table_cells_and_are_listed() -> None:
    source = demo_draft()
    set_fact(source, "applications_received", 4)
    set_fact(source, "reconsideration_cases", 1)
    set_fact(source, "fees_collected", 20)
    result = convert_draft(source, TARGET)
    new = result.draft
    assert new.facts["proactive_items"] == 49
    assert new.facts["problems"] == source.facts["problems"]
    assert new.facts["processing_fees"] == 20
    t3, t4 = new.facts["t3"], new.facts["t4"]
    assert tables.cell(t3, "new", "natural") == 4 and tables.cell(t3, "new", "total") == 4  # totals computed
    assert tables.cell(t4, "cases", "review_other") == 1 and tables.cell(t4, "cases", "review_total") == 1
    listed = {item.key: item for item in result.to_confirm}
    for key in ("fact:t2", "fact:t3", "fact:t4", "fact:processing_fees", "section:general"):
        assert key in listed, key
        assert key in new.unconfirmed
    assert "自然人" in listed["fact:t3"].label and "申请人" in listed["fact:t3"].detail
    assert "逐格填写" in listed["fact:t2"].detail
    # the applications still need their outcomes: their empty cells are named, not read as 0
    findings = validate(new)
    assert any(f.code == "table-missing" and f.params["row"] == "granted" for f in findings)
    assert not any(f.code == "table-arithmetic" for f in findings)


def test_sections_the_mapping_does_not_name_go_to_the_rest_section() -> None:
    source = demo_draft()
    source.sections.append(type(source.sections[0])(id="extra", title="十一、其他", text="另有说明一段。"))
    source.unplaced = ["导入时未能归类的一段。"]
    new = convert_draft(source, TARGET).draft
    assert "另有说明一段。" in new.section("other").text
    assert new.unplaced == ["导入时未能归类的一段。"]


def test_an_empty_source_section_leaves_the_new_boilerplate() -> None:
    source = demo_draft()
    set_section_text(source, "appeals", "")
    new = convert_draft(source, TARGET).draft
    assert new.section("appeals").origin is Origin.BOILERPLATE
    assert new.section("appeals").text


def test_the_source_is_untouched_and_bad_targets_are_refused() -> None:
    source = demo_draft()
    before = source.content_hash()
    convert_draft(source, TARGET)
    assert source.content_hash() == before
    with pytest.raises(InputError):
        convert_draft(source, "ogi-annual-2017")  # already that format
    with pytest.raises(UnknownFormatError):
        convert_draft(source, "no-such-format")
    with pytest.raises(InputError):
        convert_draft(convert_draft(source, TARGET).draft, "ogi-annual-2017")  # no mapping back


def test_conversion_targets_come_from_the_packs() -> None:
    from desktop_app.core.rollforward.conversion import conversion_targets

    assert conversion_targets("ogi-annual-2017") == ["ogi-annual-2021"]
    assert conversion_targets("ogi-annual-2021") == []
