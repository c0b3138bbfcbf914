"""``--self-test``: prove a build works without a display — Qt starts offscreen, the Chinese
catalogue loads, the demo report exports to a .docx whose title reads back, and the readers
of web pages (lxml.html) and PDFs (PDFium) load in the bundle."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def self_test() -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    try:
        from PySide6.QtWidgets import QApplication

        from desktop_app.gui.i18n import CHINESE, install_translators, translate

        app = QApplication.instance() or QApplication(["ogi-report", "-platform", "offscreen"])
        install_translators(app, CHINESE)
        if translate("Library", "Draft library") == "Draft library":
            print("self-test failed: the Chinese translation did not load")
            return 1

        import docx

        from desktop_app.core.boilerplate import render_title
        from desktop_app.core.demo import demo_draft
        from desktop_app.core.word.export import export_docx

        draft = demo_draft()
        with tempfile.TemporaryDirectory(prefix="ogi-report-self-test-") as folder:
            path = export_docx(draft, Path(folder) / "self-test.docx")
            texts = [p.text.strip() for p in docx.Document(str(path)).paragraphs]
        missing = [line for line in render_title(draft) if line not in texts]
        if missing:
            print(f"self-test failed: title line {missing[0]!r} not found in the exported document")
            return 1
        problem = _readers_problem()
        if problem:
            print(f"self-test failed: {problem}")
            return 1
    except Exception as exc:  # the one line is the whole report
        print(f"self-test failed: {type(exc).__name__}: {exc}")
        return 1
    print("self-test ok: Qt started offscreen, translations loaded, demo report exported and read back")
    return 0


def _readers_problem() -> str | None:
    """A page and a PDF made here read back (the PDF has no text: PDFium must say so)."""
    import io

    import pypdfium2

    from desktop_app.core.errors import InputError
    from desktop_app.core.importing.html_reading import read_html
    from desktop_app.core.importing.pdf_reading import read_pdf_lines

    page = read_html("<html><body><p>一、总体情况</p></body></html>".encode())
    if page.lines != ["一、总体情况"]:
        return f"a web page read as {page.lines!r}"
    document = pypdfium2.PdfDocument.new()
    document.new_page(595, 842)
    buffer = io.BytesIO()
    document.save(buffer)
    document.close()
    try:
        read_pdf_lines(buffer.getvalue(), Path("self-test.pdf"))
    except InputError as exc:
        return None if exc.code == "import:scanned-pdf" else f"a PDF was refused: {exc}"
    return "a PDF without text was read"
