"""The wording of notes: what an import tells about the file it read
(``desktop_app.core.importing.notes.Note``) and what the Word export tells before writing
(``desktop_app.core.word.fonts``), in Chinese and English."""

from __future__ import annotations

from typing import Any

from desktop_app.core.messages.text import Params, is_chinese

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


def render_note(code: str, params: dict[str, Any], lang: str = "zh_CN") -> str:
    zh_cn, en = NOTES[code]
    return (zh_cn if is_chinese(lang) else en).format_map(Params(params))
