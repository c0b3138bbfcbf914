"""Every folder the app uses, in one place, with one override for tests and portable use.

``OGI_REPORT_DATA_DIR`` (or the ``--data-dir`` option, which sets it) replaces the
platformdirs user data folder. A relative folder is taken from the current directory (and
made absolute at once, so a later change of directory cannot move the store); ``~user``
naming nobody is a DataDirError, not a crash.
"""

from __future__ import annotations

import os
from pathlib import Path

from desktop_app import APP_ID

DATA_DIR_ENV = "OGI_REPORT_DATA_DIR"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return _absolute(override)
    import platformdirs  # deferred: not needed by every command

    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def set_data_dir(path: str | os.PathLike[str]) -> None:
    os.environ[DATA_DIR_ENV] = str(_absolute(os.fspath(path)))


def _absolute(folder: str) -> Path:
    from desktop_app.core.errors import DataDirError

    try:
        path = Path(folder).expanduser()
    except RuntimeError as exc:  # "~nosuchuser": no such home folder
        raise DataDirError(folder) from exc
    return Path(os.path.abspath(path))


def database_path() -> Path:
    return data_dir() / "drafts.sqlite3"


def settings_path() -> Path:
    return data_dir() / "settings.json"
