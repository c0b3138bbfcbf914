"""Hostile text in imports and drafts: huge, long-lined, dirty or rare characters.

Each is refused with a typed InputError, or imported with the offending characters cleaned
and *reported* in the notes; rare characters the clerk means (emoji, CJK Extension B) go
through import, the store and the .docx export intact. Every call runs under ``bounded``: a
hang is a failure, not a stuck CI job.

Complements tests/core/test_import_hostile.py (empty, binary, not-a-zip, zip bombs, entities,
sparse 20 MB file, one 1/3 MB line, old .doc).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.importing.importer import import_report, import_text
from desktop_app.core.model import Draft
from desktop_app.core.rollforward.forward import roll_forward
from desktop_app.core.storage.draft_files import load_draft_file, save_draft_file
from desktop_app.core.storage.store import DraftStore
from desktop_app.core.validation.runner import validate
from desktop_app.core.word.export import export_docx, render_docx_bytes
from tests.robustness.helpers import bounded, docx_bytes, read_docx_texts

MB = 1024 * 1024

# --- size -------------------------------------------------------------------------------------


def test_fifty_megabytes_of_text_in_a_file_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = ("2017年，我局主动公开政府信息49条。" * 20 + "\n").encode("utf-8")
    with path.open("wb") as handle:  # real bytes, not a sparse file: the reader must not slurp it
        for _ in range(50 * MB // len(line) + 1):
            handle.write(line)
    assert path.stat().st_size >= 50 * MB
    with pytest.raises(InputError, match="too large") as caught:
        bounded(lambda: import_report(path))
    assert caught.value.path == path
    assert "50 MB" in str(caught.value)


def test_fifty_megabytes_of_pasted_text_are_refused() -> None:
    text = "政" * (50 * MB)
    with pytest.raises(InputError, match="too large"):
        bounded(lambda: import_text(text))


def _megabyte(unit: str) -> str:
    """``unit`` repeated to one megabyte of UTF-8: one line of a hostile file."""
    return unit * (MB // len(unit.encode("utf-8")))


HOSTILE_LINES = {
    "digits": "主动公开政府信息" + "4" * MB + "条",  # a number pattern that never ends
    "years": _megabyte("2017年"),  # 150,000 year mentions
    "headings": _megabyte("一、"),  # heading starts
    "brackets": _megabyte("（"),
    "titles": _megabyte("政府信息公开工作年度报告"),
    "spaces": " " * MB + "。",
    "no-breaks": _megabyte("全年主动公开政府信息"),
}


def test_one_megabyte_lines_import_validate_roll_forward_and_export(tmp_path: Path) -> None:
    path = tmp_path / "lines.txt"
    path.write_text("县经信局\n2017年政府信息公开工作总结\n" + "\n".join(HOSTILE_LINES.values()), encoding="utf-8")
    result = bounded(lambda: import_report(path))
    kept = result.draft.full_text() + "".join(result.unplaced)
    for name, line in HOSTILE_LINES.items():
        assert line.strip() in kept, name
    bounded(lambda: validate(result.draft))
    bounded(lambda: roll_forward(result.draft))
    target = bounded(lambda: export_docx(result.draft, tmp_path / "long.docx"))
    assert any(HOSTILE_LINES["no-breaks"] in t for t in read_docx_texts(target))


def test_a_one_megabyte_line_of_dates_validates() -> None:
    draft = import_text("县经信局\n2017年政府信息公开工作总结\n" + _megabyte("二〇一八年一月九日")).draft
    bounded(lambda: validate(draft))


def test_a_one_megabyte_line_of_unclosed_template_markup_validates() -> None:
    """Each unclosed {{ once read on to the end of its line: 120,000 characters took 22 s."""
    draft = import_text("县经信局\n2017年政府信息公开工作总结\n" + _megabyte("{{a") + _megabyte("{%a")).draft
    findings = bounded(lambda: validate(draft))
    assert sum(f.code == "placeholder" for f in findings) > 600_000


# --- dirty characters: cleaned and reported -----------------------------------------------------


@pytest.mark.parametrize(
    ("dirt", "note"),
    [
        ("\x00", "control characters"),
        ("\x07\x1b", "control characters"),
        ("\x9b", "control characters"),
        ("\ud800", "unpaired surrogates"),
        ("\udfff", "unpaired surrogates"),
        ("\u200b\u202e", "invisible characters"),
        ("\ufeff", "invisible characters"),
        ("\ufffe", "non-characters"),
    ],
    ids=["nul", "bell-escape", "c1", "high-surrogate", "low-surrogate", "zero-width-rtl", "bom", "noncharacter"],
)
def test_dirty_characters_are_removed_and_reported(tmp_path: Path, sample_text: str, dirt: str, note: str) -> None:
    dirty = sample_text.replace("主动公开政府信息 49 条", f"主动公开{dirt}政府信息 4{dirt}9 条")
    assert dirty != sample_text
    result = import_text(dirty)
    text = result.draft.full_text()
    assert not any(c in text for c in dirt)
    assert "主动公开政府信息 49 条" in text
    assert result.draft.facts["proactive_items"] == 49
    assert any(note in n and n.startswith(f"removed {2 * len(dirt)} ") for n in result.notes), result.notes
    # and the cleaned draft goes everywhere a draft goes
    save_draft_file(result.draft, tmp_path / "clean.json")
    assert load_draft_file(tmp_path / "clean.json") == result.draft
    render_docx_bytes(result.draft)


def test_dirty_characters_in_a_docx_are_removed_and_reported(tmp_path: Path) -> None:
    # python-docx refuses to write control characters, so the XML is written by hand: a
    # zero-width space and a direction mark, which XML allows and a .docx carries
    data = docx_bytes("县经信局", "2017年政府信息公开工作总结", "全年主动公开\u200b政府信息\u200f49条。")
    path = tmp_path / "dirty.docx"
    path.write_bytes(data)
    result = import_report(path)
    assert "全年主动公开政府信息49条。" in result.draft.full_text()
    assert any("removed 2 invisible" in n for n in result.notes), result.notes


def test_a_clean_report_reports_no_removals(sample_text: str) -> None:
    assert not any(n.startswith("removed") for n in import_text(sample_text).notes)


# --- rare characters: kept -----------------------------------------------------------------------

RARE = "𠀀𠮷𪚥𬌗"  # CJK Extension B and later: outside the BMP, surrogate pairs in UTF-16
EMOJI = "👍🏽👨‍👩‍👧🇨🇳"  # skin tone, zero-width joiner sequence, flag


@pytest.mark.parametrize("source", ["txt-utf8", "txt-utf16", "txt-gb18030", "docx", "pasted"])
def test_emoji_and_extension_b_characters_survive_import_store_and_export(
    tmp_path: Path, sample_text: str, source: str
) -> None:
    marked = sample_text.replace("经信局秉承", f"经信局{RARE}秉承{EMOJI}")
    if source == "pasted":
        result = import_text(marked)
    else:
        path = tmp_path / ("r.docx" if source == "docx" else "r.txt")
        if source == "docx":
            path.write_bytes(docx_bytes(*marked.splitlines()))
        else:
            encoding = {"txt-utf8": "utf-8", "txt-utf16": "utf-16", "txt-gb18030": "gb18030"}[source]
            path.write_bytes(marked.encode(encoding))
        result = import_report(path)
    draft = result.draft
    assert f"经信局{RARE}秉承{EMOJI}" in draft.full_text()
    assert not any(n.startswith("removed") for n in result.notes)

    with DraftStore(tmp_path / "s.sqlite3") as store:
        store.create(draft)
        stored = store.load(draft.id)
    assert stored == draft
    target = export_docx(stored, tmp_path / "out.docx")
    assert any(f"经信局{RARE}秉承{EMOJI}" in t for t in read_docx_texts(target))
    rolled = roll_forward(stored).draft
    assert f"经信局{RARE}秉承{EMOJI}" in rolled.full_text()


def test_rare_characters_in_names_and_title_export_intact(tmp_path: Path, demo: Draft) -> None:
    demo.agency.full_name = f"{RARE}县{EMOJI}局"
    demo.issuer = demo.agency.full_name
    texts = read_docx_texts(export_docx(demo, tmp_path / "names.docx"))
    assert demo.agency.full_name in texts[0] or any(demo.agency.full_name in t for t in texts)
    assert texts.count(demo.issuer) >= 1


# --- names the .docx properties cannot hold as they are -------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["县经信局\x01", "县\x0b经信局", "\ufffe县经信局", "某" * 300, "局" * 254 + "\x00"],
    ids=["control", "vertical-tab", "noncharacter", "300-characters", "long-and-nul"],
)
def test_an_agency_name_word_properties_cannot_hold_still_exports(tmp_path: Path, demo: Draft, name: str) -> None:
    """The name goes into the document properties (title, author), which are XML text of
    at most 255 characters: the export cleans and shortens them, never fails."""
    demo.agency.full_name = name
    demo.issuer = name
    path = export_docx(demo, tmp_path / "odd.docx")
    import docx

    props = docx.Document(str(path)).core_properties
    assert 0 < len(props.author) <= 255
    assert props.author.strip("\x00\x01\x0b\ufffe") == props.author
