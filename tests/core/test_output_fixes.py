"""Every way an export can fail has a fix to offer first and words for it in both languages."""

from __future__ import annotations

import pytest

from desktop_app.core.messages.errors import REASONS
from desktop_app.core.messages.output_fixes import RETRY, SAVE_AS, output_fix
from desktop_app.core.storage import atomic

# what atomic_write can name (its errno table, Word holding the file, a device as the target)
WRITE_REASONS = sorted({*atomic._REASONS.values(), "open-elsewhere", "not-regular-file"})


@pytest.mark.parametrize("reason", WRITE_REASONS)
def test_every_write_failure_has_a_fix_in_both_languages(reason: str) -> None:
    code = reason if reason == "not-regular-file" else "output"
    first, zh = output_fix(code, reason, "zh_CN")
    _, en = output_fix(code, reason, "en")
    assert first in (RETRY, SAVE_AS)
    assert ("重试" in zh or "另存为" in zh) and ("Retry" in en or "Save as" in en)
    assert reason in REASONS or reason == "not-regular-file"


@pytest.mark.parametrize(
    ("code", "reason", "first"),
    [
        ("output", "open-elsewhere", RETRY),  # close it in Word, then retry
        ("output", "permission-read-only", SAVE_AS),  # a read-only folder: somewhere else
        ("output", "disk-full", SAVE_AS),
        ("output", "no-folder", SAVE_AS),
        ("unsupported-output:no-suffix", "", SAVE_AS),  # a bad target: another name
        ("tool-missing", "", SAVE_AS),  # no LibreOffice for a PDF: a .docx
    ],
)
def test_the_fix_offered_first_is_the_one_that_helps(code: str, reason: str, first: str) -> None:
    assert output_fix(code, reason)[0] == first


def test_an_unknown_reason_still_says_what_to_try() -> None:
    first, how = output_fix("output", "I/O error", "en")
    assert first == RETRY and "Save as" in how
