"""Validation of a long draft: the quick scans change no finding, and the work grows linearly.

The big draft is the published-report corpus one report after another (benchmarks'
``corpus_draft``), with the worst case of the text rules (a sentence of findings), template
markup left unclosed, and characters a GB 2312 font lacks mixed in.
"""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import pytest

from benchmarks.report_content import DENSE_SENTENCE, corpus_draft
from desktop_app.core import textscan
from desktop_app.core.model import Draft
from desktop_app.core.validation import placeholder_scan, rules_similarity, rules_text
from desktop_app.core.validation.runner import validate
from tests.core.test_textscan import PLACEHOLDERS_AS_ONE, _gb2312_one_by_one

_MIXED_IN = ["{{ 单位名称", "{%a" * 40, DENSE_SENTENCE * 3, "堃喆😀𠀀€"]


def _big_draft(chars: int) -> Draft:
    draft = corpus_draft(chars)
    for number, section in enumerate(draft.sections):
        paragraphs = section.text.split("\n")
        for at in range(0, len(paragraphs), 7):  # every seventh paragraph gains a piece
            paragraphs[at] += _MIXED_IN[(number + at) % len(_MIXED_IN)]
        section.text = "\n".join(paragraphs)
    return draft


@pytest.fixture(scope="module")
def big_draft() -> Draft:
    return _big_draft(150_000)


def _plain_scans(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every quick path replaced by the straightforward one it stands for."""

    def plain_finditer(self: textscan.Sparse, text: str, pos: int = 0) -> Iterator[Any]:
        return self.pattern.finditer(text, pos)

    def one_by_one(texts: list[str]) -> list[str]:
        return [rules_similarity.normalise(t) for t in texts]

    monkeypatch.setattr(textscan.Sparse, "finditer", plain_finditer)
    monkeypatch.setattr(rules_text, "placeholder_spans", lambda t: (m.span() for m in PLACEHOLDERS_AS_ONE.finditer(t)))
    monkeypatch.setattr(rules_similarity, "_normalise_lines", one_by_one)
    monkeypatch.setattr(rules_text, "_outside_gb2312", _gb2312_one_by_one)


def test_a_big_varied_draft_has_the_same_findings_as_with_plain_scans(
    big_draft: Draft, monkeypatch: pytest.MonkeyPatch
) -> None:
    last_year = copy.deepcopy(big_draft)
    last_year.year -= 1
    quick = [f.to_dict() for f in validate(big_draft, last_year)]
    _plain_scans(monkeypatch)
    plain = [f.to_dict() for f in validate(big_draft, last_year)]
    codes = {f["code"] for f in quick}
    # the draft exercises every rule the quick paths serve
    assert {"stale-year", "period-word", "placeholder", "latin-o-in-date", "invalid-character"} <= codes
    assert "duplicate-passage" in codes
    assert quick == plain


def _calls(fn: Callable[[], object]) -> int:
    """Python and built-in function calls made by ``fn()``: a deterministic count of work."""
    count = 0

    def profile(frame: FrameType, event: str, arg: object) -> None:
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return count


def test_validation_work_grows_linearly_with_the_draft() -> None:
    """Counted, not timed: a draft four times as long costs at most about four times the
    calls (a rule that went back over the text for each match would cost far more)."""
    small, large = _big_draft(20_000), _big_draft(80_000)
    assert 3.5 < sum(len(s.text) for s in large.sections) / sum(len(s.text) for s in small.sections) < 4.5
    small_calls = _calls(lambda: validate(small, None))
    large_calls = _calls(lambda: validate(large, None))
    assert large_calls <= 4.5 * small_calls, (small_calls, large_calls)


def test_a_megabyte_line_of_unclosed_markup_needs_few_calls(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each unclosed {{ costs a few calls, not a read to the end of its line."""
    searched: list[int] = []
    real = placeholder_scan._NextFrom.__call__

    def counting(self: placeholder_scan._NextFrom, at: int) -> int:
        before = (self.searched_from, self.found)
        found = real(self, at)
        if (self.searched_from, self.found) != before:
            searched.append(len(self.text) - at)
        return found

    monkeypatch.setattr(placeholder_scan._NextFrom, "__call__", counting)
    line = "{{a" * 300_000
    spans = list(placeholder_scan.placeholder_spans(line))
    assert len(spans) == 300_000
    assert sum(searched) <= 2 * len(line)  # the line searched once for }} and once for a break
