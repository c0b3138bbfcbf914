"""What the command line says, in Chinese and English.

- ``OUTPUT``: its own lines (code → Chinese, English), through :func:`say`; ``WORDS``: the
  codes a line shows as words (:func:`word`).
- ``HELP_ZH``: the Chinese of each help text the parser declares (English is the source, as
  in Qt's ``tr``; a text missing here stays English, and a test finds it).
- ``ARGPARSE_ZH``: the Chinese of argparse's own words ("usage: ", "options", its error
  lines), keyed by argparse's gettext message ids.
"""

from __future__ import annotations

from desktop_app.core.messages.text import Params, is_chinese, pick

OUTPUT: dict[str, tuple[str, str]] = {
    "description": ("年报助手——政府信息公开工作年度报告助手", "年报助手 — annual OGI report assistant"),
    "error": ("ogi-report：错误：{message}", "ogi-report: error: {message}"),
    "internal-error": (
        "内部错误（{kind}：{detail}），请报告此问题",
        "internal error ({kind}: {detail}); please report it",
    ),
    "usage-error": ("{prog}：错误：{message}（见 --help）\n", "{prog}: error: {message} (see --help)\n"),
    "note": ("说明：{text}", "note: {text}"),
    "not-placed": ("未归位：{text}", "not placed: {text}"),
    "re-confirm": ("{year}年：需要重新确认{count}项：", "{year}: re-confirm {count} item(s):"),
    "restored": ("已将{draft_id}恢复为第{revision}版", "restored revision {revision} of {draft_id}"),
    "summary": ("{errors}个错误，{warnings}个提醒", "{errors} error(s), {warnings} warning(s)"),
    "sign-off-refused": ("ogi-report：{message}", "ogi-report: {message}"),
    "signed-off": ("已签发：{path}", "signed off: {path}"),
    "skipped": ("已跳过{name}：{why}", "skipped {name}: {why}"),
    "prefixed": ("ogi-report：{text}", "ogi-report: {text}"),
    "item": ("  {kind}：{label} — {detail}", "  {kind}: {label} — {detail}"),
    "item-no-detail": ("  {kind}：{label}", "  {kind}: {label}"),
    "unit-counts": ("{errors}个错误\t{warnings}个提醒", "{errors} error(s)\t{warnings} warning(s)"),
    "county-missing": ("未报送", "missing"),
    "county-similar": ("内容雷同", "similar"),
    "county-skipped": ("未计入", "skipped"),
    "damaged": ("已损坏", "damaged"),
    "verify-summary": ("已检查{count}份草稿，{damaged}份已损坏", "{count} draft(s) checked, {damaged} damaged"),
    "damage-acknowledged": (
        "已确认草稿库损坏的提示，以后不再显示",
        "the damage notice is acknowledged; it will not be shown again",
    ),
    "no-damage-notice": ("没有草稿库损坏的提示", "there is no damage notice"),
    "no-window": (
        "ogi-report：无法打开窗口（{detail}）；命令行仍可使用：ogi-report --help",
        "ogi-report: cannot start the window ({detail}); the command line still works: ogi-report --help",
    ),
}

# Codes a command prints as a word of a line: what an item to re-confirm is
# (``ConfirmItem.kind``), a finding's severity, a stored draft's sign-off state, what made a
# revision. English keeps the code itself, which scripts may read.
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "kind": {
        "fact": ("数据", "fact"),
        "section": ("部分", "section"),
        "template": ("按模板生成", "from the template"),
        "unplaced": ("未归位的文字", "unplaced text"),
        "year": ("年份", "year"),
        "date": ("日期", "date"),
        "period": ("时段用语", "period word"),
        "docno": ("文号", "document number"),
        "number": ("数字", "number"),
        "amount": ("金额", "amount"),
    },
    "severity": {"error": ("错误", "error"), "warning": ("提醒", "warning")},
    "state": {
        "editing": ("未签发", "editing"),
        "signed-off": ("已签发", "signed-off"),
        "void": ("签发后又修改", "void"),
    },
    "revision": {
        "created": ("新建", "created"),
        "autosave": ("自动保存", "autosave"),
        "edited": ("编辑", "edited"),
        "rolled-forward": ("由上年转入", "rolled-forward"),
        "imported": ("导入", "imported"),
        "converted": ("转换格式", "converted"),
        "duplicated": ("复制", "duplicated"),
        "opened-from-file": ("从文件打开", "opened-from-file"),
        "signed-off": ("签发", "signed-off"),
        "exported": ("导出", "exported"),
        "restored": ("恢复", "restored"),
    },
}

HELP_ZH: dict[str, str] = {
    "COMMAND": "命令",
    "folder for the draft store (default: user data folder)": "草稿库所在的文件夹（默认：用户数据文件夹）",
    "language of messages": "提示信息的语言",
    "export the 2017 example report": "导出2017年格式的示例报告",
    "the .docx to write": "要写入的.docx文件",
    "also save the draft file here": "同时把草稿文件保存到这里",
    "how dates are written (Chinese numerals or Arabic digits)": "日期写法（汉字数字或阿拉伯数字）",
    "start a draft file from boilerplate": "用范文新建草稿文件",
    "the report format (see: formats)": "报告格式（见：formats）",
    "the report format (default: detected from the report)": "报告格式（默认：按报告内容识别）",
    "print the import report as JSON": "以 JSON 输出导入报告",
    "export even though imported text fits no section (it is left out)": (
        "导入时未归位的文字仍未处理也导出（这些文字不会包含在内）"
    ),
    "the report year": "报告年度",
    "the agency's full name": "机关全称",
    "the agency's short name": "机关简称",
    "the draft file to write": "要写入的草稿文件",
    "write a draft file as a .docx": "把草稿文件导出为.docx",
    "a draft file": "草稿文件",
    "read a published report (.docx/.doc/.wps/.txt/.html/.htm/.mhtml/.pdf)": (
        "读取已发布的报告（.docx/.doc/.wps/.txt/.html/.htm/.mhtml/.pdf）"
    ),
    "Read a published report: Word (.docx; .doc and .wps through LibreOffice), text (.txt in UTF-8, "
    "GBK/GB18030 or UTF-16), a web page saved from the browser (.html, .htm, .mhtml) or a PDF with a text layer.": (
        "读取已发布的报告：Word文档（.docx；.doc和.wps通过LibreOffice读取）、文本（UTF-8、GBK/GB18030或UTF-16编码的.txt）、"
        "从浏览器保存的网页（.html、.htm、.mhtml）或带文字层的PDF。"
    ),
    "the report: .docx .doc .wps .txt .html .htm .mhtml .pdf": "报告文件：.docx .doc .wps .txt .html .htm .mhtml .pdf",
    "next year's draft from this year's": "由本年草稿生成下一年草稿",
    "move a draft to another report format": "把草稿转换为另一种报告格式",
    "the target report format": "目标报告格式",
    "drafts in the store": "草稿库中的草稿",
    "list the trash instead": "改为列出回收站",
    "a stored draft's revisions": "草稿库中某份草稿的修订历史",
    "a draft id (see: list)": "草稿编号（见：list）",
    "make an earlier revision a stored draft's current one": "把草稿恢复为较早的修订版本",
    "a revision number from `history`": "修订号（见：history）",
    "check a draft file": "检查草稿文件",
    "last year's draft file, for the comparisons": "上年的草稿文件，用于对比",
    "print findings as JSON": "以JSON格式输出检查结果",
    "record the sign-off in a draft file": "在草稿文件中记录签发",
    "拟稿 (drafted by)": "拟稿人",
    "审核 (reviewed by)": "审核人",
    "签发 (approved by)": "签发人",
    "落款 (default: the draft's, else the agency's full name)": "落款（默认：草稿中的落款，没有则为机关全称）",
    "成文日期, YYYY-MM-DD (default: the draft's, else today)": (
        "成文日期，格式YYYY-MM-DD（默认：草稿中的日期，没有则为今天）"
    ),
    "the report formats available": "可用的报告格式",
    "check every stored draft and revision against its checksum": "用校验值检查草稿库中的每份草稿和每个版本",
    "stop announcing that a damaged database was moved aside": "不再提示损坏的草稿库已被移到一旁",
    "write the official font names (仿宋_GB2312 …) even where this computer lacks them": (
        "即使本机没有，也写入规定的字体名称（仿宋_GB2312等）"
    ),
    "a folder of other units' reports to check for copied passages (内容雷同)": (
        "其他单位报告所在的文件夹，用于检查内容雷同"
    ),
    "write a draft file as .docx, .html (the portal page) or .pdf": (
        "把草稿文件导出为.docx、.html（门户网站页面）或.pdf"
    ),
    "the file to write; its extension chooses the kind": "要写入的文件，按扩展名决定文件类型",
    "print every item to confirm as JSON": "以JSON格式输出每一项待确认内容",
    "write the comparison with last year instead: the changes against that draft file, tracked": (
        "改为输出“与上年对照”文件：以修订标记标出相对该草稿文件的改动"
    ),
    "the submission package for the county (.zip)": "报送县里的材料包（.zip）",
    "the .zip to write": "要写入的.zip文件",
    "sum up a county's unit reports in a folder": "汇总文件夹中全县各单位的报告",
    "packages, draft files and published reports, any mix": "材料包、草稿文件和已发布的报告，可以混放",
    "UTF-8 text, one agency's full name per line": "UTF-8文本，每行一个机关全称",
    "only reports for this year": "只汇总这一年度的报告",
    "print the summary as JSON": "以JSON格式输出汇总",
    "also write the summary as a workbook (.xlsx)": "同时把汇总写入工作簿（.xlsx）",
}

ARGPARSE_ZH: dict[str, str] = {
    "usage: ": "用法：",
    "positional arguments": "位置参数",
    "options": "选项",
    "show this help message and exit": "显示此帮助信息并退出",
    "show program's version number and exit": "显示程序版本号并退出",
    "the following arguments are required: %s": "缺少必需的参数：%s",
    "unrecognized arguments: %s": "无法识别的参数：%s",
    "invalid choice: %(value)r (choose from %(choices)s)": "无效的选择：%(value)r（可选：%(choices)s）",
    "expected one argument": "需要一个值",
    "expected at least one argument": "至少需要一个值",
    "expected at most one argument": "最多只能有一个值",
    "argument %(argument_name)s: %(message)s": "参数 %(argument_name)s：%(message)s",
    "invalid %(type)s value: %(value)r": "无效的%(type)s值：%(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "有歧义的选项：%(option)s 可以匹配 %(matches)s",
    "not allowed with argument %s": "不能与参数 %s 同时使用",
    "one of the arguments %s is required": "需要参数 %s 之一",
    "ignored explicit argument %r": "忽略了显式参数 %r",
    "unexpected option string: %s": "意外的选项：%s",
    "%(prog)s: error: %(message)s\n": "%(prog)s：错误：%(message)s\n",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "未知的命令 %(parser_name)r（可选：%(choices)s）",
    "can't open '%(filename)s': %(error)s": "无法打开“%(filename)s”：%(error)s",
}


def say(code: str, lang: str, **params: object) -> str:
    """One line of the command line's own output in ``lang``."""
    return pick(OUTPUT[code], lang).format_map(Params(params))


def word(table: str, code: str, lang: str) -> str:
    """A code of ``WORDS[table]`` as a word in ``lang`` (the code itself when the table lacks it)."""
    entry = WORDS[table].get(code)
    return pick(entry, lang) if entry else code


def help_text(english: str, lang: str) -> str:
    """A help text of the parser in ``lang`` (English is its source)."""
    return HELP_ZH.get(english, english) if is_chinese(lang) else english


def argparse_text(message_id: str, lang: str) -> str:
    """argparse's own words in ``lang``."""
    return ARGPARSE_ZH.get(message_id, message_id) if is_chinese(lang) else message_id
