"""Which language the UI speaks, and the Qt translators that make it speak it.

English is the source language of every string (``translate(context, text)``); Chinese comes
from ``resources/translations/ogi_report_zh_CN.qm``, and Qt's own standard buttons from the
``qtbase_zh_CN.qm`` that ships with Qt.
"""

from __future__ import annotations

import sys
from importlib.resources import as_file

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app import language
from desktop_app.language import CHINESE, ENGLISH, LANGUAGES
from desktop_app.resources import resources_root

__all__ = [
    "CHINESE",
    "ENGLISH",
    "LANGUAGES",
    "choose_language",
    "current_language",
    "install_translators",
    "system_language",
]

APP_CATALOG = "ogi_report"


def translate(context: str, text: str) -> str:
    """The one call every GUI string goes through (pyside6-lupdate collects them)."""
    return QCoreApplication.translate(context, text)


def current_language() -> str:
    """The language the window speaks (install_translators sets the default locale)."""
    return CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH


def _platform_language() -> str | None:
    """What macOS says (it sets no locale variables for GUI apps); elsewhere the shared rule decides."""
    if sys.platform != "darwin":
        return None
    return CHINESE if QLocale.system().language() == QLocale.Language.Chinese else ENGLISH


def system_language() -> str:
    """Chinese unless the system explicitly speaks another language (C/POSIX count as unset)."""
    return language.system_language(platform_language=_platform_language())


def choose_language(requested: str | None) -> str:
    if requested:
        return language.choose_language(requested)
    return system_language()


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the app's and Qt's catalogues for ``lang``; returns them (keep them alive)."""
    if lang != CHINESE:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    installed: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)
    if qt_translator.load(f"qtbase_{CHINESE}", qt_dir):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = QTranslator(app)
    with as_file(resources_root() / "translations" / f"{APP_CATALOG}_{CHINESE}.qm") as path:
        if own.load(str(path)):
            app.installTranslator(own)
            installed.append(own)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Back to the English interface: the catalogues go, and the default locale that
    ``current_language`` reads goes back to English with them."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
