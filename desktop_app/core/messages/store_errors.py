"""Wording of the errors and notices about where drafts are kept: the draft store, the data
folder, export targets and the years a report can be for. Code → (Chinese, English); the
parameters in braces are the error's ``params``."""

from __future__ import annotations

from typing import Any

ERRORS: dict[str, tuple[str, str]] = {
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
        "不能写入{path}：这不是普通文件（而是设备、管道或类似对象），请选择一个文件名。",
        "cannot write {path}: it is not a regular file (a device, a pipe or the like); choose a file name",
    ),
    "year-out-of-range": (
        "年度{year}不在可编写的范围内（{first}—{last}年）。",
        "year {year} is outside the years a report can be written for ({first}–{last})",
    ),
    "data-dir-user": (
        "数据文件夹“{path}”无法使用：找不到其中“~”所指的用户。",
        "the data folder {path!r} cannot be used: the user named after '~' does not exist",
    ),
    "store-moved-aside": (
        "注意：草稿库文件无法读取，已移到{moved_to}（{when}）。已从中抢救出{drafts}份草稿、{revisions}个版本"
        "（来源：{sources}）。请保留该文件；确认后可用“ogi-report acknowledge-damage”关闭此提示。",
        "WARNING: the draft database could not be read and was moved aside to {moved_to} ({when}). "
        "{drafts} draft(s) and {revisions} revision(s) were salvaged into a new database (from: {sources}). "
        "Keep that file. Run `ogi-report acknowledge-damage` once you have read this.",
    ),
    "store-moved-aside-window": (
        "草稿库文件无法读取，已移到：\n{moved_to}\n（{when}）。已从中抢救出{drafts}份草稿、{revisions}个版本"
        "（来源：{sources}），放入新的草稿库。请保留该文件。",
        "The draft database could not be read. It was moved aside to:\n{moved_to}\n({when}). "
        "{drafts} draft(s) and {revisions} revision(s) were salvaged into a new database (from: {sources}). "
        "Keep that file.",
    ),
}


def render_error(code: str, params: dict[str, Any], lang: str = "en") -> str:
    zh_cn, en = ERRORS[code]
    return (zh_cn if lang.lower().startswith("zh") else en).format_map(_Params(params))


class _Params(dict[str, Any]):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"
