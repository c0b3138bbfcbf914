"""The review page compares the draft with a folder of other units' reports (内容雷同)."""

from __future__ import annotations

from typing import Any

from desktop_app.core.demo import demo_draft
from desktop_app.core.editing import set_section_text
from desktop_app.core.model import Agency
from desktop_app.core.storage.draft_files import save_draft_file

PASSAGE = "我局建立了政务公开周例会制度，每周一由分管领导听取各股室公开事项推进情况并逐项督办销号。"


def test_a_folder_of_other_units_reports_adds_copy_findings(qtbot: Any, library: Any, tmp_path: Any) -> None:
    other = demo_draft()
    other.agency = Agency(full_name="莒南县农业农村局", short_name="县农业农村局")
    set_section_text(other, "organization", PASSAGE)
    save_draft_file(other, tmp_path / "nongye.json")
    (tmp_path / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")

    mine = demo_draft()
    set_section_text(mine, "key-areas", PASSAGE)
    library.ctx.store.create(mine)
    editor = library.open_draft(mine.id)
    review = editor.review_page
    library.ctx.dialogs.folder_path = str(tmp_path)
    review.compare_folder.button.click()
    qtbot.waitUntil(lambda: any(f.code == "copied-from-other-unit" for f in editor.document.findings), timeout=10000)
    (finding,) = [f for f in editor.document.findings if f.code == "copied-from-other-unit"]
    assert finding.section == "key-areas" and finding.params["other_unit"] == "莒南县农业农村局"
    assert "broken.docx" in review.compare_folder.status.text()
    assert review.compare_folder.button.isEnabled()


def test_cancelling_the_folder_changes_nothing(qtbot: Any, library: Any, stored_demo: Any) -> None:
    editor = library.open_draft(stored_demo.id)
    library.ctx.dialogs.folder_path = None
    editor.review_page.compare_folder.button.click()
    assert editor.document.others is None


def test_the_folder_dialog_opens_where_the_units_reports_were_last_read(
    qtbot: Any, library: Any, stored_demo: Any, tmp_path: Any
) -> None:
    """The same rule as every file dialog: the county folder last used (else Documents), and
    the folder chosen here is the one the county window offers next."""
    from desktop_app.gui.folders import COUNTY_DIR_KEY

    units, other = tmp_path / "units", tmp_path / "other"
    units.mkdir()
    other.mkdir()
    library.ctx.settings.set(COUNTY_DIR_KEY, str(units))
    asked: list[str] = []

    def choose(parent: Any, title: str, folder: str) -> str:
        asked.append(folder)
        return str(other)

    library.ctx.dialogs.choose_folder = choose
    editor = library.open_draft(stored_demo.id)
    editor.review_page.compare_folder.button.click()
    assert asked == [str(units)]
    assert library.ctx.settings.get_str(COUNTY_DIR_KEY) == str(other)
    qtbot.waitUntil(lambda: editor.review_page.compare_folder.button.isEnabled(), timeout=10000)
