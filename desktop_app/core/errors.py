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


class _Catalogued:
    """Mixin: the error's English text comes from the message catalogue (code + params)."""

    code: str
    params: dict[str, object]

    def _text(self, key: str | None = None) -> str:
        from desktop_app.core.messages.store_errors import render_error

        return render_error(key or self.code, self.params, "en")

    def message(self, lang: str) -> str:
        from desktop_app.core.messages.store_errors import render_error

        return render_error(getattr(self, "key", self.code), self.params, lang)


class DamagedDraftError(_Catalogued, StoreError):
    """A stored draft or revision no longer matches its content hash (bit-rot, a bad disk)."""

    code = "damaged-draft"

    def __init__(
        self, draft_id: str, revision: int | None = None, last_good: int | None = None, last_good_at: str = ""
    ) -> None:
        self.draft_id = draft_id
        self.revision = revision
        self.last_good = last_good
        self.params = {"draft_id": draft_id, "revision": revision, "last_good": last_good, "last_good_at": last_good_at}
        self.key = ("damaged-draft" if revision is None else "damaged-revision") + (
            "" if last_good is not None else "-no-good-revision"
        )
        super().__init__(self._text(self.key))


class ConflictError(_Catalogued, StoreError):
    """A save started from an older revision than the stored one: refused, nothing lost."""

    code = "save-conflict"

    def __init__(self, draft_id: str, base: int | None, current: int | None) -> None:
        self.draft_id = draft_id
        self.base = base
        self.current = current
        self.params = {"draft_id": draft_id, "base": base, "current": current}
        super().__init__(self._text())


class StoreBusyError(_Catalogued, StoreError):
    """Another window or program held the database longer than the busy timeout."""

    code = "store-busy"

    def __init__(self) -> None:
        self.params = {}
        super().__init__(self._text())


class NotRegularFileError(_Catalogued, OutputError):
    """An export or save target that is a device, a pipe or the like."""

    code = "not-regular-file"

    def __init__(self, path: Path | str) -> None:
        self.params = {"path": str(path)}
        OutputError.__init__(self, path, "it is not a regular file (a device, a pipe or the like)")
        self.args = (self._text(),)

    def __str__(self) -> str:
        return self._text()


class YearOutOfRangeError(_Catalogued, InputError):
    code = "year-out-of-range"

    def __init__(self, year: int, first: int, last: int) -> None:
        self.year, self.first, self.last = year, first, last
        self.params = {"year": year, "first": first, "last": last}
        super().__init__(self._text())


class DataDirError(_Catalogued, InputError):
    """The data folder given cannot be used at all (an unknown ~user)."""

    code = "data-dir-user"

    def __init__(self, path: str) -> None:
        self.params = {"path": path}
        super().__init__(self._text())
