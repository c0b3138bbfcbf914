"""The upgrade chain: every step tested, files from newer releases refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.errors import DraftFileError, FutureVersionError
from desktop_app.core.messages.errors import error_text
from desktop_app.core.model import SCHEMA_VERSION, to_dict
from desktop_app.core.storage import upgrade as chain
from desktop_app.core.storage.draft_files import load_draft_file
from desktop_app.core.storage.schema import content_hash
from desktop_app.core.storage.store import DraftStore


def _unversioned() -> dict[str, Any]:
    data = to_dict(demo_draft())
    for key in ("schema_version", "date_style", "unconfirmed", "unplaced", "last_year_facts"):
        data.pop(key)
    return data


def test_there_is_a_step_from_every_older_version() -> None:
    assert set(chain.STEPS) == set(range(chain.UNVERSIONED, SCHEMA_VERSION))


def test_step_0_to_1_stamps_the_version_and_fills_what_an_unversioned_file_lacks() -> None:
    data = _unversioned()
    before = json.dumps(data, sort_keys=True)
    upgraded = chain.STEPS[0](data)
    assert upgraded["schema_version"] == 1
    assert upgraded["date_style"] == "chinese"
    assert upgraded["unconfirmed"] == [] and upgraded["unplaced"] == [] and upgraded["last_year_facts"] == {}
    assert json.dumps(data, sort_keys=True) == before  # the input is not changed


def test_step_0_to_1_keeps_what_the_file_has() -> None:
    data = _unversioned() | {"date_style": "arabic", "unplaced": ["一段"]}
    upgraded = chain.STEPS[0](data)
    assert upgraded["date_style"] == "arabic" and upgraded["unplaced"] == ["一段"]


def test_an_unversioned_draft_file_opens_as_the_current_version(tmp_path: Path) -> None:
    path = tmp_path / "old.json"
    path.write_text(json.dumps(_unversioned(), ensure_ascii=False), encoding="utf-8")
    draft = load_draft_file(path)
    assert to_dict(draft)["schema_version"] == SCHEMA_VERSION
    assert draft.sections == demo_draft().sections


def test_the_current_version_passes_unchanged() -> None:
    data = to_dict(demo_draft())
    assert chain.upgrade(data) == data


def test_the_store_loads_through_the_chain() -> None:
    draft = demo_draft()
    with DraftStore() as store:
        store.create(draft)
        old = json.dumps(_unversioned() | {"id": draft.id}, ensure_ascii=False)
        store._conn.execute(
            "UPDATE drafts SET json = ?, content_hash = ? WHERE id = ?", (old, content_hash(old), draft.id)
        )
        loaded = store.load(draft.id)
    assert loaded.sections == draft.sections


@pytest.mark.parametrize("version", [SCHEMA_VERSION + 1, 99])
def test_a_file_from_a_newer_release_is_refused_clearly(tmp_path: Path, version: int) -> None:
    path = tmp_path / "new.json"
    path.write_text(json.dumps(to_dict(demo_draft()) | {"schema_version": version}), encoding="utf-8")
    with pytest.raises(FutureVersionError) as caught:
        load_draft_file(path)
    assert "update the app" in error_text(caught.value, "en")
    assert "请升级" in error_text(caught.value, "zh_CN") and str(version) in error_text(caught.value, "zh_CN")


@pytest.mark.parametrize("value", ["1", 1.0, True, 0, -1])
def test_a_version_that_no_release_wrote_is_refused(value: object) -> None:
    with pytest.raises(DraftFileError):
        chain.upgrade(to_dict(demo_draft()) | {"schema_version": value})
