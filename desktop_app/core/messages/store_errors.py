"""Wording of the notices about the draft store (a damaged database moved aside and salvaged).

The store's errors are worded with every other error, in ``messages.errors``."""

from __future__ import annotations

from typing import Any

NOTICES: dict[str, tuple[str, str]] = {
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
    zh_cn, en = NOTICES[code]
    return (zh_cn if lang.lower().startswith("zh") else en).format_map(_Params(params))


class _Params(dict[str, Any]):
    def __missing__(self, name: str) -> str:
        return "{" + name + "}"
