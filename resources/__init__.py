"""Bundled data (the package `desktop_app.resources`, mapped from resources/): the one way
to reach templates/ and resources/, from a checkout, a wheel or a bundle.

Both folders are mapped into the package as ``desktop_app.templates`` and
``desktop_app.resources`` (see pyproject.toml), so ``importlib.resources`` finds them
wherever the package itself is.
"""

from __future__ import annotations

from importlib.resources import files
from importlib.resources.abc import Traversable


def templates_root() -> Traversable:
    return files("desktop_app.templates")


def resources_root() -> Traversable:
    return files("desktop_app.resources")
