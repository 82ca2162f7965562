"""Printing a reportlab PDF on a printer without stopping the window.

- The printer's paper and orientation come from the document (A5 receipt, 80 mm roll, A6 card, A4/F4 sheets and
  letters): ``prepare`` sets them before the print dialog shows, in full-page mode with no margins.
- The pages are rasterised by pdfium (pypdfium2) and painted onto the QPrinter on a worker thread (``print_pdf``,
  run through ui/jobs.py). A QPrinter is not a QObject and Qt supports painting on it from a non-GUI thread;
  QPdfDocument is a QObject, so it is never used here.
- Each page is drawn at the PDF's physical size, never scaled to fill the paper.
- A document without colour goes to the printer in grayscale, lossless (Qt writes DeviceGray with Flate): a
  receipt is ~130 KB a page at 300 dpi and its QR code scans. A document with colour (a report's charts, a logo)
  is sent in colour at a resolution that keeps an A4/F4 page under 1.5 MB.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from puskesos_desktop.core.errors import Cancelled
from puskesos_desktop.printing import PDFIUM_LOCK

if TYPE_CHECKING:
    import pypdfium2

GRAY_DPI = 300  # sharp text and a QR code that scans; lossless gray keeps it small
# Qt sends colour as JPEG, about 0.25 byte a pixel for a busy page (a four-up card sheet): 4.5 million pixels a
# page keeps it near 1.1 MB, under 1.5 MB. That is 300 dpi on A5 and smaller, ~215 dpi on A4, ~200 on F4.
COLOUR_PIXELS = 4_500_000
STRIP_ROWS = 128  # a multiple of 8 (JPEG's blocks); a few ms of compression each
OVERLAP_ROWS = 8  # hides the seams down to a 37 dpi view of a 300 dpi raster
PROBE_DPI = 24  # enough to see whether a page has any colour
POINTS_PER_INCH = 72.0
POINTS_PER_MM = 72.0 / 25.4
_TOLERANCE_PT = 2.0  # reportlab's A5 is 419.53 pt wide, Qt's 420

# pdfium is not thread-safe: one pdfium call at a time across the program (the card's attached pages join there).
_pdfium = PDFIUM_LOCK  # printing.attached_pages.LOCK: the same lock, without importing reportlab

_KNOWN = (
    QPageSize.PageSizeId.A4,
    QPageSize.PageSizeId.A5,
    QPageSize.PageSizeId.A6,
)


class PrintFailed(Exception):
    """The printer refused the job. ``reason``: "open" (could not start) or "end" (the job did not finish)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True)
class PrintResult:
    pages: int
    colour: bool
    dpi: int


def _pdfium_module() -> Any:
    """pypdfium2, imported on first use (a worker thread; the program starts without it)."""
    import pypdfium2

    return pypdfium2


def warm_up() -> None:
    """At idle after the window's start (UI thread): the print-support plugin loaded and the system's printers
    asked once (~20 ms the first time a QPrinter is made), so that the first Print pressed does not pay it."""
    QPrinter(QPrinter.PrinterMode.HighResolution)


def warm_up_worker() -> None:
    """On a worker: pypdfium2 imported and pdfium initialised, which held the GIL (importing, compiling) inside
    the first print's job and so stalled the window at the first Print."""
    pypdfium2 = _pdfium_module()
    with _pdfium:
        pypdfium2.PdfDocument.new().close()


def page_sizes(pdf: bytes) -> list[tuple[float, float]]:
    """Each page's (width, height) in points, as the PDF says (cheap: no rendering)."""
    pypdfium2 = _pdfium_module()
    with _pdfium:
        doc = pypdfium2.PdfDocument(pdf)
        try:
            return [(float(w), float(h)) for w, h in (doc[i].get_size() for i in range(len(doc)))]
        finally:
            doc.close()


def page_size_for(width_pt: float, height_pt: float) -> tuple[QPageSize, QPageLayout.Orientation]:
    """The paper for a page of this size: a standard size when it is one (the driver picks the right tray),
    else a custom size of exactly the page (F4 folio, the 80 mm roll receipt); landscape when wider than high."""
    short, long_ = sorted((width_pt, height_pt))
    orientation = QPageLayout.Orientation.Landscape if width_pt > height_pt + 0.5 else QPageLayout.Orientation.Portrait
    for ident in _KNOWN:
        pts = QPageSize(ident).sizePoints()  # portrait
        if abs(pts.width() - short) <= _TOLERANCE_PT and abs(pts.height() - long_) <= _TOLERANCE_PT:
            return QPageSize(ident), orientation
    mm = QSizeF(round(short / POINTS_PER_MM, 1), round(long_ / POINTS_PER_MM, 1))
    name = f"{mm.width():g} × {mm.height():g} mm"
    return QPageSize(mm, QPageSize.Unit.Millimeter, name, QPageSize.SizeMatchPolicy.ExactMatch), orientation


def set_page(printer: QPrinter, width_pt: float, height_pt: float) -> None:
    size, orientation = page_size_for(width_pt, height_pt)
    printer.setFullPage(True)  # origin at the paper's corner, margins ignored: nothing is shifted or scaled
    if not printer.setPageLayout(QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0))):
        # A driver may refuse zero margins; the paper and orientation are what matter.
        printer.setPageSize(size)
        printer.setPageOrientation(orientation)


def prepare(printer: QPrinter, pdf: bytes, doc_name: str = "") -> list[tuple[float, float]]:
    """Before the print dialog: the document's paper, orientation and name. Returns the page sizes."""
    sizes = page_sizes(pdf)
    if sizes:
        set_page(printer, *sizes[0])
    if doc_name:
        printer.setDocName(doc_name)
    return sizes


def has_colour(pdf: bytes) -> bool:
    """Whether any page shows a colour other than grey (rendered small: a few milliseconds a page)."""
    pypdfium2 = _pdfium_module()
    with _pdfium:
        doc = pypdfium2.PdfDocument(pdf)
        try:
            for i in range(len(doc)):
                bitmap = doc[i].render(scale=PROBE_DPI / POINTS_PER_INCH, prefer_bgrx=True)
                data = bytes(bitmap.buffer)
                image = QImage(data, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGB32)
                if not image.allGray():
                    return True
            return False
        finally:
            doc.close()


def colour_dpi(sizes: list[tuple[float, float]]) -> int:
    """The resolution for colour pages: as sharp as the byte budget of the largest page allows."""
    largest = max((w * h for w, h in sizes), default=1.0) / (POINTS_PER_INCH * POINTS_PER_INCH)  # square inches
    return max(150, min(GRAY_DPI, int(math.sqrt(COLOUR_PIXELS / largest))))


def raster_dpi(device_dpi: int, wanted: int) -> int:
    """A resolution that divides the printer's own, so each image pixel is a whole number of printer dots and the
    strips meet without seams: the highest one not above ``wanted`` (1200 → 300, 600 → 300), unless that is far
    below it, then the next one up (360 → 360, not 180). A printer coarser than ``wanted`` gets its own (203)."""
    device_dpi = max(int(device_dpi), 72)
    divisors = [device_dpi // k for k in range(1, device_dpi + 1) if device_dpi % k == 0]  # descending
    below = [d for d in divisors if d <= wanted]
    best = below[0] if below else divisors[-1]
    if best < wanted * 3 // 4:
        above = [d for d in divisors if d > wanted]
        if above:
            best = above[-1]
    return best


def _draw_in_strips(painter: QPainter, image: QImage, scale: int) -> None:
    """Draw the page as horizontal strips, each a whole number of printer dots high.

    Qt compresses an image when it is drawn, holding Python's GIL all the while (PySide does not release it for
    drawImage): one A4 page in one piece froze the window for ~190 ms. Strips of STRIP_ROWS rows take a few
    milliseconds each, and the UI thread gets the GIL between them."""
    width = image.width()
    for top in range(0, image.height(), STRIP_ROWS):
        # Each strip (but the first) starts OVERLAP_ROWS early, over the previous one: a viewer that scales the
        # strips down separately then blends their edges with the same pixels, not with white (no faint lines).
        start = max(0, top - OVERLAP_ROWS)
        rows = min(STRIP_ROWS, image.height() - top) + (top - start)
        strip = image.copy(0, start, width, rows)
        painter.drawImage(QRectF(0, start * scale, width * scale, rows * scale), strip)


def _page_image(doc: pypdfium2.PdfDocument, index: int, dpi: int, gray: bool) -> QImage:
    bitmap = doc[index].render(scale=dpi / POINTS_PER_INCH, grayscale=gray)  # gray: 1 byte a pixel; else BGR, 3
    data = bytes(bitmap.buffer)
    fmt = QImage.Format.Format_Grayscale8 if gray else QImage.Format.Format_BGR888
    # copy(): the QImage must own its pixels once `data` goes away.
    return QImage(data, bitmap.width, bitmap.height, bitmap.stride, fmt).copy()


def print_pdf(
    pdf: bytes,
    printer: QPrinter,
    check: Callable[[], None] = lambda: None,
    progress: Callable[[int, int], None] = lambda done, total: None,
) -> PrintResult:
    """Paint every page onto ``printer``. Runs on a worker thread: touches no widget and no QObject.

    Two steps: every page is rasterised first, where ``check`` may raise Cancelled between pages (nothing has gone
    to the printer yet); then the pages are sent, which is not interrupted: Qt's PDF and CUPS engines cannot abort a
    job once painting began (abort() returns false and end() sends what was painted), so a cancel then would still
    print half a document. Raises PrintFailed when the printer cannot start or finish the job.
    """
    sizes = page_sizes(pdf)
    colour = printer.colorMode() == QPrinter.ColorMode.Color and has_colour(pdf)
    if not colour:
        # Lossless DeviceGray: smaller than JPEG colour, and the QR code's edges stay sharp.
        printer.setColorMode(QPrinter.ColorMode.GrayScale)
    dpi = raster_dpi(printer.resolution(), GRAY_DPI if not colour else colour_dpi(sizes))
    total = 2 * len(sizes)
    images: list[QImage] = []
    with _pdfium:
        doc = _pdfium_module().PdfDocument(pdf)
    try:
        for index in range(len(sizes)):
            check()
            with _pdfium:
                images.append(_page_image(doc, index, dpi, not colour))
            progress(index + 1, total)
    finally:
        with _pdfium:
            doc.close()
    check()  # the last moment a cancel stops the job
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintFailed("open")
    try:
        for index, (width, height) in enumerate(sizes):
            if index:
                if sizes[index] != sizes[index - 1]:
                    set_page(printer, width, height)  # takes effect on the next page
                if not printer.newPage():
                    raise PrintFailed("end")
            # The physical size of the PDF page, from the paper's corner (full-page mode): never scaled to fit.
            _draw_in_strips(painter, images[index], printer.resolution() // dpi)
            images[index] = QImage()  # free the page's pixels as soon as it is sent
            progress(len(sizes) + index + 1, total)
    except BaseException:
        printer.abort()  # where the engine can (Windows); the job failed either way
        painter.end()
        raise
    if not painter.end() or printer.printerState() in (QPrinter.PrinterState.Error, QPrinter.PrinterState.Aborted):
        raise PrintFailed("end")
    return PrintResult(len(sizes), colour, dpi)


__all__ = ["Cancelled", "PrintFailed", "PrintResult", "has_colour", "page_size_for", "prepare", "print_pdf"]
