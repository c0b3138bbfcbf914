"""Tests read only files inside the repository: no path climbs out of it."""

from __future__ import annotations

import re
from pathlib import Path

TESTS = Path(__file__).resolve().parent
# a repository-relative root climbing one level too far, or a sibling folder of the checkout
_LEAVES = re.compile(r"REPO\.parent|parents\[[3-9]\]|parent\.parent\.parent\.parent|/work/|[\"']\.\./shared")


def test_no_test_reaches_outside_the_repository() -> None:
    offenders = []
    for path in sorted(TESTS.rglob("*.py")):
        if path == Path(__file__).resolve():
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if _LEAVES.search(line):
                offenders.append(f"{path.relative_to(TESTS)}:{number}: {line.strip()}")
    assert offenders == []
