"""Next year in few actions: from last year's signed draft to an exportable report, counting
what the clerk does (clicks and typed fields, table cells included): a year without changes, one
with ten new numbers, and a national-format one whose three tables all change. Published in
docs/performance.md."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt

from desktop_app.core.model import SignOffState, sign_off_state
from desktop_app.core.signoff import sign_off
from desktop_app.core.validation.findings import Severity
from tests.gui.helpers import type_into

NO_CHANGES_TARGET = 20
CHANGED_TARGET = 40


class Actions:
    """Counts the clerk's actions: a click, or one field typed into."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def click(self, button: Any) -> None:
        self.count += 1
        self.qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

    def trigger(self, action: Any) -> None:
        self.count += 1
        action.trigger()

    def type(self, widget: Any, text: str) -> None:
        self.count += 1
        type_into(self.qtbot, widget, text)

    def dismiss(self) -> None:
        """An OK on a message box (the scripted dialogs answer it)."""
        self.count += 1


def _signed_last_year(library: Any, stored_demo: Any) -> Any:
    sign_off(stored_demo, drafted_by="张三", reviewed_by="李四", approved_by="王五")
    library.ctx.store.save(stored_demo, "signed-off")
    return stored_demo


def _next_year(qtbot: Any, library: Any, dialogs: Any, last: Any, act: Actions) -> Any:
    library.refresh()
    library.select(last.id)
    act.trigger(library.rollforward_action)
    qtbot.waitUntil(lambda: len(library.editors) == 1, timeout=10000)
    if dialogs.messages and dialogs.messages[-1][0] == "info":
        act.dismiss()  # the re-confirm summary
    return next(iter(library.editors.values()))


def _finish(qtbot: Any, editor: Any, act: Actions, tmp_path: Path) -> None:
    """Keep everything still listed, sign, export."""
    doc = editor.document
    review = editor.review_page
    editor.go_to(review.step_id)
    act.count += 1  # going to the review step
    listing = review.confirm_list
    if listing.count():
        listing.tree.setFocus()
        act.count += 1  # Ctrl+A
        listing.tree.selectAll()
        act.click(listing.keep_button)
    doc.validate_now()
    assert not doc.draft.unconfirmed
    review.refresh()
    assert review.sign_button.isEnabled(), review.blocked_label.text()  # a missing date becomes today
    act.type(review.drafted_by, "张三")
    act.type(review.reviewed_by, "李四")
    act.type(review.approved_by, "王五")
    act.click(review.sign_button)
    assert sign_off_state(doc.draft) is SignOffState.SIGNED_OFF
    doc.validate_now()
    assert not [f for f in doc.findings if f.severity is Severity.ERROR]
    export = editor.export_page
    editor.go_to(export.step_id)
    act.count += 1  # going to the export step
    export.path_edit.setText(str(tmp_path / "report.docx"))
    with qtbot.waitSignal(export.exported, timeout=10000):
        act.click(export.export_button)
    assert (tmp_path / "report.docx").exists()


def test_a_year_without_changes(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any, tmp_path: Path) -> None:
    act = Actions(qtbot)
    editor = _next_year(qtbot, library, dialogs, _signed_last_year(library, stored_demo), act)
    _finish(qtbot, editor, act, tmp_path)
    print(f"\nactions, a year without changes: {act.count}")
    assert act.count <= NO_CHANGES_TARGET


def test_a_year_with_ten_new_numbers(qtbot: Any, library: Any, dialogs: Any, stored_demo: Any, tmp_path: Path) -> None:
    act = Actions(qtbot)
    editor = _next_year(qtbot, library, dialogs, _signed_last_year(library, stored_demo), act)
    doc = editor.document
    numbers = [f.key for f in doc.spec.fields if f.kind.value in ("count", "money")][:10]
    assert len(numbers) >= 8
    pages = {key: page for page in editor.pages for key in getattr(page, "editors", {})}
    for n, key in enumerate(numbers):
        page = pages[key]
        editor.go_to(page.step_id)
        spin = page.editors[key].spin
        spin.setFocus()
        spin.selectAll()
        act.type(spin, str(50 + n))
        spin.editingFinished.emit()
    for key in numbers:
        assert doc.draft.facts.get(key) is not None, key
    _finish(qtbot, editor, act, tmp_path)
    print(f"\nactions, a year with {len(numbers)} new numbers: {act.count}")
    assert act.count <= CHANGED_TARGET


NATIONAL_REPORT = Path(__file__).resolve().parents[1] / "fixtures" / "2021-sample-report.txt"

# Ten new numbers in a national-format year: two facts and cells of all three tables.
NEW_FACTS = {"proactive_items": 230, "training_sessions": 3}
NEW_CELLS = {
    "t2": {
        ("normative_documents", "issued"): 3,
        ("normative_documents", "in_force"): 11,
        ("licensing", "decisions"): 150,
    },
    "t3": {("new", "natural"): 6, ("new", "business"): 2, ("granted", "natural"): 4, ("granted", "business"): 2},
    "t4": {("cases", "review_upheld"): 2},
}
COMPUTED = {"t3": {("new", "total"): 8, ("handled_total", "total"): 8}, "t4": {("cases", "review_total"): 2}}


def _signed_national(library: Any) -> Any:
    """Last year's report in the national format, with its three tables, imported and signed."""
    from desktop_app.core.importing.importer import import_report

    last = import_report(NATIONAL_REPORT).draft
    assert last.format_id == "ogi-annual-2021" and all(last.facts.get(t) for t in NEW_CELLS)
    sign_off(last, drafted_by="张三", reviewed_by="李四", approved_by="王五")
    library.ctx.store.create(last, label="signed-off")
    return last


def _type_cell(qtbot: Any, act: Actions, table: Any, cell: tuple[str, str], value: int) -> None:
    """Into a cell as a clerk does: select it, type over it, Enter (one typed field)."""
    item = table.cell_items[cell]
    table.grid.setCurrentItem(item)
    table.grid.editItem(item)
    index = table.grid.indexFromItem(item)
    line = table.grid.indexWidget(index)
    line.selectAll()
    act.type(line, str(value))
    qtbot.keyClick(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.grid.indexWidget(index) is None)  # committed through the event loop


def _fix_stated_numbers(editor: Any, act: Actions, section_id: str) -> None:
    """The prose still gives last year's numbers: click the first, then 修正 until none is left."""
    page = editor.page(section_id)
    editor.go_to(section_id)
    act.count += 1
    findings = page.findings
    stale = [f for f in findings.findings() if f.code == "fact-mismatch"]
    assert stale, "the carried prose gives last year's numbers"
    act.count += 1  # a click on the first of them (errors come first)
    findings.setCurrentRow(0)
    for _ in stale:
        assert findings.current_finding().code == "fact-mismatch"
        act.click(findings.fix_button)
    assert not [f for f in findings.findings() if f.code == "fact-mismatch"]


def _retype_in_text(editor: Any, act: Actions, section_id: str, old: str, new: str) -> None:
    """A number the checks do not tie to a fact: the clerk selects it in the text and types over it."""
    from desktop_app.gui.widgets.diffview import select_span

    page = editor.page(section_id)
    text = page.text_edit.toPlainText()
    assert text.count(old) == 1, old
    start = text.index(old)
    act.count += 1  # selecting the old number (a double-click or a drag)
    select_span(page.text_edit, start, start + len(old))
    act.type(page.text_edit, new)
    assert new in editor.document.draft.section(section_id).text


def test_a_national_year_with_ten_new_numbers_in_three_tables(
    qtbot: Any, library: Any, dialogs: Any, tmp_path: Path
) -> None:
    act = Actions(qtbot)
    editor = _next_year(qtbot, library, dialogs, _signed_national(library), act)
    doc = editor.document
    general = editor.page("general")
    editor.go_to("general")
    act.count += 1
    for key, value in NEW_FACTS.items():
        spin = general.editors[key].spin
        spin.setFocus()
        spin.selectAll()
        act.type(spin, str(value))
        spin.editingFinished.emit()
    for key, cells in NEW_CELLS.items():
        page = next(p for p in editor.pages if key in getattr(p, "editors", {}))
        editor.go_to(page.step_id)
        act.count += 1
        act.click(page.use_last_year_button)  # 本年无变化 for the table, then what did change
        for cell, value in cells.items():
            _type_cell(qtbot, act, page.editors[key], cell, value)
    for key, value in NEW_FACTS.items():
        assert doc.draft.facts[key] == value
    for key, cells in {**NEW_CELLS, **COMPUTED}.items():
        for (row, column), value in cells.items():
            assert doc.draft.facts[key][row][column] == value, (key, row, column)  # totals by the app
    doc.validate_now()
    _fix_stated_numbers(editor, act, "general")  # 现行有效9件 among them: checked against Table 2
    # the sum of Table 2's decisions is no one cell, so not checked: typed by hand
    _retype_in_text(editor, act, "general", "处理决定180件", "处理决定195件")
    _finish(qtbot, editor, act, tmp_path)
    assert not [f for f in doc.findings if f.code in ("table-arithmetic", "fact-mismatch")]
    general_text = doc.draft.section("general").text
    for said in (
        "主动公开政府信息230条",
        "制发行政规范性文件3件",
        "现行有效11件",
        "处理决定195件",
        "新收政府信息公开申请8件",
    ):
        assert said in general_text, said  # nothing stale left in what the clerk signs
    assert "已办结8件" in general_text and "行政复议2件" in general_text and "培训3次" in general_text
    print(f"\nactions, a national-format year with ten new numbers in three tables: {act.count}")
    assert act.count <= CHANGED_TARGET
