"""Characters an imported report must not carry into a draft, removed and counted.

Control codes, lone surrogates, zero-width and other invisible formatting characters come
from copy-and-paste out of web pages and PDFs; they cannot go into a .docx or hide text from
the checks. Line and page separators become newlines so the line logic sees them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from desktop_app.core.importing.notes import Note

# every kind of line end or page break → "\n"
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# emoji and the symbols and presentation selector that emoji sequences are built from
_PICTOGRAPHS = "\u2600-\u27bf\ufe0f\U0001f000-\U0001faff"
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("control", re.compile(r"[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")),
    ("surrogate", re.compile(r"[\ud800-\udfff]")),
    (
        "invisible",
        re.compile(
            "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b\u200c\u200e\u200f"
            "\u202a-\u202e\u2060-\u206f\u3164\ufeff\uffa0\ufff0-\ufffb\U000e0000-\U000e007f]"
            # the zero-width joiner is also what makes 👨‍👩‍👧 one emoji: kept between pictographs
            f"|(?<![{_PICTOGRAPHS}])\u200d|\u200d(?![{_PICTOGRAPHS}])"
        ),
    ),
    ("noncharacter", re.compile("[\ufdd0-\ufdef\ufffe\uffff]")),
)


@dataclass
class CleanedText:
    text: str
    removed: dict[str, int] = field(default_factory=dict)  # kind → how many

    def notes(self) -> list[Note]:
        return [Note(f"removed-{kind}", count=n) for kind, n in self.removed.items() if n]


def clean_text(text: str) -> CleanedText:
    text = _LINE_BREAKS.sub("\n", text)
    removed: dict[str, int] = {}
    for kind, pattern in _KINDS:
        text, count = pattern.subn("", text)
        if count:
            removed[kind] = count
    return CleanedText(text, removed)


# XML 1.0 allows \t \n \r, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF: nothing else. The
# export drops the rest, whatever validation said about them, so a .docx is always written.
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return INVALID_XML.sub("", text)
