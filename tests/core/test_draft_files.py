"""Draft files: atomic save, round trip, and clear typed errors that change nothing."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings

from desktop_app.core.errors import DraftFileError, FutureVersionError, InputError, OutputError
from desktop_app.core.model import SCHEMA_VERSION, Draft, to_dict, to_json
from desktop_app.core.storage import draft_files
from desktop_app.core.storage.draft_files import load_draft_file, save_draft_file
from tests.permissions import deny
from tests.strategies import drafts


def test_save_then_load_gives_the_same_draft(tmp_path: Path, demo: Draft) -> None:
    path = save_draft_file(demo, tmp_path / "草稿 2017.json")
    assert path == tmp_path / "草稿 2017.json"
    assert json.loads(path.read_text(encoding="utf-8")) == to_dict(demo)
    assert load_draft_file(path) == demo
    assert load_draft_file(str(path)) == demo
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_saving_over_a_file_replaces_it_whole(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "d.json"
    path.write_text("old content", encoding="utf-8")
    save_draft_file(demo, path)
    assert path.read_text(encoding="utf-8") == to_json(demo) + "\n"


def test_a_file_with_a_bom_opens(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_json(demo).encode("utf-8"))
    assert load_draft_file(path) == demo


def test_saving_into_a_missing_folder_is_an_output_error(tmp_path: Path, demo: Draft) -> None:
    with pytest.raises(OutputError, match="folder does not exist"):
        save_draft_file(demo, tmp_path / "missing" / "d.json")
    assert not (tmp_path / "missing").exists()


def test_saving_onto_a_folder_is_an_output_error(tmp_path: Path, demo: Draft) -> None:
    with pytest.raises(OutputError):
        save_draft_file(demo, tmp_path)


@pytest.mark.parametrize(
    ("content", "match"),
    [
        (b"", "JSON error"),
        (b"{", "JSON error"),
        (b"[1, 2]", "top level is not an object"),
        (b'{"schema_version": 1}', "is missing"),
        (b'{"schema_version": "1"}', "schema_version"),
        ("草稿".encode("gbk"), "not UTF-8"),
        (b"\xff\xfe{\x00}\x00", "not UTF-8"),
    ],
    ids=["empty", "truncated", "list", "no-fields", "version-text", "gbk", "utf16"],
)
def test_malformed_files_are_draft_file_errors(tmp_path: Path, content: bytes, match: str) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(DraftFileError, match=match) as caught:
        load_draft_file(path)
    assert caught.value.path == path
    assert str(path) in str(caught.value)
    assert path.read_bytes() == content


def test_a_truncated_real_draft_is_a_draft_file_error(tmp_path: Path, demo: Draft) -> None:
    path = tmp_path / "cut.json"
    path.write_text(to_json(demo)[:500], encoding="utf-8")
    with pytest.raises(DraftFileError):
        load_draft_file(path)


def test_a_wrongly_typed_field_is_a_draft_file_error(tmp_path: Path, demo: Draft) -> None:
    data = to_dict(demo)
    data["sections"][0]["text"] = 42
    path = tmp_path / "typed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(DraftFileError):
        load_draft_file(path)


def test_a_file_from_a_newer_version_is_refused(tmp_path: Path, demo: Draft) -> None:
    data = to_dict(demo)
    data["schema_version"] = SCHEMA_VERSION + 1
    path = tmp_path / "future.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    before = path.read_bytes()
    with pytest.raises(FutureVersionError) as caught:
        load_draft_file(path)
    assert caught.value.found == SCHEMA_VERSION + 1
    assert caught.value.path == path
    assert "newer version" in str(caught.value)
    assert path.read_bytes() == before


def test_a_missing_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist") as caught:
        load_draft_file(tmp_path / "nope.json")
    assert caught.value.path == tmp_path / "nope.json"


def test_a_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="folder"):
        load_draft_file(tmp_path)


def test_an_unreadable_file_is_an_input_error(tmp_path: Path, demo: Draft, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_draft_file(demo, tmp_path / "locked.json")
    path.chmod(0)
    deny(monkeypatch, path)
    try:
        with pytest.raises(InputError, match="permission denied"):
            load_draft_file(path)
    finally:
        path.chmod(0o600)


def test_a_huge_file_is_refused(tmp_path: Path, demo: Draft, monkeypatch: pytest.MonkeyPatch) -> None:
    path = save_draft_file(demo, tmp_path / "big.json")
    monkeypatch.setattr(draft_files, "MAX_DRAFT_FILE_BYTES", path.stat().st_size - 1)
    with pytest.raises(InputError, match="too large") as caught:
        load_draft_file(path)
    assert not isinstance(caught.value, DraftFileError)
    monkeypatch.setattr(draft_files, "MAX_DRAFT_FILE_BYTES", path.stat().st_size)
    assert load_draft_file(path) == demo


def test_the_real_size_cap_is_twenty_megabytes(tmp_path: Path) -> None:
    path = tmp_path / "padded.json"
    with path.open("wb") as handle:
        handle.truncate(20 * 1024 * 1024 + 1)  # sparse: costs no disk
    with pytest.raises(InputError, match="more than 20 MB"):
        load_draft_file(path)


@settings(max_examples=50, deadline=None)
@given(drafts())
def test_random_drafts_round_trip_through_a_draft_file(draft: Draft) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = save_draft_file(draft, Path(folder) / "random.json")
        assert load_draft_file(path) == draft
