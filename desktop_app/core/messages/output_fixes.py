"""What the clerk can do when an export cannot be written: the fix to offer first and a
sentence saying how, by the reason it failed (``storage.atomic.reason_for``) or the error's
code. The window shows the sentence under the reason and offers the fixes as buttons."""

from __future__ import annotations

from desktop_app.core.messages.text import pick

RETRY = "retry"  # the same file again, once the clerk has closed it or made room
SAVE_AS = "save-as"  # another name or folder

_CLOSE_IT = (
    "在Word或WPS中关闭这个文件，然后点“重试”；或点“另存为…”换一个文件名。",
    "Close the file in Word or WPS, then click Retry; or click Save as… to use another name.",
)
_MAKE_ROOM = (
    "点“另存为…”存到其他磁盘（如U盘），或删除不需要的文件后点“重试”。",
    "Click Save as… to save on another disk (a USB stick), or delete files you do not need and click Retry.",
)
_OTHER_NAME = (
    "点“另存为…”换一个文件名或位置。",
    "Click Save as… to choose another name or place.",
)

# reason or error code → (the fix offered first, how)
_FIXES: dict[str, tuple[str, tuple[str, str]]] = {
    "open-elsewhere": (RETRY, _CLOSE_IT),
    "busy": (RETRY, _CLOSE_IT),
    "permission": (
        RETRY,
        (
            "如果文件在Word或WPS中打开，关闭后点“重试”；如果文件夹是只读的，点“另存为…”存到“文档”等其他文件夹。",
            "If the file is open in Word or WPS, close it and click Retry; if the folder is read-only, "
            "click Save as… to save in another folder such as Documents.",
        ),
    ),
    "permission-read-only": (
        SAVE_AS,
        (
            "这里不能写入：点“另存为…”存到“文档”等其他文件夹。",
            "Nothing can be written here: click Save as… to save in another folder such as Documents.",
        ),
    ),
    "read-only-disk": (
        SAVE_AS,
        (
            "这个磁盘是只读的（如光盘或写保护的U盘）：点“另存为…”存到其他磁盘。",
            "The disk is read-only (a CD or a write-protected USB stick): click Save as… to save on another disk.",
        ),
    ),
    "disk-full": (SAVE_AS, _MAKE_ROOM),
    "quota": (SAVE_AS, _MAKE_ROOM),
    "no-folder": (
        SAVE_AS,
        (
            "这个文件夹不存在（可能已删除，或U盘已拔出）：点“另存为…”选择一个文件夹。",
            "The folder is not there (deleted, or the USB stick removed): click Save as… to choose a folder.",
        ),
    ),
    "is-folder": (SAVE_AS, _OTHER_NAME),
    "not-folder": (SAVE_AS, _OTHER_NAME),
    "name-too-long": (SAVE_AS, _OTHER_NAME),
    "not-regular-file": (SAVE_AS, _OTHER_NAME),
    "unsupported-output": (
        SAVE_AS,
        (
            "点“另存为…”，保存为 .docx、.html 或 .pdf 文件。",
            "Click Save as… and save as a .docx, .html or .pdf file.",
        ),
    ),
    "tool-missing": (
        SAVE_AS,
        (
            "导出PDF需要LibreOffice：安装后点“重试”，或点“另存为…”导出为 .docx 文件。",
            "A PDF needs LibreOffice: install it and click Retry, or click Save as… to export a .docx file.",
        ),
    ),
}
_ANYTHING_ELSE = (
    RETRY,
    (
        "检查文件和文件夹后点“重试”，或点“另存为…”存到其他位置。",
        "Check the file and its folder and click Retry, or click Save as… to save somewhere else.",
    ),
)


def output_fix(code: str, reason: str, lang: str = "zh_CN") -> tuple[str, str]:
    """(RETRY or SAVE_AS, how to fix it in ``lang``) for an export that failed with error
    ``code`` (``output`` names its ``reason``)."""
    key = reason if code == "output" else code.partition(":")[0]
    first, how = _FIXES.get(key, _ANYTHING_ELSE)
    return first, pick(how, lang)
