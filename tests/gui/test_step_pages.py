"""Every step page of the editor keeps the declared page protocol."""

from __future__ import annotations

from typing import Any

from desktop_app.gui.pages.info import InfoPage
from desktop_app.gui.pages.protocol import FindingPage, StepPage
from desktop_app.gui.pages.section import SectionPage


def test_every_step_page_is_a_step_page(library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    pages = [editor.pages[i] for i in range(len(editor.pages))]
    assert len(pages) >= 4
    assert all(isinstance(page, StepPage) for page in pages)
    for page in pages:
        assert page.title()
        assert isinstance(page, FindingPage) == isinstance(page, InfoPage | SectionPage)


def test_going_to_a_finding_shows_it_on_its_page(library: Any, stored_demo: Any) -> None:
    from desktop_app.core.validation.findings import found

    editor = library.open_draft(stored_demo.id)
    section = stored_demo.sections[1]
    shown: list[object] = []
    page = editor.pages[editor.step_index(section.id)]
    page.show_finding = shown.append
    finding = found("empty-section", section=section.id, heading="x", title_en="x")
    editor.go_to(section.id, finding)
    assert shown == [finding]
