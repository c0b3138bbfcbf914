"""The wording of every error code (``desktop_app.core.errors.CODES``) in Chinese and English.

``error_text(exc, lang)`` is the one way an error becomes a sentence, for the CLI and the
GUI alike. Two parameters are themselves codes worded here: ``reason`` (why a file could
not be read or written, see :data:`REASONS`) and ``action`` (what the store was doing,
:data:`ACTIONS`, both in ``error_terms``); a reason the catalogue does not know is the system's
own text. The errors met reading a file are worded in ``errors_reading``.
"""

from __future__ import annotations

from typing import Protocol

from desktop_app.core.messages.error_terms import ACTIONS, EXPECTED, PURPOSES, REASONS, nested, term
from desktop_app.core.messages.errors_reading import READING_ERRORS
from desktop_app.core.messages.text import Params, is_chinese, pick

__all__ = ["ACTIONS", "ERRORS", "EXPECTED", "PURPOSES", "REASONS", "WordedError", "error_text", "term"]

ERRORS: dict[str, tuple[str, str]] = {
    "report-error": ("操作未能完成。", "the operation could not be completed"),
    "input-error": ("输入的内容无法使用。", "the input cannot be used"),
    **READING_ERRORS,
    # editing a draft
    "edit:no-field": ("报告格式中没有“{key}”这一项。", "the format has no field '{key}'"),
    "edit:year-range": ("年度{year}超出范围。", "year {year} is out of range"),
    "edit:bad-value": ("“{label}”：{value}不是有效的{kind}。", "{label}: {value} is not a valid {kind}"),
    "edit:no-section": ("草稿中没有“{section}”部分。", "the draft has no section '{section}'"),
    "edit:empty-agency": ("机关名称为空。", "the agency name is empty"),
    "edit:bad-date": ("“{value}”不是日期（应为YYYY-MM-DD）。", "not a date: '{value}' (expected YYYY-MM-DD)"),
    "table:not-mapping": ("表格的值应按行给出。", "a table value is a mapping of rows"),
    "table:no-row": ("表格中没有“{row}”行。", "no row '{row}'"),
    "table:row-not-mapping": ("“{row}”行应按列给出。", "row '{row}' is not a mapping of columns"),
    "table:no-column": ("“{row}”行没有“{column}”列。", "row '{row}' has no column '{column}'"),
    "table:negative": ("{row}/{column}：{value}是负数。", "{row}/{column}: {value} is negative"),
    "table:fraction": ("{row}/{column}：{value}不是整数。", "{row}/{column}: {value} is not a whole number"),
    "table:not-number": ("“{value}”不是数字。", "'{value}' is not a number"),
    "table:not-applicable": (
        "{row}/{column}：此格不能填“不适用”，请填数字（没有的填0）。",
        "{row}/{column}: this cell cannot be marked not applicable; enter a number (0 if none)",
    ),
    # roll-forward and conversion
    "roll-forward:last-year": ("不能转入{year}年以后。", "cannot roll forward past {year}"),
    "compare:not-docx": ("与上年对照只能保存为 .docx 文件。", "the comparison with last year is written as a .docx"),
    "convert:same-format": ("草稿已经是“{format_id}”格式。", "the draft is already in the format '{format_id}'"),
    "convert:no-mapping": (
        "“{format_id}”格式不能由“{source}”格式转换而来。",
        "the format '{format_id}' cannot be made from '{source}'",
    ),
    # the app's own files
    "format-pack:broken": (
        "报告格式文件“{format_id}”已损坏，请重新安装本软件（{detail}）。",
        "format pack '{format_id}' is broken: {detail}",
    ),
    "format-pack:layout": (
        "版式文件“{layout_id}”已损坏，请重新安装本软件（{detail}）。",
        "layout profile '{layout_id}' is broken: {detail}",
    ),
    "format-pack:not-template": (
        "报告格式“{format_id}”中没有模板“{relative}”。",
        "format pack '{format_id}': '{relative}' is not a template of the pack",
    ),
    "format-pack:unreadable": (
        "无法读取报告格式“{format_id}”的“{relative}”（{detail}），请重新安装本软件。",
        "format pack '{format_id}': cannot read {relative}: {detail}",
    ),
    "format-pack:no-name": (
        "报告格式“{format_id}”已损坏：没有名称。",
        "format pack '{format_id}' is broken: it has no name",
    ),
    "format-pack:pattern": ("导入规则“{pattern}”有误（{detail}）。", "bad import pattern '{pattern}': {detail}"),
    "format-pack:check": ("报告格式“{format_id}”的检查规则有误：{detail}。", "format pack '{format_id}': {detail}"),
    "missing-fact": ("模板需要的“{field}”还没有填写。", "missing fact '{field}'"),
    "missing-fact:section": (
        "模板需要的“{field}”还没有填写（“{section}”部分）。",
        "missing fact '{field}' (section {section})",
    ),
    "template:syntax": ("模板第{line}行写法有误（{detail}）。", "template syntax error on line {line}: {detail}"),
    "template:section": (
        "“{section}”部分的模板无法生成文字（{error}：{detail}）。",
        "the template of section {section} failed ({error}: {detail})",
    ),
    "template:title": ("标题模板无法生成标题（{error}：{detail}）。", "the title template failed ({error}: {detail})"),
    # writing
    "output": ("无法写入{target}：{reason}。", "cannot write {target}: {reason}"),
    # the draft store
    "store:action": ("无法{action}：{reason}。", "cannot {action}: {reason}"),
    "store:open": ("无法打开草稿数据库：{reason}。", "cannot open the draft database: {reason}"),
    "store:folder-is-file": (
        "数据文件夹{folder}是一个文件，不是文件夹。",
        "the data folder {folder} is a file, not a folder",
    ),
    "store:folder-create": (
        "无法创建数据文件夹{folder}：{reason}。",
        "cannot create the data folder {folder}: {reason}",
    ),
    "store:folder-read-only": (
        "数据文件夹{folder}是只读的，请另选数据文件夹。",
        "the data folder {folder} is read-only; choose another data folder",
    ),
    "store:file-read-only": (
        "草稿数据库文件{file}是只读的或无法访问。",
        "the draft database file {file} is read-only or not accessible",
    ),
    "store:unreadable": ("无法读取草稿数据库：{reason}。", "cannot read the draft database: {reason}"),
    "store:not-database": ("不是草稿数据库。", "not a draft database"),
    "store:move-aside": (
        "草稿数据库无法读取，也无法移到一旁：{reason}。",
        "the draft database is unreadable and cannot be moved aside: {reason}",
    ),
    "store:duplicate": ("草稿库中已有编号为{draft_id}的草稿。", "a draft with id {draft_id} is already in the store"),
    "store:no-draft": ("草稿库中没有编号为“{draft_id}”的草稿。", "there is no draft with id '{draft_id}' in the store"),
    "store:no-revision": ("草稿库中没有第{revision}版。", "there is no revision {revision} in the store"),
    "store:revision-of-other": (
        "第{revision}版不属于草稿{draft_id}。",
        "revision {revision} does not belong to draft {draft_id}",
    ),
    "store:draft-unreadable": ("草稿库中的草稿{draft_id}无法读取。", "the stored draft {draft_id} cannot be read"),
    "store:revision-unreadable": (
        "草稿库中的第{revision}版无法读取。",
        "the stored revision {revision} cannot be read",
    ),
    "store:backup": ("无法备份草稿数据库（{detail}）。", "cannot back up the draft database: {detail}"),
    "store:restore-unknown": (
        "草稿{draft_id}没有第{revision}版（见：ogi-report history {draft_id}）。",
        "draft {draft_id} has no revision {revision} (see: ogi-report history {draft_id})",
    ),
    # sign-off
    "sign-off:refused": ("还有{count}个错误未解决，不能签发。", "sign-off refused: {count} open error(s)"),
    # county roll-up and submission packages
    "county:no-formats": ("没有安装任何报告格式。", "no report format is installed"),
    "county:roster-too-large": (
        "名单文件太大（应为每行一个机关名称）。",
        "the roster is too large (one agency name per line is expected)",
    ),
    "county:roster-not-utf8": (
        "名单文件不是UTF-8文本，请另存为UTF-8，每行一个机关名称。",
        "the roster is not UTF-8 text; save it as UTF-8, one agency name per line",
    ),
    "package:too-large": ("材料包太大。", "the package is too large"),
    "package:manifest": (
        "材料包中的manifest.json不是材料包清单。",
        "the package's manifest.json is not a package manifest",
    ),
    "package:unreadable": ("不是可读取的报送材料包（{detail}）。", "not a readable submission package ({detail})"),
    "package:missing-member": ("材料包中没有{name}。", "the package has no {name}"),
    "package:member-too-large": ("材料包中的{name}太大。", "{name} in the package is too large"),
    # the store's integrity, export targets, years, the data folder
    "damaged-draft": (
        "草稿“{draft_id}”已损坏（保存的内容与校验值不符）。最后一个完好的版本是第{last_good}版（{last_good_at}），"
        "可用“恢复”打开该版本。",
        "the stored draft {draft_id} is damaged (its content does not match its checksum); "
        "its last good revision is {last_good} ({last_good_at}): restore it with "
        "`ogi-report restore {draft_id} {last_good}`",
    ),
    "damaged-draft-no-good-revision": (
        "草稿“{draft_id}”已损坏（保存的内容与校验值不符），也没有完好的早期版本。",
        "the stored draft {draft_id} is damaged (its content does not match its checksum) "
        "and no earlier revision is intact",
    ),
    "damaged-revision": (
        "草稿“{draft_id}”的第{revision}版已损坏（内容与校验值不符）。最后一个完好的版本是第{last_good}版（{last_good_at}）。",
        "revision {revision} of draft {draft_id} is damaged (its content does not match its checksum); "
        "its last good revision is {last_good} ({last_good_at})",
    ),
    "damaged-revision-no-good-revision": (
        "草稿“{draft_id}”的第{revision}版已损坏（内容与校验值不符），也没有完好的其他版本。",
        "revision {revision} of draft {draft_id} is damaged (its content does not match its checksum) "
        "and no other revision is intact",
    ),
    "save-conflict": (
        "草稿“{draft_id}”在您编辑期间已被其他窗口或程序修改（您从第{base}版开始编辑，现在是第{current}版）。"
        "为免覆盖对方的修改，本次没有保存。",
        "the draft {draft_id} was changed elsewhere while you edited it (you started from revision "
        "{base}, it is now at revision {current}); your save was not written so that neither is lost",
    ),
    "store-busy": (
        "草稿库正被另一个窗口或程序使用，请稍后再试。",
        "the draft database is busy: another window or program is using it; try again in a moment",
    ),
    "not-regular-file": (
        "不能写入{target}：这不是普通文件（而是设备、管道或类似对象），请选择一个文件名。",
        "cannot write {target}: it is not a regular file (a device, a pipe or the like); choose a file name",
    ),
    "year-out-of-range": (
        "年度{year}不在可编写的范围内（{first}—{last}年）。",
        "year {year} is outside the years a report can be written for ({first}–{last})",
    ),
    "data-dir-user": (
        "数据文件夹“{folder}”无法使用：找不到其中“~”所指的用户。",
        "the data folder '{folder}' cannot be used: the user named after '~' does not exist",
    ),
    # publishing
    "tool-missing": (
        "{purpose}需要{tool}，但本机没有安装。请安装后重试（https://www.libreoffice.org），"
        "或导出.docx后在Word或WPS中另存为PDF。",
        "{purpose} needs {tool}, which is not installed; install it "
        "(https://www.libreoffice.org, or `apt-get install libreoffice-writer-nogui`) and try again, "
        "or export a .docx and save it as PDF from Word or WPS",
    ),
    "unsupported-output": (
        "不能写入{suffix}文件：报告可以导出为{supported}。",
        "cannot write a {suffix}: the report can be exported as {supported}",
    ),
    "unsupported-output:no-suffix": (
        "不能写入没有扩展名的文件：报告可以导出为{supported}。",
        "cannot write a file without an extension: the report can be exported as {supported}",
    ),
}


class WordedError(Protocol):
    """What the catalogue needs of an error (``desktop_app.core.errors.ReportError``)."""

    code: str
    params: dict[str, object]
    path_in_text: bool

    @property
    def path(self) -> object: ...


def error_text(exc: WordedError, lang: str = "zh_CN") -> str:
    """The sentence for an error in ``lang``, prefixed with the file it concerns."""
    entry = ERRORS.get(exc.code) or ERRORS["report-error"]
    params = {name: nested(name, value, lang) for name, value in exc.params.items()}
    text = pick(entry, lang).format_map(Params(params))
    if exc.path is not None and not exc.path_in_text:
        text = f"{exc.path}{'：' if is_chinese(lang) else ': '}{text}"
    return text
