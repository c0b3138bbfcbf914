"""Year-over-year jumps in facts and table rows are warnings asking for an explanation."""

from __future__ import annotations

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.validation.runner import Finding, Severity, validate

from .test_tables import draft_2021


def jumps(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.code == "year-jump"]


@pytest.mark.parametrize(("this_year", "jumped"), [(49, False), (260, True), (9, True), (11, False), (0, True)])
def test_a_count_that_jumps_against_last_years_is_a_warning(this_year: int, jumped: bool) -> None:
    last = demo_draft()  # 49 items disclosed
    draft = demo_draft()
    draft.facts["proactive_items"] = this_year
    found = [f for f in jumps(validate(draft, last)) if f.field == "proactive_items"]
    assert bool(found) is jumped
    if jumped:
        assert found[0].severity is Severity.WARNING
        assert (found[0].params["value"], found[0].params["last"]) == (str(this_year), "49")


def test_small_numbers_do_not_jump() -> None:
    last = demo_draft()
    last.facts["proactive_items"] = 1
    draft = demo_draft()
    draft.facts["proactive_items"] = 8  # 8× but under the floor of 10
    assert [f for f in jumps(validate(draft, last)) if f.field == "proactive_items"] == []


def test_a_table_row_jump_points_at_its_total_cell() -> None:
    t3 = load_format("ogi-annual-2021").field("t3").table
    assert t3 is not None
    last = draft_2021()
    last.facts["t3"] = tables.compute(t3, {"new": {"natural": 60}, "granted": {"natural": 60}})
    draft = roll_forward(last).draft  # last year's tables kept beside this year's
    draft.facts["t3"] = tables.compute(t3, {"new": {"natural": 6}, "granted": {"natural": 6}})
    found = [f for f in jumps(validate(draft)) if f.field == "t3"]
    rows = {(f.params["row"], f.params["column"]) for f in found}
    assert rows == {("new", "total"), ("granted", "total"), ("handled_total", "total")}
    assert all(f.params["cells"] == [[f.params["row"], f.params["column"]]] for f in found)
