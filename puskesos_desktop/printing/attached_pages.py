"""A document followed by the scans attached to it (issue 20, item 4): a referral card can carry the KTP, KK or
SKTM kept on the referral, so the destination gets the papers with the card.

A stored PDF's pages are appended as they are; a stored photo or scan (always a JPEG by then) gets a page of its
own on the office's paper, turned to suit the picture and scaled to fit, with a caption naming it. Pages are
joined with pdfium (pypdfium2, already used for printing); pdfium is not thread-safe, so every use in the
program takes `LOCK`.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from puskesos_desktop.printing import PDFIUM_LOCK, fonts, page
from puskesos_desktop.printing.data import AttachedDocument
from puskesos_desktop.printing.text import clean

# pdfium keeps global state and is not thread-safe: one pdfium call at a time across the program (ui/printer.py
# rasterises pages on a worker while a card with attachments may be joined on another).
LOCK = PDFIUM_LOCK
MARGIN = 12 * mm
CAPTION_SIZE = 9.0


def pdfium() -> Any:
    """pypdfium2, imported on first use (the program starts without it)."""
    import pypdfium2

    return pypdfium2


def image_page(doc: AttachedDocument, paper: str, footer: str = "") -> bytes:
    """One page: the caption at the top, the picture under it as large as the page allows, never stretched."""
    fonts.register()
    reader = ImageReader(io.BytesIO(doc.content))
    w, h = reader.getSize()
    size = page.paper_size(paper, landscape_=w > h)
    out = io.BytesIO()
    c = Canvas(out, pagesize=size, pageCompression=1)
    c.setTitle(clean(doc.caption))
    c.setFont(fonts.BOLD, CAPTION_SIZE)
    c.drawString(MARGIN, size[1] - MARGIN, clean(doc.caption)[:160])
    if footer:
        c.setFont(fonts.REGULAR, 7)
        c.drawString(MARGIN, MARGIN / 2, clean(footer)[:200])
    box_w = size[0] - 2 * MARGIN
    box_h = size[1] - 2 * MARGIN - CAPTION_SIZE - 3 * mm
    scale = min(box_w / w, box_h / h)
    draw_w, draw_h = w * scale, h * scale
    x = MARGIN + (box_w - draw_w) / 2
    y = MARGIN + (box_h - draw_h) / 2
    c.drawImage(reader, x, y, width=draw_w, height=draw_h)
    c.showPage()
    c.save()
    return out.getvalue()


def unreadable_page(doc: AttachedDocument, paper: str) -> bytes:
    """In place of a stored PDF that pdfium cannot open: the card still prints, and says what is missing."""
    fonts.register()
    size = page.paper_size(paper)
    out = io.BytesIO()
    c = Canvas(out, pagesize=size)
    c.setFont(fonts.BOLD, CAPTION_SIZE)
    c.drawString(MARGIN, size[1] - MARGIN, clean(doc.caption)[:160])
    c.setFont(fonts.REGULAR, 10)
    c.drawString(
        MARGIN, size[1] - MARGIN - 10 * mm, "Berkas PDF ini tidak dapat dicetak; lihat atau simpan dari program."
    )
    c.showPage()
    c.save()
    return out.getvalue()


def append_documents(
    pdf: bytes, documents: Sequence[AttachedDocument], *, paper: str = "A4", footer: str = ""
) -> bytes:
    """`pdf` with every document's pages after its own, in the order given. Unchanged when there are none."""
    if not documents:
        return pdf
    # Render the image pages first (reportlab, no lock needed), then join under the lock.
    parts: list[tuple[AttachedDocument, bytes | None]] = [
        (d, None if d.mime == "application/pdf" else image_page(d, paper, footer)) for d in documents
    ]
    lib = pdfium()
    with LOCK:
        target = lib.PdfDocument(pdf)
        opened: list[Any] = [target]
        try:
            for d, rendered in parts:
                try:
                    src = lib.PdfDocument(rendered if rendered is not None else d.content)
                except lib.PdfiumError:
                    src = lib.PdfDocument(unreadable_page(d, paper))
                opened.append(src)
                target.import_pages(src)
            out = io.BytesIO()
            target.save(out)
            return out.getvalue()
        finally:
            for doc in reversed(opened):
                doc.close()
