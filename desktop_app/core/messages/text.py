"""Choosing a language's wording and filling in its parameters (shared by every table)."""

from __future__ import annotations

from typing import Any


def is_chinese(lang: str) -> bool:
    return lang.lower().startswith("zh")


def pick(entry: tuple[str, str], lang: str) -> str:
    """The Chinese or the English of a (Chinese, English) pair."""
    return entry[0] if is_chinese(lang) else entry[1]


class Params(dict[str, Any]):
    """Parameters for ``str.format_map``: an unknown one stays visible as {name}."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"
