"""One export entry point that chooses what to write by the file's extension.

A name that does not end in a known extension is refused before anything is written: the
app never writes a .docx under another name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.core.errors import UnsupportedOutputError
from desktop_app.core.model import DateStyle, Draft

if TYPE_CHECKING:
    from desktop_app.core.word.fonts import FontPlan

# the font plan (word.fonts) names the fonts a .docx will carry; the other writers ignore it
Writer = Callable[[Draft, Path, DateStyle | None, "FontPlan | None"], Path]


def _docx(draft: Draft, path: Path, date_style: DateStyle | None, fonts: FontPlan | None = None) -> Path:
    from desktop_app.core.word.export import export_docx

    return export_docx(draft, path, date_style, fonts)


def _html(draft: Draft, path: Path, date_style: DateStyle | None, fonts: FontPlan | None = None) -> Path:
    from desktop_app.core.publish.html import export_html

    return export_html(draft, path, date_style)


def _pdf(draft: Draft, path: Path, date_style: DateStyle | None, fonts: FontPlan | None = None) -> Path:
    from desktop_app.core.publish.pdf import export_pdf

    return export_pdf(draft, path, date_style)


WRITERS: dict[str, Writer] = {".docx": _docx, ".html": _html, ".htm": _html, ".pdf": _pdf}


def check_output(path: Path | str) -> Writer:
    """The writer for ``path``; raises UnsupportedOutputError for an extension the app does not write."""
    writer = WRITERS.get(Path(path).suffix.lower())
    if writer is None:
        raise UnsupportedOutputError(path, tuple(WRITERS))
    return writer


def export_report(
    draft: Draft, path: Path | str, date_style: DateStyle | None = None, fonts: FontPlan | None = None
) -> Path:
    """Write ``draft`` as the kind of file ``path``'s extension names (.docx, .html/.htm, .pdf)."""
    return check_output(path)(draft, Path(path), date_style, fonts)
