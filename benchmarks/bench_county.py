"""The county roll-up: 60 units' reports read, validated, summed and compared for copying.

Baseline, in the same run: validating the same 60 drafts one after the other, already in
memory (the least a 公开办 does with the reports). The roll-up adds reading the files (drafts
and packages), the sums and the copying index on top, and must stay under 2 s.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks.harness import Result, time_ms
from desktop_app.core.county.rollup import county_summary
from desktop_app.core.publish.package import write_package
from desktop_app.core.storage.draft_files import save_draft_file
from desktop_app.core.validation.runner import validate
from tests.county_units import COUNTY, unit_draft, with_copied_passage

UNITS = 60


def county(repeat: int, workdir: Path) -> list[Result]:
    folder = workdir / "county"
    folder.mkdir()
    drafts = []
    for number in range(UNITS):
        draft = unit_draft(f"{COUNTY}第{number + 1}单位", seed=number, signed=number % 3 != 0)
        if number in (10, 40):
            with_copied_passage(draft)
        drafts.append(draft)
        if number % 2:
            write_package(draft, folder / f"unit-{number:02d}.zip")
        else:
            save_draft_file(draft, folder / f"unit-{number:02d}.json")
    county_summary(folder)  # one untimed round: format packs and templates loaded, as in the app
    baseline = time_ms(lambda: [validate(d) for d in drafts], repeat)
    rollup = time_ms(lambda: county_summary(folder), repeat)
    return [
        Result(f"county: validate {UNITS} drafts in memory", baseline, note="baseline"),
        Result(
            f"county: roll-up of {UNITS} units (read, validate, sum, copying)",
            rollup,
            baseline=f"county: validate {UNITS} drafts in memory",
            target="≤ 2000 ms",
            limit=2000,
        ),
        Result(
            f"county: roll-up of {UNITS} units vs validation alone",
            rollup,
            baseline=f"county: validate {UNITS} drafts in memory",
            target="ratio ≤ 3.0",
            limit=3.0,
            limit_on="ratio",
            note="reading (every package file's SHA-256 checked), sums and the copying index on top of the checks",
        ),
    ]
