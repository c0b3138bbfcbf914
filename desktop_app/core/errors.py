"""Typed exceptions that carry data; the CLI and the GUI turn them into prose.

Every error a user can cause derives from :class:`ReportError`, so callers catch one type
and show ``str(error)`` (a short, plain sentence) or build their own message from the
attributes.
"""

from __future__ import annotations

from pathlib import Path


class ReportError(Exception):
    """Base class: a problem with the user's input or environment, never a bug."""

    code = "report-error"


class InputError(ReportError):
    """A file or value the user gave cannot be used."""

    code = "input-error"

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else None
        where = f"{self.path}: " if self.path is not None else ""
        super().__init__(f"{where}{message}")


class DraftFileError(InputError):
    """A .json draft file is malformed, truncated or of the wrong shape."""

    code = "draft-file"


class FutureVersionError(InputError):
    """A file or database was written by a newer version of the app."""

    code = "future-version"

    def __init__(self, found: int, supported: int, path: Path | str | None = None) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"written by a newer version of this app (format version {found}, "
            f"this version reads up to {supported}); update the app to open it",
            path,
        )


class UnknownFormatError(InputError):
    code = "unknown-format"

    def __init__(self, format_id: str, known: list[str]) -> None:
        self.format_id = format_id
        self.known = known
        super().__init__(f"unknown report format {format_id!r} (known: {', '.join(known)})")


class FormatPackError(ReportError):
    """A format pack or layout profile in templates/ is broken (a packaging bug)."""

    code = "format-pack"


class MissingFactError(ReportError):
    """A template needs a fact that the draft does not have."""

    code = "missing-fact"

    def __init__(self, field: str, section: str | None = None) -> None:
        self.field = field
        self.section = section
        where = f" (section {section})" if section else ""
        super().__init__(f"missing fact {field!r}{where}")


class TemplateError(ReportError):
    """A boilerplate template failed for a reason other than a missing fact."""

    code = "template"

    def __init__(self, message: str, section: str | None = None) -> None:
        self.section = section
        super().__init__(f"template error in section {section}: {message}" if section else message)


class OutputError(ReportError):
    """The target file cannot be written (locked, read-only, disk full …)."""

    code = "output"

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"cannot write {self.path}: {reason}")


class StoreError(ReportError):
    """The draft store cannot be used."""

    code = "store"


class SignOffError(ReportError):
    """Sign-off was refused (open errors, missing names)."""

    code = "sign-off"

    def __init__(self, message: str, blocking: list[object] | None = None) -> None:
        self.blocking = blocking or []
        super().__init__(message)


class ToolMissingError(ReportError):
    """A program the operation needs (LibreOffice for a PDF) is not installed."""

    code = "tool-missing"

    def __init__(self, tool: str, purpose: str) -> None:
        self.tool = tool
        self.purpose = purpose
        super().__init__(
            f"{purpose} needs {tool}, which is not installed; install it "
            "(https://www.libreoffice.org, or `apt-get install libreoffice-writer-nogui`) and try again, "
            "or export a .docx and save it as PDF from Word or WPS"
        )


class UnsupportedOutputError(InputError):
    """The output file's extension names a kind of file the app does not write."""

    code = "unsupported-output"

    def __init__(self, path: Path | str, supported: tuple[str, ...]) -> None:
        self.supported = supported
        super().__init__(
            f"cannot write a {Path(path).suffix or 'file without an extension'}: "
            f"the report can be exported as {', '.join(supported)}",
            path,
        )
