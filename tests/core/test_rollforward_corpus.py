"""Roll-forward of real-looking published reports: nothing stale is left unflagged.

Every national-format report of tests/data/corpus is imported with the importer and rolled
forward; in the new text every digit, year, date, 文号 and period word that came from last
year must lie inside an item to confirm. The check here is deliberately simpler than the
finder (any digit at all), so a pattern the finder misses fails the test.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from desktop_app.core.errors import InputError
from desktop_app.core.importing.importer import import_report
from desktop_app.core.model import Draft, Origin
from desktop_app.core.rollforward.forward import RollForwardResult, roll_forward
from desktop_app.core.rollforward.years import find_year_mentions, shift_years

CORPUS = Path(__file__).parent.parent / "data" / "corpus"
NATIONAL = "ogi-annual-2021"
# what the finder is checked against: any digit, a 文号 bracket, a month, a period word
_MUST_BE_COVERED = re.compile(
    r"[0-9０-９]|[〔［【\[]\s*(?:19|20)\d\d|(?<=[一二三四五六七八九十])月|上半年|下半年|今年以来|截至|截止"
    r"|[一二三四1-4]\s*季度|去年|今年"
)
# list markers ("1.", "2、" opening a line; "（3）") are not stale
_LIST_MARKER = re.compile(r"(?m)^\s*[0-9０-９]+\s*[、.．](?![0-9])|[（(][0-9０-９]+[）)]")


def _reports() -> list[Path]:
    found = []
    for expect in sorted(CORPUS.glob("*.expect.toml")):
        if tomllib.loads(expect.read_text(encoding="utf-8"))["format"] != NATIONAL:
            continue
        stem = expect.name.removesuffix(".expect.toml")
        found += [p for p in CORPUS.glob(f"{stem}.*") if not p.name.endswith(".toml")]
    return found


REPORTS = _reports()


def _rolled(path: Path) -> tuple[Draft, RollForwardResult] | None:
    try:
        source = import_report(path, NATIONAL).draft
    except InputError:
        return None  # a file the importer refuses has nothing to roll forward
    return source, roll_forward(source)


def test_the_corpus_has_national_reports_the_importer_reads() -> None:
    read = [path for path in REPORTS if _rolled(path) is not None]
    assert len(REPORTS) >= 15
    assert len(read) >= len(REPORTS) - 2, [p.name for p in REPORTS if p not in read]


@pytest.mark.parametrize("path", REPORTS, ids=[p.stem for p in REPORTS])
def test_nothing_stale_is_left_unflagged(path: Path) -> None:
    rolled = _rolled(path)
    if rolled is None:
        return
    source, result = rolled
    draft = result.draft
    keys = {item.key for item in result.to_confirm}
    assert draft.unconfirmed == [item.key for item in result.to_confirm]
    for section in draft.sections:
        if section.origin is Origin.BOILERPLATE:
            before = source.section(section.id)
            if before is None or not before.text.strip():
                # written from the template because the source lacked it: listed
                assert f"template:{section.id}" in keys, section.id
            continue
        assert section.origin is Origin.CARRIED
        covered = [False] * len(section.text)
        for marker in _LIST_MARKER.finditer(section.text):
            covered[marker.start() : marker.end()] = [True] * (marker.end() - marker.start())
        for item in draft.text_items:
            if item.section == section.id:
                assert f"text:{section.id}:" in item.key and item.key in keys
                covered[item.start : item.end] = [True] * (item.end - item.start)
        uncovered = [
            (m.group(), section.text[max(0, m.start() - 12) : m.end() + 12])
            for m in _MUST_BE_COVERED.finditer(section.text)
            if not covered[m.start()]
        ]
        assert uncovered == [], f"{section.id}: {uncovered[:5]}"
        for mention in find_year_mentions(section.text):
            assert all(covered[mention.start : mention.end]), section.text[mention.start : mention.end]
    for n, passage in enumerate(source.unplaced):
        assert f"unplaced:{n}" in keys
        assert draft.unplaced[n] == shift_years(passage, 1)


@pytest.mark.parametrize("path", REPORTS, ids=[p.stem for p in REPORTS])
def test_each_item_shows_last_years_words_where_they_stood(path: Path) -> None:
    rolled = _rolled(path)
    if rolled is None:
        return
    source, result = rolled
    by_key = {item.key: item for item in result.to_confirm}
    for item in result.draft.text_items:
        listed = by_key[item.key]
        assert listed.section == item.section and listed.span == (item.start, item.end)
        old = source.section(item.section)
        assert old is not None
        # years moved on keep their length, so last year's words stood at the same place
        assert old.text[item.start : item.end] == item.old_text
        new = result.draft.section(item.section)
        assert new is not None
        assert new.text[item.start : item.end] == shift_years(item.old_text, 1) or item.kind == "year"
