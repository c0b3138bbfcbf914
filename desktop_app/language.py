"""Which language the user expects, read from the system without Qt: the GUI and the CLI share it.

Chinese is the default: the app is for Chinese clerks, and many county PCs and every fresh Linux
install leave the locale unset (``C``/``POSIX``), which says nothing about the user. English only
when the system language is explicitly another one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

CHINESE = "zh_CN"
ENGLISH = "en"
LANGUAGES = (CHINESE, ENGLISH)

# The POSIX order of precedence: LC_ALL overrides LC_MESSAGES overrides LANG.
_LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")
_UNSET_LOCALES = {"", "C", "POSIX"}
_WINDOWS_CHINESE_PRIMARY = 0x04  # LANG_CHINESE in a Windows LANGID


def _language_of(locale_name: str) -> str | None:
    """zh_CN.UTF-8 → Chinese; C/POSIX/empty → None (says nothing); anything else → English."""
    base = locale_name.split(".", 1)[0].split("@", 1)[0].strip()
    if base in _UNSET_LOCALES or base.startswith("C."):
        return None
    return CHINESE if base.lower().startswith("zh") else ENGLISH


def posix_language(environ: Mapping[str, str]) -> str | None:
    """The language the locale variables name, or None when they name none."""
    for variable in _LOCALE_VARIABLES:
        value = environ.get(variable, "")
        if value:
            language = _language_of(value)
            if language is None:
                break  # an explicit C locale: nothing said about the user's language
            # GNU LANGUAGE refines the messages language only when a real locale is set
            preferred = environ.get("LANGUAGE", "").split(":", 1)[0]
            return _language_of(preferred) or language
    return None


def windows_language() -> str | None:
    """The Windows user interface language (GetUserDefaultUILanguage), or None off Windows."""
    if sys.platform != "win32":
        return None
    import ctypes

    langid = int(ctypes.windll.kernel32.GetUserDefaultUILanguage())
    return CHINESE if langid & 0x3FF == _WINDOWS_CHINESE_PRIMARY else ENGLISH


def system_language(environ: Mapping[str, str] | None = None, platform_language: str | None = None) -> str:
    """Chinese unless the system explicitly speaks another language.

    ``platform_language`` is what a platform API said (Windows, macOS), used when the locale
    variables say nothing.
    """
    from_env = posix_language(os.environ if environ is None else environ)
    if from_env is not None:
        return from_env
    if platform_language in LANGUAGES:
        return platform_language
    return windows_language() or CHINESE


def choose_language(requested: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` (or the saved preference) when given, else the system's language."""
    if requested in LANGUAGES:
        return requested
    if requested and requested.lower().startswith("zh"):
        return CHINESE
    if requested and requested.lower().startswith("en"):
        return ENGLISH
    return system_language(environ)
