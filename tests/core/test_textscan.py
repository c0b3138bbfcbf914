"""The quick scans of the text rules find exactly what the plain scans found.

Each quick path is compared with the straightforward one it replaces: a regular expression
tried at every character (``pattern.finditer``), the placeholder expression as it was (one
alternation, template markup included), and one normalisation per sentence. On the corpus
and on generated text made of the characters the patterns care about.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.core.cn_dates import _DATES, DIGITS
from desktop_app.core.rollforward.years import _YEAR_MENTIONS
from desktop_app.core.textscan import Sparse
from desktop_app.core.validation import rules_similarity, rules_text
from desktop_app.core.validation.placeholder_scan import BLANKS, placeholder_spans
from desktop_app.core.validation.rules_text import _PERIOD_WORDS

CORPUS = Path(__file__).parents[1] / "data" / "corpus"

# the placeholder rule as one expression, as it was before the markup was scanned apart
PLACEHOLDERS_AS_ONE = re.compile(
    r"(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ×]{2,}(?![A-Za-zＡ-Ｚａ-ｚ])"
    r"|(?<![A-Za-zＡ-Ｚａ-ｚ])[XxＸｘ](?=[条件份篇次个名人元月日年项])"
    r"|×(?=[条件份篇次个名人元月日年项])"
    r"|[_＿]{2,}"
    r"|【[^】\n]{0,20}】"
    r"|\{\{[^\n]*?\}\}|\{%[^\n]*?%\}|\{\{|\{%|\}\}|%\}"
    r"|请填写|待填写|待补充|此处填写"
    rf"|(?<![{DIGITS}○OoＯｏ0０零])[○〇]{{2,}}(?![{DIGITS}○年])"
)

SPARSE = {"year": _YEAR_MENTIONS, "date": _DATES, "period": _PERIOD_WORDS, "blank": BLANKS}

# what the patterns look at, and what they must skip over: digits of both widths, Chinese
# numerals and look-alikes of 〇, the anchors, the separators, spaces, Latin letters
_PIECES = (
    list("0123456789０１２３４５６７８９〇一二三四五六七八九十零○OoＯｏ年月日季度半上下本前第截至到-—~")
    + list("XxＸｘ×_＿【】{}%条件项填补写请待此处充 \u3000\n。，；：a")
    + ["2017年", "二〇一七年", "二O一八年一月九日", "2018年1月9日", "截至10月底", "1-9月", "上半年"]
    + ["{{", "}}", "{%", "%}", "XX", "××条", "____", "【待补充】", "○○", "自2015年以来", "《2016年要点》"]
)
generated_texts = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)


def _corpus_text() -> str:
    return "\n".join(p.read_text("utf-8") for p in sorted(CORPUS.glob("*.txt")) if _utf8(p))


def _utf8(path: Path) -> bool:
    try:
        path.read_text("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _spans(matches: object) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in matches]  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", sorted(SPARSE))
def test_each_quick_scan_finds_what_a_plain_scan_finds_in_the_corpus_and_its_pieces(name: str) -> None:
    sparse = SPARSE[name]
    text = _corpus_text() + "\n".join(_PIECES)  # the pieces: each pattern has matches
    plain = _spans(sparse.pattern.finditer(text))
    assert len(plain) > 2
    assert _spans(sparse.finditer(text)) == plain


@pytest.mark.parametrize("name", sorted(SPARSE))
@settings(max_examples=400, deadline=None)
@given(text=generated_texts)
def test_each_quick_scan_finds_what_a_plain_scan_finds(name: str, text: str) -> None:
    sparse = SPARSE[name]
    assert _spans(sparse.finditer(text)) == _spans(sparse.pattern.finditer(text))


@settings(max_examples=400, deadline=None)
@given(text=generated_texts, start=st.integers(0, 60))
def test_a_quick_scan_from_a_position_is_a_plain_scan_from_there(text: str, start: int) -> None:
    start = min(start, len(text))
    assert _spans(BLANKS.finditer(text, start)) == _spans(BLANKS.pattern.finditer(text, start))


@settings(max_examples=1000, deadline=None)
@given(text=generated_texts)
def test_placeholders_are_what_the_one_expression_found(text: str) -> None:
    assert list(placeholder_spans(text)) == [m.span() for m in PLACEHOLDERS_AS_ONE.finditer(text)]


@pytest.mark.parametrize(
    "text",
    [
        "{{ 单位 }}共受理XX件{% if x %}",
        "【{{】XX",  # a blank that holds an opening mark: the mark is not reported twice
        "{{【}}XX】",  # markup over the start of a blank: the blank after it still counts
        "{{a" * 50 + "\n}}",  # unclosed on its line: each opening stands alone
        "{%}%}{{}}}}",
    ],
)
def test_placeholders_in_markup_are_what_the_one_expression_found(text: str) -> None:
    assert list(placeholder_spans(text)) == [m.span() for m in PLACEHOLDERS_AS_ONE.finditer(text)]


# compatibility characters of a Chinese report, combining marks that may follow them, and
# characters NFKC leaves alone
_NFKC_PIECES = [*"，：（）１２Ａａ\u3000①㈠…﹏ｶﾞ", "\u0301", "\u0308", "\u3099", "A", "e", "政", "_", "·", "。"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.text(st.characters(exclude_categories=("Cs",), exclude_characters="\n"), max_size=12),
            st.lists(st.sampled_from(_NFKC_PIECES), max_size=12).map("".join),
        )
    )
)
def test_sentences_normalised_together_are_normalised_one_by_one(texts: list[str]) -> None:
    assert rules_similarity._normalise_lines(texts) == [rules_similarity.normalise(t) for t in texts]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_NFKC_PIECES), max_size=30).map("".join))
def test_the_quick_nfkc_is_nfkc(text: str) -> None:
    assert rules_similarity._nfkc(text) == unicodedata.normalize("NFKC", text)


def _gb2312_one_by_one(text: str, skip: set[str]) -> dict[str, tuple[int, int]]:
    """The rule as it was: every character of the text judged in turn."""
    where: dict[str, tuple[int, int]] = {}
    for index, char in enumerate(text):
        if char not in skip and not rules_text._in_gb2312(char):
            first, count = where.get(char, (index, 0))
            where[char] = (first, count + 1)
    return where


@settings(max_examples=300, deadline=None)
@given(st.text(st.sampled_from([*"政府信息公开〇·—€😀𠀀堃喆]^\\-[\x01", "\ud800"]), max_size=40))
def test_characters_a_gb2312_font_lacks_are_found_in_one_scan(text: str) -> None:
    skip = {"\x01", "\ud800"}
    assert rules_text._outside_gb2312(text, skip) == _gb2312_one_by_one(text, skip)


def test_a_sparse_pattern_is_the_plain_pattern_where_anchors_are_dense_or_rare() -> None:
    pattern = re.compile(r"(?<!b)a+(?=c)")
    sparse = Sparse(pattern, "a", ".")
    for text in ["ac" * 500, "x" * 5000 + "ac" + "." * 300 + "bac.ac", ".".join(["xa", "ac", "", "aac"] * 100)]:
        assert _spans(sparse.finditer(text)) == _spans(pattern.finditer(text))
