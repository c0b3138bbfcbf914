"""Characters a .docx (XML 1.0) cannot hold, and how to remove them."""

from __future__ import annotations

import re

# XML 1.0 allows \t \n \r, U+0020–U+D7FF, U+E000–U+FFFD, U+10000–U+10FFFF: nothing else.
INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    return INVALID_XML.sub("", text)


def invalid_characters(text: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in INVALID_XML.finditer(text)]
