"""A card followed by the scans kept on its referral: a photo gets a page of its own on the office's paper, turned
to suit the picture and never stretched; a stored PDF's pages follow as they are; a PDF pdfium cannot open becomes a
page that says so."""

from __future__ import annotations

import io

from PIL import Image
from reportlab.pdfgen.canvas import Canvas

from puskesos_desktop.printing import attached_pages
from puskesos_desktop.printing.data import AttachedDocument
from tests.printing.helpers import MM, render, sizes, text

A4 = (round(210 * MM, 1), round(297 * MM, 1))
A4_LANDSCAPE = (A4[1], A4[0])


def jpeg(width: int, height: int, colour: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(buf, "JPEG")
    return buf.getvalue()


def one_page_pdf(words: str, size: tuple[float, float] = (300.0, 400.0)) -> bytes:
    out = io.BytesIO()
    c = Canvas(out, pagesize=size)
    c.drawString(40, size[1] - 60, words)
    c.showPage()
    c.save()
    return out.getvalue()


def test_a_photo_gets_its_own_page_turned_to_suit_it() -> None:
    tall = AttachedDocument("Lampiran 1 dari 2 · KTP · ktp.jpg", "image/jpeg", jpeg(300, 500))
    wide = AttachedDocument("Lampiran 2 dari 2 · KK · kk.jpg", "image/jpeg", jpeg(800, 400))
    assert sizes(attached_pages.image_page(tall, "A4")) == [A4]
    assert sizes(attached_pages.image_page(wide, "A4")) == [A4_LANDSCAPE]
    pdf = attached_pages.image_page(wide, "A4", footer="Dicetak oleh Rina, 03-12-2026 09:00")
    words = text(pdf)
    assert "Lampiran 2 dari 2 · KK · kk.jpg" in words and "Dicetak oleh Rina" in words


def test_the_picture_is_scaled_to_fit_and_never_stretched() -> None:
    red = AttachedDocument("Foto", "image/jpeg", jpeg(400, 400))
    img = render(attached_pages.image_page(red, "A4"), scale=0.5)
    reds = [
        (x, y)
        for y in range(0, img.height, 4)
        for x in range(0, img.width, 4)
        if (p := img.getpixel((x, y))) and p[0] > 150 and p[1] < 90  # type: ignore[index, operator]
    ]
    xs = [x for x, _ in reds]
    ys = [y for _, y in reds]
    drawn_w, drawn_h = max(xs) - min(xs), max(ys) - min(ys)
    assert abs(drawn_w - drawn_h) <= 8  # a square stays square
    assert drawn_w > img.width * 0.8  # as large as the page's width allows


def test_documents_follow_the_card_in_the_order_given() -> None:
    card = one_page_pdf("KARTU RUJUKAN", (105 * MM, 148 * MM))
    documents = [
        AttachedDocument("Lampiran 1 dari 3 · SKTM", "application/pdf", one_page_pdf("SURAT KETERANGAN TIDAK MAMPU")),
        AttachedDocument("Lampiran 2 dari 3 · KTP", "image/jpeg", jpeg(300, 200)),
        AttachedDocument("Lampiran 3 dari 3 · rusak.pdf", "application/pdf", b"%PDF-1.4 bukan pdf yang utuh"),
    ]
    joined = attached_pages.append_documents(card, documents, paper="A4", footer="SALINAN")
    assert sizes(joined) == [(round(105 * MM, 1), round(148 * MM, 1)), (300.0, 400.0), A4_LANDSCAPE, A4]
    words = text(joined)
    assert words.index("KARTU RUJUKAN") < words.index("SURAT KETERANGAN") < words.index("Lampiran 2 dari 3")
    assert "Berkas PDF ini tidak dapat dicetak" in words and "Lampiran 3 dari 3 · rusak.pdf" in words


def test_a_card_without_documents_is_unchanged() -> None:
    card = one_page_pdf("KARTU RUJUKAN")
    assert attached_pages.append_documents(card, []) is card
