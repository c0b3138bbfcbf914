from __future__ import annotations

from typing import Any


def test_library_lists_and_opens_a_draft(qtbot: Any, library: Any, stored_demo: Any) -> None:
    library.refresh()
    assert library.model.rowCount() == 1
    editor = library.open_draft(stored_demo.id)
    assert editor is not None
    for index in range(editor.step_count()):
        editor.set_step(index)
        assert editor.current_step == index
