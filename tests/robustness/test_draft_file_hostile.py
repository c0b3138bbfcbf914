"""Draft files from outside: truncated, wrongly typed, from the future, with unknown keys or
with values that would only fail later (in a save, an export, a template). Each is a typed
DraftFileError naming the file, or opens as a draft every later step can use.

Complements tests/core/test_draft_files.py (round trip, BOM, size cap, a few malformed files).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core import editing
from desktop_app.core.errors import DraftFileError, FutureVersionError
from desktop_app.core.model import SCHEMA_VERSION, Draft, to_dict, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.draft_files import load_draft_file, save_draft_file
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import render_docx_bytes


def _write(tmp_path: Path, data: Any, name: str = "d.json") -> Path:
    path = tmp_path / name
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def _usable(draft: Draft, tmp_path: Path) -> None:
    """Everything the app does with an opened draft works (or says why, typed)."""
    validate(draft)
    render_docx_bytes(draft)
    roll_forward(draft)
    editing.refresh_boilerplate(draft)
    save_draft_file(draft, tmp_path / "again.json")
    with DraftStore(tmp_path / "store.sqlite3") as store:
        store.save(draft)
        assert store.load(draft.id) == draft


# --- truncated ---------------------------------------------------------------------------------


def test_a_draft_file_cut_anywhere_is_a_draft_file_error(tmp_path: Path, demo: Draft) -> None:
    whole = (to_json(demo) + "\n").encode("utf-8")
    cuts = sorted({*range(0, 200, 7), *range(len(whole) - 40, len(whole) - 1), *range(200, len(whole), 997)})
    for cut in cuts:
        path = tmp_path / "cut.json"
        path.write_bytes(whole[:cut])
        with pytest.raises(DraftFileError) as caught:
            load_draft_file(path)
        assert caught.value.path == path
        assert path.read_bytes() == whole[:cut]  # opening changes nothing


# --- wrong types -------------------------------------------------------------------------------


def _set(data: dict[str, Any], dotted: str, value: Any) -> None:
    *parents, last = dotted.split(".")
    target: Any = data
    for key in parents:
        target = target[int(key)] if isinstance(target, list) else target[key]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value


WRONG_TYPES = [
    ("year", "2017"),
    ("year", 2017.0),
    ("year", True),
    ("year", 99999),
    ("format_id", 7),
    ("agency", "县经信局"),
    ("agency.full_name", None),
    ("agency.short_name", ["县经信局"]),
    ("facts", []),
    ("facts.proactive_items", {"a": "b"}),
    ("facts.proactive_items", True),
    ("sections", {}),
    ("sections.0", "导语"),
    ("sections.0.id", 1),
    ("sections.0.text", ["一段"]),
    ("sections.0.origin", "pasted"),
    ("report_date", "2018-13-40"),
    ("report_date", 20180109),
    ("date_style", "roman"),
    ("issuer", 5),
    ("sign_off", "王五"),
    ("lineage", []),
    ("lineage", {"kind": "imported", "source_year": "2016"}),
    ("unconfirmed", "fact:proactive_items"),
    ("unplaced", [1, 2]),
    ("last_year_facts", "49"),
]


@pytest.mark.parametrize(("where", "value"), WRONG_TYPES, ids=[f"{w}={v!r}" for w, v in WRONG_TYPES])
def test_a_wrongly_typed_value_is_a_draft_file_error(tmp_path: Path, demo: Draft, where: str, value: Any) -> None:
    data = to_dict(demo)
    _set(data, where, value)
    path = _write(tmp_path, data)
    with pytest.raises(DraftFileError) as caught:
        load_draft_file(path)
    assert str(path) in str(caught.value)


def test_a_wrongly_typed_sign_off_is_a_draft_file_error(tmp_path: Path, demo: Draft) -> None:
    data = to_dict(demo)
    data["sign_off"] = {"drafted_by": "张三", "date": "2018-01-09", "revision": "7"}
    with pytest.raises(DraftFileError):
        load_draft_file(_write(tmp_path, data))


# A draft file's facts are checked against their fields' kinds: a count that is text would
# otherwise open fine and then break the boilerplate the moment the clerk edits a fact.
WRONG_KINDS = [
    ("facts", "proactive_items", "四十九"),
    ("facts", "proactive_items", "49"),
    ("facts", "proactive_items", -1),
    ("facts", "proactive_items", 4.5),
    ("facts", "proactive_items", ["49"]),
    ("facts", "fees_collected", "12.5"),
    ("facts", "fees_collected", -3),
    ("facts", "measures", 7),
    ("facts", "leading_group_head", ["张三"]),
    ("last_year_facts", "proactive_items", "四十九"),
]


@pytest.mark.parametrize(("where", "key", "value"), WRONG_KINDS, ids=[f"{w}.{k}={v!r}" for w, k, v in WRONG_KINDS])
def test_a_fact_of_the_wrong_kind_is_a_draft_file_error(
    tmp_path: Path, demo: Draft, where: str, key: str, value: Any
) -> None:
    data = to_dict(demo)
    data[where][key] = value
    with pytest.raises(DraftFileError, match=key):
        load_draft_file(_write(tmp_path, data))


def test_facts_of_the_right_kind_open_and_are_usable(tmp_path: Path, demo: Draft) -> None:
    data = to_dict(demo)
    data["facts"].update(proactive_items=0, fees_collected=12.5, measures=[])
    data["last_year_facts"] = {"proactive_items": 30, "fees_collected": 0}
    draft = load_draft_file(_write(tmp_path, data))
    assert draft.facts["fees_collected"] == 12.5
    _usable(draft, tmp_path)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ('"proactive_items": NaN', "not a number"),
        ('"proactive_items": Infinity', "not a number"),
        ('"proactive_items": -Infinity', "not a number"),
        ('"proactive_items": ' + "9" * 20, "too large"),
        ('"proactive_items": ' + "9" * 5000, "JSON error"),  # Python refuses to convert it at all
        ('"fees_collected": 1e400', "not finite"),
    ],
    ids=["nan", "infinity", "minus-infinity", "beyond-2**53", "5000-digits", "float-overflow"],
)
def test_numbers_json_readers_disagree_on_are_refused(tmp_path: Path, demo: Draft, text: str, match: str) -> None:
    # JSON text, because json.dumps would not write these; the demo has 49 items and no fees
    key = text.split(":")[0]
    data = to_json(demo).replace(f"{key}: {49 if 'proactive' in key else 0}", text)
    assert text in data
    with pytest.raises(DraftFileError, match=match):
        load_draft_file(_write(tmp_path, data))


@pytest.mark.parametrize("where", ["sections.1.text", "agency.full_name", "unplaced", "facts.note"])
def test_unpaired_surrogates_spelled_as_json_escapes_are_refused(tmp_path: Path, demo: Draft, where: str) -> None:
    # "\ud800" is valid JSON, but such text cannot be written as UTF-8: the next save or
    # export would fail. Refusing it at the door names the file instead.
    data = to_dict(demo)
    if where == "unplaced":
        data["unplaced"] = ["坏\udc00字"]
    elif where == "facts.note":
        data["facts"]["\ud83d"] = 1
    else:
        _set(data, where, "坏\ud800字")
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="ascii")
    with pytest.raises(DraftFileError, match="surrogates"):
        load_draft_file(path)


def test_a_draft_of_an_unknown_format_is_refused_by_name(tmp_path: Path, demo: Draft) -> None:
    data = to_dict(demo)
    data["format_id"] = "../../etc"
    with pytest.raises(DraftFileError, match="format") as caught:
        load_draft_file(_write(tmp_path, data))
    assert caught.value.path == tmp_path / "d.json"


# --- unknown keys: ignored (forward-compatible) ------------------------------------------------


def test_unknown_keys_everywhere_are_ignored(tmp_path: Path, demo: Draft) -> None:
    """A newer version may add keys without raising schema_version; this one opens the
    file and keeps what it knows. (Saving it again drops what it does not know.)"""
    data = to_dict(demo)
    data["attachments"] = [{"name": "附件1.pdf"}]
    data["agency"]["unit_code"] = "11371327MB"
    data["sections"][0]["comments"] = ["请核实"]
    data["sections"][0]["format_hint"] = {"bold": True}
    data["lineage"] = {"kind": "imported", "source_file": "x.docx", "checksum": "abc"}
    data["sign_off"] = None
    draft = load_draft_file(_write(tmp_path, data))
    assert draft.agency == demo.agency
    assert [s.text for s in draft.sections] == [s.text for s in demo.sections]
    assert draft.facts == demo.facts
    _usable(draft, tmp_path)
    assert "attachments" not in json.loads((tmp_path / "again.json").read_text(encoding="utf-8"))


def test_unknown_fact_keys_are_carried_untouched(tmp_path: Path, demo: Draft) -> None:
    data = to_dict(demo)
    data["facts"]["a_field_of_a_newer_format"] = "保留"
    draft = load_draft_file(_write(tmp_path, data))
    assert draft.facts["a_field_of_a_newer_format"] == "保留"
    _usable(draft, tmp_path)


# --- from the future ---------------------------------------------------------------------------


@pytest.mark.parametrize("shape", ["same-shape", "new-shape", "only-version"])
def test_a_schema_from_the_future_is_refused_whatever_its_shape(tmp_path: Path, demo: Draft, shape: str) -> None:
    data: dict[str, Any] = to_dict(demo)
    if shape == "new-shape":
        data = {"schema_version": SCHEMA_VERSION + 5, "document": {"blocks": [1, 2, 3]}}
    elif shape == "only-version":
        data = {"schema_version": 10**6}
    data["schema_version"] = data["schema_version"] if shape != "same-shape" else SCHEMA_VERSION + 1
    path = _write(tmp_path, data)
    before = path.read_bytes()
    with pytest.raises(FutureVersionError) as caught:
        load_draft_file(path)
    assert caught.value.path == path
    assert "update the app" in str(caught.value)
    assert path.read_bytes() == before


@pytest.mark.parametrize("version", [0, -1])
def test_a_schema_version_below_one_is_a_draft_file_error(tmp_path: Path, demo: Draft, version: int) -> None:
    data = to_dict(demo)
    data["schema_version"] = version
    with pytest.raises(DraftFileError, match="schema_version"):
        load_draft_file(_write(tmp_path, data))
