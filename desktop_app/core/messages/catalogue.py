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
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

from desktop_app.core.messages.text import Params, is_chinese

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
    "table-arithmetic:column": Entry(
        "error",
        "{table_label}“{column_label}”列：{rule_label}（现为{left}和{right}）。",
        '{table_label_en}, column "{column_label_en}": {rule_label_en} (now {left} and {right}).',
    ),
    "table-arithmetic:row": Entry(
        "error",
        "{table_label}“{row_label}”行：{rule_label}（现为{left}和{right}）。",
        '{table_label_en}, row "{row_label_en}": {rule_label_en} (now {left} and {right}).',
    ),
    "table-cell:negative": Entry(
        "error",
        "{table_label}“{row_label}”行“{column_label}”列为{value}，不能为负数。",
        '{table_label_en}, row "{row_label_en}", column "{column_label_en}" is {value}: it cannot be negative.',
    ),
    "table-cell:fraction": Entry(
        "error",
        "{table_label}“{row_label}”行“{column_label}”列为{value}，应为整数。",
        '{table_label_en}, row "{row_label_en}", column "{column_label_en}" is {value}: it must be a whole number.',
    ),
    "table-cell:unknown": Entry(
        "warning",
        "{table_label}中的“{row}/{column}”（{value}）不是表格中的单元格，不会导出。",
        '{table_label_en} holds "{row}/{column}" ({value}), which is not a cell of the table: it is not exported.',
    ),
    "year-jump": Entry(
        "warning",
        "{label}本年为{value}，上年为{last}，变化超过{ratio}倍，请在报告中说明原因。",
        "{label_en} is {value} this year against {last} last year, more than a {ratio}-fold change: "
        "explain why in the report.",
    ),
    "table-carry": Entry(
        "warning",
        "{table_label}“{row_label}”“{column_label}”为{value}，上年报告“{source_label}”为{expected}，应当相等。",
        '{table_label_en}, "{row_label_en}", "{column_label_en}" is {value} but last year\'s '
        '"{source_label_en}" was {expected}: they should be equal.',
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
}


# What an import reports (desktop_app.core.importing.notes.Note): code → (Chinese, English).
NOTES: dict[str, tuple[str, str]] = {
    "read-word": ("按Word文档读取。", "read as a Word document"),
    "read-word-macro": (
        "按启用宏的Word文档读取（只读取文字，其中的宏不会运行）。",
        "read as a macro-enabled Word document (only its text was read; its macros were not run)",
    ),
    "read-text": ("按{encoding}编码的文本读取。", "read as {encoding} text"),
    "removed-control": ("删除了{count}个控制字符。", "removed {count} control characters"),
    "removed-surrogate": ("删除了{count}个损坏的字符。", "removed {count} broken characters (unpaired surrogates)"),
    "removed-invisible": (
        "删除了{count}个不可见字符（零宽空格、方向标记等）。",
        "removed {count} invisible characters (zero-width spaces, direction marks and the like)",
    ),
    "removed-noncharacter": ("删除了{count}个非字符码位。", "removed {count} non-characters"),
    "page-numbers": ("删除了{count}行页码。", "removed {count} page-number lines"),
    "joined": ("接续了{count}处被分页断开的句子。", "joined {count} lines that a page break had split mid-sentence"),
    "running-heads": ("删除了{count}行重复的页眉。", "removed {count} repeated running-header lines"),
    "contents-skipped": ("跳过了目录（{count}行）。", "skipped the table of contents ({count} lines)"),
    "format-detected": (
        "按报告内容识别为“{name}”（把握{percent}%）。",
        "detected the format: {name} ({percent}% sure)",
    ),
    "format-unsure": (
        "报告格式不能确定：按“{name}”导入（把握{percent}%），也可能是“{other}”，请核对。",
        "the format is uncertain: imported as {name} ({percent}% sure); it may be {other}: check it",
    ),
    "table-cell-unplaced": (
        "“{label}”一行有{count}个数，与表格的{columns}列对不上，未读取：{line}",
        "the row {label} has {count} numbers for {columns} columns; not read: {line}",
    ),
    "unplaced": (
        "有{count}段文字无法归入任何部分，已保留为“未归位的文字”。",
        "{count} passages fit no section; they are kept as unplaced text",
    ),
    "several-values": (
        "报告中“{label}”有多个数值：{first}和{others}；已采用{first}。",
        "the report gives several values for {label}: {first} and {others}; took {first}",
    ),
    "facts-not-found": ("报告中没有找到：{labels}。", "not found in the report: {labels}"),
    "no-date": ("报告末尾没有找到成文日期。", "no date line found at the end of the report"),
    "date-lookalike": ("成文日期中用“{chars}”代替了“〇”。", "the date is written with {chars!r} in place of 〇"),
    "no-agency": (
        "标题中没有找到机关名称，请在第一步填写。",
        "no agency name found in the title; enter it on the first page",
    ),
    "heading-taken": ("标题“{written}”已按“{heading}”处理。", "took the heading “{written}” as section {heading}"),
    "no-headings": (
        "没有找到部分标题（一、… 二、…），全部文字放在导语中。",
        "no section headings found (一、… 二、…); all text is in the opening section",
    ),
    "section-missing": ("报告中没有“{heading}”部分。", "section {heading} was not found in the report"),
    "section-empty": ("报告中“{heading}”部分没有文字。", "section {heading} has no text in the report"),
    "year-from-date": (
        "标题中没有年度，按成文日期取{year}年。",
        "no title with the year found; took {year} from the date",
    ),
    "year-from-text": (
        "标题中没有年度，按正文中出现最多的年份取{year}年。",
        "no title with the year found; took {year}, the year the text names most",
    ),
    "year-assumed": (
        "全文没有找到年度，暂定为{year}年，请在第一步核对。",
        "no year found anywhere; assumed {year}: check it on the first page",
    ),
    "table-rows": (
        "从报告的表格中读取了“{label}”的{count}行。",
        "read {count} rows of {label} from the report's table",
    ),
    "export-refused-unplaced": (
        "未导出：加 --allow-unplaced 可在不含这些文字的情况下导出。",
        "not exported; pass --allow-unplaced to export without that text",
    ),
    "read-html": ("按网页读取（{encoding}编码）。", "read as a web page ({encoding})"),
    "read-mhtml": ("按网页存档（.mhtml）读取（{encoding}编码）。", "read as a saved web page (.mhtml, {encoding})"),
    "read-pdf": ("按PDF读取了{pages}页的文字。", "read the text of {pages} PDF pages"),
    "read-converted": (
        "用LibreOffice转换{kind}文件后读取。",
        "read the {kind} file after converting it with LibreOffice",
    ),
    "replaced-bytes": (
        "有{count}个无法识别的字节已替换为“\ufffd”，位置（行:列）：{positions}。",
        "replaced {count} undecodable bytes with \ufffd, at (line:column) {positions}",
    ),
    "clutter-removed": (
        "删除了{count}行网页附带内容（导航、发布信息、分享按钮、页脚等）。",
        "removed {count} lines of web-page clutter (navigation, page information, share buttons, footer)",
    ),
    "pdf-pages-without-text": (
        "PDF中有{count}页没有文字（可能是扫描页）：第{pages}页。",
        "{count} PDF pages hold no text (probably scanned): pages {pages}",
    ),
    "table-row-unplaced": ("有一行表格无法归位：{line}", "a table row could not be placed: {line}"),
    # what the Word export tells the clerk before writing (desktop_app.core.word.fonts)
    "font-substituted": (
        "本机没有“{official}”字体，文档将改用“{used}”。",
        "{official} is not installed on this computer: the document will use {used} instead",
    ),
    "font-fallback-absent": (
        "本机没有“{official}”字体，也没有可替代的字体；文档将写入“{used}”（Windows自带），在本机预览时可能显示为其他字体。",
        "neither {official} nor a substitute is installed on this computer: the document will name {used} "
        "(which Windows ships); a preview here may show another font",
    ),
    "font-kept-strict": (
        "本机没有“{official}”字体；已选择保留规范字体名称，没有该字体的电脑将用其他字体显示。",
        "{official} is not installed on this computer; the official name is kept as chosen, "
        "so a computer without it will show another font",
    ),
    "font-no-fallback": (
        "本机没有“{official}”字体，文档仍写入“{used}”，没有该字体的电脑将用其他字体显示。",
        "{official} is not installed on this computer; the document still names {used}, "
        "so a computer without it will show another font",
    ),
}


class Worded(Protocol):
    """What the catalogue needs of a finding (``validation.findings.Finding``): the catalogue
    reads findings through this, so it never imports validation."""

    @property
    def key(self) -> str: ...

    @property
    def params(self) -> dict[str, Any]: ...


def render_note(code: str, params: dict[str, Any], lang: str = "zh_CN") -> str:
    zh_cn, en = NOTES[code]
    return (zh_cn if is_chinese(lang) else en).format_map(Params(params))


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
