"""The embedded DejaVu family: Helvetica cannot print ğ, Đ or ặ, and every name must print."""

from __future__ import annotations

import functools
import threading
import zlib
from typing import Any

from reportlab import rl_config
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

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
        font = TTFont(name, str(resource("fonts", filename)))
        font.face.__class__ = _SubsetCachingFace  # parsed once above; only how a subset is written changes
        pdfmetrics.registerFont(font)
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


# Font subsets made and compressed, per process. With reportlab's "ASCII readable" subsets (every ASCII letter in
# subset 0 whether used or not) a document's first subset is the same list for every card, slip and receipt whose
# text is ASCII with the same few other characters: making it (~1 ms) and compressing it (~1 ms) was done anew for
# each PDF. The bytes are what reportlab writes itself (zlib.compress as PDFZCompress does): the PDF is unchanged.
SUBSET_CACHE_SIZE = 64
_subsets: dict[tuple[str, tuple[int, ...]], tuple[bytes, int]] = {}
_subsets_lock = threading.Lock()


def _compressed_subset(face: TTFontFace, subset: list[int]) -> tuple[bytes, int]:
    """(the subset's font file compressed, its length before compression)."""
    key = (str(face.filename), tuple(subset))
    with _subsets_lock:
        hit = _subsets.get(key)
    if hit is not None:
        return hit
    raw = face.makeSubset(subset)
    made = (zlib.compress(raw), len(raw))
    with _subsets_lock:
        if len(_subsets) >= SUBSET_CACHE_SIZE:
            _subsets.clear()  # many documents with unusual letters: start again rather than grow
        _subsets[key] = made
    return made


class _SubsetCachingFace(TTFontFace):  # type: ignore[misc]  # reportlab has no type hints
    """reportlab's face (5.1.0's addSubsetObjects) with the font file taken from the per-process cache."""

    def addSubsetObjects(self, doc: Any, fontname: str, subset: list[int]) -> Any:  # noqa: N802 (reportlab's name)
        if not doc.compression:
            return super().addSubsetObjects(doc, fontname, subset)
        content, length = _compressed_subset(self, subset)
        font_file = pdfdoc.PDFStream()
        font_file.content = content
        font_file.dictionary["Length1"] = length
        # Already compressed: a stream whose dictionary names its filter is written as it is.
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName(pdfdoc.PDFZCompress.pdfname)])
        font_file_ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)
