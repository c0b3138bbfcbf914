"""Which format pack a published report was written in, read from the report itself.

Each pack declares its signals as data (``[detect]`` in its format.toml): the phrases that
name it (e.g. the 国办公开办函 that set it), the report years it was used for, and how much
each signal weighs. The signals measured here are generic:

- headings: the share of the pack's headed sections that a heading of the report names;
- tables: the share of the pack's table row labels printed in the report;
- references: whether one of the pack's reference phrases occurs;
- year: whether the report year lies in the pack's years.

The pack with the highest weighted score wins; how far it leads the runner-up is the
confidence. Nothing here names a format.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.core.formats.spec import FormatSpec, available_formats, load_format
from desktop_app.core.importing.section_matching import find_headings, normalise_title

SURE = 0.6  # confidence from which the choice is stated without a doubt
EVIDENCE = 0.4  # a weighted score below this is too little to go on (a year alone, one heading)
_MIN_LABEL = 4  # shorter row labels ("其他", "规章") are too common to tell formats apart
_DEFAULT_WEIGHTS = {"headings": 0.5, "tables": 0.15, "references": 0.15, "year": 0.2}


@dataclass(frozen=True)
class DetectSpec:
    references: tuple[str, ...] = ()
    first_year: int | None = None
    last_year: int | None = None
    weights: dict[str, float] = field(default_factory=lambda: dict(_DEFAULT_WEIGHTS))


@dataclass
class Detection:
    format_id: str
    confidence: float  # 0..1: 1 when no other pack fits at all, 0.5 or less when two fit equally
    runner_up: str | None = None
    forced: bool = False  # chosen by the caller, not detected
    scores: dict[str, float] = field(default_factory=dict)  # format id → weighted score
    signals: dict[str, dict[str, float]] = field(default_factory=dict)  # format id → signal → 0..1

    @property
    def sure(self) -> bool:
        return self.forced or self.confidence >= SURE


def detect_spec(spec: FormatSpec) -> DetectSpec:
    data = spec.extra.get("detect", {})
    weights = dict(_DEFAULT_WEIGHTS)
    weights.update({k: float(v) for k, v in data.get("weights", {}).items()})
    return DetectSpec(
        references=tuple(data.get("references", ())),
        first_year=data.get("first_year"),
        last_year=data.get("last_year"),
        weights=weights,
    )


def forced(format_id: str) -> Detection:
    return Detection(format_id, 1.0, None, forced=True)


def detect_format(body: list[str], year: int | None, format_ids: list[str] | None = None) -> Detection:
    """The pack that fits ``body`` (the report's lines below its title) best."""
    ids = format_ids or available_formats()
    compact = normalise_title("".join(body))
    signals = {format_id: _signals(load_format(format_id), body, compact, year) for format_id in ids}
    scores = {
        format_id: sum(
            detect_spec(load_format(format_id)).weights.get(name, 0.0) * value for name, value in measured.items()
        )
        for format_id, measured in signals.items()
    }
    ranked = sorted(ids, key=lambda i: (-scores[i], i))
    best = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else None
    second = scores[runner_up] if runner_up else 0.0
    total = scores[best] + second
    # how far the best leads, scaled down when even the best has little evidence for it
    share = scores[best] / total if total > 0 else 1.0 / len(ranked)
    confidence = share * min(1.0, scores[best] / EVIDENCE)
    return Detection(best, round(confidence, 3), runner_up, False, scores, signals)


def _signals(spec: FormatSpec, body: list[str], compact: str, year: int | None) -> dict[str, float]:
    detect = detect_spec(spec)
    headed = [s for s in spec.sections if s.heading]
    named = {h.spec.id for h in find_headings(body, spec) if h.spec is not None and h.spec.heading}
    labels = _row_labels(spec)
    in_years = year is not None and (detect.first_year or year) <= year <= (detect.last_year or year)
    has_years = detect.first_year is not None or detect.last_year is not None
    return {
        "headings": len(named) / len(headed) if headed else 0.0,
        "tables": sum(1 for label in labels if label in compact) / len(labels) if labels else 0.0,
        "references": 1.0 if any(normalise_title(r) in compact for r in detect.references) else 0.0,
        "year": 1.0 if has_years and in_years else 0.0,
    }


def _row_labels(spec: FormatSpec) -> set[str]:
    labels: set[str] = set()
    for spec_field in spec.fields:
        for block in spec_field.table.blocks if spec_field.table else ():
            for row in block.rows:
                if row.labels and len(normalise_title(row.labels[-1])) >= _MIN_LABEL:
                    labels.add(normalise_title(row.labels[-1]))
    return labels
