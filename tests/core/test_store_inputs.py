"""Where things are written and for which year: export targets that are not files, the data
folder given relative or with an unknown ~user, years no report can be for, .docm files."""

from __future__ import annotations

import errno
import os
import sys
from datetime import date
from pathlib import Path

import pytest

from desktop_app import paths
from desktop_app.core.editing import FIRST_REPORT_YEAR, check_new_year, report_years
from desktop_app.core.errors import DataDirError, NotRegularFileError, OutputError, YearOutOfRangeError
from desktop_app.core.model import Draft
from desktop_app.core.storage.atomic import reason_for
from desktop_app.core.word.export import export_docx


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX feature")
def test_export_refuses_a_fifo_without_opening_it(tmp_path: Path, demo: Draft) -> None:
    fifo = tmp_path / "report.docx"
    os.mkfifo(fifo)
    with pytest.raises(NotRegularFileError) as caught:
        export_docx(demo, fifo)  # opening a FIFO for writing would hang until a reader came
    assert "not a regular file" in str(caught.value)
    assert "不是普通文件" in caught.value.message("zh_CN")
    assert fifo.exists() and not fifo.is_file()  # left as it was
    assert list(tmp_path.iterdir()) == [fifo]


@pytest.mark.skipif(os.name != "posix", reason="device paths are POSIX")
@pytest.mark.parametrize("device", ["/dev/null", "/proc/self/fd/1"])
def test_export_refuses_devices_and_streams_also_through_a_link(tmp_path: Path, device: str, demo: Draft) -> None:
    # Never aimed at /dev itself: a regression would replace a system device node. A link to
    # one takes the same path through the check (/dev/stdout is such a link to /proc/self/fd/1).
    link = tmp_path / "report.docx"
    link.symlink_to(device)
    with pytest.raises(NotRegularFileError):
        export_docx(demo, link)
    assert link.is_symlink() and os.readlink(link) == device
    assert list(tmp_path.iterdir()) == [link]


def test_a_link_to_a_regular_file_is_written_through_and_kept(tmp_path: Path, demo: Draft) -> None:
    real = tmp_path / "real.docx"
    real.write_bytes(b"old")
    link = tmp_path / "link.docx"
    link.symlink_to(real)
    assert export_docx(demo, link) == link
    assert link.is_symlink() and real.read_bytes()[:2] == b"PK"


def test_the_permission_message_guesses_another_program_only_on_windows() -> None:
    text = reason_for(PermissionError(errno.EACCES, "Permission denied"))
    assert ("another program" in text) == (sys.platform == "win32")
    assert isinstance(OutputError("x", text).reason, str)


def test_a_relative_data_folder_is_taken_from_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(paths.DATA_DIR_ENV, "reldata")
    assert paths.data_dir() == tmp_path / "reldata"
    from desktop_app.core.storage.store import DraftStore

    with DraftStore() as store:
        assert store.path == tmp_path / "reldata" / "drafts.sqlite3"
        assert store.list() == []


def test_an_unknown_user_in_the_data_folder_is_a_data_dir_error(monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(DataDirError):
        paths.set_data_dir("~nosuchuser-ogi/x")
    monkeypatch.setenv(paths.DATA_DIR_ENV, "~nosuchuser-ogi/x")
    with pytest.raises(DataDirError):
        paths.data_dir()


def test_new_drafts_are_for_2008_to_next_year() -> None:
    today = date(2026, 3, 1)
    assert report_years(today) == (FIRST_REPORT_YEAR, 2027) == (2008, 2027)
    for year in (2008, 2025, 2027):
        check_new_year(year, today)
    for year in (2007, 2028, 99999, -1, 0):
        with pytest.raises(YearOutOfRangeError) as caught:
            check_new_year(year, today)
        assert (caught.value.first, caught.value.last) == (2008, 2027)


def test_a_docm_is_named_as_a_macro_enabled_file(tmp_path: Path, demo: Draft) -> None:
    from desktop_app.core.importing.importer import import_report
    from desktop_app.core.importing.notes import in_language

    docm = tmp_path / "报告.docm"
    export_docx(demo, tmp_path / "报告.docx").rename(docm)
    result = import_report(docm)
    english = [in_language(note, "en") for note in result.notes]
    assert any("macro-enabled" in text for text in english)
    assert any("启用宏" in in_language(note, "zh_CN") for note in result.notes)
    docx = import_report(export_docx(demo, tmp_path / "plain.docx"))
    assert not any("macro" in in_language(note, "en") for note in docx.notes)
