"""Render resources/icons/puskesos.svg into the PNG sizes the window uses and the Windows .ico.

The renders are committed (the Windows build needs no Qt SVG step); run this again after editing the SVG:
    .venv/bin/python scripts/make_icons.py
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "puskesos.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ARROW_SIZE = 10  # logical pixels; @2x and @3x files keep them sharp at 150-300 % (Qt picks them itself)
ARROW_COLOUR = "#2e3944"


def render_png(size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes, PySide wants str
    return bytes(buffer.data().data())


def render_arrow(direction: str, size: int) -> bytes:
    """A small chevron for combo boxes and spin boxes (the style sheet replaces Qt's own arrows)."""
    from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
    from PySide6.QtGui import QColor, QImage, QPainter, QPen

    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(ARROW_COLOUR), max(1.5, size / 6.5))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    m, mid = size * 0.15, size / 2
    low, high = size * 0.32, size * 0.68
    if direction == "down":
        points = [QPointF(m, low), QPointF(mid, high), QPointF(size - m, low)]
    else:
        points = [QPointF(m, high), QPointF(mid, low), QPointF(size - m, high)]
    painter.drawPolyline(points)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stub wants bytes, PySide wants str
    return bytes(buffer.data().data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renders = {size: render_png(size) for size in sorted(set(PNG_SIZES) | set(ICO_SIZES))}
    for size in PNG_SIZES:
        (ICONS / f"puskesos-{size}.png").write_bytes(renders[size])
    # Each size drawn by Qt at its own resolution (sharper than Pillow shrinking the largest one).
    images = [Image.open(io.BytesIO(renders[size])).convert("RGBA") for size in ICO_SIZES]
    largest = images[-1]
    largest.save(
        ICONS / "puskesos.ico",
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=images[:-1],
    )
    for direction in ("down", "up"):
        for factor in (1, 2, 3):
            suffix = "" if factor == 1 else f"@{factor}x"
            (ICONS / f"arrow-{direction}{suffix}.png").write_bytes(render_arrow(direction, ARROW_SIZE * factor))
    print(f"{len(PNG_SIZES)} PNG, arrows and puskesos.ico written to {ICONS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
