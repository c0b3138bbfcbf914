"""Every highlight stays readable: each ink/background pair reaches 4.5:1 (WCAG 2 AA)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app.gui import palette

GUI = Path(palette.__file__).parent


@pytest.mark.parametrize(("ink", "background"), palette.TEXT_PAIRS)
def test_contrast_at_least_4_5(ink: str, background: str) -> None:
    assert palette.contrast_ratio(ink, background) >= 4.5, (ink, background)


def test_contrast_formula_matches_known_values() -> None:
    assert palette.contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


def test_no_colour_is_written_outside_the_palette() -> None:
    """A colour typed into a widget module would escape the contrast check above."""
    stray = {
        path.relative_to(GUI).as_posix(): found
        for path in GUI.rglob("*.py")
        if path.name != "palette.py" and (found := re.findall(r"#[0-9a-fA-F]{6}\b", path.read_text("utf-8")))
    }
    assert stray == {}


def test_every_palette_colour_is_in_a_checked_pair() -> None:
    colours = {value for name, value in vars(palette).items() if name.isupper() and isinstance(value, str)}
    checked = {colour for pair in palette.TEXT_PAIRS for colour in pair}
    assert colours <= checked
