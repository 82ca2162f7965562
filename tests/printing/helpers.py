"""Reading the PDFs back: text, page sizes, rendered pixels and QR codes."""

from __future__ import annotations

import io

import pypdf
import pypdfium2
import zxingcpp
from PIL import Image

MM = 72 / 25.4


def pages(pdf: bytes) -> list[pypdf.PageObject]:
    return list(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def text(pdf: bytes) -> str:
    """All text, no-break spaces as plain spaces, lines joined by spaces."""
    raw = "\n".join(p.extract_text() or "" for p in pages(pdf))
    return " ".join(raw.replace("\u00a0", " ").split())


def sizes(pdf: bytes) -> list[tuple[float, float]]:
    return [(round(float(p.mediabox.width), 1), round(float(p.mediabox.height), 1)) for p in pages(pdf)]


def render(pdf: bytes, page: int = 0, scale: float = 2.0) -> Image.Image:
    doc = pypdfium2.PdfDocument(pdf)
    try:
        return doc[page].render(scale=scale).to_pil().convert("RGB")
    finally:
        doc.close()


def qr_texts(pdf: bytes, page: int = 0, scale: float = 3.0) -> list[str]:
    return sorted(b.text for b in zxingcpp.read_barcodes(render(pdf, page, scale)))


def pixel_mm(img: Image.Image, page_height_pt: float, x_mm: float, y_mm_from_top: float) -> tuple[int, int, int]:
    """The colour at a point given in millimetres from the page's top-left corner."""
    scale = img.height / page_height_pt
    px = int(x_mm * MM * scale)
    py = int(y_mm_from_top * MM * scale)
    r, g, b = img.getpixel((px, py))  # type: ignore[misc]
    return int(r), int(g), int(b)
