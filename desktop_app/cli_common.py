"""What every command-line command shares: its exit codes, its language, draft files in and out."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # imported lazily at run time: a command loads only what it needs
    from desktop_app.core.model import DateStyle, Draft

EXIT_OK = 0
EXIT_FINDINGS = 1


def lang_of(args: argparse.Namespace) -> str:
    """The language the command speaks (chosen before parsing, see ``cli_i18n``)."""
    return str(args.lang)


def read_draft(path: Path) -> Draft:
    from desktop_app.core.storage.draft_files import load_draft_file

    return load_draft_file(path)


def write_draft(draft: Draft, path: Path) -> None:
    from desktop_app.core.storage.draft_files import save_draft_file

    save_draft_file(draft, path)


def date_style(value: str | None) -> DateStyle | None:
    from desktop_app.core.model import DateStyle

    return DateStyle(value) if value else None
