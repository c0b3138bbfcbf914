"""Shared by the packaging tests: the repository's packaging/ folder and its bundle.py."""

from __future__ import annotations

import importlib.util
import tomllib
from functools import cache
from pathlib import Path
from types import ModuleType

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"
LINUX = PACKAGING / "linux"


@cache
def bundle() -> ModuleType:
    """packaging/bundle.py, loaded by path as the spec loads it (packaging/ is not a package)."""
    spec = importlib.util.spec_from_file_location("ogi_bundle", PACKAGING / "bundle.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def project_version() -> str:
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
