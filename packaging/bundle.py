"""What goes into the PyInstaller bundle, as plain data the spec and the tests share.

The spec (``ogi-report.spec``) loads this file by path; so do tests/packaging. It imports
nothing from PyInstaller, so the data list can be checked without building anything.
"""

from __future__ import annotations

import shutil
import tomllib
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath

APP_NAME = "ogi-report"
# the AppStream component id; the .desktop file, metainfo and icons are named after it
APP_ID = "cn.ogireport.nianbao"
ROOT = Path(__file__).resolve().parent.parent
# draft files passed between colleagues: opened like a .json draft (.json itself is left alone)
DRAFT_EXTENSION = ".ogireport"
DRAFT_MIME_TYPE = "application/x-ogireport"

# checkout folder -> the package it becomes (pyproject.toml [tool.setuptools.package-dir])
DATA_PACKAGES = {
    "templates": "desktop_app.templates",
    "resources": "desktop_app.resources",
}

# The app imports QtCore, QtGui and QtWidgets only. Everything else PySide6 ships stays out:
# the bindings, and (through them) the Qt libraries and plugins they would drag in.
QT_EXCLUDES = [
    "PySide6.Qt3DAnimation",
    "PySide6.Qt3DCore",
    "PySide6.Qt3DExtras",
    "PySide6.Qt3DInput",
    "PySide6.Qt3DLogic",
    "PySide6.Qt3DRender",
    "PySide6.QtBluetooth",
    "PySide6.QtCharts",
    "PySide6.QtConcurrent",
    "PySide6.QtDataVisualization",
    "PySide6.QtDBus",
    "PySide6.QtDesigner",
    "PySide6.QtGraphs",
    "PySide6.QtHelp",
    "PySide6.QtHttpServer",
    "PySide6.QtLabsStyleKit",
    "PySide6.QtLocation",
    "PySide6.QtMultimedia",
    "PySide6.QtMultimediaWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtNfc",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtPositioning",
    "PySide6.QtPrintSupport",
    "PySide6.QtQml",
    "PySide6.QtQmlFeatures",
    "PySide6.QtQuick",
    "PySide6.QtQuick3D",
    "PySide6.QtQuickControls2",
    "PySide6.QtQuickTest",
    "PySide6.QtQuickWidgets",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtSensors",
    "PySide6.QtSerialBus",
    "PySide6.QtSerialPort",
    "PySide6.QtSpatialAudio",
    "PySide6.QtSql",
    "PySide6.QtStateMachine",
    "PySide6.QtSvg",
    "PySide6.QtSvgWidgets",
    "PySide6.QtTest",
    "PySide6.QtTextToSpeech",
    "PySide6.QtUiTools",
    "PySide6.QtWebChannel",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebSockets",
    "PySide6.QtWebView",
    "PySide6.QtXml",
    "PySide6.scripts",
]
# Python modules nothing in the app uses but that hooks or the standard library pull in. ssl:
# the app never goes on the network (urllib, http.client and asyncio do without it). lxml: python-docx
# needs lxml.etree and the importer lxml.html (saved web pages); lxml's hook collects every sub-module.
PY_EXCLUDES = [
    "tkinter",
    "_tkinter",
    "turtle",
    "turtledemo",
    "idlelib",
    "pydoc_data",
    "lib2to3",
    "readline",
    "ssl",
    "_ssl",
    "lxml.objectify",
    "lxml.html.diff",
    "lxml.html.clean",
    "lxml.html5parser",
    "lxml.isoschematron",
    "lxml.cssselect",
    "lxml.doctestcompare",
    "lxml.usedoctest",
    "pytest",
    "_pytest",
    "pytestqt",
    "hypothesis",
    "mypy",
    "ruff",
    "setuptools",
    "pip",
]
EXCLUDES = QT_EXCLUDES + PY_EXCLUDES

# the app loads qtbase_zh_CN.qm for Qt's standard buttons; English needs no catalogue
QT_TRANSLATIONS_KEPT = ("qtbase_zh_CN.qm",)

# Qt files that the hooks collect although the app never loads them (Linux, Windows and macOS
# names): Qt Network, which only the VNC platform and TUIO touch plugins want; the embedded
# full-screen (eglfs) platform; and the GTK theme plugin, whose GTK libraries are not bundled
# (bundling the rest of that stack would clash with the desktop's own GTK).
QT_DROPPED_PARTS = (
    "Qt6Network",
    "QtNetwork.framework",
    "Qt6Quick",
    "QtQuick.framework",
    "Qt6Qml",
    "QtQml.framework",
    "Qt6Pdf",
    "QtPdf.framework",
    "Qt6VirtualKeyboard",
    "Qt6EglFS",
    "Qt6EglFsKms",
    "/qmltooling/",
    "/networkinformation/",
    "/tls/",
    "/sqldrivers/",
    "/designer/",
    "/vectorimageformats/",
    "/egldeviceintegrations/",
    "/platforms/libqeglfs",
    "/platforms/libqminimalegl",
    "/platforms/libqvnc",
    "/generic/libqtuiotouchplugin",
    "/generic/qtuiotouchplugin",
    "/platformthemes/libqgtk3",
    "/platforminputcontexts/libqtvirtualkeyboardplugin",
)


def _pyproject(root: Path) -> dict:
    return tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))


def version(root: Path = ROOT) -> str:
    return str(_pyproject(root)["project"]["version"])


def data_patterns(root: Path = ROOT) -> dict[str, list[str]]:
    """The wheel's package-data globs, so that the bundle carries exactly what the wheel does."""
    package_data = _pyproject(root)["tool"]["setuptools"]["package-data"]
    return {package: list(package_data[package]) for package in DATA_PACKAGES.values()}


def datas(root: Path = ROOT) -> list[tuple[str, str]]:
    """(source file, destination folder) pairs for templates/ and resources/.

    They land at desktop_app/templates and desktop_app/resources, where
    ``importlib.resources.files("desktop_app.templates")`` looks in a frozen app.
    """
    patterns = data_patterns(root)
    pairs: set[tuple[str, str]] = set()
    for folder, package in DATA_PACKAGES.items():
        source_root = root / folder
        dest_root = PurePosixPath(*package.split("."))
        for pattern in patterns[package]:
            for path in source_root.glob(pattern):
                if path.is_file() and "__pycache__" not in path.parts:
                    relative = path.relative_to(source_root).parent
                    pairs.add((str(path), str(dest_root / PurePosixPath(relative.as_posix()))))
    return sorted(pairs)


def stage_sources(dest: Path, root: Path = ROOT) -> Path:
    """Lay the package out under ``dest`` the way the wheel does, and return ``dest``.

    In a checkout desktop_app.templates and desktop_app.resources exist only through the
    editable install's import hook, which PyInstaller's module finder does not consult; from
    this copy they are plain sub-packages it compiles in like any other.
    """
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    if dest.exists():
        shutil.rmtree(dest)
    shutil.copytree(root / "desktop_app", dest / "desktop_app", ignore=ignore)
    for folder, package in DATA_PACKAGES.items():
        shutil.copytree(root / folder, dest.joinpath(*package.split(".")), ignore=ignore)
    return dest


def keep_qt_file(dest: str) -> bool:
    """False for Qt translations other than the kept ones and for Qt parts the app never loads."""
    posix = _posix(dest)
    if "/translations/" in f"/{posix}" and posix.endswith(".qm") and "PySide6" in posix:
        return posix.rsplit("/", 1)[-1] in QT_TRANSLATIONS_KEPT
    return not any(part in f"/{posix}" for part in QT_DROPPED_PARTS)


def prune_orphans(
    binaries: list[tuple[str, str, str]], imports_of: Callable[[str], Iterable[str]]
) -> list[tuple[str, str, str]]:
    """Drop the top-level system libraries that only dropped files needed.

    ``binaries`` are PyInstaller (destination, source, type) entries; ``imports_of(source)``
    names the libraries a file links against. Files in sub-folders (Qt, plugins, extension
    modules) and the Python library are the roots; a top-level library stays when a root
    needs it, directly or through another kept library.
    """
    top = {dest: source for dest, source, kind in binaries if "/" not in _posix(dest) and kind == "BINARY"}

    def is_root(dest: str, kind: str) -> bool:
        return dest not in top or dest.startswith(("libpython", "python"))

    needed: set[str] = set()
    queue = [source for dest, source, kind in binaries if is_root(dest, kind)]
    seen: set[str] = set()
    while queue:
        source = queue.pop()
        if source in seen:
            continue
        seen.add(source)
        for name in imports_of(source):
            base = PurePosixPath(_posix(name)).name
            if base in top and base not in needed:
                needed.add(base)
                queue.append(top[base])
    return [entry for entry in binaries if is_root(entry[0], entry[2]) or entry[0] in needed]


def _posix(path: str) -> str:
    return path.replace("\\", "/")
