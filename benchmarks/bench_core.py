"""In-process measurements of the core: export, validation, autosave, library, import (also of
PDFs and portal pages: bench_import), roll-forward."""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks import baseline_docx, bench_county, bench_import
from benchmarks.baseline_docxtpl import build_template
from benchmarks.baseline_docxtpl import render as docxtpl_render
from benchmarks.harness import Result, time_ms
from benchmarks.make_library import fill
from benchmarks.report_content import (
    DENSE_SENTENCE,
    content_of,
    corpus_draft,
    dense_draft,
    draft_of_length,
    longer_draft,
)
from desktop_app.core.demo import demo_draft
from desktop_app.core.importing.importer import import_report
from desktop_app.core.model import Draft, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import export_docx, render_docx_bytes

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "fixtures" / "2017-county-econ-bureau-report.txt"
AUTOSAVE_CHARS = 60_000


def export(repeat: int, fresh_repeat: int, workdir: Path) -> list[Result]:
    draft = demo_draft()
    content = content_of(draft)
    template = build_template.build_template()
    template_path = workdir / "docxtpl-template.docx"
    template_path.write_bytes(template)
    # one untimed round each: the running app has exported before (base document built)
    render_docx_bytes(draft)
    docxtpl_render.render(template, draft)
    baseline_docx.render(content)

    bare = time_ms(lambda: baseline_docx.render(content), repeat)
    tpl = time_ms(lambda: docxtpl_render.render(template, draft), repeat)
    app = time_ms(lambda: render_docx_bytes(draft), repeat)
    out = workdir / "report.docx"
    to_file = time_ms(lambda: export_docx(draft, out), repeat)
    results = [
        Result("export: bare python-docx, no styling", bare, note="baseline"),
        Result("export: docxtpl, styled template", tpl, note="baseline"),
        Result(
            "export: app, repeated",
            app,
            baseline="export: docxtpl, styled template",
            target="ratio ≤ 1.0",
            limit=1.0,
            limit_on="ratio",
        ),
        Result("export: app, repeated (vs bare python-docx)", app, baseline="export: bare python-docx, no styling"),
        Result("export: app to a file (atomic, fsync)", to_file, note="informational: includes the disk"),
    ]
    fresh = {kind: _fresh_export(kind, fresh_repeat, template_path) for kind in ("docx", "docxtpl", "app")}
    results += [
        Result("first export in a fresh process: bare python-docx", fresh["docx"], note="baseline"),
        Result("first export in a fresh process: docxtpl", fresh["docxtpl"], note="baseline"),
        Result(
            "first export in a fresh process: app",
            fresh["app"],
            baseline="first export in a fresh process: docxtpl",
            target="ratio ≤ 1.5",
            limit=1.5,
            limit_on="ratio",
        ),
    ]
    return results


def _fresh_export(kind: str, repeat: int, template: Path) -> list[float]:
    samples = []
    for _ in range(repeat):
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.fresh_export", kind, str(template)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        )
        samples.append(float(done.stdout.strip().splitlines()[-1]))
    return samples


def _validation_pair() -> tuple[Draft, Draft]:
    """This year's draft rolled forward from last year's, as a clerk starts it."""
    last_year = demo_draft()
    return roll_forward(last_year).draft, last_year


def validation(repeat: int) -> list[Result]:
    from desktop_app.core.validation import rules_similarity

    this_year, last_year = _validation_pair()
    clear = rules_similarity._ratio_if_similar.cache_clear  # every text compared afresh
    cold = time_ms(lambda: validate(this_year, last_year), repeat, setup=clear)
    counter = iter(range(10**9))

    def type_a_character() -> None:
        this_year.sections[2].text += "字" if next(counter) % 2 else "。"

    typing = time_ms(lambda: validate(this_year, last_year), repeat, setup=type_a_character)
    return [
        Result(
            "validation with last year's draft",
            cold,
            target="≤ 20 ms",
            limit=20,
            note="nothing cached: the first validation of an opened draft",
        ),
        Result("validation while typing (one section changed)", typing, target="≤ 20 ms", limit=20),
    ]


LARGE_DRAFT_BYTES = 2_000_000


def large_validation(repeat: int) -> list[Result]:
    """A 2 MB draft (its JSON) validated, against the same report at a tenth of the size
    times ten: a ratio near 1 means the checks grow linearly. Three kinds of draft: the demo
    report repeated, the published-report corpus one report after another, and the worst
    case of the text rules (a finding every 15 characters)."""
    chars = _chars_for_bytes(LARGE_DRAFT_BYTES)
    kinds = [
        ("", lambda n: draft_of_length(demo_draft(), n), 1000.0),
        ("made of the corpus reports", corpus_draft, 1000.0),
        (
            "made of findings",
            lambda n: dense_draft(demo_draft(), n * 3 * len(DENSE_SENTENCE) // _utf8(DENSE_SENTENCE)),
            None,
        ),
    ]
    results = []
    for kind, make, limit in kinds:
        label = f" {kind}" if kind else ""
        large, tenth = make(chars), make(chars // 10)
        size = len(to_json(large).encode("utf-8"))
        small = [10 * ms for ms in time_ms(lambda d=tenth: validate(d, None), repeat)]
        big = time_ms(lambda d=large: validate(d, None), max(1, repeat // 2))
        baseline = f"validation: a 200 kB draft{label}, ×10"
        results += [
            Result(baseline, small, note="baseline: what linear growth predicts"),
            Result(
                f"validation of a {size / 1e6:.1f} MB draft{label}",
                big,
                baseline=baseline,
                target="" if limit is None else f"≤ {limit:.0f} ms",
                limit=limit,
                extra={"bytes": size, "findings": len(validate(large, None))},
            ),
        ]
    return results


def _utf8(text: str) -> int:
    return len(text.encode("utf-8"))


def _chars_for_bytes(size: int) -> int:
    """Section characters that make a draft's JSON about ``size`` bytes (3 bytes a character)."""
    return size // 3


def autosave(repeat: int, workdir: Path) -> list[Result]:
    draft = draft_of_length(demo_draft(), AUTOSAVE_CHARS)
    chars = sum(len(s.text) for s in draft.sections)
    with DraftStore(workdir / "autosave.sqlite3") as store:
        store.create(draft)
        counter = iter(range(10**9))

        def edit() -> None:  # every save has new content, as after typing
            draft.sections[1].text += str(next(counter) % 10)

        samples = time_ms(lambda: store.save(draft), repeat, setup=edit)
    return [
        Result(
            f"autosave: DraftStore.save of a {chars:,}-character draft",
            samples,
            target="≤ 15 ms",
            limit=15,
            extra={"chars": chars},
        )
    ]


def library(repeat: int, count: int, workdir: Path, targets: bool = True) -> list[Result]:
    path = workdir / f"library-{count}.sqlite3"
    with DraftStore(path) as store:
        ids = fill(store, count)
    rng = random.Random(count)
    with DraftStore(path) as store:
        listed = time_ms(store.list, repeat)
        loaded = time_ms(lambda: store.load(rng.choice(ids)), repeat)
    return [
        Result(
            f"library: list {count:,} drafts",
            listed,
            target="≤ 100 ms" if targets else "",
            limit=100 if targets else None,
        ),
        Result(
            f"library: load a draft from {count:,}",
            loaded,
            target="≤ 50 ms" if targets else "",
            limit=50 if targets else None,
        ),
    ]


def import_and_roll_forward(repeat: int) -> list[Result]:
    imported = time_ms(lambda: import_report(SAMPLE), repeat)
    draft = demo_draft()
    rolled = time_ms(lambda: roll_forward(draft), repeat)
    return [
        Result("import of the sample report (.txt)", imported, target="≤ 50 ms", limit=50),
        Result("roll-forward", rolled, target="≤ 20 ms", limit=20),
    ]


def scaling(repeat: int, workdir: Path, library_size: int, big_library: int) -> list[Result]:
    """How cost grows: a 10×-longer report, a 10×-larger library."""
    long = longer_draft(demo_draft(), 10)
    last_long = longer_draft(demo_draft(), 10)
    this_long = roll_forward(last_long).draft
    from desktop_app.core.validation import rules_similarity

    chars = sum(len(s.text) for s in long.sections)
    render_docx_bytes(long)
    results = [
        Result(
            f"10× report ({chars:,} chars): export, repeated",
            time_ms(lambda: render_docx_bytes(long), repeat),
            baseline="export: app, repeated",
        ),
        Result(
            "10× report: validation with last year's",
            time_ms(
                lambda: validate(this_long, last_long), repeat, setup=rules_similarity._ratio_if_similar.cache_clear
            ),
            baseline="validation with last year's draft",
        ),
        Result("10× report: roll-forward", time_ms(lambda: roll_forward(long), repeat), baseline="roll-forward"),
    ]
    with DraftStore(workdir / "long.sqlite3") as store:
        store.create(long)
        counter = iter(range(10**9))

        def edit() -> None:
            long.sections[1].text += str(next(counter) % 10)

        results.append(Result("10× report: DraftStore.save", time_ms(lambda: store.save(long), repeat, setup=edit)))
    for r in library(repeat, big_library, workdir, targets=False):
        r.baseline = r.name.replace(f"{big_library:,}", f"{library_size:,}")
        results.append(r)
    return results


def run_all(repeat: int, fresh_repeat: int, library_size: int = 1000, big_library: int = 10_000) -> list[Result]:
    with tempfile.TemporaryDirectory(prefix="ogi-bench-") as tmp:
        workdir = Path(tmp)
        results = export(repeat, fresh_repeat, workdir)
        results += validation(repeat)
        results += large_validation(repeat)
        results += autosave(repeat, workdir)
        results += library(repeat, library_size, workdir)
        results += import_and_roll_forward(repeat)
        results += bench_import.import_files(repeat)
        results += scaling(repeat, workdir, library_size, big_library)
        results += bench_county.county(repeat, workdir)
    return results
