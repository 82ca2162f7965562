"""printing/fonts.py: the embedded DejaVu faces — letters Helvetica cannot draw are in the set, widths measured with
the face that prints them, <b> and <i> mapped to the bold and oblique files."""

import zlib

import pytest
from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFontFace

from puskesos_desktop.printing import fonts


def test_the_glyph_set_covers_names_helvetica_cannot_print() -> None:
    glyphs = fonts.glyph_set()
    assert all(ord(ch) in glyphs for ch in "Aa0 ğĐặőÉ–’…·")
    assert ord("中") not in glyphs and ord("ก") not in glyphs  # printing/text.clean drops what the font lacks
    assert fonts.glyph_set() is glyphs  # read once per process


def test_widths_and_faces() -> None:
    fonts.register()
    fonts.register()  # twice is harmless
    assert {fonts.REGULAR, fonts.BOLD, fonts.ITALIC} <= set(pdfmetrics.getRegisteredFontNames())
    regular = fonts.string_width("Kabupaten Kotawaringin Barat", fonts.REGULAR, 10)
    assert 0 < regular < fonts.string_width("Kabupaten Kotawaringin Barat", fonts.BOLD, 10)
    assert fonts.string_width("W", fonts.REGULAR, 20) == 2 * fonts.string_width("W", fonts.REGULAR, 10)
    assert fonts.string_width("", fonts.REGULAR, 10) == 0
    assert tt2ps(fonts.REGULAR, 1, 0) == fonts.BOLD and tt2ps(fonts.REGULAR, 0, 1) == fonts.ITALIC
    assert tt2ps(fonts.REGULAR, 1, 1) == fonts.BOLD  # no bold-oblique file: bold


def _faces() -> list[object]:
    fonts.register()
    return [pdfmetrics.getFont(name).face for name in (fonts.REGULAR, fonts.BOLD, fonts.ITALIC)]


def test_cached_font_subsets_write_the_pdf_reportlab_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The subsets are made and compressed once per process; the document is byte for byte reportlab's own."""
    from puskesos_desktop.printing import card, receipt

    from . import samples

    fonts._subsets.clear()
    made: list[int] = []
    real = TTFontFace.makeSubset
    monkeypatch.setattr(TTFontFace, "makeSubset", lambda face, subset: made.append(1) or real(face, subset))
    documents = (lambda: card.referral_card(samples.card()), lambda: receipt.complaint_receipt(samples.receipt()))
    first = [make() for make in documents]
    subsets_made = len(made)
    assert subsets_made >= 2 and len(fonts._subsets) >= 2
    assert [make() for make in documents] == first  # from the cache: nothing made again, the same bytes
    assert len(made) == subsets_made
    faces = _faces()
    for face in faces:  # reportlab's own way of writing a subset
        face.__class__ = TTFontFace
    try:
        assert [make() for make in documents] == first
    finally:
        for face in faces:
            face.__class__ = fonts._SubsetCachingFace


def test_the_subset_cache_stays_small() -> None:
    fonts._subsets.clear()
    face = _faces()[0]
    for i in range(fonts.SUBSET_CACHE_SIZE + 5):
        fonts._compressed_subset(face, [0, 32, 65 + i % 26, 200 + i])
    assert 0 < len(fonts._subsets) <= fonts.SUBSET_CACHE_SIZE
    content, length = fonts._compressed_subset(face, [0, 32, 65])
    assert zlib.decompress(content)[:4] in (b"\x00\x01\x00\x00", b"true") and len(zlib.decompress(content)) == length
