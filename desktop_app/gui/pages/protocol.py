"""What the editor expects of a step page (the pages are plain QWidgets that also say this)."""

from __future__ import annotations

from typing import Any, Protocol, runtime_checkable


@runtime_checkable
class StepPage(Protocol):
    """A page of the editor's steps: it names itself for the sidebar."""

    def title(self) -> str: ...


@runtime_checkable
class FindingPage(StepPage, Protocol):
    """A step page that lists findings: clicking one, or the editor jumping to one, shows it."""

    finding_activated: Any  # Signal(object): a finding the clerk chose

    def show_finding(self, finding: Any) -> None: ...
