from puskesos_desktop.printing import fonts
from puskesos_desktop.printing.text import clean, para, truncate, wrap


def test_clean_strips_controls_bidi_marks_and_glyphs_the_font_lacks() -> None:
    assert clean("Siti\x00\x07 Aminah") == "Siti Aminah"
    assert clean("\u202eĞül\u202c \u200fAli\u200e") == "Ğül Ali"
    assert clean("Budi 🦄👍") == "Budi"  # symbols the font cannot draw vanish
    assert clean("王 Wang") == "? Wang"  # letters it cannot draw show as "?"
    assert clean("Đặng Thị") == "Đặng Thị"
    assert clean(None) == ""
    assert clean("a\ud800b") == "ab"  # a lone surrogate would break the PDF encoder


def test_clean_line_breaks() -> None:
    assert clean("baris satu\r\nbaris dua") == "baris satu baris dua"
    assert clean("satu\n\n\n\n dua  ", multiline=True) == "satu\n\ndua"


def test_clean_keeps_no_break_space() -> None:
    assert clean("RT\u00a0003") == "RT\u00a0003"


def test_truncate_cuts_at_a_word_and_marks_it() -> None:
    text = "kata " * 100
    cut = truncate(text.strip(), 50)
    assert len(cut) <= 50 and cut.endswith("…")
    assert truncate("pendek", 50) == "pendek"
    assert clean("x" * 1000, limit=20) == "x" * 19 + "…"


def test_para_escapes_markup() -> None:
    assert para("<b>Siti</b> & Co") == "&lt;b&gt;Siti&lt;/b&gt; &amp; Co"
    assert para("a\nb", multiline=True) == "a<br/>b"


def test_wrap_breaks_words_longer_than_the_line() -> None:
    fonts.register()
    lines = wrap("A" * 400, fonts.REGULAR, 8, 100)
    assert len(lines) > 3
    assert all(fonts.string_width(line, fonts.REGULAR, 8) <= 100 for line in lines)
    capped = wrap("kata " * 200, fonts.REGULAR, 8, 100, max_lines=2)
    assert len(capped) == 2 and capped[-1].endswith("…")
