"""Typed exceptions that carry a code and parameters, never a sentence.

Every error a user can cause derives from :class:`ReportError`. It carries ``code`` (a key
of :data:`CODES` and of the message catalogue, ``desktop_app.core.messages.errors``),
``params`` (the values the wording needs) and, where a file is at fault, ``path``. The CLI
and the GUI word it with ``error_text(exc, lang)`` from the catalogue; ``str(exc)`` is the
English wording, for logs and details. Nothing decides behaviour on the wording: callers
branch on the type or the code.

To add an error: a code here with its parameter names, the wording in both languages in
the catalogue (``tests/core/test_error_catalogue.py`` checks both).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

# code → the names of its parameters (the catalogue's wording uses exactly these)
CODES: dict[str, tuple[str, ...]] = {
    "report-error": (),
    "input-error": (),
    # draft files
    "draft-file:not-utf8": (),
    "draft-file:json": ("detail",),
    "draft-file:not-object": (),
    "draft-file:no-version": (),
    "draft-file:old-version": ("version",),
    "draft-file:shape": ("detail",),
    "draft-file:year-range": ("year",),
    "draft-file:missing-key": ("key",),
    "draft-file:wrong-type": ("key", "expected"),
    "draft-file:not-date": ("key", "value"),
    "draft-file:fact-type": ("key",),
    "draft-file:table-row": ("key", "row"),
    "draft-file:table-cell": ("key", "row", "column"),
    "draft-file:section": (),
    "draft-file:origin": ("origin",),
    "draft-file:sign-off-date": (),
    "draft-file:surrogates": (),
    "draft-file:not-finite": (),
    "draft-file:number-too-large": ("number",),
    "draft-file:constant": ("name",),
    "draft-file:fact-kind": ("key", "label", "kind", "value"),
    "draft-file:last-year-fact-kind": ("key", "label", "kind", "value"),
    "draft-file:unknown-format": ("format_id",),
    "draft-file:nesting": ("limit",),
    "draft-file:table-fact": ("key",),
    "future-version": ("found", "supported"),
    "unknown-format": ("format_id", "known"),
    # reading a file the user named
    "file:folder": (),
    "file:missing": (),
    "file:unreadable": ("reason",),
    "file:too-large": ("limit_mb",),
    "file:not-a-file": (),
    "file:empty": (),
    "file:not-found": (),
    "file:not-a-folder": (),
    # importing
    "unplaced:no-passage": ("number",),
    "unplaced:no-section": ("section",),
    "import:text-too-large": ("limit",),
    "import:file-too-large": ("size_mb", "limit_mb"),
    "import:no-text": (),
    "import:not-word": ("suffix",),
    "import:broken-text": ("encoding",),
    "import:unknown-encoding": (),
    "import:binary": (),
    "import:docx-damaged": (),
    "import:docx-unreadable": (),
    "import:not-docx": (),
    "import:docx-archive": (),
    "import:docx-parts": ("count",),
    "import:docx-bomb": ("size_mb",),
    "import:docx-ratio": ("ratio",),
    "import:libreoffice-missing": ("kind",),
    "import:libreoffice-failed": ("kind",),
    "import:libreoffice-start": ("detail",),
    "import:libreoffice-timeout": (),
    "import:pdf-damaged": (),
    "import:pdf-password": (),
    "import:scanned-pdf": (),
    "import:pdf-garbled": (),
    "import:no-page-text": (),
    "import:mhtml-without-page": (),
    # editing a draft
    "edit:no-field": ("key",),
    "edit:year-range": ("year",),
    "edit:bad-value": ("label", "value", "kind"),
    "edit:no-section": ("section",),
    "edit:empty-agency": (),
    "edit:bad-date": ("value",),
    "table:not-mapping": (),
    "table:no-row": ("row",),
    "table:row-not-mapping": ("row",),
    "table:no-column": ("row", "column"),
    "table:negative": ("row", "column", "value"),
    "table:fraction": ("row", "column", "value"),
    "table:not-number": ("value",),
    "table:not-applicable": ("row", "column"),
    # roll-forward and conversion
    "roll-forward:last-year": ("year",),
    "compare:not-docx": (),
    "convert:same-format": ("format_id",),
    "convert:no-mapping": ("format_id", "source"),
    # the app's own files (a packaging problem, never the clerk's)
    "format-pack:broken": ("format_id", "detail"),
    "format-pack:layout": ("layout_id", "detail"),
    "format-pack:not-template": ("format_id", "relative"),
    "format-pack:unreadable": ("format_id", "relative", "detail"),
    "format-pack:no-name": ("format_id",),
    "format-pack:pattern": ("pattern", "detail"),
    "format-pack:check": ("format_id", "detail"),
    "missing-fact": ("field",),
    "missing-fact:section": ("field", "section"),
    # a template that does not parse; one that fails in a section or in the title ("error" is
    # the kind of failure, "detail" the template engine's own account of it)
    "template:syntax": ("line", "detail"),
    "template:section": ("section", "error", "detail"),
    "template:title": ("error", "detail"),
    # writing
    "output": ("target", "reason"),
    # the draft store
    "store:action": ("action", "reason"),
    "store:open": ("reason",),
    "store:folder-is-file": ("folder",),
    "store:folder-create": ("folder", "reason"),
    "store:folder-read-only": ("folder",),
    "store:file-read-only": ("file",),
    "store:unreadable": ("reason",),
    "store:not-database": (),
    "store:move-aside": ("reason",),
    "store:duplicate": ("draft_id",),
    "store:no-draft": ("draft_id",),
    "store:no-revision": ("revision",),
    "store:revision-of-other": ("revision", "draft_id"),
    "store:draft-unreadable": ("draft_id",),
    "store:revision-unreadable": ("revision",),
    "store:restore-unknown": ("draft_id", "revision"),
    "store:backup": ("detail",),
    # sign-off
    "sign-off:refused": ("count",),
    # county roll-up and submission packages
    "county:no-formats": (),
    "county:roster-too-large": (),
    "county:roster-not-utf8": (),
    "package:too-large": (),
    "package:manifest": (),
    "package:unreadable": ("detail",),
    "package:missing-member": ("name",),
    "package:member-too-large": ("name",),
    # the store's integrity, export targets, years, the data folder
    "damaged-draft": ("draft_id", "last_good", "last_good_at"),
    "damaged-draft-no-good-revision": ("draft_id",),
    "damaged-revision": ("draft_id", "revision", "last_good", "last_good_at"),
    "damaged-revision-no-good-revision": ("draft_id", "revision"),
    "save-conflict": ("draft_id", "base", "current"),
    "store-busy": (),
    "not-regular-file": ("target",),
    "year-out-of-range": ("year", "first", "last"),
    "data-dir-user": ("folder",),
    # publishing
    "tool-missing": ("tool", "purpose"),
    "unsupported-output": ("suffix", "supported"),
    "unsupported-output:no-suffix": ("supported",),
}


class ReportError(Exception):
    """Base class: a problem with the user's input or environment, never a bug."""

    code = "report-error"
    path_in_text = False  # True: the wording names the file itself (no "path: " before it)

    def __init__(self, code: str | None = None, /, *, path: Path | str | None = None, **params: object) -> None:
        self.code = code or type(self).code
        self.params: dict[str, object] = params
        self.path = Path(path) if path is not None else None
        super().__init__(self.code)

    def __str__(self) -> str:
        return self.message("en")

    def message(self, lang: str) -> str:
        """The error's sentence in ``lang``, from the message catalogue."""
        from desktop_app.core.messages.errors import error_text

        return error_text(self, lang)


class InputError(ReportError):
    """A file or value the user gave cannot be used."""

    code = "input-error"


class DraftFileError(InputError):
    """A .json draft file is malformed, truncated or of the wrong shape."""

    code = "draft-file:shape"


class CellValueError(InputError, ValueError):
    """A table cell value cannot be used (also a ValueError, for callers that test a value)."""

    code = "table:not-number"


class FutureVersionError(InputError):
    """A file or database was written by a newer version of the app."""

    code = "future-version"

    def __init__(self, found: int, supported: int, path: Path | str | None = None) -> None:
        self.found = found
        self.supported = supported
        super().__init__(path=path, found=found, supported=supported)


class UnknownFormatError(InputError):
    code = "unknown-format"

    def __init__(self, format_id: str, known: Iterable[str]) -> None:
        self.format_id = format_id
        self.known = list(known)
        super().__init__(format_id=format_id, known=", ".join(self.known))


class FormatPackError(ReportError):
    """A format pack or layout profile in templates/ is broken (a packaging bug)."""

    code = "format-pack:broken"


class MissingFactError(ReportError):
    """A template needs a fact that the draft does not have."""

    code = "missing-fact"

    def __init__(self, field: str, section: str | None = None) -> None:
        self.field = field
        self.section = section
        if section:
            super().__init__("missing-fact:section", field=field, section=section)
        else:
            super().__init__(field=field)


class TemplateError(ReportError):
    """A boilerplate template failed for a reason other than a missing fact."""

    code = "template:syntax"


class OutputError(ReportError):
    """The target file cannot be written (locked, read-only, disk full …).

    ``reason`` is a reason code of the catalogue (``storage.atomic.reason_for``) or, for an
    error the catalogue does not know, the system's own words.
    """

    code = "output"
    path_in_text = True

    def __init__(self, path: Path | str, reason: str) -> None:
        self.reason = reason
        super().__init__(target=str(path), reason=reason)
        self.path: Path = Path(path)


class StoreError(ReportError):
    """The draft store cannot be used."""

    code = "store:open"


class SignOffError(ReportError):
    """Sign-off was refused (open errors, missing names)."""

    code = "sign-off:refused"

    def __init__(self, code: str | None = None, /, blocking: list[object] | None = None, **params: object) -> None:
        self.blocking = blocking or []
        super().__init__(code)
        self.params = params


class ToolMissingError(ReportError):
    """A program the operation needs (LibreOffice for a PDF) is not installed."""

    code = "tool-missing"

    def __init__(self, tool: str, purpose: str) -> None:
        """``purpose`` is a code of the catalogue's PURPOSES ("pdf-export")."""
        self.tool = tool
        self.purpose = purpose
        super().__init__(tool=tool, purpose=purpose)


class UnsupportedOutputError(InputError):
    """The output file's extension names a kind of file the app does not write."""

    code = "unsupported-output"

    def __init__(self, path: Path | str, supported: tuple[str, ...]) -> None:
        self.supported = supported
        suffix = Path(path).suffix
        code = "unsupported-output" if suffix else "unsupported-output:no-suffix"
        if suffix:
            super().__init__(code, path=path, suffix=suffix, supported=", ".join(supported))
        else:
            super().__init__(code, path=path, supported=", ".join(supported))


class DamagedDraftError(StoreError):
    """A stored draft or revision no longer matches its content hash (bit-rot, a bad disk)."""

    code = "damaged-draft"

    def __init__(
        self, draft_id: str, revision: int | None = None, last_good: int | None = None, last_good_at: str = ""
    ) -> None:
        self.draft_id = draft_id
        self.revision = revision
        self.last_good = last_good
        if revision is None and last_good is None:
            super().__init__("damaged-draft-no-good-revision", draft_id=draft_id)
        elif revision is None:
            super().__init__("damaged-draft", draft_id=draft_id, last_good=last_good, last_good_at=last_good_at)
        elif last_good is None:
            super().__init__("damaged-revision-no-good-revision", draft_id=draft_id, revision=revision)
        else:
            super().__init__(
                "damaged-revision", draft_id=draft_id, revision=revision, last_good=last_good, last_good_at=last_good_at
            )
        self.key = self.code


class ConflictError(StoreError):
    """A save started from an older revision than the stored one: refused, nothing lost."""

    code = "save-conflict"

    def __init__(self, draft_id: str, base: int | None, current: int | None) -> None:
        self.draft_id = draft_id
        self.base = base
        self.current = current
        super().__init__(draft_id=draft_id, base=base, current=current)


class StoreBusyError(StoreError):
    """Another window or program held the database longer than the busy timeout."""

    code = "store-busy"


class NotRegularFileError(OutputError):
    """An export or save target that is a device, a pipe or the like."""

    code = "not-regular-file"

    def __init__(self, path: Path | str) -> None:
        super().__init__(path, "not-regular-file")
        self.code = "not-regular-file"
        self.params = {"target": str(path)}


class YearOutOfRangeError(InputError):
    code = "year-out-of-range"

    def __init__(self, year: int, first: int, last: int) -> None:
        self.year, self.first, self.last = year, first, last
        super().__init__(year=year, first=first, last=last)


class DataDirError(InputError):
    """The data folder given cannot be used at all (an unknown ~user)."""

    code = "data-dir-user"

    def __init__(self, path: str) -> None:
        super().__init__(folder=path)
