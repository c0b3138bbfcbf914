"""The store from the command line when things go wrong: a damaged database, a damaged
draft, an unusable data folder, a year no report can be for, a target that is no file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from desktop_app.core.model import Draft, to_json
from desktop_app.core.storage.store import DraftStore
from tests.cli.test_cli_foundation import run


def _stored(data: Path, demo: Draft, count: int = 3) -> list[str]:
    from desktop_app.core.model import from_json, new_id

    ids = []
    with DraftStore(data / "drafts.sqlite3") as store:
        for number in range(count):
            draft = from_json(to_json(demo))
            draft.id = new_id()
            draft.agency.full_name = f"某县第{number}局"
            store.create(draft)
            ids.append(draft.id)
    return ids


def test_a_damaged_database_is_announced_on_every_run_and_its_drafts_listed(
    isolated_data_dir: Path, demo: Draft
) -> None:
    ids = _stored(isolated_data_dir, demo)
    database = isolated_data_dir / "drafts.sqlite3"
    data = bytearray(database.read_bytes())
    data[16:100] = b"\x00" * 84  # a damaged header: SQLite cannot open it at all
    database.write_bytes(bytes(data))

    first = run("list", "--lang", "en")
    assert first.returncode == 0, first.stderr
    assert "moved aside to" in first.stderr and "unreadable" not in first.stdout
    assert {line.split("\t")[0] for line in first.stdout.splitlines()} == set(ids)  # today: empty
    history = run("history", ids[0], "--lang", "en")
    assert history.returncode == 0 and history.stdout.strip()  # today: "does not exist"
    assert "moved aside to" in history.stderr  # again, on a later run
    assert "moved aside to" in run("formats", "--lang", "en").stderr  # every command
    assert "已移到" in run("list", "--lang", "zh_CN").stderr

    assert run("acknowledge-damage").returncode == 0
    assert "moved aside" not in run("list", "--lang", "en").stderr


def test_a_damaged_draft_names_its_last_good_revision(isolated_data_dir: Path, demo: Draft) -> None:
    (draft_id,) = _stored(isolated_data_dir, demo, 1)
    with DraftStore(isolated_data_dir / "drafts.sqlite3") as store:
        good = store.current_revision(draft_id)
        rotten = to_json(store.load(draft_id)).replace("政府信息", "政府信忌", 1)
        store._conn.execute("UPDATE drafts SET json = ? WHERE id = ?", (rotten, draft_id))
    verify = run("verify", "--lang", "en")
    assert verify.returncode == 1
    assert draft_id in verify.stdout and f"last good revision is {good}" in verify.stdout
    assert f"ogi-report restore {draft_id} {good}" in verify.stdout
    assert run("restore", draft_id, str(good)).returncode == 0
    assert run("verify").returncode == 0


@pytest.mark.parametrize("how", ["env", "option"])
def test_a_relative_data_folder_works(tmp_path: Path, how: str) -> None:
    env = dict(os.environ, OGI_REPORT_DATA_DIR="reldata") if how == "env" else dict(os.environ)
    args = ["list"] if how == "env" else ["list", "--data-dir", "reldata"]
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "desktop_app", *args], capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "reldata" / "drafts.sqlite3").exists()


def test_an_unknown_user_data_folder_is_exit_2_with_one_line() -> None:
    result = run("list", "--data-dir", "~nosuchuser-ogi/x", "--lang", "en")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "~nosuchuser-ogi/x" in result.stderr
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr


def test_a_data_folder_that_is_a_file_is_one_line_and_no_damage_notice(tmp_path: Path) -> None:
    """A marker beside a database inside a file cannot exist: no notice of a damage that
    never happened (it once said the database was "moved aside to  ()")."""
    folder = tmp_path / "data"
    folder.write_text("not a folder", encoding="utf-8")
    result = run("list", "--data-dir", str(folder), "--lang", "en")
    assert result.returncode == 2
    assert "moved aside" not in result.stderr
    assert result.stderr.count("\n") == 1 and "is a file" in result.stderr


@pytest.mark.parametrize("year", ["1999", "3000", "99999"])
def test_new_for_a_year_no_report_can_be_for_is_refused_at_once(tmp_path: Path, year: str) -> None:
    out = tmp_path / "d.json"
    result = run("new", "--year", year, "--agency", "某县统计局", "-o", str(out), "--lang", "en")
    assert result.returncode == 2
    assert "2008" in result.stderr and year in result.stderr
    assert not out.exists()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX feature")
def test_export_to_a_fifo_is_exit_2_and_never_blocks(tmp_path: Path) -> None:
    draft = tmp_path / "d.json"
    assert run("demo", "-o", str(tmp_path / "demo.docx"), "--draft", str(draft)).returncode == 0
    fifo = tmp_path / "out.docx"
    os.mkfifo(fifo)
    result = run("export", str(draft), "-o", str(fifo), "--lang", "en")
    assert result.returncode == 2
    assert "not a regular file" in result.stderr


def test_the_window_with_an_unknown_user_data_folder_is_exit_2_with_one_line() -> None:
    result = run("--data-dir", "~nosuchuser-ogi/x", "--lang", "en", "--quit-after-paint")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "~nosuchuser-ogi/x" in result.stderr
    assert "Traceback" not in result.stderr
