"""Render the app icon (resources/icons/ogi-report.svg) into the files the installers need.

    .venv/bin/python packaging/icons/render_icons.py

writes packaging/icons/hicolor/<n>x<n>/apps/<app id>.png for the freedesktop sizes, the SVG
as hicolor/scalable, and ogi-report.ico (PNG-compressed images, Windows Vista and later).
Qt draws the SVG, so no ImageMagick or librsvg is needed. Re-run it when the SVG changes and
commit the results.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = ROOT / "resources" / "icons" / "ogi-report.svg"
PNG_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def app_id() -> str:
    sys.path.insert(0, str(HERE.parent))
    from bundle import APP_ID  # packaging/bundle.py, beside this folder

    return APP_ID


def render_png(svg: Path, size: int, target: Path) -> bytes:
    """Draw ``svg`` at ``size`` pixels square into the PNG file ``target``; returns its bytes."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"cannot read {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target)):
        raise SystemExit(f"cannot write {target}")
    return target.read_bytes()


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """An .ico whose entries are whole PNG files (one per size; 256 is written as 0)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, payload = b"", b""
    for size in sizes:
        data = pngs[size]
        side = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset + len(payload))
        payload += data
    return header + entries + payload


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 (kept alive)
    name = app_id()
    hicolor = HERE / "hicolor"
    pngs: dict[int, bytes] = {}
    for size in PNG_SIZES:
        pngs[size] = render_png(SOURCE, size, hicolor / f"{size}x{size}" / "apps" / f"{name}.png")
    scalable = hicolor / "scalable" / "apps" / f"{name}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(SOURCE, scalable)
    (HERE / "ogi-report.ico").write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNGs, the SVG and ogi-report.ico under {HERE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
