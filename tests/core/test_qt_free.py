"""The core never imports Qt: checked in a fresh interpreter."""

import subprocess
import sys
from pathlib import Path

import desktop_app.core


def test_core_imports_no_qt():
    core = Path(desktop_app.core.__file__).parent
    # every module, in every capability folder
    modules = sorted(
        ".".join(("desktop_app", "core", *p.relative_to(core).with_suffix("").parts)).removesuffix(".__init__")
        for p in core.rglob("*.py")
    )
    assert len(modules) > 40
    assert "desktop_app.core.word.export" in modules
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "import desktop_app.cli, desktop_app.paths\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt loaded by the core: {result.stdout}"
