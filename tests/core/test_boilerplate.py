import pytest

from desktop_app.core.boilerplate import render_section, render_title
from desktop_app.core.demo import demo_draft, demo_facts
from desktop_app.core.editing import new_draft, set_fact, set_section_text
from desktop_app.core.errors import MissingFactError
from desktop_app.core.formats.spec import available_formats, load_format
from desktop_app.core.model import Agency, Origin

EXPECTED_TITLES = [
    "政府信息公开的组织领导和制度建设情况",
    "发布解读、回应社会关切以及互动交流情况",
    "重点领域政府信息公开工作推进情况和公开情况",
    "主动公开政府信息以及公开平台建设情况",
    "政府信息公开申请的办理情况",
    "政府信息公开的收费及减免情况",
    "因政府信息公开申请提起行政复议、行政诉讼情况",
    "政府信息公开保密审查及监督检查情况",
    "所属事业单位政务公开工作推进措施和落实情况",
    "存在的问题及改进情况",
]


def test_format_pack_has_the_ten_sections_of_the_example():
    spec = load_format("ogi-annual-2017")
    headed = [s for s in spec.sections if s.heading]
    assert [s.title for s in headed] == EXPECTED_TITLES
    assert [s.number for s in headed] == list("一二三四五六七八九十")
    assert all(s.guidance for s in spec.sections)
    keys = {f.key for f in spec.fields}
    for needed in (
        "proactive_items",
        "applications_received",
        "fees_collected",
        "reconsideration_cases",
        "litigation_cases",
        "subordinate_units",
        "problems",
        "measures",
        "publication_channels",
        "proactive_categories",
    ):
        assert needed in keys
    assert "ogi-annual-2017" in available_formats()


def test_every_section_renders_with_a_full_fact_set():
    draft = demo_draft()
    for section in load_format(draft.format_id).sections:
        text = render_section(draft, section.id)
        assert text.strip(), section.id
        assert "None" not in text and "{{" not in text
    assert render_title(draft) == ["莒南县经济和信息化局", "2017年政府信息公开工作总结"]


REQUIRED = [
    (section.id, key)
    for section in load_format("ogi-annual-2017").sections
    for key in section.fields
    if load_format("ogi-annual-2017").field(key).required
]


@pytest.mark.parametrize(("section_id", "key"), REQUIRED)
def test_each_missing_required_fact_is_named(section_id, key):
    draft = demo_draft()
    del draft.facts[key]
    with pytest.raises(MissingFactError) as info:
        render_section(draft, section_id)
    assert info.value.field == key
    assert key in str(info.value)


def test_sentences_change_with_the_numbers():
    draft = demo_draft()
    assert "未收到政府信息公开申请" in render_section(draft, "applications")
    draft.facts["applications_received"] = 3
    draft.facts["applications_answered"] = 3
    text = render_section(draft, "applications")
    assert "收到政府信息公开申请3份" in text and "均在法定期限内" in text
    draft.facts["fees_collected"] = 12.5
    assert "12.5元" in render_section(draft, "fees")
    draft.facts["reconsideration_cases"] = 1
    assert "行政复议1件" in render_section(draft, "appeals")
    draft.facts["subordinate_units"] = []
    assert "无所属事业单位" in render_section(draft, "subordinates")


def test_untouched_boilerplate_follows_facts_but_edited_text_does_not():
    draft = demo_draft()
    set_section_text(draft, "applications", "本年度由我局自行撰写。")
    set_fact(draft, "proactive_items", 60)
    assert "60条" in draft.section("proactive").text
    assert draft.section("applications").text == "本年度由我局自行撰写。"
    assert draft.section("applications").origin is Origin.EDITED


def test_new_draft_leaves_sections_needing_facts_empty_not_half_written():
    draft = new_draft("ogi-annual-2017", 2019, Agency("某县统计局", "县统计局"))
    assert draft.section("applications").text == ""
    assert draft.section("key-areas").text  # needs no required fact
    set_fact(draft, "applications_received", 0)
    set_fact(draft, "applications_answered", 0)
    assert "2019年，未收到政府信息公开申请" in draft.section("applications").text


def test_sandbox_blocks_attribute_escapes():
    from jinja2.exceptions import SecurityError

    from desktop_app.core.boilerplate import _environment

    env = _environment("ogi-annual-2017")
    for payload in (
        "{{ ''.__class__.__mro__[1].__subclasses__() }}",
        "{{ cycler.__init__.__globals__.os.popen('id').read() }}",
        "{{ agency.__class__ }}",
    ):
        with pytest.raises((SecurityError, Exception)) as info:
            env.from_string(payload).render(agency={}, cycler=None)
        assert "uid=" not in str(info.value)


def test_demo_facts_are_complete():
    spec = load_format("ogi-annual-2017")
    assert {f.key for f in spec.fields} <= set(demo_facts())


def test_a_broken_title_template_is_a_typed_error_worded_in_both_languages() -> None:
    """A template that fails says so from the catalogue: the failure's kind and the engine's
    account as parameters, the sentence in Chinese and English."""
    import dataclasses

    from desktop_app.core.errors import TemplateError

    draft = demo_draft()
    spec = dataclasses.replace(load_format(draft.format_id), title_lines=("{{ 1 // 0 }}",))
    with pytest.raises(TemplateError) as failed:
        render_title(draft, spec)
    assert failed.value.code == "template:title"
    assert failed.value.params["error"] == "ZeroDivisionError"
    assert failed.value.message("zh_CN").startswith("标题模板无法生成标题")
    assert failed.value.message("en").startswith("the title template failed")


def test_a_template_that_does_not_parse_names_its_line() -> None:
    import dataclasses

    from desktop_app.core.errors import TemplateError

    draft = demo_draft()
    spec = dataclasses.replace(load_format(draft.format_id), title_lines=("{{ year ",))
    with pytest.raises(TemplateError) as failed:
        render_title(draft, spec)
    assert failed.value.code == "template:syntax" and failed.value.params["line"] == 1
    assert failed.value.message("zh_CN").startswith("模板第1行写法有误")
