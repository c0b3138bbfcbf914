"""The command line: every core operation, usable with no display.

Exit status: 0 success; 1 the report has errors (validate) or sign-off was refused;
2 bad input (missing or malformed file, unknown format, unwritable output), with one clear
line on stderr and nothing half-written.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from desktop_app.cli_common import EXIT_FINDINGS, EXIT_OK
from desktop_app.cli_i18n import argparse_language, cli_language
from desktop_app.cli_parser import EXIT_BAD_INPUT, build_parser
from desktop_app.core.messages.cli import say

__all__ = ["COMMANDS", "EXIT_BAD_INPUT", "EXIT_FINDINGS", "EXIT_OK", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    lang = cli_language(argv, os.environ)
    with argparse_language(lang):
        parser = build_parser(lang)
        args = parser.parse_args(argv)
        if args.command is None:
            parser.print_help()
            return EXIT_OK
    args.lang = lang
    from desktop_app.core.errors import ReportError

    handler = _handler(args.command)
    try:
        if getattr(args, "data_dir", None):
            from desktop_app.paths import set_data_dir

            set_data_dir(args.data_dir)
        if args.command != "acknowledge-damage":
            from desktop_app.cli_store import announce_damage

            announce_damage(lang)
        return handler(args)
    except ReportError as exc:
        from desktop_app.core.messages.errors import error_text

        return _fail(error_text(exc, lang), lang)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a bug: still one line, never a traceback in the clerk's face
        return _fail(say("internal-error", lang, kind=type(exc).__name__, detail=exc), lang)


def _fail(message: str, lang: str) -> int:
    print(say("error", lang, message=message), file=sys.stderr)
    return EXIT_BAD_INPUT


# which module holds each command; imported when run, so a command loads only what it needs
_MODULES = {
    "cli_drafts": ("demo", "new", "export", "import", "roll-forward", "convert", "package"),
    "cli_review": ("validate", "sign-off", "formats", "county"),
    "cli_store": ("list", "history", "restore", "verify", "acknowledge-damage"),
}
COMMANDS = tuple(command for commands in _MODULES.values() for command in commands)


def _handler(command: str) -> Callable[[argparse.Namespace], int]:
    module = next(name for name, commands in _MODULES.items() if command in commands)
    handlers: dict[str, Callable[[argparse.Namespace], int]] = importlib.import_module(f"desktop_app.{module}").COMMANDS
    return handlers[command]
