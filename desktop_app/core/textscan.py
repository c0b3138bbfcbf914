"""Finding a rare pattern in a long text without trying it at every character.

Python's ``re`` tries a pattern at every position of the text; for the review's patterns
that is 30–50 ms per 700,000 characters however few matches there are, once per pattern.
A :class:`Sparse` pattern names the characters every match contains (its anchors) and
characters no match contains (its separators): only the stretches between separators that
hold an anchor are handed to the pattern, found by a search for the anchors that runs at
memory speed. The matches are exactly ``pattern.finditer(text)``'s — the tests compare the
two on the corpus and on generated text.

Conditions on the pattern (checked by those tests, not here): it never matches the empty
string, no match contains a separator, every match contains an anchor, and a lookahead
looks at most one character past a match. A lookbehind may look anywhere: the pattern is
applied to the whole text, only the positions it is tried at are limited.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# anchors closer than this to the end of a stretch that holds one are searched with it
_GAP = 200


class Sparse:
    """``pattern`` with the characters every match holds (``anchors``) and characters no
    match holds (``separators``)."""

    def __init__(self, pattern: re.Pattern[str], anchors: str, separators: str) -> None:
        self.pattern = pattern
        self.anchors = anchors
        self.separators = separators
        a, s = _class(anchors), _class(separators)
        # from an anchor to the end of its stretch, and on through every following stretch
        # that has an anchor within _GAP characters: one search per busy region, not per
        # anchor, so a text dense with anchors costs little more than a plain scan
        self._region = re.compile(f"{a}[^{s[1:-1]}]*+(?:{s}[^{a[1:-1]}]{{0,{_GAP}}}+{a}[^{s[1:-1]}]*+)*+")

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        end = len(text)
        while pos < end:
            region = self._region.search(text, pos)
            if region is None:
                return
            start = max([pos] + [text.rfind(c, pos, region.start()) + 1 for c in self.separators])
            stop = region.end()  # a separator, or the end of the text
            # the separator is included, so that a one-character lookahead sees it
            yield from self.pattern.finditer(text, start, min(stop + 1, end))
            pos = stop + 1


def _class(chars: str) -> str:
    return f"[{re.escape(chars)}]"
