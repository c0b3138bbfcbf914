"""Timing, result rows, the printed table and the JSON file: shared by every benchmark."""

from __future__ import annotations

import gc
import json
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class Result:
    """One measured figure: samples in ms (or MB), its baseline and its target."""

    name: str
    samples: list[float]
    unit: str = "ms"
    baseline: str | None = None  # name of the result it is compared with
    baseline_median: float | None = None
    target: str = ""  # e.g. "≤ 20 ms", "ratio ≤ 1.5"
    limit: float | None = None  # the number the target is checked against
    limit_on: str = "median"  # "median" or "ratio" (median / baseline median)
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def ratio(self) -> float | None:
        if not self.baseline_median:
            return None
        return self.median / self.baseline_median

    @property
    def met(self) -> bool | None:
        if self.limit is None:
            return None
        value = self.ratio if self.limit_on == "ratio" else self.median
        return None if value is None else value <= self.limit

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(median=self.median, min=min(self.samples), max=max(self.samples), ratio=self.ratio, met=self.met)
        return data


def time_ms(fn: Callable[[], object], repeat: int, setup: Callable[[], object] | None = None) -> list[float]:
    """Run ``fn`` ``repeat`` times; ``setup`` runs untimed before each. The collector is
    paused while timing, as timeit does, so one unlucky collection does not skew a sample."""
    samples = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        gc.collect()
        gc.disable()
        try:
            start = time.perf_counter()
            fn()
            samples.append((time.perf_counter() - start) * 1000)
        finally:
            gc.enable()
    return samples


def link(results: list[Result]) -> None:
    """Fill in each result's baseline median from the result it names."""
    by_name = {r.name: r for r in results}
    for r in results:
        if r.baseline and r.baseline in by_name:
            r.baseline_median = by_name[r.baseline].median


def _fmt(value: float | None, unit: str = "") -> str:
    if value is None:
        return "—"
    text = f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return f"{text}{unit}"


def table(results: list[Result]) -> str:
    """A plain-text table (also valid Markdown)."""
    head = ("measurement", "median", "min", "max", "baseline median", "ratio", "target", "met")
    rows = [head]
    for r in results:
        unit = " MB" if r.unit == "MB" else " ms"
        met = {True: "yes", False: "NO", None: ""}[r.met]
        rows.append(
            (
                r.name,
                _fmt(r.median, unit),
                _fmt(min(r.samples), unit),
                _fmt(max(r.samples), unit),
                f"{_fmt(r.baseline_median, unit)} ({r.baseline})" if r.baseline else "",
                f"{r.ratio:.2f}" if r.ratio is not None else "",
                r.target,
                met,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]

    def line(row: tuple[str, ...]) -> str:
        return "| " + " | ".join(cell.ljust(widths[i]) for i, cell in enumerate(row)) + " |"

    out = [line(rows[0]), "|" + "|".join("-" * (w + 2) for w in widths) + "|"]
    out += [line(row) for row in rows[1:]]
    return "\n".join(out)


def write_json(path: Path, results: list[Result], meta: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = {"meta": meta, "results": [r.to_dict() for r in results]}
    path.write_text(json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


def from_dict(data: dict[str, Any]) -> Result:
    """A result back from a child process's JSON."""
    keys = {"name", "samples", "unit", "baseline", "baseline_median", "target", "limit", "limit_on", "note", "extra"}
    return Result(**{k: v for k, v in data.items() if k in keys})
