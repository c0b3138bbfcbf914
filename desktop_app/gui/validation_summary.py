"""The status-bar line that counts open findings."""

from __future__ import annotations

from desktop_app.core.validation.runner import Finding, Severity
from desktop_app.gui.i18n import translate


def summary_text(findings: list[Finding]) -> str:
    errors = sum(1 for f in findings if f.severity == Severity.ERROR)
    warnings = len(findings) - errors
    if not findings:
        return translate("Editor", "No problems found.")
    return translate("Editor", "Errors: %1, warnings: %2").replace("%1", str(errors)).replace("%2", str(warnings))
