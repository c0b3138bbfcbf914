"""Every table of every format names its header cells and row labels in English too: the
English interface shows the grid without a word of Chinese."""

from __future__ import annotations

import pytest

from desktop_app.core.formats.spec import available_formats, load_format


@pytest.mark.parametrize("format_id", available_formats())
def test_every_table_header_and_row_label_has_an_english_name(format_id: str) -> None:
    spec = load_format(format_id)
    for field in spec.fields:
        table = field.table
        if table is None:
            continue
        for block in table.blocks:
            untranslated = [cell.text for header_row in block.header for cell in header_row if not cell.text_en]
            assert not untranslated, f"{format_id} {table.key}: header cells without text_en: {untranslated}"
            for row in block.rows:
                assert len(row.path_en()) == len(row.labels), f"{format_id} {table.key}: {row.key}"
                if len(row.labels) > 1:
                    assert row.labels_en, f"{format_id} {table.key}: row {row.key} needs labels_en"
                assert all(label.isascii() for label in row.path_en()), f"{format_id} {table.key}: {row.key}"
