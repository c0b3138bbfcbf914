"""Which language the command line speaks, and argparse speaking it.

Chinese when ``--lang zh_CN`` appears anywhere on the command line (before or after the
sub-command), or, without ``--lang``, when the locale names Chinese (the first of LC_ALL,
LC_MESSAGES and LANG that is set is zh_*; the rule of ``desktop_app.language``) or, on
Windows, the user interface language is Chinese. English with ``--lang en`` or another
language. Unlike the window, the command line falls back to English when the locale says
nothing (C/POSIX): that is a script, a server or a CI machine, whose logs and assertions are
English; a clerk's Chinese system sets a zh_* locale or has a Chinese Windows.
"""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator, Mapping, Sequence

from desktop_app.core.messages.cli import argparse_text
from desktop_app.language import CHINESE, ENGLISH, LANGUAGES, posix_language, windows_language

__all__ = ["CHINESE", "ENGLISH", "LANGUAGES", "argparse_language", "cli_language"]


def cli_language(argv: Sequence[str], environ: Mapping[str, str]) -> str:
    requested = _requested(argv)
    if requested is not None:
        return CHINESE if requested.lower().startswith("zh") else ENGLISH
    return posix_language(environ) or windows_language() or ENGLISH


def _requested(argv: Sequence[str]) -> str | None:
    for index, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang" and index + 1 < len(argv):
            return argv[index + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


@contextlib.contextmanager
def argparse_language(lang: str) -> Iterator[None]:
    """argparse's own words ("usage: ", "options", its errors) in ``lang`` while parsing.

    argparse looks its words up through the module-level gettext function ``_`` each time
    it needs one, so swapping that function for the block is the whole translation.
    """
    original = argparse._  # type: ignore[attr-defined]
    argparse._ = lambda message_id: argparse_text(message_id, lang)  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._ = original  # type: ignore[attr-defined]
