"""docs/checks.md documents every finding code: its messages, an example that triggers it and
one that does not."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.messages.catalogue import CATALOGUE, codes

DOC = Path(__file__).resolve().parents[2] / "docs" / "checks.md"
NOT_FINDINGS = {"sign-off-blocked", "sign-off-void"}


def _sections() -> dict[str, str]:
    text = DOC.read_text(encoding="utf-8")
    parts = re.split(r"^## `([a-z0-9-]+)`\s*$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_catalogue_code_is_documented_with_both_examples() -> None:
    sections = _sections()
    missing = sorted(codes() - NOT_FINDINGS - sections.keys())
    assert missing == []
    for code, body in sections.items():
        assert "- Triggers: " in body and "- Quiet: " in body, code


def test_every_wording_is_listed_in_both_languages() -> None:
    sections = _sections()
    for key in CATALOGUE:
        code = key.split(":")[0]
        if code in NOT_FINDINGS:
            continue
        assert f"`{key}`" in sections[code], key
