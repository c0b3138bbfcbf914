"""Hypothesis strategies for random but valid Drafts of the "ogi-annual-2017" format.

``drafts()`` is the one most tests want. Text is any Unicode except surrogates and NUL (which
no file or widget can hold), so it includes newlines, full-width punctuation, emoji and
combining marks. Floats are finite, so a round trip through JSON compares equal.
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from desktop_app.core.formats.spec import FieldKind, FieldSpec, FormatSpec, load_format
from desktop_app.core.formats.table_spec import TableSpec
from desktop_app.core.model import (
    Agency,
    DateStyle,
    Draft,
    FactValue,
    Lineage,
    Origin,
    SectionText,
    SignOff,
)

FORMAT_ID = "ogi-annual-2017"

_CHARS = st.characters(exclude_categories=("Cs",), exclude_characters="\x00")
# what a .docx (XML 1.0) can hold: no control characters but newline and tab
_XML_CHARS = st.characters(
    exclude_categories=("Cs", "Cc"), include_characters="\n\t", exclude_characters="\ufffe\uffff"
)


def texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Unicode text without surrogates or NUL."""
    return st.text(_CHARS, min_size=min_size, max_size=max_size)


def xml_texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Unicode text a Word document can hold (no control characters but newline and tab)."""
    return st.text(_XML_CHARS, min_size=min_size, max_size=max_size)


def cjk_texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    """Mostly Chinese text with the punctuation and digits a report uses."""
    alphabet = st.one_of(
        st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
        st.sampled_from(list("，。、；：“”（）《》〇一二三四五六七八九十0123456789年月日\n ")),
    )
    return st.text(alphabet, min_size=min_size, max_size=max_size)


def any_texts(min_size: int = 0, max_size: int = 40) -> st.SearchStrategy[str]:
    return st.one_of(texts(min_size, max_size), cjk_texts(min_size, max_size))


def dates() -> st.SearchStrategy[date]:
    return st.dates(min_value=date(1950, 1, 1), max_value=date(2100, 12, 31))


def table_values(table: TableSpec) -> st.SearchStrategy[FactValue]:
    """A table value: any of the declared cells, non-negative (whole for count columns)."""
    cells = {}
    for row_key, column_key in table.cells():
        money = table.block_of(row_key).column(column_key).kind == "money"
        number = (
            st.floats(min_value=0, max_value=1e6, allow_nan=False, allow_infinity=False)
            if money
            else st.integers(min_value=0, max_value=10**6)
        )
        cells[(row_key, column_key)] = number
    return st.fixed_dictionaries({}, optional=cells).map(_nest)


def _nest(flat: dict[tuple[str, str], int | float]) -> FactValue:
    out: dict[str, dict[str, int | float]] = {}
    for (row, column), number in flat.items():
        out.setdefault(row, {})[column] = number
    return out


def fact_values(spec: FieldSpec) -> st.SearchStrategy[FactValue]:
    """A value of the field's kind (or None: not entered yet)."""
    if spec.table is not None:
        return st.one_of(st.none(), table_values(spec.table))
    by_kind: dict[FieldKind, st.SearchStrategy[FactValue]] = {
        FieldKind.COUNT: st.integers(min_value=0, max_value=10**9),
        FieldKind.MONEY: st.one_of(
            st.integers(min_value=0, max_value=10**9),
            st.floats(min_value=0, max_value=1e9, allow_nan=False, allow_infinity=False),
        ),
        FieldKind.TEXT: any_texts(),
        FieldKind.LIST: st.lists(any_texts(min_size=1, max_size=20), max_size=5),
        FieldKind.DATE: dates().map(date.isoformat),
    }
    return st.one_of(st.none(), by_kind[spec.kind])


def facts(spec: FormatSpec) -> st.SearchStrategy[dict[str, FactValue]]:
    """Values for any subset of the format's fields."""
    return st.fixed_dictionaries({}, optional={f.key: fact_values(f) for f in spec.fields})


def agencies() -> st.SearchStrategy[Agency]:
    return st.builds(
        Agency,
        full_name=any_texts(min_size=1, max_size=30),
        short_name=any_texts(max_size=10),
        parent_government=any_texts(max_size=20),
        website_name=any_texts(max_size=20),
    )


def sections(spec: FormatSpec) -> st.SearchStrategy[list[SectionText]]:
    """One SectionText per section of the format, in order."""
    return st.tuples(
        *(
            st.builds(
                SectionText,
                id=st.just(s.id),
                title=st.one_of(st.just(s.title), any_texts(max_size=20)),
                text=any_texts(max_size=200),
                origin=st.sampled_from(list(Origin)),
            )
            for s in spec.sections
        )
    ).map(list)


def sign_offs() -> st.SearchStrategy[SignOff]:
    hashes = st.dictionaries(texts(min_size=1, max_size=12), st.text("0123456789abcdef", max_size=16))
    return st.builds(
        SignOff,
        drafted_by=any_texts(max_size=10),
        reviewed_by=any_texts(max_size=10),
        approved_by=any_texts(max_size=10),
        issuer=any_texts(max_size=30),
        date=dates(),
        signed_at=st.just("2018-01-09T10:00:00+08:00") | st.just(""),
        content_hash=st.text("0123456789abcdef", min_size=0, max_size=64),
        section_hashes=hashes,
        revision=st.none() | st.integers(min_value=1, max_value=10**6),
    )


def lineages() -> st.SearchStrategy[Lineage]:
    return st.builds(
        Lineage,
        kind=st.sampled_from(["rolled-forward", "imported", "duplicated", "converted"]),
        source_draft_id=st.none() | st.uuids().map(lambda u: u.hex),
        source_year=st.none() | st.integers(min_value=1950, max_value=2100),
        source_file=st.none() | any_texts(min_size=1, max_size=30),
    )


@st.composite
def drafts(draw: st.DrawFn, signed: bool | None = None, format_id: str = FORMAT_ID) -> Draft:
    """A valid Draft of the 2017 format (or of ``format_id``).

    ``signed``: None (default) mixes editing, signed-off and voided drafts; True gives a
    validly signed-off draft; False an unsigned one.
    """
    spec = load_format(format_id)
    keys = [f"fact:{f.key}" for f in spec.fields] + [f"section:{s.id}" for s in spec.sections]
    draft = Draft(
        id=draw(st.uuids()).hex,
        format_id=format_id,
        year=draw(st.integers(min_value=1950, max_value=2100)),
        agency=draw(agencies()),
        facts=draw(facts(spec)),
        sections=draw(sections(spec)),
        report_date=draw(st.none() | dates()),
        date_style=draw(st.sampled_from(list(DateStyle))),
        issuer=draw(st.none() | any_texts(max_size=30)),
        lineage=draw(st.none() | lineages()),
        last_year_facts=draw(facts(spec)),
        unconfirmed=draw(st.lists(st.sampled_from(keys), max_size=5, unique=True)),
        unplaced=draw(st.lists(any_texts(min_size=1, max_size=60), max_size=3)),
    )
    if signed is None:
        state = draw(st.sampled_from(["editing", "editing", "signed-off", "void"]))
    else:
        state = "signed-off" if signed else "editing"
    if state != "editing":
        sign_off = draw(sign_offs())
        if state == "signed-off":
            sign_off.content_hash = draft.content_hash()
            sign_off.section_hashes = draft.section_hashes()
        elif sign_off.content_hash == draft.content_hash():  # pragma: no cover - 2**-256
            sign_off.content_hash = ""
        draft.sign_off = sign_off
    return draft
