"""What an import left behind: passages it could not place in any section. The export leaves
them out, so they are a finding until the clerk has put each one somewhere or discarded it."""

from __future__ import annotations

from collections.abc import Iterator

from desktop_app.core.model import Draft
from desktop_app.core.validation.findings import Finding, found

EXCERPT = 30  # characters of the first passage quoted in the message


def unplaced_text(draft: Draft) -> Iterator[Finding]:
    passages = [p for p in draft.unplaced if p.strip()]
    if not passages:
        return
    first = " ".join(passages[0].split())
    excerpt = first if len(first) <= EXCERPT else first[: EXCERPT - 1] + "…"
    yield found(
        "unplaced-text",
        count=len(passages),
        chars=sum(len(p) for p in passages),
        excerpt=excerpt,
    )
