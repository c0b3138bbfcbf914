"""How much room text and tables take in the layout, without python-docx: shared by the
.docx export and the page plan the preview shows (``pages``)."""

from __future__ import annotations

import unicodedata

from desktop_app.core.formats.table_spec import TableSpec

_LABEL_SHARE = 0.45  # of the width, for the label columns when the spec gives no widths


def width_in_chars(text: str) -> float:
    """Half-width characters (digits, Latin) take half a character of the grid; in a
    Chinese font the ambiguous ones (×, —, “) are full width."""
    return sum(1.0 if unicodedata.east_asian_width(c) in "FWA" else 0.5 for c in text)


def column_widths(table: TableSpec, total: int) -> list[int]:
    """Twips per grid column, summing exactly to ``total``."""
    if table.widths_mm:
        weights = list(table.widths_mm)
    elif table.label_columns:
        label = _LABEL_SHARE / table.label_columns
        value = (1 - _LABEL_SHARE) / table.value_columns
        weights = [label] * table.label_columns + [value] * table.value_columns
    else:
        weights = [1.0] * table.value_columns
    scale = total / sum(weights)
    widths = [int(w * scale) for w in weights]
    widths[-1] += total - sum(widths)
    return widths
