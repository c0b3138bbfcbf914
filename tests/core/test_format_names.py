"""format_names: a format's display names without building the whole FormatSpec."""

from pathlib import Path

import pytest

from desktop_app.core.errors import FormatPackError, UnknownFormatError
from desktop_app.core.formats import names as light
from desktop_app.core.formats.spec import available_formats, format_names, load_format


@pytest.mark.parametrize("format_id", available_formats())
def test_names_are_the_ones_load_format_gives(format_id: str) -> None:
    spec = load_format(format_id)
    assert format_names(format_id) == (spec.name, spec.name_en)


def test_unknown_format() -> None:
    with pytest.raises(UnknownFormatError):
        format_names("no-such-format")


def _pack(root: Path, format_id: str, toml: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = root / "formats" / format_id
    folder.mkdir(parents=True)
    (folder / "format.toml").write_text(toml, encoding="utf-8")
    monkeypatch.setattr(light, "templates_root", lambda: root)
    format_names.cache_clear()


def test_a_head_cut_inside_a_value_falls_back_to_the_whole_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    toml = 'id = "x"\nmatrix = [\n[1, 2],\n]\nname = "名"\n\n[[fields]]\nkey = "k"\n'
    _pack(tmp_path, "x", toml, monkeypatch)
    try:
        assert format_names("x") == ("名", "名")  # name_en defaults to the name
    finally:
        format_names.cache_clear()


def test_a_pack_without_a_name_is_broken(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _pack(tmp_path, "y", 'id = "y"\n[[sections]]\nname = "not top-level"\n', monkeypatch)
    try:
        with pytest.raises(FormatPackError):
            format_names("y")
    finally:
        format_names.cache_clear()


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ('name = "名" # comment\nname_en = "Name"\n', ("名", "Name")),
        ('name = "名"\nname_en = "Caf\\u00e9"\n', ("名", "Café")),  # an escape: read by tomllib
        ("name = '名'\n", ("名", "名")),  # a literal string
        ('"name_en" = "Quoted"\nname = "名"\n', ("名", "Quoted")),
        ('note = """\nname = "not this"\n"""\nname = "名"\n', ("名", "名")),
    ],
)
def test_names_however_they_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, head: str, expected: tuple[str, str]
) -> None:
    _pack(tmp_path, "z", 'id = "z"\n' + head + '\n[[fields]]\nkey = "k"\n', monkeypatch)
    try:
        assert format_names("z") == expected
    finally:
        format_names.cache_clear()
