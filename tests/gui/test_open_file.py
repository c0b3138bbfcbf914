"""A draft file given on the command line (a double-click in the file manager) opens in the app."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.__main__ import _draft_file_to_option
from desktop_app.core.storage.draft_files import save_draft_file


def test_a_draft_file_argument_becomes_the_open_file_option(tmp_path: Path, demo: Any) -> None:
    path = save_draft_file(demo, tmp_path / "2017年报.ogireport")
    assert _draft_file_to_option([str(path)]) == ["--open-file", str(path)]
    assert _draft_file_to_option(["--lang", "en", str(path)]) == ["--lang", "en", "--open-file", str(path)]
    # sub-commands and files that are not there stay what they were
    assert _draft_file_to_option(["export", str(path), "-o", "x.docx"])[0] == "export"
    assert _draft_file_to_option([str(tmp_path / "missing.ogireport")]) == [str(tmp_path / "missing.ogireport")]


def test_opening_a_draft_path_stores_and_opens_it(qtbot: Any, library: Any, demo: Any, tmp_path: Path) -> None:
    path = save_draft_file(demo, tmp_path / "colleague.ogireport")
    library.flows.open_draft_path(str(path))
    assert library.model.rowCount() == 1
    assert demo.id in library.editors
    assert library.ctx.store.history(demo.id)[-1].label == "opened-from-file"
