"""Soak test: thousands of random edit / save / undo / roll-forward / export / duplicate /
trash operations against one DraftStore, checked against a model of what was last saved.

    .venv/bin/python benchmarks/soak.py --ops 10000 --seed 1

Every draft's last saved content is kept in the model (as its JSON). The store must agree
at every check point and at the end: each draft readable and equal to its last saved
content, in the trash or not as last put, every revision readable, the database intact.
Unsaved edits are dropped now and then (a window closed without saving), the store is
closed and opened again (the app restarted), and exports go to a temporary folder (one in
ten to a folder that does not exist, which must fail cleanly and change nothing).

Prints a summary; exit status 0 when everything matched, 1 on any lost or unreadable
draft (each mismatch is printed), 2 on bad arguments. See docs/reliability.md.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.core.editing import new_draft, set_fact, set_section_text
from desktop_app.core.errors import OutputError, ReportError
from desktop_app.core.formats.spec import FieldKind, load_format
from desktop_app.core.model import Agency, Draft, from_json, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.word.export import export_docx

FORMATS = ("ogi-annual-2017", "ogi-annual-2021")
MAX_LIVE = 25  # drafts not in the trash; beyond this no new ones are made
CHECK_EVERY = 500  # operations between full comparisons with the model

# text a clerk might type or paste: Chinese, full-width punctuation, digits, emoji,
# Extension B, a newline; no control characters (the editor cannot type them)
_PIECES = (
    "我局",
    "全年",
    "主动公开政府信息",
    "条",
    "。",
    "，",
    "、",
    "（一）",
    "2017年",
    "二〇一八年",
    "\n",
    "49",
    "12.5",
    "县经信局",
    "𠀀",
    "𠮷",
    "👍",
    "👨‍👩‍👧",
    "“公开为常态”",
    "XX",
    " ",
    "Ａ",
)


@dataclass
class Model:
    """What the store should hold: each draft's last saved JSON, and which are trashed."""

    saved: dict[str, str] = field(default_factory=dict)
    trashed: set[str] = field(default_factory=set)
    working: dict[str, Draft] = field(default_factory=dict)  # open drafts, maybe with unsaved edits

    def live(self) -> list[str]:
        # in the order drafts were made, not by id: ids are random, and a seed must repeat a run
        return [draft_id for draft_id in self.saved if draft_id not in self.trashed]


@dataclass
class Soak:
    store_path: Path
    export_dir: Path
    rng: random.Random
    model: Model = field(default_factory=Model)
    counts: Counter[str] = field(default_factory=Counter)
    problems: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.store = DraftStore(self.store_path)

    # --- helpers -------------------------------------------------------------------------

    def text(self, pieces: int = 30) -> str:
        return "".join(self.rng.choice(_PIECES) for _ in range(self.rng.randint(0, pieces)))

    def pick(self) -> str | None:
        live = self.model.live()
        return self.rng.choice(live) if live else None

    def working(self, draft_id: str) -> Draft:
        if draft_id not in self.model.working:
            self.model.working[draft_id] = self.store.load(draft_id)
        return self.model.working[draft_id]

    def problem(self, message: str) -> None:
        self.problems.append(message)
        print(f"MISMATCH: {message}", file=sys.stderr)

    def remember_saved(self, draft: Draft) -> None:
        self.model.saved[draft.id] = to_json(draft)

    # --- operations ----------------------------------------------------------------------

    def op_new(self) -> None:
        if len(self.model.live()) >= MAX_LIVE:
            return self.op_save()
        agency = Agency(full_name=f"某县{self.text(3)}局", short_name="县局")
        draft = new_draft(self.rng.choice(FORMATS), self.rng.randint(2015, 2030), agency)
        self.store.create(draft)
        self.remember_saved(draft)
        self.model.working[draft.id] = draft

    def op_edit_text(self) -> None:
        draft_id = self.pick()
        if draft_id is None:
            return self.op_new()
        draft = self.working(draft_id)
        section = self.rng.choice(draft.sections)
        set_section_text(draft, section.id, self.text(60))

    def op_set_fact(self) -> None:
        draft_id = self.pick()
        if draft_id is None:
            return self.op_new()
        draft = self.working(draft_id)
        spec = load_format(draft.format_id)
        scalar = (FieldKind.COUNT, FieldKind.MONEY, FieldKind.TEXT, FieldKind.LIST)  # tables have their own tests
        fields = [f for f in spec.fields if f.kind in scalar]
        spec_field = self.rng.choice(fields)
        value: object
        if spec_field.kind is FieldKind.COUNT:
            value = self.rng.randint(0, 10_000)
        elif spec_field.kind is FieldKind.MONEY:
            value = self.rng.choice([0, 12.5, 300, round(self.rng.uniform(0, 10_000), 2)])
        elif spec_field.kind is FieldKind.LIST:
            value = [self.text(5) or "门户网站" for _ in range(self.rng.randint(0, 4))]
        else:
            value = self.text(8)
        try:
            set_fact(draft, spec_field.key, value)  # type: ignore[arg-type]
        except ReportError:
            self.counts["fact refused"] += 1  # e.g. a template needs a fact still empty

    def op_save(self) -> None:
        draft_id = self.pick()
        if draft_id is None:
            return self.op_new()
        draft = self.working(draft_id)
        before = self.model.saved[draft_id]
        revision = self.store.save(draft, self.rng.choice([None, None, None, "exported", "signed off"]))
        now = to_json(draft)
        if (revision is None) != (now == before):
            self.problem(f"save of {draft_id}: revision {revision} but content changed={now != before}")
        self.model.saved[draft_id] = now

    def op_undo(self) -> None:
        draft_id = self.pick()
        if draft_id is None:
            return self.op_new()
        history = self.store.history(draft_id)
        revision = self.rng.choice(history)
        expected = to_json(self.store.load_revision(revision.id))
        restored = self.store.restore_revision(draft_id, revision.id)
        if to_json(restored) != expected:
            self.problem(f"restore of revision {revision.id} of {draft_id} gave other content")
        self.model.saved[draft_id] = to_json(restored)
        self.model.working[draft_id] = restored

    def op_roll_forward(self) -> None:
        draft_id = self.pick()
        if draft_id is None or len(self.model.live()) >= MAX_LIVE:
            return self.op_save()
        source = self.store.load(draft_id)
        if source.year >= 2100:
            return self.op_save()
        before = to_json(source)
        result = roll_forward(source)
        if to_json(source) != before:
            self.problem(f"roll-forward changed its source {draft_id}")
        self.store.create(result.draft, "rolled-forward")
        self.remember_saved(result.draft)

    def op_export(self) -> None:
        draft_id = self.pick()
        if draft_id is None:
            return self.op_new()
        draft = self.working(draft_id)
        before = to_json(draft)
        broken = self.rng.random() < 0.1
        target = self.export_dir / ("missing-folder" if broken else "") / f"{self.rng.randint(0, 3)}.docx"
        try:
            export_docx(draft, target)
        except OutputError:
            if not broken:
                raise
            self.counts["export refused"] += 1
        else:
            if broken:
                self.problem(f"export into a missing folder succeeded: {target}")
            elif not zipfile.is_zipfile(target):
                self.problem(f"export of {draft_id} is not a whole .docx")
        if to_json(draft) != before:
            self.problem(f"export changed the draft {draft_id}")
        if self.store.load(draft_id) is None:  # pragma: no cover - load raises instead
            self.problem(f"{draft_id} vanished")

    def op_duplicate(self) -> None:
        draft_id = self.pick()
        if draft_id is None or len(self.model.live()) >= MAX_LIVE:
            return self.op_save()
        copy = self.store.duplicate(draft_id)
        self.remember_saved(copy)

    def op_trash(self) -> None:
        draft_id = self.pick()
        if draft_id is None:
            return self.op_new()
        self.store.trash(draft_id)
        self.model.trashed.add(draft_id)
        self.model.working.pop(draft_id, None)

    def op_restore(self) -> None:
        if not self.model.trashed:
            return self.op_trash()
        draft_id = self.rng.choice([d for d in self.model.saved if d in self.model.trashed])
        self.store.restore(draft_id)
        self.model.trashed.discard(draft_id)

    def op_empty_trash(self) -> None:
        removed = self.store.empty_trash()
        if removed != len(self.model.trashed):
            self.problem(f"empty_trash removed {removed}, the trash held {len(self.model.trashed)}")
        for draft_id in self.model.trashed:
            self.model.saved.pop(draft_id, None)
            self.model.working.pop(draft_id, None)
        self.model.trashed.clear()

    def op_discard(self) -> None:
        """A window closed without saving: unsaved edits go, the store keeps the last save."""
        if self.model.working:
            self.model.working.pop(self.rng.choice(list(self.model.working)))

    def op_restart(self) -> None:
        self.store.close()
        self.store = DraftStore(self.store_path)
        self.model.working.clear()
        if self.store.moved_aside is not None:
            self.problem(f"the database was found unreadable on reopening: {self.store.moved_aside}")

    # --- checks --------------------------------------------------------------------------

    def check(self, full: bool) -> None:
        listed = {s.id for s in self.store.list()}
        in_trash = {s.id for s in self.store.list_trash()}
        if listed != set(self.model.live()):
            self.problem(f"library lists {sorted(listed ^ set(self.model.live()))} differently from the model")
        if in_trash != self.model.trashed:
            self.problem(f"trash holds {sorted(in_trash ^ self.model.trashed)} differently from the model")
        for draft_id, expected in self.model.saved.items():
            try:
                stored = to_json(self.store.load(draft_id))
            except ReportError as exc:
                self.problem(f"{draft_id} is unreadable: {exc}")
                continue
            if stored != expected:
                self.problem(f"{draft_id} differs from its last saved content")
            if full:
                for revision in self.store.history(draft_id):
                    try:
                        from_json(to_json(self.store.load_revision(revision.id)))
                    except ReportError as exc:
                        self.problem(f"revision {revision.id} of {draft_id} is unreadable: {exc}")
        if full:
            verdict = self.store._conn.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                self.problem(f"database integrity check: {verdict}")


OPERATIONS: tuple[tuple[str, int], ...] = (
    ("edit_text", 30),
    ("set_fact", 15),
    ("save", 25),
    ("undo", 6),
    ("roll_forward", 4),
    ("export", 8),
    ("duplicate", 3),
    ("trash", 3),
    ("restore", 3),
    ("discard", 2),
    ("restart", 1),
    ("new", 2),
    ("empty_trash", 0),  # weight set below: rare
)


def run_soak(ops: int, seed: int, folder: Path, quiet: bool = False) -> tuple[Soak, float]:
    """Run ``ops`` random operations in ``folder``; returns the finished soak and seconds taken."""
    rng = random.Random(seed)
    export_dir = folder / "exports"
    export_dir.mkdir(parents=True, exist_ok=True)
    soak = Soak(folder / "drafts.sqlite3", export_dir, rng)
    names = [name for name, _ in OPERATIONS]
    weights = [weight or 0.2 for _, weight in OPERATIONS]
    started = time.perf_counter()
    soak.op_new()
    for done in range(1, ops + 1):
        name = rng.choices(names, weights)[0]
        operation: Callable[[], None] = getattr(soak, f"op_{name}")
        operation()
        soak.counts[name] += 1
        if done % CHECK_EVERY == 0:
            soak.check(full=False)
            if not quiet:
                print(f"  {done:>6} operations, {len(soak.model.saved)} drafts, {time.perf_counter() - started:6.1f} s")
    soak.op_restart()  # the end is a fresh start: what a clerk sees the next morning
    soak.check(full=True)
    soak.store.close()
    return soak, time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--ops", type=int, default=10_000, help="random operations to run (default 10000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed: the same seed repeats the same run")
    parser.add_argument("--folder", type=Path, help="keep the store and exports here (default: a temporary folder)")
    parser.add_argument("--quiet", action="store_true", help="print only the summary")
    args = parser.parse_args(argv)
    if args.ops < 1:
        parser.error("--ops must be at least 1")
    with tempfile.TemporaryDirectory(prefix="ogi-soak-") as tmp:
        folder = args.folder or Path(tmp)
        soak, seconds = run_soak(args.ops, args.seed, folder, args.quiet)
        with DraftStore(folder / "drafts.sqlite3") as store:
            revisions = store._conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
        size = (folder / "drafts.sqlite3").stat().st_size
    ops = ", ".join(f"{name} {soak.counts[name]}" for name, _ in OPERATIONS)
    print(f"soak: {args.ops} operations (seed {args.seed}) in {seconds:.1f} s: {ops}")
    print(
        f"soak: {len(soak.model.saved)} drafts ({len(soak.model.trashed)} in the trash), "
        f"{revisions} revisions, database {size / 1024 / 1024:.1f} MB"
    )
    if soak.problems:
        print(f"soak: FAILED, {len(soak.problems)} mismatch(es); first: {soak.problems[0]}")
        return 1
    print("soak: ok, every draft readable and equal to its last saved content")
    return 0


if __name__ == "__main__":
    sys.exit(main())
