"""The codes an error carries as parameters, worded: ``reason`` (why a file could not be read
or written), ``action`` (what the store was doing), ``expected`` (what a value in a draft file
should have been) and ``purpose`` (what needed a missing program)."""

from __future__ import annotations

from desktop_app.core.messages.text import pick

# Why a file could not be read or written (``storage.atomic.reason_for``, ``storage.database``).
REASONS: dict[str, tuple[str, str]] = {
    "disk-full": ("磁盘已满", "the disk is full"),
    "quota": ("磁盘配额已用完", "the disk quota is exhausted"),
    "permission": (
        "没有权限（文件可能在其他程序中打开，或文件夹是只读的）",
        "permission denied (the file may be open in another program, or the folder read-only)",
    ),
    "permission-read-only": (
        "没有权限（文件或其文件夹是只读的）",
        "permission denied (the file or its folder is read-only)",
    ),
    "read-only-disk": ("文件夹在只读磁盘上", "the folder is on a read-only disk"),
    "no-folder": ("文件夹不存在", "the folder does not exist"),
    "is-folder": ("已有同名的文件夹", "a folder has that name"),
    "not-folder": ("路径中有一部分不是文件夹", "part of the path is not a folder"),
    "name-too-long": ("文件名太长", "the file name is too long"),
    "busy": ("文件正被其他程序使用", "the file is in use by another program"),
    "open-elsewhere": (
        "文件正在其他程序中打开，请关闭后重试",
        "the file is open in another program; close it and try again",
    ),
    "db-read-only": ("数据库或其文件夹是只读的", "the database or its folder is read-only"),
    "db-busy": (
        "其他窗口或程序正在使用草稿数据库，请稍后再试",
        "another window or program is using the draft database; try again in a moment",
    ),
    "db-corrupt": ("数据库文件已损坏", "the database file is damaged"),
    "db-not-database": ("文件不是草稿数据库", "the file is not a draft database"),
    "db-cant-open": (
        "无法打开数据库文件（文件夹不存在或没有权限）",
        "the database file cannot be opened (missing folder or no permission)",
    ),
    "db-io": ("磁盘报告了错误", "the disk reported an error"),
    "db-permission": ("没有权限", "permission denied"),
    "db-no-memory": ("计算机内存不足", "the computer is out of memory"),
}

# What the draft store was doing when it failed (``storage.database.translated``).
ACTIONS: dict[str, tuple[str, str]] = {
    "read-list": ("读取草稿列表", "read the draft list"),
    "save": ("保存草稿", "save the draft"),
    "open": ("打开草稿", "open the draft"),
    "read": ("读取草稿", "read the draft"),
    "read-history": ("读取修订历史", "read the revision history"),
    "open-revision": ("打开修订版本", "open the revision"),
    "empty-trash": ("清空回收站", "empty the trash"),
    "move": ("移动草稿", "move the draft"),
    "save-salvaged": ("保存抢救出的草稿", "save the salvaged drafts"),
    "tidy-history": ("整理修订历史", "tidy the revision history"),
}

# What a value in a draft file should have been (``model``: ``draft-file:wrong-type``).
EXPECTED: dict[str, tuple[str, str]] = {
    "object": ("对象", "an object"),
    "list": ("列表", "a list"),
    "text": ("文字", "text"),
    "number": ("数字", "a number"),
    "date": ("ISO日期", "an ISO date"),
    "text-list": ("文字列表", "a list of text"),
}

# What needed a missing program (``ToolMissingError``).
PURPOSES: dict[str, tuple[str, str]] = {
    "pdf-export": ("导出PDF", "a PDF export"),
}

_NESTED = {"reason": REASONS, "action": ACTIONS, "expected": EXPECTED, "purpose": PURPOSES}


def term(table: str, code: str, lang: str = "zh_CN") -> str:
    """One reason or action in ``lang`` (its code, unchanged, when the catalogue lacks it)."""
    entry = _NESTED[table].get(code)
    return pick(entry, lang) if entry else code


def nested(name: str, value: object, lang: str) -> object:
    """A parameter of an error, worded when it is one of these codes."""
    if name in _NESTED and isinstance(value, str):
        return term(name, value, lang)
    return value
