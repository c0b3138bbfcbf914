"""One message catalogue: every code any rule emits has Chinese and English wording, filled
from its params, and a documented severity that the rules actually use."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import new_draft, set_fact, set_section_text
from desktop_app.core.errors import SignOffError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.messages import catalogue as messages
from desktop_app.core.messages.catalogue import CATALOGUE, message, render
from desktop_app.core.model import NOT_APPLICABLE, Draft
from desktop_app.core.signoff import sign_off
from desktop_app.core.text_items import TextItem
from desktop_app.core.validation.findings import Finding, Severity
from desktop_app.core.validation.rules_copying import Index, OtherReport
from desktop_app.core.validation.runner import validate

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"
# entries that are not findings: rendered from other params (sign-off state)
NOT_FINDINGS = {"sign-off-blocked", "sign-off-void"}


def every_finding() -> list[Finding]:
    """Crafted drafts that between them trigger every rule and variant."""
    out: list[Finding] = []

    draft = demo_draft()
    draft.sections = [s for s in draft.sections if s.id != "subordinates"]
    draft.facts["litigation_cases"] = None
    draft.issuer = "莒南县工业和信息化局"
    set_fact(draft, "fees_collected", 12.5)
    set_section_text(draft, "intro", "")
    set_section_text(
        draft,
        "organization",
        "2016年，半年来全年主动公开政府信息XX条，于二O一八年一月九日、二○一八年一月九日印发\x07，刘堃负责。【打印本页】",
    )
    set_section_text(draft, "confidentiality", "已审查。")
    set_section_text(draft, "proactive", "2017年，在莒南政府网主动公开政府信息48条。")
    passage = "在现有制度的基础上，建立健全内部信息沟通协调机制，确保信息公开的时效性。"
    set_section_text(draft, "key-areas", passage)
    set_section_text(draft, "problems", "一是完善制度。" + passage)
    draft.unconfirmed = ["fact:lead_office", "section:organization", "template:intro", "unplaced:0", "text:proactive:0"]
    draft.unplaced = ["未归入任何部分的一段文字"]
    draft.text_items = [TextItem("text:proactive:0", "number", "proactive", 17, 19, "48", 48)]
    out += validate(draft, demo_draft())

    for when in (None, date(2017, 12, 1), date(2020, 1, 1)):
        dated = demo_draft()
        dated.report_date = when
        out += validate(dated)

    unsigned = demo_draft()
    unsigned.issuer = None
    out += validate(unsigned)

    no_fact = demo_draft()
    no_fact.facts["proactive_items"] = None
    set_section_text(no_fact, "intro", "全年主动公开政府信息49条。")
    set_section_text(no_fact, "proactive", "主动公开政府信息50条。")
    out += validate(no_fact)

    out += validate(_wrong_tables())

    written = demo_draft()  # the clerk's own words, then a fact they were written from changes
    set_section_text(written, "confidentiality", "保密检查每周至少一次。")
    set_fact(written, "inspection_frequency", "每季度至少一次")
    out += validate(written)

    copier = demo_draft()
    set_section_text(copier, "key-areas", passage)
    source = demo_draft()
    set_section_text(source, "organization", passage)
    out += validate(copier, others=Index([OtherReport("莒南县农业农村局", source)]))

    try:
        sign_off(
            demo_draft(),
            drafted_by="",
            reviewed_by="李四",
            approved_by="王五",
            issuer="县经信局",
            date=date(2018, 1, 9),
        )
    except SignOffError as exc:
        out += exc.blocking  # type: ignore[arg-type]
    return out


def _wrong_tables() -> Draft:
    """A national-format draft whose tables break every kind of table rule."""
    draft = new_draft(
        "ogi-annual-2021", 2022, demo_draft().agency, {"proactive_items": 1, "problems": ["a"], "measures": ["b"]}
    )
    t3 = tables.fill_empty(load_format("ogi-annual-2021").field("t3").table, {})  # 0 in every cell …
    t3["new"].update({"natural": 2.5, "business": -1, "total": 3})  # … then every kind of slip
    t3["carried_over"]["natural"] = 1
    t3["partial"]["research"] = NOT_APPLICABLE  # not a cell that may be 不适用
    del t3["granted"]["research"], t3["granted"]["business"], t3["withheld_law"]["natural"]  # never filled
    t3["bogus"] = {"x": 1}
    draft.facts["t3"] = t3
    draft.last_year_facts["t3"] = {"carry_forward": {"natural": 2}}
    set_section_text(draft, "general", "全年新收政府信息公开申请9件。")
    return draft


@pytest.fixture(scope="module")
def findings() -> list[Finding]:
    return every_finding()


def test_every_entry_has_both_languages() -> None:
    for key, entry in CATALOGUE.items():
        assert entry.zh_CN.strip() and entry.en.strip(), key
        assert entry.severity in (None, "error", "warning"), key


def test_every_code_a_rule_can_emit_is_in_the_catalogue() -> None:
    """Read the sources: every found("code", "variant") names a catalogue entry."""
    calls = [
        call
        for path in CORE.rglob("*.py")
        for call in re.findall(r'found\(\s*"([a-z0-9-]+)"(?:,\s*"([a-z0-9-]+)")?', path.read_text("utf-8"))
    ]
    assert len(calls) > 15
    for code, variant in calls:
        # a variant passed as a variable is checked by the battery below
        assert (messages.catalogue_key(code, variant) if variant else code) in (CATALOGUE.keys() | messages.codes())


def test_the_battery_reaches_every_entry(findings: list[Finding]) -> None:
    assert {f.key for f in findings} == set(CATALOGUE) - NOT_FINDINGS


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_every_emitted_finding_renders_filled(findings: list[Finding], lang: str) -> None:
    for finding in findings:
        text = message(finding, lang)
        assert text and "{" not in text and "}" not in text, (finding.key, text)


def test_severity_is_the_catalogue_s(findings: list[Finding]) -> None:
    for finding in findings:
        documented = CATALOGUE[finding.key].severity
        if documented is not None:
            assert finding.severity is Severity(documented), finding.key


def test_message_fills_params() -> None:
    draft = demo_draft()
    set_section_text(draft, "key-areas", "按照2016年政务公开工作要点的要求推进。")
    (finding,) = validate(draft)
    assert message(finding) == "“2016年”不是报告年度2017年，可能是从上年照抄未改。"
    assert message(finding, "en") == '"2016年" is not the report year 2017; it may be left over from last year.'
    assert message(finding, "zh") == message(finding, "zh_CN")


def test_unknown_param_stays_visible() -> None:
    assert render("placeholder", {}) == "“{found}”是未填写的占位内容。"


def test_sign_off_messages_render() -> None:
    assert render("sign-off-blocked", {"count": 2}, "en") == "2 error(s) still open: the report cannot be signed off."
    assert "{" not in render("sign-off-void", {"changes": "成文日期", "signed_at": "2018-01-09 10:00"})
