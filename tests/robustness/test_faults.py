"""Faults: a process killed during export, a full disk, a read-only folder, a target held
open, two processes saving at once. The rule each time: the target is the old file or the
complete new one, the draft is untouched, the message is clear, and a retry works.
"""

from __future__ import annotations

import errno
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

import docx
import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_section_text
from desktop_app.core.errors import OutputError
from desktop_app.core.messages.errors import term
from desktop_app.core.model import Draft, to_dict, to_json
from desktop_app.core.storage.draft_files import load_draft_file, save_draft_file
from desktop_app.core.storage.schema import content_hash
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.word.export import export_docx
from tests.robustness.helpers import HANG_LIMIT

KILLS = 24


def _marked(marker: str, paragraphs: int = 400) -> Draft:
    """The demo with a long opening (a few hundred kB of XML) that names its version."""
    draft = demo_draft()
    body = "\n".join(f"{marker}：第{i}段，主动公开政府信息。" for i in range(paragraphs))
    set_section_text(draft, "intro", body)
    return draft


def _version_of(path: Path) -> str:
    """Which version a .docx at ``path`` holds; fails if it is not a whole document."""
    assert zipfile.is_zipfile(path), "a torn file at the target"
    with zipfile.ZipFile(path) as archive:
        assert archive.testzip() is None, "a damaged part at the target"
    texts = [p.text for p in docx.Document(str(path)).paragraphs]
    versions = {t.split("：")[0] for t in texts if "：第" in t}
    assert len(versions) == 1, versions
    version = versions.pop()
    assert sum(t.startswith(f"{version}：第") for t in texts) == 400, "a document missing paragraphs"
    return version


# --- SIGKILL during export ------------------------------------------------------------------------

EXPORT_CHILD = r"""
import sys
from desktop_app.core.word.export import export_docx, render_docx_bytes
from desktop_app.core.storage.draft_files import load_draft_file

draft = load_draft_file(sys.argv[1])
render_docx_bytes(draft)  # the base package is built once per process (as in the running app), not timed
print("ready", flush=True)
while True:
    export_docx(draft, sys.argv[2])
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_a_kill_during_export_never_leaves_a_partial_docx_or_a_changed_draft(tmp_path: Path) -> None:
    source = save_draft_file(_marked("新版"), tmp_path / "draft.json")
    source_bytes = source.read_bytes()
    target = tmp_path / "out" / "报告.docx"
    target.parent.mkdir()
    export_docx(_marked("旧版"), target)  # the export a clerk made earlier
    rng = random.Random(20180109)
    seen = set()
    for _ in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", EXPORT_CHILD, str(source), str(target)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )
        try:
            assert child.stdout is not None and child.stderr is not None
            ready = child.stdout.readline()
            assert ready == b"ready\n", child.stderr.read().decode("utf-8", "replace")
            time.sleep(rng.uniform(0.0, 0.1))  # one export takes a few ms: kills land anywhere in it
            child.send_signal(signal.SIGKILL)
            _, errors = child.communicate(timeout=HANG_LIMIT)
        finally:
            if child.poll() is None:
                child.kill()
                child.wait()
        assert child.returncode == -signal.SIGKILL, errors.decode("utf-8", "replace")
        seen.add(_version_of(target))  # the old export or a complete new one, nothing else
        assert source.read_bytes() == source_bytes
        # what a kill can leave is a hidden temporary file beside the target, never at it
        strays = [p.name for p in target.parent.iterdir() if p != target]
        assert all(name.startswith(f".{target.name}.") and name.endswith(".tmp") for name in strays), strays
    assert "新版" in seen  # the loop did replace the target while being killed
    assert load_draft_file(source) == load_draft_file(source)  # and the draft still opens


# --- full disk, read-only folder, a target held open: a clear message, then a retry --------------


class _FullDiskHandle:
    """A file that takes half of what is written, then reports the disk full."""

    def __init__(self, handle: BinaryIO) -> None:
        self._handle = handle

    def write(self, data: bytes) -> int:
        self._handle.write(data[: len(data) // 2])
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __enter__(self) -> _FullDiskHandle:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def _raiser(exc: OSError) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise exc

    return fail


def _sharing_violation() -> OSError:
    # what Windows raises when Word has the .docx open; Linux has no mandatory locks
    exc = PermissionError(errno.EACCES, "The process cannot access the file because it is being used")
    exc.winerror = 32  # type: ignore[attr-defined]
    return exc


def _install(fault: str, monkeypatch: pytest.MonkeyPatch) -> None:
    if fault == "disk-full-while-writing":
        real = os.fdopen
        monkeypatch.setattr(os, "fdopen", lambda *a, **k: _FullDiskHandle(real(*a, **k)))
    elif fault == "quota-at-flush":
        monkeypatch.setattr(os, "fsync", _raiser(OSError(errno.EDQUOT, "Disk quota exceeded")))
    elif fault == "read-only-disk":
        monkeypatch.setattr(tempfile, "mkstemp", _raiser(OSError(errno.EROFS, "Read-only file system")))
    elif fault == "read-only-folder":
        monkeypatch.setattr(tempfile, "mkstemp", _raiser(PermissionError(errno.EACCES, "Permission denied")))
    elif fault == "target-held-open-windows":
        monkeypatch.setattr(os, "replace", _raiser(_sharing_violation()))
    elif fault == "target-locked":
        monkeypatch.setattr(os, "replace", _raiser(PermissionError(errno.EACCES, "Permission denied")))
    elif fault == "target-busy":
        monkeypatch.setattr(os, "replace", _raiser(OSError(errno.EBUSY, "Device or resource busy")))
    else:  # pragma: no cover
        raise AssertionError(fault)


FAULTS = {
    "disk-full-while-writing": "the disk is full",
    "quota-at-flush": "quota",
    "read-only-disk": "read-only disk",
    "read-only-folder": "permission denied",
    "target-held-open-windows": "open in another program; close it and try again",
    "target-locked": "permission denied",
    "target-busy": "in use by another program",
}


def _write_docx(draft: Draft, target: Path) -> None:
    export_docx(draft, target)


def _write_draft_file(draft: Draft, target: Path) -> None:
    save_draft_file(draft, target)


@pytest.mark.parametrize("fault", list(FAULTS))
@pytest.mark.parametrize("write", [_write_docx, _write_draft_file], ids=["export", "draft-file"])
def test_a_failed_write_is_a_clear_error_and_a_retry_succeeds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fault: str, write: Callable[[Draft, Path], None]
) -> None:
    target = tmp_path / "年报.docx"
    target.write_bytes(b"the export made yesterday")
    draft = _marked("新版", paragraphs=40)
    before = to_dict(draft)

    with monkeypatch.context() as patched:
        _install(fault, patched)
        with pytest.raises(OutputError) as caught:
            write(draft, target)
    error = caught.value
    assert error.path == target
    assert FAULTS[fault] in term("reason", error.reason, "en")
    assert str(error) == f"cannot write {target}: {term('reason', error.reason, 'en')}"  # one plain sentence
    assert target.read_bytes() == b"the export made yesterday"
    assert [p.name for p in tmp_path.iterdir()] == [target.name]  # no temporary file left
    assert to_dict(draft) == before

    write(draft, target)  # the fault cleared: the same call now works
    if write is _write_docx:
        docx.Document(str(target))
    else:
        assert load_draft_file(target) == draft
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


# --- two processes saving to one store -----------------------------------------------------------

SAVER_CHILD = r"""
import sys, time
from pathlib import Path
from desktop_app.core.model import Agency, Draft, SectionText, to_json
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.storage.schema import content_hash

db, name, count, log_path, go = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3]), sys.argv[4], Path(sys.argv[5])
store = DraftStore(db)
while not go.exists():  # both processes start saving together
    time.sleep(0.005)
with open(log_path, "w", encoding="utf-8") as log:
    for i in range(count):
        draft_id = "both-writers" if i % 2 else f"own-{name}"
        if store.exists(draft_id):
            store.load(draft_id)
        draft = Draft(
            id=draft_id,
            format_id="ogi-annual-2017",
            year=2017,
            agency=Agency(full_name=f"{name}局"),
            sections=[SectionText(id="intro", title="导语", text=f"{name} 第{i}次保存。" * 200)],
        )
        rev = store.save(draft)
        log.write(f"{draft_id}\t{rev}\t{content_hash(to_json(draft))}\n")
store.close()
print("done", flush=True)
"""


def test_two_processes_saving_to_one_store_lose_no_committed_save(tmp_path: Path) -> None:
    db = tmp_path / "drafts.sqlite3"
    DraftStore(db).close()
    go = tmp_path / "go"
    count = 150
    children = [
        subprocess.Popen(
            [sys.executable, "-c", SAVER_CHILD, str(db), name, str(count), str(tmp_path / f"{name}.log"), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("甲", "乙")
    ]
    go.touch()
    for child in children:
        out, err = child.communicate(timeout=HANG_LIMIT)
        assert child.returncode == 0, err
        assert out.strip() == "done"

    logged = {
        name: [line.split("\t") for line in (tmp_path / f"{name}.log").read_text(encoding="utf-8").splitlines()]
        for name in ("甲", "乙")
    }
    with DraftStore(db) as store:
        assert store._conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # every committed save is in the history, whole
        for entries in logged.values():
            assert len(entries) == count
            for draft_id, rev, digest in entries:
                assert rev != "None"  # every save changed the content, so each made a revision
                revision = store.load_revision(int(rev))
                assert revision.id == draft_id
                assert content_hash(to_json(revision)) == digest
        total = store._conn.execute("SELECT COUNT(*) FROM revisions").fetchone()[0]
        assert total == 2 * count
        # each process's own draft holds its last save
        for name, entries in logged.items():
            last = [e for e in entries if e[0] == f"own-{name}"][-1]
            assert store.current_revision(f"own-{name}") == int(last[1])
            assert content_hash(to_json(store.load(f"own-{name}"))) == last[2]
        # the draft both saved holds the later of the two last saves (last writer wins);
        # the other's saves are all in its history
        both = [e for entries in logged.values() for e in entries if e[0] == "both-writers"]
        latest = max(both, key=lambda e: int(e[1]))
        assert store.current_revision("both-writers") == int(latest[1])
        assert content_hash(to_json(store.load("both-writers"))) == latest[2]
        assert len(store.history("both-writers")) == len(both)


def test_a_second_store_sees_a_save_at_once_and_saves_over_it_as_a_new_revision(tmp_path: Path) -> None:
    """The arbitration two app windows get: no error, no silent merge, nothing lost."""
    db = tmp_path / "drafts.sqlite3"
    draft = demo_draft()
    with DraftStore(db) as first, DraftStore(db) as second:
        first.create(draft)
        mine = second.load(draft.id)
        theirs = first.load(draft.id)
        set_section_text(mine, "intro", "第二个窗口写的导语。")
        set_section_text(theirs, "intro", "第一个窗口写的导语。")
        rev_second = second.save(mine)
        rev_first = first.save(theirs)
        assert rev_second is not None and rev_first is not None and rev_first > rev_second
        assert second.load(draft.id).section("intro").text == "第一个窗口写的导语。"  # type: ignore[union-attr]
        texts = [first.load_revision(r.id).section("intro").text for r in first.history(draft.id)]  # type: ignore[union-attr]
        assert "第二个窗口写的导语。" in texts  # restorable from the history
        restored = second.restore_revision(draft.id, rev_second)
        assert first.load(draft.id) == restored
    assert to_json(restored).count("第二个窗口写的导语。") == 1
