"""Every error code is worded in both languages, with exactly the parameters it carries."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest

from desktop_app.core import errors
from desktop_app.core.errors import (
    CODES,
    CellValueError,
    ConflictError,
    DamagedDraftError,
    DataDirError,
    DraftFileError,
    FutureVersionError,
    InputError,
    MissingFactError,
    NotRegularFileError,
    OutputError,
    ReportError,
    SignOffError,
    StoreBusyError,
    StoreError,
    TemplateError,
    ToolMissingError,
    UnknownFormatError,
    UnsupportedOutputError,
    YearOutOfRangeError,
)
from desktop_app.core.messages.errors import ACTIONS, ERRORS, EXPECTED, PURPOSES, REASONS, error_text

PACKAGE = Path(errors.__file__).resolve().parent.parent
ERROR_CLASSES = {
    name for name, value in vars(errors).items() if isinstance(value, type) and issubclass(value, ReportError)
} | {"NewerDatabaseError"}


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_the_catalogue_words_exactly_the_declared_codes() -> None:
    assert set(ERRORS) == set(CODES)


@pytest.mark.parametrize("code", sorted(CODES))
def test_both_languages_word_a_code_with_its_parameters(code: str) -> None:
    chinese, english = ERRORS[code]
    assert chinese.strip() and english.strip()
    assert _placeholders(chinese) == set(CODES[code]), f"{code}: Chinese"
    assert _placeholders(english) == set(CODES[code]), f"{code}: English"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in chinese), f"{code}: the Chinese has no Chinese"


@pytest.mark.parametrize(
    "table", [REASONS, ACTIONS, EXPECTED, PURPOSES], ids=["reasons", "actions", "expected", "purposes"]
)
def test_nested_terms_are_worded_in_both_languages(table: dict[str, tuple[str, str]]) -> None:
    for chinese, english in table.values():
        assert chinese.strip() and english.strip() and not _placeholders(chinese + english)


def _error_calls() -> list[tuple[str, int, str, ast.Call]]:
    calls = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ERROR_CLASSES:
                calls.append((str(path.relative_to(PACKAGE)), node.lineno, node.func.id, node))
    return calls


# The classes that build their code and parameters themselves from positional arguments.
_SELF_WORDED = {"FutureVersionError", "NewerDatabaseError", "UnknownFormatError", "MissingFactError"}
_SELF_WORDED |= {"OutputError", "ToolMissingError", "UnsupportedOutputError", "DamagedDraftError", "ConflictError"}
_SELF_WORDED |= {"StoreBusyError", "NotRegularFileError", "YearOutOfRangeError", "DataDirError"}


def test_every_raise_in_the_app_names_a_code_with_its_parameters() -> None:
    calls = _error_calls()
    assert len(calls) > 80  # the walk found the raise sites
    for where, line, name, call in calls:
        if name in _SELF_WORDED:
            continue
        if call.args and isinstance(call.args[0], ast.Attribute) and call.args[0].attr == "code":
            continue  # re-raised with the same code and parameters (**exc.params)
        assert call.args, f"{where}:{line}: {name}() without a code"
        first = call.args[0]
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), f"{where}:{line}: code not literal"
        code = first.value
        assert code in CODES, f"{where}:{line}: unknown code {code!r}"
        names = {kw.arg for kw in call.keywords if kw.arg not in (None, "path", "blocking")}
        assert names == set(CODES[code]), f"{where}:{line}: {code} takes {CODES[code]}, got {sorted(names)}"


@pytest.mark.parametrize(
    "error",
    [
        FutureVersionError(3, 1, "/x.json"),
        UnknownFormatError("x", ["a", "b"]),
        MissingFactError("agency"),
        MissingFactError("agency", "intro"),
        TemplateError("template:syntax", line=3, detail="unexpected '}'"),
        TemplateError("template:section", section="intro", error="ZeroDivisionError", detail="division by zero"),
        TemplateError("template:title", error="UndefinedError", detail="'x' is undefined"),
        OutputError("/tmp/x.docx", "disk-full"),
        SignOffError("sign-off:refused", blocking=[], count=2),
        ToolMissingError("LibreOffice", "pdf-export"),
        UnsupportedOutputError("/tmp/x.odt", (".docx", ".pdf")),
        UnsupportedOutputError("/tmp/x", (".docx",)),
        DamagedDraftError("d1"),
        DamagedDraftError("d1", last_good=3, last_good_at="2018-01-09"),
        DamagedDraftError("d1", 4),
        DamagedDraftError("d1", 4, 3, "2018-01-09"),
        ConflictError("d1", 2, 3),
        StoreBusyError(),
        NotRegularFileError("/dev/null"),
        YearOutOfRangeError(1800, 1950, 2100),
        DataDirError("~nobody/x"),
    ],
    ids=lambda e: type(e).__name__ + ":" + e.code,
)
def test_errors_that_build_their_own_parameters_match_the_catalogue(error: ReportError) -> None:
    assert set(error.params) == set(CODES[error.code])
    for lang in ("zh_CN", "en"):
        assert "{" not in error_text(error, lang)


def test_an_error_is_worded_in_the_language_asked_for_with_its_file() -> None:
    error = DraftFileError("draft-file:missing-key", path="/tmp/d.json", key="agency")
    assert error_text(error, "en") == "/tmp/d.json: not a valid draft file: 'agency' is missing"
    assert error_text(error, "zh_CN") == "/tmp/d.json：不是有效的草稿文件：缺少“agency”。"
    assert str(error) == error_text(error, "en")


def test_reasons_are_worded_in_the_sentence_language() -> None:
    error = OutputError("/tmp/r.docx", "disk-full")
    assert error_text(error, "en") == "cannot write /tmp/r.docx: the disk is full"
    assert error_text(error, "zh_CN") == "无法写入/tmp/r.docx：磁盘已满。"
    # a reason the catalogue lacks is the system's own text
    assert "Stale file handle" in error_text(OutputError("/x", "Stale file handle"), "en")


def test_typed_errors_keep_their_types() -> None:
    assert issubclass(CellValueError, ValueError) and issubclass(CellValueError, InputError)
    assert StoreError("store:no-draft", draft_id="x").code == "store:no-draft"
    assert StoreError().code == "store:open"
