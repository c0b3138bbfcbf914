"""`ogi-report` / `python -m desktop_app`: the GUI, or a command-line sub-command."""

from __future__ import annotations

import sys
from collections.abc import Sequence

# GUI options that take a value: their values are not sub-commands
_GUI_VALUE_OPTIONS = {"--lang", "--data-dir", "--open-draft", "--step", "--open-file"}
DRAFT_FILE_SUFFIXES = (".ogireport", ".json")


def _positionals(args: list[str]) -> list[str]:
    """Words that are not options: any one of them means the command line was wanted."""
    words = []
    skip = False
    for arg in args:
        if skip:
            skip = False
        elif arg in _GUI_VALUE_OPTIONS:
            skip = True
        elif not arg.startswith("-"):
            words.append(arg)
    return words


def _draft_file_to_option(args: list[str]) -> list[str]:
    """`ogi-report FILE.ogireport` (a double-click in a file manager) opens the GUI on it."""
    from pathlib import Path

    words = _positionals(args)
    if len(words) == 1 and words[0].lower().endswith(DRAFT_FILE_SUFFIXES) and Path(words[0]).is_file():
        rest = list(args)
        rest.remove(words[0])
        return [*rest, "--open-file", words[0]]
    return args


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    args = _draft_file_to_option(args)
    wants_cli = bool(_positionals(args)) or any(a in ("-h", "--help", "--version") for a in args)
    if wants_cli:
        from desktop_app.cli import main as cli_main

        return cli_main(args)
    try:
        from desktop_app.gui.app import main as gui_main
    except ImportError as exc:  # Qt's system libraries missing: say which, don't crash
        import os

        from desktop_app.cli_i18n import cli_language
        from desktop_app.core.messages.cli import say

        print(say("no-window", cli_language(args, os.environ), detail=exc), file=sys.stderr)
        return 2
    return gui_main(args)


if __name__ == "__main__":
    sys.exit(main())
