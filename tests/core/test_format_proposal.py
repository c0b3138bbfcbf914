"""A new report is proposed the format its year calls for (the packs declare their years)."""

from __future__ import annotations

import pytest

from desktop_app.core.formats.proposal import proposed_format


@pytest.mark.parametrize("year", [2020, 2021, 2024, 2026])
def test_recent_years_get_the_national_format(year: int) -> None:
    proposal = proposed_format(year)
    assert proposal is not None and proposal.format_id == "ogi-annual-2021"
    assert "国办公开办函" in proposal.reference


@pytest.mark.parametrize("year", [2015, 2017, 2018])
def test_years_before_the_2019_rules_get_the_ten_section_format(year: int) -> None:
    proposal = proposed_format(year)
    assert proposal is not None and proposal.format_id == "ogi-annual-2017"
