"""A generated county: unit reports in the national format, made with the core as a clerk would.

``unit_draft`` builds one unit's signed-off (or not) draft whose tables add up; the tests and
the benchmark vary it: a table that does not add up, a passage copied between two units,
units that keep only the app's generated wording.
"""

from __future__ import annotations

import random
from datetime import date

from desktop_app.core.editing import new_draft, set_section_text
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.model import Agency, Draft
from desktop_app.core.signoff import sign_off

FORMAT = "ogi-annual-2021"
COUNTY = "临河县"
AGENCIES = [
    "临河县发展和改革局",
    "临河县教育和体育局",
    "临河县公安局",
    "临河县民政局",
    "临河县司法局",
    "临河县财政局",
    "临河县人力资源和社会保障局",
    "临河县自然资源局",
    "临河县住房和城乡建设局",
    "临河县交通运输局",
    "临河县农业农村局",
    "临河县水利局",
    "临河县商务局",
    "临河县文化和旅游局",
    "临河县卫生健康局",
    "临河县退役军人事务局",
    "临河县应急管理局",
    "临河县审计局",
    "临河县市场监督管理局",
    "临河县统计局",
]

# Clauses a clerk writes about the unit's own shortcomings. Each carries the unit's own figure
# in its middle, so two units that did not copy never share a run of 30 characters.
_CLAUSES = [
    "全年有{n}条信息未在规定时限内发布",
    "政策解读稿件中图解类仅占{n}%",
    "依申请公开答复书有{n}份说理不够充分",
    "网站栏目中有{n}条信息归类不准",
    "{n}个基层站所的公开栏更新不及时",
    "工作人员{n}名均为兼职",
    "群众留言平均{n}天才办结",
    "业务培训覆盖面仅为{n}%",
    "有{n}件规范性文件未同步公开解读",
    "政务新媒体有{n}周未更新内容",
    "公开目录中有{n}项内容需要调整",
    "重点领域信息公开完成率为{n}%",
    "年度考核中公开工作得分下降{n}分",
    "有{n}条办事指南与实际流程不一致",
    "查阅点全年仅接待群众{n}人次",
    "信息发布前的保密审查记录缺失{n}份",
    "在线访谈全年只举办{n}期",
    "对{n}家下属单位的指导检查偏少",
    "建议提案办理结果公开率为{n}%",
    "有{n}个栏目长期没有专人维护",
]


def own_problems(short_name: str, rng: random.Random) -> str:
    clauses = [c.format(n=rng.randint(2, 98)) for c in rng.sample(_CLAUSES, 5)]
    return f"对照年度要点自查，{'；'.join(clauses)}。下一步，{short_name}将逐项整改。"


def _documents(rng: random.Random) -> dict[str, int]:
    return {"issued": rng.randint(0, 5), "repealed": 0, "in_force": rng.randint(5, 30)}


def unit_facts(rng: random.Random) -> dict[str, object]:
    t2_spec = load_format(FORMAT).field("t2").table
    t3_spec = load_format(FORMAT).field("t3").table
    t4_spec = load_format(FORMAT).field("t4").table
    assert t2_spec is not None and t3_spec is not None and t4_spec is not None
    natural, business = rng.randint(0, 9), rng.randint(0, 4)
    carried = rng.randint(0, 2)
    forward = rng.randint(0, min(natural, 2))
    granted = natural + carried - forward
    # every cell filled, 0 where there is none: as a clerk hands a report in
    t3 = tables.fill_empty(
        t3_spec,
        {
            "new": {"natural": natural, "business": business},
            "carried_over": {"natural": carried},
            "granted": {"natural": granted},
            "partial": {"business": business},
            "carry_forward": {"natural": forward},
        },
    )
    cases = {"review_upheld": rng.randint(0, 2), "direct_pending": rng.randint(0, 1)}
    t4 = tables.fill_empty(t4_spec, {"cases": cases})
    return {
        "proactive_items": rng.randint(40, 900),
        "publication_channels": ["政府门户网站信息公开专栏", "政务微信公众号"],
        "systems_built": ["公文公开属性源头认定制度"],
        "training_sessions": rng.randint(1, 6),
        "t2": tables.fill_empty(t2_spec, {"normative_documents": _documents(rng)}),
        "t3": t3,
        "t4": t4,
        "processing_fees": 0,
        "problems": ["政策解读的形式还不够丰富", "公开内容的及时性有待提高"],
        "measures": ["进一步丰富政策解读形式", "加强对公开工作的督促检查"],
    }


def unit_draft(name: str, year: int = 2024, seed: int = 0, own_words: bool = True, signed: bool = True) -> Draft:
    """One unit's report; ``own_words`` replaces the problems section by the clerk's own text."""
    rng = random.Random(f"{name}-{seed}")
    short = name.removeprefix(COUNTY)
    agency = Agency(name, f"县{short}", f"{COUNTY}人民政府", f"{COUNTY}人民政府网")
    draft = new_draft(FORMAT, year, agency, unit_facts(rng), report_date=date(year + 1, 1, 20))
    if own_words:
        set_section_text(draft, "problems", own_problems(agency.short_name, rng))
    if signed:
        sign_off(
            draft,
            drafted_by="张明",
            reviewed_by="李华",
            approved_by="王强",
            issuer=name,
            date=date(year + 1, 1, 20),
        )
    return draft


COPIED = (
    "我局政务公开工作还存在不少短板：部分科室对公开属性认定把握不准，主动公开的文件中有十一件未同步发布解读材料，"
    "乡镇所站的公开栏更新滞后，群众反映的查询不便问题尚未根本解决。"
)


def with_copied_passage(draft: Draft, before: str = "", after: str = "") -> Draft:
    """The problems section carries COPIED (as the copying unit pasted it) among its own words."""
    section = draft.section("problems")
    assert section is not None
    set_section_text(draft, "problems", before + COPIED + after + section.text)
    return draft
