"""Errors → the clerk's language. The only place the GUI words an error.

A core error is shown as a headline saying what kind of problem it is, then its sentence
from the one message catalogue (``desktop_app.core.messages.errors``) in the interface
language. Anything else is a system error or a bug, worded here.
"""

from __future__ import annotations

from desktop_app.core.errors import (
    ConflictError,
    DamagedDraftError,
    DraftFileError,
    FormatPackError,
    FutureVersionError,
    InputError,
    MissingFactError,
    OutputError,
    ReportError,
    SignOffError,
    StoreBusyError,
    StoreError,
    TemplateError,
    ToolMissingError,
    UnknownFormatError,
    UnsupportedOutputError,
    YearOutOfRangeError,
)
from desktop_app.core.messages.errors import error_text
from desktop_app.gui.i18n import current_language, translate


def describe(exc: BaseException, lang: str | None = None) -> str:
    """A short headline and the catalogue's sentence, in ``lang`` (default: the interface's)."""
    if isinstance(exc, ReportError):
        headline = _headline(exc)
        sentence = error_text(exc, lang or current_language())
        return f"{headline}\n{sentence}" if headline else sentence
    if isinstance(exc, OSError):
        return translate("Errors", "A file could not be read or written: %1").replace("%1", exc.strerror or str(exc))
    return translate("Errors", "An unexpected error occurred.")


def _headline(exc: ReportError) -> str:
    if isinstance(
        exc,
        FutureVersionError
        | DamagedDraftError
        | ConflictError
        | StoreBusyError
        | YearOutOfRangeError
        | ToolMissingError
        | UnsupportedOutputError,
    ):
        return ""  # the sentence says it all
    if isinstance(exc, OutputError):
        return translate("Errors", "The file could not be written.")
    if isinstance(exc, DraftFileError):
        return translate("Errors", "This draft file cannot be read: it is damaged or not a draft file.")
    if isinstance(exc, UnknownFormatError):
        return translate("Errors", "This draft uses a report format this version does not know.")
    if isinstance(exc, InputError):
        return translate("Errors", "This file cannot be used.")
    if isinstance(exc, MissingFactError):
        return translate("Errors", "A value the template needs is still empty.")
    if isinstance(exc, TemplateError | FormatPackError):
        return translate("Errors", "The report format files are damaged; please reinstall the app.")
    if isinstance(exc, StoreError):
        return translate("Errors", "The draft database cannot be used.")
    if isinstance(exc, SignOffError):
        return translate("Errors", "Sign-off was refused: fix the errors listed on the review page first.")
    return translate("Errors", "The operation could not be completed.")
