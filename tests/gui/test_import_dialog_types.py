"""The import dialog offers every file type the importer reads, and a refused file is said in
the clerk's language with the reason from the catalogue."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale

from desktop_app.core.errors import InputError
from desktop_app.gui.dialogs import file_filter_report
from desktop_app.gui.errors import describe


def test_the_import_filter_names_every_type_the_importer_reads(qapp) -> None:
    patterns = file_filter_report()
    for suffix in ("docx", "doc", "wps", "txt", "html", "htm", "mhtml", "mht", "pdf"):
        assert f"*.{suffix} " in patterns or f"*.{suffix})" in patterns, suffix


@pytest.fixture
def chinese_locale() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


def test_the_import_filter_is_named_in_chinese(qapp) -> None:
    from desktop_app.gui.i18n import CHINESE, install_translators, remove_translators

    translators = install_translators(qapp, CHINESE)
    try:
        text = file_filter_report()
    finally:
        remove_translators(qapp, translators)
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    assert text.startswith("已发布的报告 (") and "*.pdf" in text and "*.mhtml" in text


def test_a_refused_file_is_described_with_its_reason_in_chinese(qapp, chinese_locale) -> None:
    text = describe(InputError("import:scanned-pdf", path="扫描件.pdf"))
    assert "扫描件" in text and "OCR" not in text
    assert "LibreOffice" in describe(InputError("import:libreoffice-missing", kind=".wps"))
