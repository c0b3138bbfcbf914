"""A process saving in a loop is SIGKILLed at random moments; no committed save is lost and
nothing is torn.

The child writes one line per committed save (draft id, revision, sequence number, content
hash) to a side file after ``save`` returns. Each draft's text is a deterministic function of
its sequence number, so a torn or mixed write is visible however the kill landed. A save in
flight at the kill may or may not have landed; both are fine.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.core.model import to_json
from desktop_app.core.storage.schema import content_hash
from desktop_app.core.storage.store import DraftStore

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")

KILLS = 60
DRAFTS = 3

# Shared by the child and the checks: the text a draft holds at sequence number ``seq``,
# long enough (about 12 kB of UTF-8) that one save spans several database pages.
PAYLOAD = r"""
import random as _random

def payload(seq):
    rng = _random.Random(seq)
    parts = [f"第{seq}次保存。"]
    for _ in range(400):
        parts.append("".join(chr(rng.randint(0x4E00, 0x9FFF)) for _ in range(6)))
    return "\n".join(parts)
"""

CHILD = (
    PAYLOAD
    + r"""
import sys
from pathlib import Path
from desktop_app.core.model import Agency, Draft, SectionText, to_json
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.storage.schema import content_hash

db, side, seq, drafts = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
store = DraftStore(db)
log = open(side, "a", encoding="utf-8")
print("ready", flush=True)
while True:
    draft_id = f"draft-{seq % drafts}"
    if store.exists(draft_id):
        store.load(draft_id)  # reads run between the writes, as in the app
    draft = Draft(
        id=draft_id,
        format_id="ogi-annual-2017",
        year=2017,
        agency=Agency(full_name="测试局"),
        facts={"seq": seq},
        sections=[SectionText(id="intro", title="导语", text=payload(seq))],
    )
    rev = store.save(draft, "autosave")
    log.write(f"{draft_id}\t{rev}\t{seq}\t{content_hash(to_json(draft))}\n")
    log.flush()
    seq += 1
"""
)


def _payload(seq: int) -> str:
    namespace: dict[str, object] = {}
    exec(PAYLOAD, namespace)
    return namespace["payload"](seq)  # type: ignore[operator]


def _run_and_kill(db: Path, side: Path, seq: int, rng: random.Random) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(side), str(seq), str(DRAFTS)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    try:
        if rng.random() < 0.2:
            time.sleep(rng.uniform(0.0, 0.15))  # may land while the store is opening
        else:
            assert child.stdout is not None
            child.stdout.readline()  # "ready", or "" if the child died
            time.sleep(rng.uniform(0.0, 0.08))
        os.kill(child.pid, signal.SIGKILL)
        _, errors = child.communicate(timeout=30)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    assert child.returncode == -signal.SIGKILL, errors.decode("utf-8", "replace")


def _committed(side: Path) -> list[tuple[str, int, int, str]]:
    """Every fully written line of the side file (the last one may be cut by a kill)."""
    if not side.exists():
        return []
    entries = []
    for line in side.read_text(encoding="utf-8").splitlines(keepends=True):
        if line.endswith("\n"):
            draft_id, rev, seq, digest = line.rstrip("\n").split("\t")
            entries.append((draft_id, int(rev), int(seq), digest))
    return entries


def _check_last_saves(store: DraftStore, committed: list[tuple[str, int, int, str]]) -> int:
    """Each draft holds its last logged save, or a later whole one; returns how many did."""
    last = {draft_id: (rev, seq, digest) for draft_id, rev, seq, digest in committed}
    later = 0
    for draft_id, (rev, seq, digest) in last.items():
        draft = store.load(draft_id)
        current = store.current_revision(draft_id)
        assert current is not None
        assert current >= rev
        now_seq = draft.facts["seq"]
        assert isinstance(now_seq, int)
        assert draft.sections[0].text == _payload(now_seq)  # whole, not torn
        if current == rev:
            assert content_hash(to_json(draft)) == digest
        else:  # the save in flight at the kill landed: it can only be a later one
            assert now_seq > seq
            later += 1
    return later


@pytest.mark.slow
def test_killed_saves_never_lose_or_tear_a_draft(tmp_path: Path) -> None:
    db = tmp_path / "drafts.sqlite3"
    side = tmp_path / "committed.log"
    rng = random.Random(20180109)
    for run in range(KILLS):
        _run_and_kill(db, side, run * 1_000_000, rng)
        with DraftStore(db) as store:  # the database opens after every single kill
            assert store.moved_aside is None
            _check_last_saves(store, _committed(side))

    committed = _committed(side)
    assert len(committed) > KILLS  # the kills did land between saves, not only at start-up
    with DraftStore(db) as store:
        assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        for draft_id, rev, _seq, digest in committed:
            revision = store.load_revision(rev)
            assert revision.id == draft_id
            assert content_hash(to_json(revision)) == digest
        # at most one save per kill landed without being logged (the one in flight)
        revisions = store._conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
        assert len(committed) <= revisions <= len(committed) + KILLS
