"""Every colour the app paints text on or with, in one place, each with the ink read against it.

Highlights must stay readable for every clerk: each (ink, background) pair below has a contrast
ratio of at least 4.5:1 (WCAG 2 AA for normal text), checked by tests/gui/test_palette.py.
Plain strings, so a style sheet and a QColor take them alike.
"""

from __future__ import annotations

INK = "#000000"  # the default text colour the highlights are read with
PAPER = "#ffffff"

CARRIED = "#ffe8a3"  # carried from last year, not yet re-confirmed (amber, like tax software)
ADDED = "#d3f2d0"  # this year's text: new since last year
REMOVED = "#f9d0cf"  # last year's text: gone or reworded
FAILING = "#f9d0cf"  # a table cell that breaks the table's arithmetic
LAST_YEAR = "#fff4d6"  # a table cell carried from last year
HEADER = "#f2f2f2"  # table header cells
COMPUTED = "#e6e6e6"  # table cells the app computes
SIGNED = "#e3f4e1"  # signed off
VOID = "#fbe1df"  # sign-off void
UNSIGNED = "#eeeeee"  # not signed off yet

GUIDANCE_INK = "#505050"  # guidance text on the window background
LAST_YEAR_INK = "#7a6000"  # "上年：…" notes on the window background
DRAFT_MARK_INK = "#c62828"  # the 草稿 mark in the preview

# Step badges: a filled disc with a mark drawn in BADGE_INK[state] on it.
BADGE_NOT_STARTED = "#757575"  # a ring on the window background (no mark)
BADGE_DONE = "#2e7d32"
BADGE_WARNINGS = "#b45f00"
BADGE_ERRORS = "#c62828"
BADGE_CARRIED = "#f5c518"
BADGE_MARK_LIGHT = "#ffffff"
BADGE_MARK_DARK = "#3a2c00"

# (what is read, what it is read on): each pair must reach 4.5:1
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *((INK, background) for background in (CARRIED, ADDED, REMOVED, FAILING, LAST_YEAR, HEADER, COMPUTED)),
    *((INK, background) for background in (SIGNED, VOID, UNSIGNED)),
    (GUIDANCE_INK, PAPER),
    (LAST_YEAR_INK, PAPER),
    (DRAFT_MARK_INK, PAPER),
    (BADGE_MARK_LIGHT, BADGE_DONE),
    (BADGE_MARK_LIGHT, BADGE_WARNINGS),
    (BADGE_MARK_LIGHT, BADGE_ERRORS),
    (BADGE_MARK_DARK, BADGE_CARRIED),
    (BADGE_NOT_STARTED, PAPER),
)


def relative_luminance(color: str) -> float:
    """WCAG 2 relative luminance of an ``#rrggbb`` colour."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
