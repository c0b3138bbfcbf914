"""What the PyInstaller spec puts into the bundle, checked without building it (the build
itself is scripts/check-package)."""

from __future__ import annotations

import ast
from pathlib import Path, PurePosixPath

import pytest

import desktop_app

from .helpers import PACKAGING, REPO, bundle, project_version

SPEC = PACKAGING / "ogi-report.spec"


def bundled() -> dict[str, str]:
    """Each bundled data file's path inside the bundle -> its source in the checkout."""
    return {
        str(PurePosixPath(dest) / Path(source).name): str(Path(source).relative_to(REPO))
        for source, dest in bundle().datas()
    }


def test_templates_land_where_importlib_resources_looks_in_the_bundle():
    inside = bundled()
    assert inside["desktop_app/templates/formats/ogi-annual-2017/format.toml"] == (
        "templates/formats/ogi-annual-2017/format.toml"
    )
    assert inside["desktop_app/templates/layouts/gbt9704.toml"] == "templates/layouts/gbt9704.toml"
    for section in (REPO / "templates/formats/ogi-annual-2017/sections").glob("*.j2"):
        assert f"desktop_app/templates/formats/ogi-annual-2017/sections/{section.name}" in inside


def test_every_translation_and_icon_the_app_loads_is_bundled():
    inside = bundled()
    resources = REPO / "resources"
    wanted = [*resources.glob("translations/*.qm"), *resources.glob("icons/*.png"), *resources.glob("icons/*.svg")]
    for path in wanted:
        relative = path.relative_to(resources).as_posix()
        assert inside.get(f"desktop_app/resources/{relative}") == f"resources/{relative}"


def test_sources_of_data_and_code_stay_out_of_the_data_list():
    for inside in bundled():
        assert not inside.endswith((".py", ".pyc", ".ts")), inside  # modules go in compiled; .ts is a source
        assert "__pycache__" not in inside


def test_bundle_carries_what_the_wheel_carries():
    patterns = bundle().data_patterns()
    assert patterns["desktop_app.templates"] and patterns["desktop_app.resources"]
    assert set(patterns) == set(bundle().DATA_PACKAGES.values())


def test_the_staged_package_has_templates_and_resources_inside(tmp_path):
    stage = bundle().stage_sources(tmp_path / "src")
    assert (stage / "desktop_app" / "__main__.py").is_file()
    assert (stage / "desktop_app" / "templates" / "__init__.py").is_file()
    assert (stage / "desktop_app" / "templates" / "formats" / "ogi-annual-2017" / "format.toml").is_file()
    assert (stage / "desktop_app" / "resources" / "__init__.py").is_file()
    assert not list(stage.rglob("__pycache__"))
    bundle().stage_sources(tmp_path / "src")  # a second build replaces the first


def imported_qt_modules() -> set[str]:
    """Every PySide6 module the app's code imports."""
    found = set()
    for path in (REPO / "desktop_app").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("PySide6"):
                found.add(node.module)
                found.update(f"PySide6.{alias.name}" for alias in node.names if node.module == "PySide6")
            elif isinstance(node, ast.Import):
                found.update(alias.name for alias in node.names if alias.name.startswith("PySide6"))
    return found


def test_no_qt_module_the_app_imports_is_excluded():
    used = imported_qt_modules()
    assert "PySide6.QtWidgets" in used
    assert not used & set(bundle().EXCLUDES)


@pytest.mark.parametrize(
    "module",
    [
        "PySide6.QtWebEngineCore",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtNetwork",
        "PySide6.QtSql",
        "PySide6.QtPdf",
        "tkinter",
    ],
)
def test_unused_heavy_modules_are_excluded(module):
    assert module in bundle().EXCLUDES


@pytest.mark.parametrize(
    ("dest", "kept"),
    [
        ("PySide6/Qt/translations/qtbase_zh_CN.qm", True),
        ("PySide6/Qt/translations/qtbase_de.qm", False),
        ("PySide6/Qt/translations/qt_help_zh_CN.qm", False),
        ("PySide6\\translations\\qtbase_fr.qm", False),  # Windows layout
        ("desktop_app/resources/translations/ogi_report_zh_CN.qm", True),
        ("PySide6/Qt/lib/libQt6Widgets.so.6", True),
        ("PySide6/Qt/lib/libQt6Network.so.6", False),
        ("PySide6\\Qt6Network.dll", False),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", True),
        ("PySide6/Qt/plugins/platforms/libqoffscreen.so", True),
        ("PySide6/Qt/plugins/platforms/libqwayland.so", True),
        ("PySide6/Qt/plugins/platforms/libqvnc.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqgtk3.so", False),
        ("PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so", True),
        ("PySide6/Qt/plugins/imageformats/libqico.so", True),
        ("libQt6Network.so.6", False),
    ],
)
def test_qt_files_kept_and_dropped(dest, kept):
    assert bundle().keep_qt_file(dest) is kept


def test_prune_orphans_drops_libraries_only_dropped_files_needed():
    links = {
        "/src/QtGui.so": ["libQt6Gui.so.6", "libfreetype.so.6"],
        "/src/libfreetype.so.6": ["libpng16.so.16", "libz.so.1"],
        "/src/libpng16.so.16": ["libz.so.1"],
        "/src/libz.so.1": [],
        "/src/libpython3.11.so.1.0": ["libz.so.1"],
        "/src/libcairo.so.2": ["libpixman-1.so.0"],  # the dropped GTK theme's
        "/src/libpixman-1.so.0": [],
        "/src/_ssl.so": ["libssl.so.3"],
    }
    binaries = [
        ("PySide6/QtGui.abi3.so", "/src/QtGui.so", "EXTENSION"),
        ("libfreetype.so.6", "/src/libfreetype.so.6", "BINARY"),
        ("libpng16.so.16", "/src/libpng16.so.16", "BINARY"),
        ("libz.so.1", "/src/libz.so.1", "BINARY"),
        ("libpython3.11.so.1.0", "/src/libpython3.11.so.1.0", "BINARY"),
        ("libcairo.so.2", "/src/libcairo.so.2", "BINARY"),
        ("libpixman-1.so.0", "/src/libpixman-1.so.0", "BINARY"),
        ("_ssl.so", "/src/_ssl.so", "EXTENSION"),  # a top-level extension is a root, never pruned
    ]
    kept = [dest for dest, _, _ in bundle().prune_orphans(binaries, links.__getitem__)]
    assert kept == [
        "PySide6/QtGui.abi3.so",
        "libfreetype.so.6",
        "libpng16.so.16",
        "libz.so.1",
        "libpython3.11.so.1.0",
        "_ssl.so",
    ]


def spec_calls() -> dict[str, ast.Call]:
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    return {
        node.func.id: node
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in {"Analysis", "COLLECT", "BUNDLE"}
    }


def test_spec_builds_one_folder_named_ogi_report_from_the_shared_lists():
    calls = spec_calls()
    analysis = {kw.arg: ast.unparse(kw.value) for kw in calls["Analysis"].keywords}
    assert "bundle.datas()" in analysis["datas"]
    assert "collect_data_files('docx')" in analysis["datas"]  # python-docx's default template
    assert "collect_submodules('desktop_app')" in analysis["hiddenimports"]
    assert "collect_submodules('platformdirs')" in analysis["hiddenimports"]
    assert analysis["excludes"] == "bundle.EXCLUDES"
    assert analysis["module_collection_mode"] == "{'docx': 'py'}"
    assert "'hooks'" in analysis["hookspath"] and (PACKAGING / "hooks" / "hook-lxml.py").is_file()
    collect = {kw.arg: ast.unparse(kw.value) for kw in calls["COLLECT"].keywords}
    assert collect["name"] == repr(desktop_app.APP_ID)
    plist = ast.unparse(calls["BUNDLE"])
    assert "bundle.APP_ID" in plist and "bundle.DRAFT_EXTENSION" in plist


def test_entry_script_runs_the_console_script_main():
    tree = ast.parse((PACKAGING / "entry.py").read_text(encoding="utf-8"))
    imports = [(n.module, [a.name for a in n.names]) for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert ("desktop_app.__main__", ["main"]) in imports


def test_bundle_version_is_the_project_version():
    assert bundle().version() == project_version() == desktop_app.__version__
