"""Wording of the county summary (workbook sheets and columns, unit states, skip reasons),
in Chinese and English; the one place it is set."""

from __future__ import annotations

LABELS: dict[str, tuple[str, str]] = {
    "sheet-units": ("各单位报告", "Units"),
    "sheet-totals": ("汇总表", "Totals"),
    "sheet-missing": ("未报送单位", "Missing"),
    "sheet-similar": ("内容雷同", "Similar"),
    "sheet-skipped": ("未计入的文件", "Not counted"),
    "col-file": ("文件", "File"),
    "col-agency": ("单位", "Agency"),
    "col-year": ("年度", "Year"),
    "col-format": ("格式", "Format"),
    "col-state": ("状态", "State"),
    "col-signed": ("已签发", "Signed off"),
    "col-errors": ("错误", "Errors"),
    "col-warnings": ("提醒", "Warnings"),
    "col-findings": ("审核发现", "Findings"),
    "col-similar": ("雷同", "Similar to"),
    "col-a": ("单位甲", "Unit A"),
    "col-b": ("单位乙", "Unit B"),
    "col-similarity": ("相似度", "Similarity"),
    "col-passages": ("雷同段落", "Copied passages"),
    "col-reason": ("原因", "Reason"),
    "col-detail": ("说明", "Detail"),
    "col-roster-name": ("名单中的单位", "Roster name"),
    "yes": ("是", "yes"),
    "no": ("否", "no"),
    "no-missing": ("名单中的单位均已报送。", "Every unit on the roster has a report."),
    "no-roster": ("未提供单位名单。", "No roster was given."),
    "state-signed-off": ("已签发", "signed off"),
    "state-editing": ("未签发", "not signed off"),
    "state-void": ("签发后又修改", "changed after sign-off"),
    "state-imported": ("已发布的报告（导入）", "published report (imported)"),
    "reason-unreadable": ("无法读取", "cannot be read"),
    "reason-other-year": ("不是本年度的报告", "a report for another year"),
    "reason-duplicate": ("同一单位的重复报告", "a second report of the same unit"),
    "totals-title": ("{count}个单位合计", "Sum over {count} units"),
}


def label(key: str, lang: str = "zh_CN", **params: object) -> str:
    zh_cn, en = LABELS[key]
    return (zh_cn if lang.lower().startswith("zh") else en).format(**params)
