"""Run every measurement, print the table, write benchmarks/results.json: ``make bench``.

    python -m benchmarks.run [--quick] [--repeat N] [--only core,gui,process] [--json PATH]

--quick runs each measurement once with small libraries: it checks the benchmarks work,
its figures mean nothing.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from benchmarks.harness import Result, from_dict, link, table, write_json

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_JSON = ROOT / "benchmarks" / "results.json"
GROUPS = ("core", "gui", "process")


def _gui(repeat: int, library: int) -> list[Result]:
    """The GUI runs in a child: its own QApplication, offscreen."""
    with tempfile.TemporaryDirectory(prefix="ogi-bench-") as tmp:
        out = Path(tmp) / "gui.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "benchmarks.bench_gui",
                "--repeat",
                str(repeat),
                "--library",
                str(library),
                "--out",
                str(out),
            ],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        if done.returncode != 0:  # Qt's offscreen notes are noise; the end of stderr says what failed
            raise RuntimeError(f"the GUI benchmarks failed ({done.returncode}):\n{done.stderr[-2000:]}")
        return [from_dict(d) for d in json.loads(out.read_text(encoding="utf-8"))]


def _meta(args: argparse.Namespace, seconds: float, load_before: list[float]) -> dict[str, object]:
    import docx
    import docxtpl
    import PySide6

    return {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "pyside6": PySide6.__version__,
        "python_docx": getattr(docx, "__version__", "?"),
        "docxtpl": getattr(docxtpl, "__version__", "?"),
        "repeat": args.repeat,
        "quick": args.quick,
        "seconds": round(seconds, 1),
        "load_average_before": load_before,
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks.run", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--repeat", type=int, default=20, help="samples per in-process measurement (default 20)")
    parser.add_argument("--process-repeat", type=int, default=7, help="child processes per whole-process figure")
    parser.add_argument("--quick", action="store_true", help="one sample each, small libraries (a smoke test)")
    parser.add_argument("--only", default=",".join(GROUPS), help="comma-separated groups: core, gui, process")
    parser.add_argument("--json", type=Path, default=DEFAULT_JSON, help="where to write the results")
    args = parser.parse_args(argv)
    groups = [g.strip() for g in args.only.split(",") if g.strip()]
    unknown = set(groups) - set(GROUPS)
    if unknown:
        parser.error(f"unknown group(s): {', '.join(sorted(unknown))}")
    if args.quick:
        args.repeat, args.process_repeat = 1, 1
    library, big_library = (20, 40) if args.quick else (1000, 10_000)

    load_before = [round(x, 2) for x in os.getloadavg()]  # other work on the machine skews every figure
    start = time.perf_counter()
    results: list[Result] = []
    if "core" in groups:
        from benchmarks import bench_core

        results += bench_core.run_all(args.repeat, args.process_repeat, library, big_library)
    if "gui" in groups:
        results += _gui(args.repeat, library)
    if "process" in groups:
        from benchmarks import bench_process

        results += bench_process.measure(args.process_repeat, library)
    link(results)
    print(table(results))
    write_json(args.json, results, _meta(args, time.perf_counter() - start, load_before))
    missed = [r.name for r in results if r.met is False]
    print(f"\n{len(results)} figures, {len(missed)} target(s) missed{': ' if missed else ''}{'; '.join(missed)}")
    print(f"written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
