"""Typed core errors → translated messages. The only place the GUI words an error."""

from __future__ import annotations

from desktop_app.core.errors import (
    DraftFileError,
    FormatPackError,
    FutureVersionError,
    InputError,
    MissingFactError,
    OutputError,
    ReportError,
    SignOffError,
    StoreError,
    TemplateError,
    UnknownFormatError,
)
from desktop_app.gui.i18n import current_language, translate


def describe(exc: BaseException, lang: str | None = None) -> str:
    """A short sentence for the clerk; the core's own English wording goes into details."""
    catalogued = getattr(exc, "message", None)
    if isinstance(exc, ReportError) and callable(catalogued):  # worded in the core's catalogue
        return str(catalogued(lang or current_language()))
    if isinstance(exc, OutputError):
        return (
            translate("Errors", "Cannot write %1: %2")
            .replace("%1", str(exc.path))
            .replace("%2", output_reason(exc.reason))
        )
    if isinstance(exc, FutureVersionError):
        return (
            translate(
                "Errors",
                "This was written by a newer version of the app (version %1; this one reads up to %2). "
                "Update the app to open it.",
            )
            .replace("%1", str(exc.found))
            .replace("%2", str(exc.supported))
        )
    if isinstance(exc, DraftFileError):
        return translate("Errors", "This draft file cannot be read: it is damaged or not a draft file.")
    if isinstance(exc, UnknownFormatError):
        return translate("Errors", "This draft uses a report format this version does not know: %1").replace(
            "%1", exc.format_id
        )
    if isinstance(exc, InputError):
        where = str(exc.path) if exc.path is not None else ""
        return translate("Errors", "This file cannot be used. %1").replace("%1", where).strip()
    if isinstance(exc, MissingFactError):
        return translate("Errors", "A value the template needs is still empty: %1").replace("%1", exc.field)
    if isinstance(exc, TemplateError | FormatPackError):
        return translate("Errors", "The report format files are damaged; please reinstall the app.")
    if isinstance(exc, StoreError):
        return translate("Errors", "The draft database cannot be used.")
    if isinstance(exc, SignOffError):
        return translate("Errors", "Sign-off was refused: fix the errors listed on the review page first.")
    if isinstance(exc, ReportError):
        return translate("Errors", "The operation could not be completed.")
    if isinstance(exc, OSError):
        return translate("Errors", "A file could not be read or written: %1").replace("%1", exc.strerror or str(exc))
    return translate("Errors", "An unexpected error occurred.")


def details(exc: BaseException) -> str:
    return str(exc)


def output_reason(reason: str) -> str:
    """Translate the reasons core.atomic gives (matched on its exact wording)."""
    known = {
        "the disk is full": translate("Errors", "the disk is full"),
        "the disk quota is exhausted": translate("Errors", "the disk quota is exhausted"),
        "permission denied (the file may be open in another program, or the folder read-only)": translate(
            "Errors", "permission denied (the file may be open in another program, or the folder read-only)"
        ),
        "permission denied (the file or its folder is read-only)": translate(
            "Errors", "permission denied (the file or its folder is read-only)"
        ),
        "the folder is on a read-only disk": translate("Errors", "the folder is on a read-only disk"),
        "the folder does not exist": translate("Errors", "the folder does not exist"),
        "a folder has that name": translate("Errors", "a folder has that name"),
        "part of the path is not a folder": translate("Errors", "part of the path is not a folder"),
        "the file name is too long": translate("Errors", "the file name is too long"),
        "the file is in use by another program": translate("Errors", "the file is in use by another program"),
        "the file is open in another program; close it and try again": translate(
            "Errors", "the file is open in another program; close it and try again"
        ),
    }
    return known.get(reason, reason)
