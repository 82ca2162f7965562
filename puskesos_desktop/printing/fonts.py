"""The embedded DejaVu family: Helvetica cannot print ğ, Đ or ặ, and every name must print."""

from __future__ import annotations

import functools

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from puskesos_desktop.config import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"

_FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}


@functools.cache
def register() -> None:
    """Register the family once per process (parsing the TTF files is the slow part, ~20 ms)."""
    # Binary image streams: a third smaller than ASCII85 and quicker to write; every viewer reads them.
    rl_config.useA85 = 0
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
    # So that <b> and <i> inside a Paragraph pick the right face; there is no bold-oblique file.
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)


@functools.cache
def glyph_set() -> frozenset[int]:
    """Code points the regular face can draw."""
    register()
    font = pdfmetrics.getFont(REGULAR)
    return frozenset(font.face.charToGlyph)


def string_width(text: str, font: str, size: float) -> float:
    register()
    return float(pdfmetrics.stringWidth(text, font, size))
