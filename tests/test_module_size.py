"""Small modules with one job: no module of the app is over 400 lines, and no function over 60
(read with ``ast``, decorators and docstring included) — the window's constructors included,
which build their parts in named builders."""

from __future__ import annotations

import ast
from pathlib import Path

import desktop_app

ROOT = Path(desktop_app.__file__).resolve().parent
MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60


def _modules() -> list[Path]:
    return sorted(ROOT.rglob("*.py"))


def _relative(path: Path) -> str:
    return path.relative_to(ROOT.parent).as_posix()


def _function_checked(path: Path) -> bool:
    """Every module of the app: the core, the command line and the window alike."""
    return path.is_relative_to(ROOT) and path.suffix == ".py"


def function_lengths(source: str) -> list[tuple[str, int, int]]:
    """(name, first line, length in lines) of every function and method, nested ones too."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            assert node.end_lineno is not None
            found.append((node.name, first, node.end_lineno - first + 1))
    return found


def test_the_measure_counts_decorators_bodies_and_nested_functions() -> None:
    source = (
        "@decorated\ndef outer():\n    def inner():\n        return 1\n\n    return inner\n\n\n"
        "class A:\n    def m(self): ...\n"
    )
    assert sorted(function_lengths(source)) == [("inner", 3, 2), ("m", 10, 1), ("outer", 1, 6)]
    assert _function_checked(ROOT / "core" / "storage" / "store.py")
    assert _function_checked(ROOT / "cli_parser.py")
    assert _function_checked(ROOT / "gui" / "county.py")
    assert _function_checked(ROOT / "gui" / "pages" / "section.py")


def test_no_module_is_over_400_lines() -> None:
    modules = _modules()
    assert len(modules) > 100 and any(p.parts[-2] == "gui" for p in modules)
    long = {
        _relative(p): n for p in modules if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_MODULE_LINES
    }
    assert not long, f"modules over {MAX_MODULE_LINES} lines (split them by job): {long}"


def test_no_function_of_the_app_is_over_60_lines() -> None:
    checked = [p for p in _modules() if _function_checked(p)]
    assert any(p.name == "cli.py" for p in checked) and any(p.parts[-2] == "word" for p in checked)
    assert any(p.parts[-2] == "pages" for p in checked)
    long = [
        f"{_relative(p)}:{line} {name} ({length} lines)"
        for p in checked
        for name, line, length in function_lengths(p.read_text(encoding="utf-8"))
        if length > MAX_FUNCTION_LINES
    ]
    assert not long, f"functions over {MAX_FUNCTION_LINES} lines (split them into named steps): {long}"
