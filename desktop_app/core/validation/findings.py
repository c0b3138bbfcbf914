"""What a validation rule reports: a Finding with a severity, a stable code and message params.

The severity of each code (and variant) is declared once, in the message catalogue
(:mod:`desktop_app.core.messages.catalogue`), next to its wording; :func:`found` reads it from there so
a rule cannot drift from what the catalogue documents.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from typing import Any

from desktop_app.core.messages.catalogue import catalogue_key, default_severity


class Severity(StrEnum):
    ERROR = "error"  # blocks sign-off
    WARNING = "warning"  # asks the clerk for a look


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: str
    section: str | None = None  # section id
    field: str | None = None  # fact key
    span: tuple[int, int] | None = None  # character offsets into that section's text
    params: dict[str, Any] = dataclasses.field(default_factory=dict, hash=False)

    @property
    def is_error(self) -> bool:
        return self.severity is Severity.ERROR

    @property
    def key(self) -> str:
        """The catalogue entry: the code, or "code:variant" where a code has several wordings."""
        return catalogue_key(self.code, self.params.get("variant"))

    def to_dict(self) -> dict[str, Any]:
        return {
            "severity": self.severity.value,
            "code": self.code,
            "section": self.section,
            "field": self.field,
            "span": list(self.span) if self.span else None,
            "params": dict(self.params),
        }


def found(
    code: str,
    variant: str | None = None,
    *,
    section: str | None = None,
    field: str | None = None,
    span: tuple[int, int] | None = None,
    severity: Severity | str | None = None,
    **params: Any,
) -> Finding:
    """A Finding whose severity defaults to the catalogue's for ``code`` (and ``variant``)."""
    if variant is not None:
        params["variant"] = variant
    level = Severity(severity) if severity else _default_severity(code, variant)
    return Finding(level, code, section, field, span, params)


@cache
def _default_severity(code: str, variant: str | None) -> Severity:
    # a rule may report a finding per character of a long text: looked up once per code
    return Severity(default_severity(code, variant))
