"""The user's own 2017 example report (县经信局), rebuilt from facts and boilerplate."""

from __future__ import annotations

from datetime import date

from desktop_app.core.editing import new_draft
from desktop_app.core.model import Agency, DateStyle, Draft, FactValue

DEMO_FORMAT = "ogi-annual-2017"


def demo_agency() -> Agency:
    return Agency(
        full_name="莒南县经济和信息化局",
        short_name="县经信局",
        parent_government="莒南县人民政府",
        website_name="莒南政府网",
    )


def demo_facts() -> dict[str, FactValue]:
    return {
        "publication_channels": ["莒南政府网", "临沂日报", "莒南新闻"],
        "leading_group_head": "主要负责人",
        "lead_office": "办公室",
        "systems_built": ["信息公开保密审查制度", "内部信息沟通协调机制"],
        "interpretation_items": 0,
        "public_messages_handled": 0,
        "key_areas": ["部门预算", "部门决算", "“三公”经费"],
        "proactive_items": 49,
        "proactive_categories": ["行政审批", "“三公经费”", "经信动态", "经济运行情况", "节能降耗"],
        "applications_received": 0,
        "applications_answered": 0,
        "fees_collected": 0,
        "reconsideration_cases": 0,
        "litigation_cases": 0,
        "inspection_frequency": "每周至少一次",
        "security_incidents": 0,
        "subordinate_units": ["节能办", "电力办"],
        "subordinate_units_separate": 0,
        "problems": [
            "政务公开内容、范围有待进一步拓宽",
            "网上信息公开栏目设置还不够科学",
            "信息公开的及时性有待提高",
        ],
        "measures": [
            "进一步完善相关制度建设，规范工作规程，明确责任分工",
            "加大推进政务公开力度，继续强化专人负责信息公开工作",
            "以服务群众为目的，抓好群众关注热点问题的公开",
        ],
    }


def demo_draft() -> Draft:
    draft = new_draft(DEMO_FORMAT, 2017, demo_agency(), demo_facts(), report_date=date(2018, 1, 9))
    draft.date_style = DateStyle.CHINESE  # as the published report: 二〇一八年一月九日
    return draft
