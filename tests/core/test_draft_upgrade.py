"""The upgrade chain: every step tested, files from newer releases refused."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import new_draft
from desktop_app.core.errors import DraftFileError, FutureVersionError
from desktop_app.core.formats import tables
from desktop_app.core.formats.spec import load_format
from desktop_app.core.messages.errors import error_text
from desktop_app.core.model import (
    SCHEMA_VERSION,
    SignOffState,
    from_dict,
    sha256_hex,
    sign_off_state,
    signed_content,
    to_dict,
)
from desktop_app.core.signoff import sign_off
from desktop_app.core.storage import upgrade as chain
from desktop_app.core.storage.draft_files import load_draft_file
from desktop_app.core.storage.schema import content_hash
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.validation.runner import validate


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


# --- version 1 → 2: a blank table cell read as 0; version 2 keeps it apart ------------------------


def _v1_national(signed: bool) -> dict[str, Any]:
    """A national-format draft as version 1 wrote it: zeros dropped (absent read as 0), table 4
    never touched."""
    t3 = {"new": {"natural": 2, "total": 2}, "granted": {"natural": 2, "total": 2}}
    stored: dict[str, Any] = {"t2": {}, "t3": t3, "t4": {}}
    # version 1 read an absent cell as 0, in the checks and in the sentences it wrote
    spec = load_format("ogi-annual-2021")
    as_read = {key: tables.fill_empty(spec.field(key).table, value) for key, value in stored.items()}
    facts = {"proactive_items": 9, "problems": ["甲"], "measures": ["乙"], **as_read}
    draft = new_draft("ogi-annual-2021", 2022, demo_draft().agency, facts, report_date=date(2023, 1, 18))
    draft.last_year_facts["t3"] = {"carry_forward": {"natural": 1, "total": 1}}
    if signed:
        sign_off(draft, drafted_by="甲", reviewed_by="乙", approved_by="丙", issuer="县经信局", date=date(2023, 1, 18))
    draft.facts.update(stored)  # as version 1 stored them: zeros dropped
    data = to_dict(draft)
    data["schema_version"] = 1
    if signed:  # as version 1 hashed it: its schema version with the content
        content = signed_content(draft) | {"schema_version": 1}
        data["sign_off"]["content_hash"] = sha256_hex(json.dumps(content, ensure_ascii=False, sort_keys=True))
    return data


def test_step_1_to_2_writes_out_the_zeros_version_1_meant() -> None:
    data = _v1_national(signed=False)
    before = json.dumps(data, sort_keys=True)
    upgraded = chain.STEPS[1](data)
    assert upgraded["schema_version"] == 2
    t3 = upgraded["facts"]["t3"]
    assert t3["new"] == {"natural": 2, "business": 0, "research": 0, "public_interest": 0, "legal_services": 0,
                         "other_org": 0, "total": 2}  # fmt: skip
    assert t3["withheld_law"]["natural"] == 0 and t3["handled_total"]["total"] == 2
    assert upgraded["last_year_facts"]["t3"]["carry_forward"]["business"] == 0
    # a table version 1 never saw a number in was never filled: it stays empty
    assert upgraded["facts"]["t2"] == {} and upgraded["facts"]["t4"] == {}
    assert json.dumps(data, sort_keys=True) == before  # the input is not changed
    draft = from_dict(upgraded)
    assert not [f for f in validate(draft) if f.code == "table-missing" and f.field == "t3"]


def test_step_1_to_2_keeps_a_sign_off_and_what_it_printed() -> None:
    data = _v1_national(signed=True)
    upgraded = chain.upgrade(data)
    draft = from_dict(upgraded)
    assert sign_off_state(draft) is SignOffState.SIGNED_OFF
    assert tables.number(draft.facts["t4"], "cases", "review_upheld") == 0  # printed 0 when signed: still 0


def test_step_1_to_2_leaves_a_draft_of_an_unknown_format_as_it_is() -> None:
    data = _v1_national(signed=False) | {"format_id": "no-such-format"}
    upgraded = chain.STEPS[1](data)
    assert upgraded["schema_version"] == 2 and upgraded["facts"] == data["facts"]
