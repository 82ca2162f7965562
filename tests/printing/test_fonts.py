"""printing/fonts.py: the embedded DejaVu faces — letters Helvetica cannot draw are in the set, widths measured with
the face that prints them, <b> and <i> mapped to the bold and oblique files."""

from reportlab.lib.fonts import tt2ps
from reportlab.pdfbase import pdfmetrics

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
