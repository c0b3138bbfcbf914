"""Every folder the app uses, in one place, with one override for tests and portable use.

``OGI_REPORT_DATA_DIR`` (or the ``--data-dir`` option, which sets it) replaces the
platformdirs user data folder.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app import APP_ID

DATA_DIR_ENV = "OGI_REPORT_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # deferred: not needed by every command

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def set_data_dir(path: str | os.PathLike[str]) -> None:
    os.environ[DATA_DIR_ENV] = str(Path(path).expanduser().resolve())


def database_path() -> Path:
    return data_dir() / "drafts.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"
