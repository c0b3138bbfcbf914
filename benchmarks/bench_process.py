"""Whole-process measurements: start-up to the first painted window, and peak memory.

Each sample is one child process, timed from spawn to exit; its CPU time and peak resident
set come from os.wait4, which reports that one child's resource use. The app's modules are
compiled to bytecode first, as an installed app's are (a checkout run with
PYTHONDONTWRITEBYTECODE=1 would otherwise compile every module at every start).
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from benchmarks.harness import Result
from benchmarks.make_library import fill

ROOT = Path(__file__).resolve().parent.parent
BASELINE_QT = ROOT / "benchmarks" / "baseline_qt.py"


def app_command() -> list[str]:
    """The installed ``ogi-report`` entry point beside this Python, else ``python -m desktop_app``."""
    script = Path(sys.executable).with_name("ogi-report")
    return [str(script)] if script.exists() else [sys.executable, "-m", "desktop_app"]


@dataclass
class Child:
    wall_ms: float
    cpu_ms: float  # user + system
    peak_mb: float
    paint_ms: float | None = None  # spawn to the first paint, when the child prints it


def run_child(command: list[str], env: dict[str, str]) -> Child:
    """Wall time, CPU time and peak RSS of one child process, which must exit 0.

    Both stop-watchers (the app's --quit-after-paint and baseline_qt.py) print the moment of
    the first paint when OGI_REPORT_PAINT_CLOCK is set: spawn to paint is start-up without
    the interpreter's exit."""
    env = {**env, "OGI_REPORT_PAINT_CLOCK": "1"}
    start_clock = time.monotonic()
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    errors = child.stderr.read()
    _, status, usage = os.wait4(child.pid, 0)
    elapsed = (time.perf_counter() - start) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited {child.returncode}: {errors.decode(errors='replace')[-800:]}")
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    painted = [line.split()[1] for line in errors.decode(errors="replace").splitlines() if line.startswith("painted ")]
    paint = (float(painted[0]) - start_clock) * 1000 if painted else None
    return Child(elapsed, cpu, usage.ru_maxrss / 1024, paint)  # Linux reports kilobytes


def _env(data_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["OGI_REPORT_DATA_DIR"] = str(data_dir)
    return env


def _library(data_dir: Path, count: int) -> list[str]:
    from desktop_app.core.storage.store import DraftStore

    with DraftStore(data_dir / "drafts.sqlite3") as store:
        return fill(store, count)


def compile_bytecode() -> None:
    for folder in ("desktop_app", "resources", "templates", "benchmarks"):
        if (ROOT / folder).is_dir():
            compileall.compile_dir(ROOT / folder, quiet=1)


def measure(repeat: int, library_size: int = 1000) -> list[Result]:
    compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="ogi-bench-proc-") as tmp:
        small, large = Path(tmp) / "small", Path(tmp) / "large"
        small_ids = _library(small, 20)
        _library(large, library_size)
        baseline_cmd = [sys.executable, str(BASELINE_QT)]
        app_cmd = [*app_command(), "--quit-after-paint"]
        open_cmd = [*app_cmd, "--open-draft", small_ids[0]]
        runs: dict[str, list[Child]] = {"baseline": [], "app": [], "large": [], "open": []}
        run_child(baseline_cmd, _env(small))  # warm the file cache once, untimed
        run_child(app_cmd, _env(small))
        for _ in range(repeat):  # interleaved, so a busy moment hits both alike
            runs["baseline"].append(run_child(baseline_cmd, _env(small)))
            runs["app"].append(run_child(app_cmd, _env(small)))
            runs["large"].append(run_child(app_cmd, _env(large)))
            runs["open"].append(run_child(open_cmd, _env(small)))

    def times(key: str) -> list[float]:
        return [c.wall_ms for c in runs[key]]

    def cpu(key: str) -> list[float]:
        return [c.cpu_ms for c in runs[key]]

    def memory(key: str) -> list[float]:
        return [c.peak_mb for c in runs[key]]

    def painted(key: str) -> list[float]:
        return [c.paint_ms for c in runs[key] if c.paint_ms is not None]

    baseline_mb = sorted(memory("baseline"))[len(runs["baseline"]) // 2]
    return [
        Result("start-up: PySide6 + empty QMainWindow, painted", times("baseline"), note="baseline"),
        Result(
            "start-up: ogi-report --quit-after-paint (20 drafts)",
            times("app"),
            baseline="start-up: PySide6 + empty QMainWindow, painted",
            target="ratio ≤ 1.5",
            limit=1.5,
            limit_on="ratio",
        ),
        Result(
            f"start-up: ogi-report --quit-after-paint ({library_size:,} drafts)",
            times("large"),
            baseline="start-up: PySide6 + empty QMainWindow, painted",
            note="informational",
        ),
        Result(
            "start-up to first paint: PySide6 + empty QMainWindow",
            painted("baseline"),
            note="spawn to the window's first paint event, without the interpreter's exit",
        ),
        Result(
            "start-up to first paint: ogi-report (20 drafts)",
            painted("app"),
            baseline="start-up to first paint: PySide6 + empty QMainWindow",
            note="informational",
        ),
        Result(
            "start-up CPU time: PySide6 + empty QMainWindow",
            cpu("baseline"),
            note="user + system: less disturbed by other load than the wall clock",
        ),
        Result(
            "start-up CPU time: ogi-report --quit-after-paint (20 drafts)",
            cpu("app"),
            baseline="start-up CPU time: PySide6 + empty QMainWindow",
        ),
        Result("peak RSS: PySide6 + empty QMainWindow", memory("baseline"), unit="MB", note="baseline"),
        Result(
            "peak RSS: app with a draft open",
            memory("open"),
            unit="MB",
            baseline="peak RSS: PySide6 + empty QMainWindow",
            target=f"≤ baseline + 60 MB ({baseline_mb + 60:.0f} MB)",
            limit=baseline_mb + 60,
        ),
    ]
