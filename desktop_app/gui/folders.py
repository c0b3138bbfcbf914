"""Where a file dialog opens: one rule for every window.

The first time, the clerk's Documents folder as Qt reports it (created if it is missing, as
on a fresh county PC); after that, the folder last used for the same purpose, remembered in
the settings across restarts. A remembered folder that has gone (a USB stick, a deleted
folder) falls back to Documents rather than opening a dialog on nothing.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from desktop_app.gui.settings import Settings

# settings keys, one per purpose (names kept from the releases that wrote them)
EXPORT_DIR_KEY = "export_dir"  # the report's .docx/.html/.pdf
OPEN_DIR_KEY = "open_dir"  # draft files, imports, submission packages
COUNTY_DIR_KEY = "county_dir"  # the folder of the units' reports
COUNTY_SUMMARY_DIR_KEY = "county_summary_dir"  # the county workbook


def documents_folder() -> Path:
    """The Documents folder, made if missing (a folder that cannot be made is still returned:
    the dialog or the write then says why)."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def start_folder(settings: Settings, key: str) -> Path:
    """The folder a dialog for ``key`` opens in: the last one used, else Documents."""
    last = settings.get_str(key)
    if last and Path(last).is_dir():
        return Path(last)
    return documents_folder()


def remember_file(settings: Settings, key: str, path: str | Path) -> None:
    """The clerk used ``path`` (a file): its folder is where ``key``'s next dialog opens."""
    settings.set(key, str(Path(path).parent))


def remember_folder(settings: Settings, key: str, folder: str | Path) -> None:
    settings.set(key, str(Path(folder)))
