"""The editor's step pages, built the first time each is shown: opening a draft builds one."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import overload

from PySide6.QtWidgets import QWidget


class LazyPages(Sequence[QWidget]):
    """The editor's step pages, each built on first access (iterating builds them all)."""

    def __init__(self, count: int, build: Callable[[int], QWidget]) -> None:
        self._pages: list[QWidget | None] = [None] * count
        self._build = build

    def __len__(self) -> int:
        return len(self._pages)

    @overload
    def __getitem__(self, index: int) -> QWidget: ...

    @overload
    def __getitem__(self, index: slice) -> list[QWidget]: ...

    def __getitem__(self, index: int | slice) -> QWidget | list[QWidget]:
        if isinstance(index, slice):
            return [self[i] for i in range(len(self))[index]]
        index = range(len(self))[index]  # negative indexes, IndexError
        page = self._pages[index]
        if page is None:
            page = self._pages[index] = self._build(index)
        return page

    def __iter__(self) -> Iterator[QWidget]:
        return (self[i] for i in range(len(self)))

    def built(self) -> list[QWidget]:
        """The pages built so far, without building any."""
        return [page for page in self._pages if page is not None]
