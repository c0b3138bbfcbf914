"""Write the draft-file fixtures and what each must still read as (run by hand, once per release).

    .venv/bin/python tests/data/drafts/make_drafts.py [VERSION-FOLDER]

Each ``NAME.json`` is a draft file as this release saves it; ``NAME.expect.json`` holds what
every later release must make of it: the findings of validation and the text and numbers of
the exported Word document. ``tests/core/test_draft_fixtures.py`` opens them all. Files are
never rewritten by later releases: a new release adds its own folder (``v2/`` …).
"""

from __future__ import annotations

import json
import sys
import tempfile
from datetime import date
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
sys.path.insert(0, str(REPO))

from desktop_app.core.demo import demo_draft  # noqa: E402
from desktop_app.core.importing.importer import import_text  # noqa: E402
from desktop_app.core.model import NOT_APPLICABLE, Draft  # noqa: E402
from desktop_app.core.rollforward.forward import roll_forward  # noqa: E402
from desktop_app.core.signoff import sign_off  # noqa: E402
from desktop_app.core.storage.draft_files import save_draft_file  # noqa: E402
from desktop_app.core.validation.runner import validate  # noqa: E402
from desktop_app.core.word.export import export_docx  # noqa: E402

FIXTURES = REPO / "tests" / "fixtures"


def expected(draft: Draft) -> dict[str, object]:
    """What a draft must read as: its findings and its exported text, tables included."""
    import docx

    findings = sorted([f.severity.value, f.code, f.section or ""] for f in validate(draft))
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "report.docx"
        export_docx(draft, target)
        document = docx.Document(str(target))
        paragraphs = [p.text for p in document.paragraphs if p.text.strip()]
        tables = [[[cell.text for cell in row.cells] for row in table.rows] for table in document.tables]
    return {"findings": findings, "paragraphs": paragraphs, "tables": tables}


def drafts() -> dict[str, Draft]:
    ten = demo_draft()
    signed = demo_draft()
    signed.sections[1].text += "（本段经审核修改。）"
    sign_off(
        signed,
        drafted_by="张三",
        reviewed_by="李四",
        approved_by="王五",
        issuer=signed.agency.full_name,
        date=date(2018, 1, 9),
    )
    rolled = roll_forward(demo_draft()).draft
    national = import_text(
        (FIXTURES / "2021-sample-report.txt").read_text(encoding="utf-8"), "ogi-annual-2021", "2021-sample-report.txt"
    ).draft
    text = (FIXTURES / "2017-county-econ-bureau-report.txt").read_text(encoding="utf-8")
    lines = text.splitlines()
    lines.insert(1, "（此件公开发布）")
    lines.insert(2, "附件：政府信息公开工作年度报告统计表")
    imported = import_text("\n".join(lines), "ogi-annual-2017", "2017-county-econ-bureau-report.txt").draft
    # version 2: a cell never filled (absent), a 0 and 不适用 kept apart
    cells = import_text(
        (FIXTURES / "2021-sample-report.txt").read_text(encoding="utf-8"), "ogi-annual-2021", "2021-sample-report.txt"
    ).draft
    t2 = dict(cells.facts["t2"])  # type: ignore[arg-type]
    t2["regulations"] = {"issued": NOT_APPLICABLE, "repealed": 0}
    cells.facts["t2"] = t2
    return {
        "table-cells": cells,
        "ten-section": ten,
        "national-tables": national,
        "signed-off": signed,
        "rolled-forward": rolled,
        "imported-unplaced": imported,
    }


def main() -> None:
    folder = HERE / (sys.argv[1] if len(sys.argv) > 1 else "v1")
    folder.mkdir(exist_ok=True)
    for name, draft in drafts().items():
        save_draft_file(draft, folder / f"{name}.json")
        text = json.dumps(expected(draft), ensure_ascii=False, indent=1) + "\n"
        (folder / f"{name}.expect.json").write_text(text, encoding="utf-8")
        print(name, draft.format_id, len(draft.unconfirmed), len(draft.unplaced), draft.sign_off is not None)


if __name__ == "__main__":
    main()
