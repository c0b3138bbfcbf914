"""Portal clutter (breadcrumbs, page information, share buttons, footers) taken out of a
report's lines before anything reads sections or facts from them.

What counts as clutter is data: templates/importing/portal_clutter.toml. A page saved from a
browser loses most of it by structure first (html_reading); the line rules here catch what is
left, and everything in text a clerk copied from the page.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache

from desktop_app.core.errors import FormatPackError
from desktop_app.resources import templates_root

_MAX_CLUTTER_LINE = 200  # characters: a longer line is report text, whatever it holds
_MAX_METADATA_VALUE = 60  # a label alone on its line takes the next line with it when shorter


@dataclass(frozen=True)
class ClutterRules:
    drop_tags: frozenset[str]
    furniture_tags: frozenset[str]
    drop_class_words: frozenset[str]
    furniture_share: float
    metadata_table_labels: int
    title_words: tuple[str, ...]
    metadata_labels: tuple[str, ...]
    patterns: tuple[re.Pattern[str], ...]
    button_words: tuple[str, ...]
    footer_words: tuple[str, ...]
    footer_companions: tuple[str, ...]
    metadata_line: re.Pattern[str]
    metadata_alone: re.Pattern[str]

    def is_metadata_label(self, text: str) -> bool:
        return bool(self.metadata_alone.match(text.strip()))


@cache
def rules() -> ClutterRules:
    path = templates_root() / "importing" / "portal_clutter.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        html, lines = data["html"], data["lines"]
        labels = tuple(lines["metadata_labels"])
        # labels may be written with spaces inside (名　　称): allow any between their characters
        spaced = "|".join(r"\s*".join(map(re.escape, label)) for label in sorted(labels, key=len, reverse=True))
        return ClutterRules(
            drop_tags=frozenset(html["drop_tags"]),
            furniture_tags=frozenset(html["furniture_tags"]),
            drop_class_words=frozenset(w.lower() for w in html["drop_class_words"]),
            furniture_share=float(html["furniture_share"]),
            metadata_table_labels=int(html["metadata_table_labels"]),
            title_words=tuple(html["title_words"]),
            metadata_labels=labels,
            patterns=tuple(re.compile(p, re.IGNORECASE) for p in lines["patterns"]),
            button_words=tuple(sorted(lines["button_words"], key=len, reverse=True)),
            footer_words=tuple(lines["footer_words"]),
            footer_companions=tuple(lines["footer_companions"]),
            metadata_line=re.compile(rf"^(?:{spaced})\s*(?:[:：\t ]|$)"),
            metadata_alone=re.compile(rf"^(?:{spaced})\s*[:：]?$"),
        )
    except (OSError, KeyError, TypeError, ValueError, re.error) as exc:
        raise FormatPackError("format-pack:broken", format_id="importing/portal_clutter.toml", detail=str(exc)) from exc


@dataclass
class Decluttered:
    lines: list[str]
    removed: int  # lines taken out


def drop_clutter(lines: list[str]) -> Decluttered:
    """``lines`` without the portal's furniture; table rows ("\t"-joined cells) kept unless
    they are the page's information table."""
    r = rules()
    stripped = [line.strip() for line in lines]
    drop = [bool(s) and _is_clutter(s, r) for s in stripped]
    for i, s in enumerate(stripped):
        # a page-information label alone on its line (copied one cell per line): its value follows
        if s and r.metadata_alone.match(s) and i + 1 < len(stripped):
            following = stripped[i + 1]
            if _metadata_value(following, r):
                drop[i + 1] = True
    for i, s in enumerate(stripped):
        # 主办单位 / 联系电话 lines are the footer only beside a footer line
        if drop[i] or not s or not _has_any(s, r.footer_companions) or len(s) > _MAX_CLUTTER_LINE:
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(stripped)]
        if any(_has_any(stripped[j], r.footer_words) for j in near):
            drop[i] = True
    kept = [line for line, d in zip(lines, drop, strict=True) if not d]
    return Decluttered(kept, sum(drop))


def _is_clutter(line: str, r: ClutterRules) -> bool:
    if len(line) > _MAX_CLUTTER_LINE:
        return False
    if _has_any(line, r.footer_words):
        return True
    if r.metadata_line.match(line) and not _ends_sentence(line):
        return True
    if any(p.match(line) for p in r.patterns):
        return True
    return _only_buttons(line, r)


def _metadata_value(line: str, r: ClutterRules) -> bool:
    """A page-information value (an 索引号, a date, a subject), not the next label, nor the
    report's title or text (an empty 文号 is often followed by the title)."""
    return (
        len(line) <= _MAX_METADATA_VALUE
        and not _ends_sentence(line)
        and not r.metadata_line.match(line)
        and not _has_any(line, r.title_words)
    )


def _only_buttons(line: str, r: ClutterRules) -> bool:
    rest = line
    for word in r.button_words:
        rest = rest.replace(word, " ")
    return not rest.strip() and any(w in line for w in r.button_words if len(w) > 1)


def _has_any(line: str, words: tuple[str, ...]) -> bool:
    return any(w in line for w in words)


def _ends_sentence(line: str) -> bool:
    return line.rstrip().endswith(("。", "；", "！", "？"))
