"""Import notes: English text for the command line, Chinese for the clerk, one catalogue."""

from __future__ import annotations

import re
from pathlib import Path

from desktop_app.core.importing.importer import import_text
from desktop_app.core.importing.notes import Note, in_language
from desktop_app.core.messages.catalogue import NOTES

CORE = Path(__file__).resolve().parents[2] / "desktop_app" / "core"


def test_every_note_the_core_makes_is_in_the_catalogue() -> None:
    made = {m for path in CORE.rglob("*.py") for m in re.findall(r'Note\("([a-z-]+)"', path.read_text("utf-8"))}
    made |= {f"removed-{kind}" for kind in ("control", "surrogate", "invisible", "noncharacter")}
    assert made and made <= set(NOTES)
    for code, (zh_cn, en) in NOTES.items():
        assert zh_cn.strip() and en.strip(), code


def test_a_note_is_its_english_text_and_words_itself_in_chinese() -> None:
    note = Note("joined", count=3)
    assert note == "joined 3 lines that a page break had split mid-sentence"
    assert note.in_language("zh_CN") == "接续了3处被分页断开的句子。"
    assert in_language(note, "en") == note
    assert in_language("plain text", "zh_CN") == "plain text"


def test_import_notes_render_filled_in_both_languages(sample_text: str) -> None:
    dirty = sample_text.replace("县经信局", "县经信局\x07", 1).replace("二〇一八", "二O一八")
    result = import_text(dirty)
    assert result.notes and all(isinstance(n, Note) for n in result.notes)
    for note in result.notes:
        for lang in ("zh_CN", "en"):
            text = note.in_language(lang)
            assert text and "{" not in text, (note.code, lang)
        assert any("\u4e00" <= c <= "\u9fff" for c in note.in_language("zh_CN")) or note.code == "read-text"
