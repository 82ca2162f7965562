"""What every document shares: paper, styles, letterhead, signatures, QR codes, the SALINAN mark and footers."""

from __future__ import annotations

import functools
import io
import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape
from datetime import date
from typing import Any

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, A6, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import fonts
from puskesos_desktop.printing.data import OfficeInfo, Signer
from puskesos_desktop.printing.text import NBSP, clean, ellipsize, para, wrap

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
        heading=st("heading", fontName=fonts.BOLD, spaceBefore=size * 0.7, spaceAfter=size * 0.3),
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


# --- office names ---------------------------------------------------------------------------------------


def kabupaten_label(name: str) -> str:
    """"Kotawaringin Barat" → "Kabupaten Kotawaringin Barat"; "Kota Palangka Raya" stays a city."""
    text = clean(name)
    lower = text.lower()
    if lower.startswith(("kota ", "kabupaten ")):
        return text[0].upper() + text[1:]
    if lower.startswith("kab. "):
        return "Kabupaten " + text[5:].strip()
    return f"Kabupaten {text}"


def village_label(name: str) -> str:
    """"Sukamaju" → "Desa Sukamaju"; a "Kelurahan …" keeps its own word."""
    text = clean(name)
    if text.lower().startswith(("desa ", "kelurahan ")):
        return text[0].upper() + text[1:]
    return f"Desa {text}"


def village_place(name: str) -> str:
    """The place written before a date under a letter: the village's bare name."""
    text = clean(name)
    for prefix in ("desa ", "kelurahan "):
        if text.lower().startswith(prefix):
            return text[len(prefix) :]
    return text


def contact_line(office: OfficeInfo) -> str:
    parts = [clean(office.address)]
    if clean(office.phone):
        parts.append(f"Telp. {clean(office.phone)}")
    if clean(office.email):
        parts.append(clean(office.email))
    return " · ".join(p for p in parts if p)


def address_line(address: str, rt: str, rw: str) -> str:
    """"Jl. Melati 4, RT 003/RW 001" — the RT/RW part only when known."""
    parts = [clean(address)]
    rt_c, rw_c = clean(rt), clean(rw)
    if rt_c or rw_c:
        parts.append(f"RT{NBSP}{rt_c or '-'}/RW{NBSP}{rw_c or '-'}")
    return ", ".join(p for p in parts if p) or "-"


def sex_label(code: str) -> str:
    return {"L": "Laki-laki", "P": "Perempuan"}.get(clean(code).upper()[:1], clean(code) or "-")


def birth_line(place: str, day: date | None) -> str:
    parts = [p for p in (clean(place), fmt.tanggal(day, empty="")) if p]
    return ", ".join(parts) or "-"


# --- letterhead -------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=8)
def logo_reader(png: bytes) -> ImageReader | None:
    """The decoded logo, cached: offices print the same logo all day. A broken image is left out."""
    try:
        reader = ImageReader(io.BytesIO(png))
        reader.getSize()
        return reader
    except Exception:
        return None


def _fit_size(text: str, font: str, size: float, width: float, minimum: float) -> float:
    """The largest size ≤ `size` at which the text fits `width` (never below `minimum`)."""
    measured = fonts.string_width(text, font, size)
    if measured <= width:
        return size
    return max(minimum, size * width / measured * 0.98)


class Letterhead(Flowable):
    """Kop surat: logo at the left, the government lines centred, a thick-and-thin rule underneath.

    It scales with the width it is given: A4/F4 letters, A5 slips and the 72 mm of a thermal roll (where the
    logo sits above the text instead of beside it).
    """

    def __init__(self, office: OfficeInfo) -> None:
        super().__init__()
        self.office = office
        self.logo = logo_reader(office.logo_png) if office.logo_png else None
        self.width = 0.0
        self.height = 0.0
        self._lines: list[tuple[str, str, float]] = []
        self._logo_size = 0.0
        self._narrow = False

    def _layout(self, width: float) -> None:
        scale = max(0.55, min(1.0, width / (170 * mm)))
        self._narrow = width < 90 * mm
        self._logo_size = (13 * mm if self._narrow else 22 * mm * scale) if self.logo else 0.0
        beside = 0.0 if self._narrow else self._logo_size + 3 * mm
        text_width = width - 2 * beside
        o = self.office
        spec = [
            (f"PEMERINTAH {kabupaten_label(o.kabupaten).upper()}", fonts.BOLD, 12.5),
            (f"KECAMATAN {clean(o.kecamatan).upper()}", fonts.BOLD, 12.5),
            (village_label(o.village_name).upper(), fonts.BOLD, 15.0),
            ("PUSAT KESEJAHTERAAN SOSIAL (PUSKESOS)", fonts.BOLD, 10.5),
        ]
        lines: list[tuple[str, str, float]] = []
        for text, font, size in spec:
            size = _fit_size(text, font, size * scale, text_width, 5.5)
            lines.append((ellipsize(text, font, size, text_width), font, size))
        contact = contact_line(o)
        if contact:
            size = 8.5 * scale
            for line in wrap(contact, fonts.REGULAR, size, text_width, max_lines=2):
                lines.append((line, fonts.REGULAR, size))
        self._lines = lines
        text_height = sum(size * 1.22 for _, _, size in lines)
        if self._narrow:
            body = text_height + (self._logo_size + 2 * mm if self.logo else 0.0)
        else:
            body = max(text_height, self._logo_size)
        self.height = body + 3.5 * mm

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self._layout(availWidth)
        return availWidth, self.height

    def draw(self) -> None:
        c = self.canv
        w, h = self.width, self.height
        top = h
        text_height = sum(size * 1.22 for _, _, size in self._lines)
        if self.logo is not None:
            s = self._logo_size
            if self._narrow:
                c.drawImage(self.logo, (w - s) / 2, top - s, s, s, preserveAspectRatio=True, mask="auto")
                top -= s + 2 * mm
            else:
                block = max(text_height, s)
                c.drawImage(self.logo, 0, h - 3.5 * mm - block + (block - s) / 2, s, s,
                            preserveAspectRatio=True, mask="auto")
        if not self._narrow and self.logo is not None and text_height < self._logo_size:
            top -= (self._logo_size - text_height) / 2
        y = top
        for text, font, size in self._lines:
            y -= size * 1.22
            c.setFont(font, size)
            c.drawCentredString(w / 2, y + size * 0.22, text)
        c.setStrokeColor(INK)
        c.setLineWidth(1.6)
        c.line(0, 2.2 * mm, w, 2.2 * mm)
        c.setLineWidth(0.5)
        c.line(0, 1.2 * mm, w, 1.2 * mm)


# --- titles, fields, signatures ---------------------------------------------------------------------------


def title_block(st: Styles, title: str, number: str = "", subtitle: str = "") -> list[Flowable]:
    """Centred, underlined title with "Nomor: …" under it (the Indonesian letter convention)."""
    out: list[Flowable] = [Spacer(1, st.size * 0.6), Paragraph(f"<u>{para(title)}</u>", st.title)]
    if number:
        out.append(Paragraph(f"Nomor: {para(number)}", st.center))
    if subtitle:
        out.append(Paragraph(para(subtitle), st.center))
    out.append(Spacer(1, st.size * 0.9))
    return out


def field_table(
    rows: Sequence[tuple[str, str]],
    width: float,
    st: Styles,
    *,
    label_width: float | None = None,
    bold_first: bool = False,
    value_style: ParagraphStyle | None = None,
) -> Table:
    """"Label : value" rows, values already cleaned/escaped Paragraph markup."""
    label_w = label_width if label_width is not None else min(45 * mm, width * 0.34)
    colon_w = st.size * 0.9
    vstyle = value_style or st.body
    data = []
    for i, (label, value) in enumerate(rows):
        shown = f"<b>{value}</b>" if bold_first and i == 0 else value
        data.append([Paragraph(para(label), vstyle), Paragraph(":", vstyle), Paragraph(shown or "-", vstyle)])
    table = Table(data, colWidths=[label_w, colon_w, width - label_w - colon_w], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                ("TOPPADDING", (0, 0), (-1, -1), 0.6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0.6),
            ]
        )
    )
    return table


def code_cell(text: object, style: ParagraphStyle, col_width: float, padding: float = 6.0) -> Paragraph:
    """A document number in a narrow column, broken after a "/" rather than in the middle of a digit group."""
    value = clean(text, limit=60) or "-"
    room = col_width - padding
    if fonts.string_width(value, style.fontName, style.fontSize) <= room or "/" not in value:
        return Paragraph(escape(value), style)
    parts = value.split("/")
    lines: list[str] = []
    current = ""
    for i, part in enumerate(parts):
        piece = part + ("/" if i < len(parts) - 1 else "")
        if current and fonts.string_width(current + piece, style.fontName, style.fontSize) > room:
            lines.append(current)
            current = piece
        else:
            current += piece
    lines.append(current)
    return Paragraph("<br/>".join(escape(line) for line in lines), style)


def grid_style(*, header_rows: int = 1, extra: Sequence[tuple[Any, ...]] = ()) -> TableStyle:
    """A ruled table with a grey header row (repeated on every page by `repeatRows`)."""
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    if header_rows:
        commands += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_FILL),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "MIDDLE"),
        ]
    commands += list(extra)
    return TableStyle(commands)


def bullet_list(items: Sequence[str], st: Styles, *, boxes: bool = False, limit: int = 300) -> list[Flowable]:
    """Numbered items, or empty check boxes (☐) for the resident to tick."""
    out: list[Flowable] = []
    for i, item in enumerate(items, start=1):
        mark = "☐" if boxes else f"{i}."
        out.append(Paragraph(para(item, limit=limit), st.bullet, bulletText=mark))
    return out


def _signer_cell(signer: Signer, st: Styles, gap: float, date_line: str | None) -> list[Flowable]:
    cell: list[Flowable] = []
    if date_line is not None:
        cell.append(Paragraph(para(date_line) or "&nbsp;", st.center))
    if signer.caption:
        cell.append(Paragraph(para(signer.caption), st.center))
    cell.append(Paragraph(para(signer.title, multiline=True, limit=160), st.center))
    cell.append(Spacer(1, gap))
    name = clean(signer.name, limit=80)
    if name:
        cell.append(Paragraph(f"<b><u>{para(name)}</u></b>", st.center))
    else:
        cell.append(Paragraph("(" + "." * 40 + ")", st.center))
    if signer.id_line:
        cell.append(Paragraph(para(signer.id_line, limit=80), st.center))
    return cell


def signature_block(
    signers: Sequence[Signer],
    width: float,
    st: Styles,
    *,
    place: str = "",
    day: date | None = None,
    gap: float = 18 * mm,
    keep_with: Sequence[Flowable] = (),
    left_note: Flowable | None = None,
) -> Flowable:
    """One to three signers. The place and date sit above the right-hand signer of the first row.

    One signer: right half. Two: left and right. Three: two on the first row, the third centred beneath
    (typically "Mengetahui, Kepala Desa"). `keep_with` (the closing paragraph) moves to the next page with it,
    so a signature never stands alone on a page. `left_note` (e.g. "Tembusan") fills the empty left half of a
    single signer's row, at its foot.
    """
    # A place without a date would look unfinished: the line appears only with a date.
    date_text = ", ".join(p for p in (clean(place), fmt.tanggal(day)) if p) if day is not None else ""
    first = list(signers[:2])
    half = width / 2
    cells: list[list[Any]] = []
    if len(first) == 1:
        cells.append([left_note or "", _signer_cell(first[0], st, gap, date_text)])
    else:
        # A blank line on the left keeps both names on the same baseline.
        left_date = "" if date_text else None
        cells.append([_signer_cell(first[0], st, gap, left_date), _signer_cell(first[1], st, gap, date_text or None)])
    style = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
    ]
    if left_note is not None and len(first) == 1:
        style.append(("VALIGN", (0, 0), (0, 0), "BOTTOM"))
    if len(signers) > 2:
        cells.append([_signer_cell(signers[2], st, gap, None), ""])
        style.append(("SPAN", (0, 1), (1, 1)))
        style.append(("TOPPADDING", (0, 1), (-1, 1), st.size))
    table = Table(cells, colWidths=[half, half])
    table.setStyle(TableStyle(style))
    return KeepTogether([*keep_with, Spacer(1, st.size * 0.8), table])


# --- QR ---------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=64)
def qr_matrix(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules for `value` (error correction M), as reportlab's encoder makes them.

    Encoding is the slow part of a card (the mask search), so a reprint reuses it.
    """
    widget = QrCodeWidget(value, barLevel="M")
    widget.qr.make()
    return tuple(tuple(bool(m) for m in row) for row in widget.qr.modules)


def draw_qr(c: Canvas, value: str, x: float, y: float, size: float, border: int = 4) -> None:
    """A QR code holding exactly `value`, with a quiet zone of `border` modules, in the square at (x, y).

    Drawn as one filled path of horizontal runs: far quicker than reportlab's widget of one shape per run.
    """
    matrix = qr_matrix(value)
    count = len(matrix)
    box = size / (count + 2 * border)
    c.saveState()
    c.setFillColor(colors.white)
    c.rect(x, y, size, size, stroke=0, fill=1)
    # In module units the run coordinates are small integers: quick to write, exact to read back.
    c.translate(x + border * box, y + size - border * box)
    c.scale(box, -box)
    path = c.beginPath()
    for r, row in enumerate(matrix):
        col = 0
        for dark, run in itertools.groupby(row):
            n = len(list(run))
            if dark:
                path.rect(col, r, n, 1)
            col += n
    c.setFillColor(INK)
    c.drawPath(path, stroke=0, fill=1)
    c.restoreState()


class QrFlowable(Flowable):
    """A QR code as a platypus flowable."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.width)


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

    class DecoratedCanvas(Canvas):
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


class _Doc(BaseDocTemplate):
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
    fonts.register()
    left, right, top, bottom = margins
    width = pagesize[0] - left - right
    if auto_height:
        probe = _run(make_story(width), (pagesize[0], _THERMAL_PROBE_HEIGHT), margins, meta, decor)
        used = _THERMAL_PROBE_HEIGHT - top - probe.lowest
        pagesize = (pagesize[0], top + used + bottom + 1 * mm)
    buf = io.BytesIO()
    _run(make_story(width), pagesize, margins, meta, decor, buf)
    return buf.getvalue()


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


def office_author(office: OfficeInfo) -> str:
    return f"Puskesos {village_label(office.village_name)}"
