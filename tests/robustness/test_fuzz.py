"""Fuzzing with hypothesis: import (text, and .docx built from random paragraphs), draft-file
loading (random bytes, random JSON-ish mutations of a real draft), validation and export of
random drafts. The contract each time: a typed ReportError, or a result every later step can
use, never another exception.

CI runs ``FUZZ_EXAMPLES`` (30) examples per test. For a long run on demand:

    OGI_FUZZ_EXAMPLES=2000 .venv/bin/python -m pytest tests/robustness/test_fuzz.py
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.core import editing
from desktop_app.core.demo import demo_draft
from desktop_app.core.errors import InputError, ReportError
from desktop_app.core.formats.spec import available_formats, load_format
from desktop_app.core.importing.cleaning import xml_safe
from desktop_app.core.importing.importer import ImportResult, import_report, import_text
from desktop_app.core.messages.catalogue import message
from desktop_app.core.model import Draft, from_dict, from_json, to_dict, to_json
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.draft_files import load_draft_file, save_draft_file
from desktop_app.core.validation.runner import Severity, validate
from desktop_app.core.word.export import render_docx_bytes
from tests.strategies import any_texts, cjk_texts, drafts, texts, xml_texts

FUZZ_EXAMPLES = int(os.environ.get("OGI_FUZZ_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=FUZZ_EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
FORMATS = available_formats()


# --- what every result must satisfy -----------------------------------------------------------


def _check_draft(draft: Draft) -> None:
    """A draft every later step can use: JSON round trip, validation, roll-forward, export."""
    assert from_json(to_json(draft)) == draft
    for finding in validate(draft):
        assert finding.severity in (Severity.ERROR, Severity.WARNING)
        message(finding, "zh_CN")
        message(finding, "en")
    try:
        following = roll_forward(draft).draft
    except InputError:
        following = None  # e.g. a year that cannot move on
    if following is not None:
        validate(following, draft)
    data = render_docx_bytes(draft)
    assert zipfile.is_zipfile(io.BytesIO(data))


def _check_import(result: ImportResult) -> None:
    draft = result.draft
    for text in [s.text for s in draft.sections] + draft.unplaced:
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in text), "a surrogate survived cleaning"
        assert xml_safe(text) == text.replace("\x0b", "").replace("\x0c", ""), "a control character survived"
    assert result.unplaced == draft.unplaced
    _check_draft(draft)


# --- import ----------------------------------------------------------------------------------


def _headings() -> list[str]:
    return [s.heading_text for f in FORMATS for s in load_format(f).sections if s.heading]


_REPORT_BITS = [
    "县经信局",
    "2017年政府信息公开工作总结",
    "某县统计局2021年政府信息公开工作年度报告",
    "二〇一八年一月九日",
    "2018年1月9日",
    "二O一八年一月九日",
    "（一）加强组织领导。",
    "主动公开政府信息 49 条。",
    "收到政府信息公开申请 3 件。",
    "未发生行政复议、行政诉讼。",
    "- 2 -",
    "第 3 页",
    "\t".join(["信息类别", "条数"]),
]


def paragraphs(alphabet: st.SearchStrategy[str]) -> st.SearchStrategy[list[str]]:
    """A report-like sequence: real headings, report phrases and random text, in any order."""
    return st.lists(
        st.one_of(st.sampled_from(_headings()), st.sampled_from(_REPORT_BITS), alphabet),
        min_size=0,
        max_size=40,
    )


@FUZZ
@given(paragraphs(st.one_of(any_texts(max_size=80), texts(max_size=80), st.characters().map(str))))
def test_import_text_of_random_paragraphs(lines: list[str]) -> None:
    try:
        result = import_text("\n".join(lines))
    except InputError:
        return
    _check_import(result)


@FUZZ
@given(paragraphs(st.one_of(xml_texts(max_size=80), cjk_texts(min_size=41, max_size=120))))
def test_import_of_a_docx_built_from_random_paragraphs(lines: list[str]) -> None:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.docx"
        document.save(str(path))
        try:
            result = import_report(path)
        except InputError:
            assert not any(line.strip() for line in lines), "a document with text was refused"
            return
    _check_import(result)
    kept = "\n".join([s.text for s in result.draft.sections] + result.draft.unplaced)
    for line in lines:
        # a long line is body text: never taken as a title, heading or date, never dropped
        if len(line.strip()) > 40 and "\n" not in line and "\t" not in line:
            assert line.strip() in kept


@FUZZ
@given(st.binary(max_size=4000))
def test_import_of_random_bytes_as_any_kind_of_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for name in ("r.txt", "r.docx"):  # (a .doc goes to LibreOffice: covered in tests/core)
            path = Path(folder) / name
            path.write_bytes(data)
            with contextlib.suppress(InputError):
                _check_import(import_report(path))


# --- draft files -------------------------------------------------------------------------------


@FUZZ
@given(st.binary(max_size=4000))
def test_loading_random_bytes_as_a_draft_file(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "random.json"
        path.write_bytes(data)
        try:
            draft = load_draft_file(path)
        except InputError as exc:
            assert exc.path == path
            return
        _check_draft(draft)


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=10,
)


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _real_draft() -> dict[str, Any]:
    draft = demo_draft()
    draft.unconfirmed = ["fact:proactive_items"]
    draft.unplaced = ["一段未归类的文字。"]
    data = to_dict(draft)
    data["sign_off"] = {
        "drafted_by": "张三",
        "reviewed_by": "李四",
        "approved_by": "王五",
        "issuer": "县经信局",
        "date": "2018-01-09",
        "section_hashes": {"intro": "abc"},
        "revision": 3,
    }
    data["lineage"] = {"kind": "rolled-forward", "source_draft_id": "x", "source_year": 2016, "source_file": None}
    data["last_year_facts"] = {"proactive_items": 30}
    return data


_BASE = _real_draft()
_BASE_PATHS = list(_paths(_BASE))[1:]


@st.composite
def mutated_drafts(draw: st.DrawFn) -> dict[str, Any]:
    """A real draft with one to four values replaced, removed, or keys added at random."""
    data = copy.deepcopy(_BASE)
    for _ in range(draw(st.integers(1, 4))):
        path = draw(st.sampled_from(_BASE_PATHS))
        parent: Any = data
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = draw(st.sampled_from(["replace", "remove", "add"]))
            if action == "replace":
                parent[path[-1]] = draw(_JSON_VALUES)
            elif action == "remove":
                del parent[path[-1]]
            elif isinstance(parent, dict):
                parent[draw(st.text(max_size=8))] = draw(_JSON_VALUES)
        except (KeyError, IndexError, TypeError):
            pass  # an earlier mutation removed the way there
    return data


@FUZZ
@given(mutated_drafts())
def test_loading_random_mutations_of_a_real_draft_file(data: dict[str, Any]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mutated.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        try:
            draft = load_draft_file(path)
        except InputError as exc:
            assert exc.path == path
            return
        _check_draft(draft)
        editing.refresh_boilerplate(draft)  # the first thing an edit in the editor does
        save_draft_file(draft, Path(folder) / "again.json")
        assert load_draft_file(Path(folder) / "again.json") == draft


@FUZZ
@given(mutated_drafts())
def test_the_model_itself_refuses_or_accepts_mutations_cleanly(data: dict[str, Any]) -> None:
    try:
        draft = from_dict(data)
    except ReportError:
        return
    assert from_dict(to_dict(draft)) == draft


# --- validation and export of random drafts -----------------------------------------------------


@FUZZ
@given(st.sampled_from(FORMATS).flatmap(lambda f: drafts(format_id=f)))
def test_validation_of_random_drafts(draft: Draft) -> None:
    texts_by_section = {s.id: s.text for s in draft.sections}
    for finding in validate(draft):
        assert finding.severity in (Severity.ERROR, Severity.WARNING)
        assert message(finding, "zh_CN") and message(finding, "en")
        if finding.span is not None and finding.section in texts_by_section:
            start, end = finding.span
            assert 0 <= start <= end <= len(texts_by_section[finding.section])


@FUZZ
@given(st.sampled_from(FORMATS).flatmap(lambda f: drafts(format_id=f)))
def test_export_of_random_drafts(draft: Draft) -> None:
    before = to_json(draft)
    try:
        data = render_docx_bytes(draft)
    except ReportError:
        return  # e.g. a title needing a fact the draft lacks
    assert to_json(draft) == before  # export never changes the draft
    document = docx.Document(io.BytesIO(data))
    written = "\n".join(p.text for p in document.paragraphs)
    for section in draft.sections:
        for paragraph in section.paragraphs():
            # what XML can hold; a carriage return inside text reads back as a line feed
            assert xml_safe(paragraph).replace("\r", "\n").strip() in written
