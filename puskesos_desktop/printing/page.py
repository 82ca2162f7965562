"""Paper, styles, the SALINAN mark, footers with "Halaman x dari y", and the platypus build every document uses."""

from __future__ import annotations

import functools
import io
import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
)

from puskesos_desktop.printing import fonts
from puskesos_desktop.printing.text import clean, ellipsize

PaperSize = tuple[float, float]

PAPERS: dict[str, PaperSize] = {
    "A4": A4,
    "F4": (215 * mm, 330 * mm),  # "folio" as Indonesian offices buy it
    "A5": A5,
    "A6": A6,
}
THERMAL_WIDTH = 80 * mm
# The first pass of a thermal receipt runs on a very long page; the second cuts it to what was used.
_THERMAL_PROBE_HEIGHT = 3000 * mm

INK = colors.black
GREY_TEXT = colors.Color(0.35, 0.35, 0.35)
RULE_GREY = colors.Color(0.55, 0.55, 0.55)
HEAD_FILL = colors.Color(0.88, 0.88, 0.88)
GROUP_FILL = colors.Color(0.94, 0.94, 0.94)
COPY_WORD = "SALINAN"
PRIVACY_NOTE = "Memuat data pribadi (UU 27/2022). Jaga kerahasiaannya."


def paper_size(name: str, *, landscape_: bool = False) -> PaperSize:
    """Paper by name ("A4", "F4", "A5", "A6"), portrait unless `landscape_`."""
    try:
        size = PAPERS[name.upper()]
    except KeyError:
        raise ValueError(f"ukuran kertas tidak dikenal: {name}") from None
    return landscape(size) if landscape_ else size

# --- styles -------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    size: float
    body: ParagraphStyle
    justify: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    bold: ParagraphStyle
    center: ParagraphStyle
    right: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    bullet: ParagraphStyle


@functools.cache
def styles(size: float = 10.0) -> Styles:
    """One consistent set of paragraph styles around a body size (10 pt on A4, smaller on A5 and rolls)."""
    fonts.register()
    lead = size * 1.26

    def st(name: str, **kw: Any) -> ParagraphStyle:
        base: dict[str, Any] = {"fontName": fonts.REGULAR, "fontSize": size, "leading": lead, "textColor": INK}
        base.update(kw)
        return ParagraphStyle(f"{name}-{size}", **base)

    cell_size = size * 0.85
    return Styles(
        size=size,
        body=st("body"),
        justify=st("justify", alignment=TA_JUSTIFY),
        small=st("small", fontSize=size * 0.85, leading=size * 0.85 * 1.3),
        tiny=st("tiny", fontSize=size * 0.72, leading=size * 0.72 * 1.3, textColor=GREY_TEXT),
        bold=st("bold", fontName=fonts.BOLD),
        center=st("center", alignment=TA_CENTER),
        right=st("right", alignment=TA_RIGHT),
        title=st(
            "title", fontName=fonts.BOLD, fontSize=size * 1.3, leading=size * 1.65, alignment=TA_CENTER, spaceAfter=0
        ),
        subtitle=st("subtitle", alignment=TA_CENTER, spaceAfter=size * 0.8),
        # keepWithNext: a heading never stands alone at a page foot (issue 17).
        heading=st("heading", fontName=fonts.BOLD, spaceBefore=size * 0.7, spaceAfter=size * 0.3, keepWithNext=1),
        cell=st("cell", fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_LEFT),
        cell_bold=st("cellb", fontName=fonts.BOLD, fontSize=cell_size, leading=cell_size * 1.25),
        cell_head=st(
            "cellh", fontName=fonts.BOLD, fontSize=cell_size, leading=cell_size * 1.25, alignment=TA_CENTER
        ),
        bullet=st(
            "bullet", leftIndent=size * 1.6, bulletIndent=size * 0.4, bulletFontName=fonts.REGULAR, bulletFontSize=size
        ),
    )


_CENTERED: dict[str, ParagraphStyle] = {}


def centered(style: ParagraphStyle) -> ParagraphStyle:
    """The same style, centred (made once per style)."""
    found = _CENTERED.get(style.name)
    if found is None:
        found = ParagraphStyle(f"{style.name}-c", parent=style, alignment=TA_CENTER)
        _CENTERED[style.name] = found
    return found

# --- page decoration: SALINAN, footer, page x of y ---------------------------------------------------------


def draw_copy_watermark(c: Canvas, x: float, y: float, w: float, h: float) -> None:
    """A large, pale, diagonal SALINAN across the box, drawn over the content so nothing can hide it."""
    c.saveState()
    angle = math.degrees(math.atan2(h, w))
    diagonal = math.hypot(w, h)
    size = diagonal * 0.62 / (fonts.string_width(COPY_WORD, fonts.BOLD, 1.0) or 1.0)
    c.translate(x + w / 2, y + h / 2)
    c.rotate(angle)
    c.setFillColor(colors.Color(0.45, 0.45, 0.45, alpha=0.22))
    c.setFont(fonts.BOLD, size)
    c.drawCentredString(0, -size * 0.35, COPY_WORD)
    c.restoreState()


def draw_copy_tag(c: Canvas, right: float, top: float, size: float = 9.0) -> None:
    """A boxed "SALINAN" word, its top-right corner at (right, top)."""
    c.saveState()
    pad = size * 0.35
    text_w = fonts.string_width(COPY_WORD, fonts.BOLD, size)
    box_w, box_h = text_w + 2 * pad, size + 2 * pad
    c.setStrokeColor(INK)
    c.setFillColor(colors.white)
    c.setLineWidth(0.9)
    c.rect(right - box_w, top - box_h, box_w, box_h, stroke=1, fill=1)
    c.setFillColor(INK)
    c.setFont(fonts.BOLD, size)
    c.drawString(right - box_w + pad, top - box_h + pad + size * 0.18, COPY_WORD)
    c.restoreState()


@dataclass(frozen=True)
class Decor:
    """What every page of a document gets once its page count is known."""

    copy: bool = False
    footer: str = ""
    page_numbers: bool = True  # "Halaman x dari y" when there is more than one page
    margin: float = 12 * mm  # left/right of the footer and the header tag
    footer_y: float = 7 * mm
    font_size: float = 7.0
    header_tag: bool = True  # SALINAN word at the top right (a card draws its own)
    watermark: bool = True


def decorate(c: Canvas, page: int, total: int, decor: Decor) -> None:
    w, h = c._pagesize
    if decor.copy and decor.watermark:
        draw_copy_watermark(c, 0, 0, w, h)
    if decor.copy and decor.header_tag:
        draw_copy_tag(c, w - decor.margin, h - 4.5 * mm, size=min(9.0, w / 30))
    c.saveState()
    c.setFillColor(GREY_TEXT)
    c.setFont(fonts.REGULAR, decor.font_size)
    right = ""
    if decor.page_numbers and total > 1:
        right = f"Halaman {page} dari {total}"
    right_w = fonts.string_width(right, fonts.REGULAR, decor.font_size) if right else 0.0
    if right:
        c.drawRightString(w - decor.margin, decor.footer_y, right)
    if decor.footer:
        room = w - 2 * decor.margin - right_w - (4 * mm if right else 0)
        c.drawString(decor.margin, decor.footer_y, ellipsize(clean(decor.footer), fonts.REGULAR, decor.font_size, room))
    c.restoreState()


def decorated_canvas(decor: Decor) -> type[Canvas]:
    """A Canvas that holds its pages back until the end, so each can say "Halaman x dari y"."""

    class DecoratedCanvas(Canvas):  # type: ignore[misc]  # reportlab is untyped
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 - reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for number, state in enumerate(self._saved_pages, start=1):
                self.__dict__.update(state)
                decorate(self, number, total, decor)
                Canvas.showPage(self)
            Canvas.save(self)

    return DecoratedCanvas

# --- building ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Meta:
    title: str
    subject: str = ""
    author: str = ""


class _Doc(BaseDocTemplate):  # type: ignore[misc]  # reportlab is untyped
    """One frame without padding (so tables sized to the text width fit), remembering how far down the content
    reached (to cut a thermal roll to length)."""

    lowest: float = 0.0

    def __init__(self, out: io.BytesIO, **kw: Any) -> None:
        super().__init__(out, **kw)
        frame = Frame(
            self.leftMargin, self.bottomMargin, self.width, self.height,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's name
        frame = getattr(self, "frame", None)
        if frame is not None:  # None between pages
            self.lowest = min(self.lowest, frame._y) if self.lowest else frame._y


def build_flowing(
    make_story: Callable[[float], list[Flowable]],
    *,
    pagesize: PaperSize,
    margins: tuple[float, float, float, float],
    meta: Meta,
    decor: Decor,
    auto_height: bool = False,
) -> bytes:
    """Run platypus over a fresh story from `make_story(frame_width)`; return the PDF bytes.

    `margins` are (left, right, top, bottom). With `auto_height` the page is as long as its content (thermal roll).
    """
    return build_counted(make_story, pagesize=pagesize, margins=margins, meta=meta, decor=decor,
                         auto_height=auto_height)[0]


def build_counted(
    make_story: Callable[[float], list[Flowable]],
    *,
    pagesize: PaperSize,
    margins: tuple[float, float, float, float],
    meta: Meta,
    decor: Decor,
    auto_height: bool = False,
) -> tuple[bytes, int]:
    """As `build_flowing`, also returning the number of pages (to retry a one-sheet document with less text)."""
    fonts.register()
    left, right, top, bottom = margins
    width = pagesize[0] - left - right
    if auto_height:
        probe = _run(make_story(width), (pagesize[0], _THERMAL_PROBE_HEIGHT), margins, meta, decor)
        used = _THERMAL_PROBE_HEIGHT - top - probe.lowest
        pagesize = (pagesize[0], top + used + bottom + 1 * mm)
    buf = io.BytesIO()
    doc = _run(make_story(width), pagesize, margins, meta, decor, buf)
    return buf.getvalue(), int(doc.page)


def _run(
    story: list[Flowable],
    pagesize: PaperSize,
    margins: tuple[float, float, float, float],
    meta: Meta,
    decor: Decor,
    out: io.BytesIO | None = None,
) -> _Doc:
    left, right, top, bottom = margins
    doc = _Doc(
        out if out is not None else io.BytesIO(),
        pagesize=pagesize,
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=clean(meta.title),
        subject=clean(meta.subject),
        author=clean(meta.author),
        creator="Puskesos Desktop",
        lang="id-ID",
        # Same data, same bytes: a reprint can be compared with the original.
        invariant=1,
    )
    doc.build(story, canvasmaker=decorated_canvas(decor))
    return doc
