"""The one message catalogue: finding code → severity, Chinese and English wording.

Rules never write prose; they emit a code (plus, where one code has several wordings, a
``variant`` param) and params, and this module turns them into a sentence. The severity
column is the documentation of what blocks sign-off, and the rules read it from here:

- error (blocks sign-off): what is certainly wrong in a published report — a missing or
  empty section, a required fact without value, a leftover placeholder, a number in the
  text that contradicts the facts, no date or a date before the year ended, a Latin O or a
  zero in a Chinese date, a 落款 that is not the agency, characters a .docx cannot hold.
- warning (asks for a look): what is usually wrong but can be meant — another year
  mentioned, period words, repeated passages, text nearly identical to last year's,
  cross-checks such as fees without requests, a late date, ○/零 in a date, characters a
  GB 2312 font lacks, carried-over items not yet re-confirmed.

The notes an import or the Word export tells (not findings) are worded in ``notes``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app.core.messages.catalogue_tables import TABLE_WORDING
from desktop_app.core.messages.notes import NOTES, render_note
from desktop_app.core.messages.text import Params, is_chinese

__all__ = ["CATALOGUE", "NOTES", "Entry", "Worded", "codes", "default_severity", "message", "render", "render_note"]

LANGS = ("zh_CN", "en")


@dataclass(frozen=True)
class Entry:
    severity: str | None  # "error" | "warning"; None: not a finding, or set by the format pack
    zh_CN: str
    en: str


CATALOGUE: dict[str, Entry] = {
    "missing-section": Entry(
        "error",
        "缺少“{heading}”部分。",
        'The section "{title_en}" is missing.',
    ),
    "empty-section": Entry(
        "error",
        "“{heading}”部分还没有内容。",
        'The section "{title_en}" is empty.',
    ),
    "missing-fact": Entry(
        "error",
        "尚未填写“{label}”。",
        '"{label_en}" has no value yet.',
    ),
    "unconfirmed:fact": Entry(
        "warning",
        "“{label}”是从上年报告转来时预填的，请核对后确认。",
        '"{label_en}" was prefilled from last year\'s report: check it and confirm.',
    ),
    "unconfirmed:section": Entry(
        "warning",
        "“{heading}”部分沿用了上年的文字，请核对后确认。",
        'The text of "{title_en}" was carried over from last year: check it and confirm.',
    ),
    "unconfirmed:text": Entry(
        "warning",
        "“{heading}”部分沿用的文字中有{count}处上年的年份、日期、文号或数字，请逐一核对后确认。",
        'The carried text of "{title_en}" holds {count} year(s), date(s), document numbers or numbers '
        "from last year: check each and confirm.",
    ),
    "unconfirmed:template": Entry(
        "warning",
        "上年报告没有“{heading}”部分的内容，已按模板生成，请核对后确认。",
        'Last year\'s report had no "{title_en}"; it was written from the template: check it and confirm.',
    ),
    "unconfirmed:unplaced": Entry(
        "warning",
        "上年报告中有{count}段文字未归入任何部分，请核对是否还需要。",
        "{count} passage(s) of last year's report fit no section: check whether they are still needed.",
    ),
    "text-facts-changed": Entry(
        "warning",
        "“{heading}”部分的文字写成后，它依据的事实又改过了，文字可能与事实不一致：请重新生成，或核对后保留。",
        'A fact the text of "{title_en}" was written from has changed since: regenerate the text, '
        "or check it and keep it.",
    ),
    "stale-year": Entry(
        "warning",
        "“{found}”不是报告年度{report_year}年，可能是从上年照抄未改。",
        '"{found}" is not the report year {report_year}; it may be left over from last year.',
    ),
    "period-word": Entry(
        "warning",
        "“{found}”不符合年度报告的口径，应按全年表述（如“一年来”“全年”）。",
        '"{found}" does not fit an annual report; write about the whole year.',
    ),
    "placeholder": Entry(
        "error",
        "“{found}”是未填写的占位内容。",
        '"{found}" is a placeholder that was never filled in.',
    ),
    "placeholder:portal": Entry(
        "warning",
        "“{found}”是从网页复制来的按钮文字，不属于报告正文，请删除。",
        '"{found}" is a button of the web page the text was copied from, not report text: delete it.',
    ),
    "duplicate-passage": Entry(
        "warning",
        "“{passage}”（{length}字）与“{other_heading}”中的一段重复。",
        '"{passage}" ({length} characters) repeats a passage in "{other_title_en}".',
    ),
    "copied-from-other-unit": Entry(
        "warning",
        "这段文字与{other_unit}报告中的一段雷同：本报告“{passage}”；{other_unit}“{other_passage}”。请按本单位实际情况改写。",
        'This passage matches one in the report of {other_unit}: here "{passage}"; there "{other_passage}". '
        "Rewrite it for your own unit.",
    ),
    "similar-to-last-year": Entry(
        "warning",
        "本部分与上年报告几乎相同（相似度{percent}%），请按本年实际情况修改。",
        "This section is nearly identical to last year's ({percent}% similar): rewrite it for this year.",
    ),
    "fact-mismatch:text": Entry(
        "error",
        "正文中“{label}”为{stated}，与基本信息中的{expected}不一致。",
        'The text gives {stated} for "{label_en}" but the facts say {expected}.',
    ),
    "fact-mismatch:cell": Entry(
        "error",
        "正文中“{label}”为{stated}，与{table_label}中的{expected}不一致。",
        'The text gives {stated} for "{label_en}" but {table_label_en} says {expected}.',
    ),
    "fact-mismatch:sections": Entry(
        "error",
        "“{label}”前后不一致：此处为{stated}，“{other_heading}”中为{other}。",
        '"{label_en}" disagrees within the text: {stated} here, {other} in "{other_title_en}".',
    ),
    "fact-mismatch:needs": Entry(
        None,  # the format pack's [[checks]] table sets it (warning unless it says otherwise)
        "“{label}”为{stated}，但“{needs_label}”为{needs_value}，前后矛盾。",
        '"{label_en}" is {stated} while "{needs_label_en}" is {needs_value}: they contradict.',
    ),
    "date-missing": Entry(
        "error",
        "尚未填写成文日期。",
        "The report has no date.",
    ),
    "date-out-of-window:early": Entry(
        "error",
        "成文日期{date}在报告年度结束之前，应在{year}年12月31日之后。",
        "The date {date_iso} is before the report year ended; it must be after {year}-12-31.",
    ),
    "date-out-of-window:late": Entry(
        "warning",
        "成文日期{date}晚于{basis}规定的公布期限{latest}，请核对；如确系逾期公布，请说明原因。",
        "The date {date_iso} is later than the deadline {latest_iso} set by {basis_en}; check it.",
    ),
    "missing-element": Entry(
        "warning",
        "报告中没有写明{label}，评议时会作为缺项扣分。",
        "The report does not state {label_en}; evaluators count it as missing.",
    ),
    "trivial-section": Entry(
        "warning",
        "“{heading}”部分只有{length}个字，内容过于简单，请按实际情况充实。",
        'The section "{title_en}" has only {length} characters: say what was done.',
    ),
    "latin-o-in-date:latin": Entry(
        "error",
        "“{found}”中的“{chars}”应为“〇”。",
        '"{found}" uses "{chars}" where 〇 (U+3007) belongs.',
    ),
    "latin-o-in-date:lookalike": Entry(
        "warning",
        "“{found}”中的“{chars}”应为“〇”。",
        '"{found}" uses "{chars}" where 〇 (U+3007) belongs.',
    ),
    "issuer-mismatch": Entry(
        "error",
        "落款“{issuer}”与标题中的机关名称“{agency}”不一致。",
        'The issuer "{issuer}" does not match the agency in the title, "{agency}".',
    ),
    "issuer-missing": Entry(
        "warning",
        "没有落款：成文日期上方应署发文机关全称（如“{agency}”）。",
        'No issuer line: the agency\'s full name (e.g. "{agency}") belongs above the date.',
    ),
    "invalid-character:control": Entry(
        "error",
        "含有不能写入Word文档的控制字符{codepoint}（{count}处）。",
        "Contains the control character {codepoint}, which a .docx cannot hold ({count}×).",
    ),
    "invalid-character:gb2312": Entry(
        "warning",
        "“{char}”不在GB 2312字符集中，{font}字体可能无法显示（{count}处）。",
        '"{char}" is outside GB 2312; the font {font} may not show it ({count}×).',
    ),
    "year-jump": Entry(
        "warning",
        "{label}本年为{value}，上年为{last}，变化超过{ratio}倍，请在报告中说明原因。",
        "{label_en} is {value} this year against {last} last year, more than a {ratio}-fold change: "
        "explain why in the report.",
    ),
    "unplaced-text": Entry(
        "warning",
        "导入时有{count}段文字（{chars}字）未能归入任何部分，导出时不会包含。请在“基本信息”页把每段放入相应部分或删除：“{excerpt}”",
        "{count} passage(s) from the import ({chars} characters) fit no section and are left out of the export. "
        'Put each into a section or discard it on the Basic information page: "{excerpt}"',
    ),
    # --- sign-off (not validation rules, but the same catalogue) -------------------------
    "sign-off-name-missing": Entry(
        "error",
        "签发前请填写{role}。",
        "Fill in {role_en} before signing off.",
    ),
    "sign-off-blocked": Entry(
        None,
        "还有{count}个错误未解决，不能签发。",
        "{count} error(s) still open: the report cannot be signed off.",
    ),
    "sign-off-void": Entry(
        None,
        "签发已失效：{signed_at}签发后，{changes}有改动，需要重新签发。",
        "The sign-off is void: {changes_en} changed since it was signed on {signed_at}. Sign it off again.",
    ),
    **{key: Entry(*wording) for key, wording in TABLE_WORDING.items()},
}


class Worded(Protocol):
    """What the catalogue needs of a finding (``validation.findings.Finding``): the catalogue
    reads findings through this, so it never imports validation."""

    @property
    def key(self) -> str: ...

    @property
    def params(self) -> dict[str, Any]: ...


def catalogue_key(code: str, variant: str | None = None) -> str:
    return f"{code}:{variant}" if variant else code


def default_severity(code: str, variant: str | None = None) -> str:
    entry = CATALOGUE.get(catalogue_key(code, variant))
    if entry is None:
        raise KeyError(f"no catalogue entry for {catalogue_key(code, variant)!r}")
    return entry.severity or "warning"


def codes() -> set[str]:
    """Every code (without variant) the catalogue knows."""
    return {key.split(":", 1)[0] for key in CATALOGUE}


def render(key: str, params: dict[str, Any], lang: str = "zh_CN") -> str:
    """The sentence for a catalogue key; unknown params stay visible as {name}."""
    entry = CATALOGUE[key]
    template = entry.zh_CN if is_chinese(lang) else entry.en
    return template.format_map(Params(params))


def message(finding: Worded, lang: str = "zh_CN") -> str:
    return render(finding.key, finding.params, lang)
