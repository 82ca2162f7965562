"""Building blocks placed on documents: letterhead (kop surat), titles, label tables, lists, signatures, QR."""

from __future__ import annotations

import functools
import io
import itertools
import re
from collections.abc import Sequence
from datetime import date
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import fonts
from puskesos_desktop.printing.data import OfficeInfo, Signer
from puskesos_desktop.printing.labels import contact_line, kabupaten_label, kecamatan_name, village_label
from puskesos_desktop.printing.page import HEAD_FILL, INK, Styles
from puskesos_desktop.printing.text import clean, ellipsize, para, wrap

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


class Letterhead(Flowable):  # type: ignore[misc]  # reportlab is untyped
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
            (f"KECAMATAN {kecamatan_name(o).upper()}", fonts.BOLD, 12.5),
            (village_label(o.village_name).upper(), fonts.BOLD, 15.0),
            ("PUSAT KESEJAHTERAAN SOSIAL (PUSKESOS)", fonts.BOLD, 10.5),
        ]
        lines: list[tuple[str, str, float]] = []
        for text, font, size in spec:
            size = _fit_size(text, font, size * scale, text_width, 5.5)
            lines.append((ellipsize(text, font, size, text_width), font, size))
        for line, size in contact_lines(contact_line(o), text_width, 8.5 * scale):
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
                c.drawImage(
                    self.logo, 0, h - 3.5 * mm - block + (block - s) / 2, s, s, preserveAspectRatio=True, mask="auto"
                )
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


def contact_lines(
    contact: str, width: float, size: float, *, max_lines: int = 3, min_size: float | None = None
) -> list[tuple[str, float]]:
    """The address · phone · e-mail line wrapped whole (issue 17: the e-mail was cut on every document).

    Broken between its parts first (an e-mail is never split in the middle); the size shrinks (down to
    `min_size`, 60 % by default) until it fits `max_lines`; only text longer than any sensible address is cut.
    """
    if not contact:
        return []
    parts = contact.split(" · ")
    floor = min_size if min_size is not None else size * 0.6
    while True:
        lines: list[str] = []
        for part in parts:
            joined = f"{lines[-1]} · {part}" if lines else part
            if lines and fonts.string_width(joined, fonts.REGULAR, size) <= width:
                lines[-1] = joined
            else:
                lines += wrap(part, fonts.REGULAR, size, width)
        if len(lines) <= max_lines or size <= floor:
            return [(line, size) for line in wrap("\n".join(lines), fonts.REGULAR, size, width, max_lines=max_lines)]
        size = max(floor, size * 0.92)


# --- titles, fields, signatures ---------------------------------------------------------------------------


def title_block(st: Styles, title: str, number: str = "", subtitle: str = "") -> list[Flowable]:
    """Centred, underlined title with "Nomor: …" under it (the Indonesian letter convention)."""
    out: list[Flowable] = [Spacer(1, st.size * 0.6), Paragraph(f"<u>{para(title, limit=120)}</u>", st.title)]
    if number:
        out.append(Paragraph(f"Nomor: {para(number, limit=60)}", st.center))
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
    """ "Label : value" rows, values already cleaned/escaped Paragraph markup."""
    label_w = label_width if label_width is not None else min(45 * mm, width * 0.34)
    colon_w = st.size * 0.9
    vstyle = value_style or st.body
    data = []
    for i, (label, value) in enumerate(rows):
        shown = f"<b>{value}</b>" if bold_first and i == 0 else value
        data.append([Paragraph(para(label), vstyle), Paragraph(":", vstyle), Paragraph(shown or "-", vstyle)])
    # splitInRow: a value longer than a page (a pathological paste) continues on the next page instead of failing.
    table = Table(data, colWidths=[label_w, colon_w, width - label_w - colon_w], hAlign="LEFT", splitInRow=1)
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
    style: list[tuple[Any, ...]] = [
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


_RUN = re.compile(r"0{5,}|1{5,}")
_BITS = bytes.maketrans(b"\x00\x01", b"01")


def _mask_penalty(rows: Sequence[str]) -> int:
    """The standard QR mask penalty (runs, 2×2 blocks, finder look-alikes, dark balance) of rows written as "0"/"1"
    strings, with string and integer operations: several times as fast as reportlab's own evaluation."""
    n = len(rows)
    score = 0
    for line in [*rows, *("".join(col) for col in zip(*rows, strict=True))]:
        for run in _RUN.finditer(line):
            score += run.end() - run.start() - 2  # 3 for five in a row, one more for each further module
        score += 40 * (line.count("10111010000") + line.count("00001011101"))
    # 2×2 blocks of one colour: bit j of `same` says modules j and j+1 of both rows, and the two rows, agree.
    inner = (1 << (n - 1)) - 1
    bits = [int(r, 2) for r in rows]
    for a, b in itertools.pairwise(bits):
        same = ~(a ^ (a >> 1)) & ~(b ^ (b >> 1)) & ~(a ^ b) & inner
        score += 3 * same.bit_count()
    dark = sum(r.count("1") for r in rows)
    return score + 10 * (abs(dark * 100 // (n * n) - 50) // 5)


def _row_bits(row: Sequence[object]) -> int:
    """A row of modules as an integer, the leftmost module the highest bit."""
    return int(bytes(map(bool, row)).translate(_BITS), 2)


# The Reed-Solomon generator of a block's error-correction length: reportlab builds it anew for every symbol by
# polynomial multiplication (~0.5 ms of a card's ~3.5 ms QR); it depends on the length only and is only read.
QRUtil.getErrorCorrectPolynomial = staticmethod(functools.lru_cache(maxsize=32)(QRUtil.getErrorCorrectPolynomial))


@functools.lru_cache(maxsize=8)
def _mask_flips(version: int, positions: tuple[tuple[int, int], ...]) -> tuple[tuple[int, ...], ...]:
    """Per mask, per row, the data modules the mask darkens-or-lightens (bits as in ``_row_bits``). The same for
    every symbol of one version: the data modules' places depend on the version only."""
    n = version * 4 + 17
    flips = [[0] * n for _ in range(8)]
    masks = [QRUtil.getMask(k) for k in range(8)]
    for col, row in positions:
        bit = 1 << (n - 1 - col)
        for k, mask in enumerate(masks):
            if mask(row, col):
                flips[k][row] |= bit
    return tuple(tuple(f) for f in flips)


@functools.lru_cache(maxsize=64)
def qr_matrix(value: str) -> tuple[tuple[bool, ...], ...]:
    """The QR modules for `value` (byte/alphanumeric mode as reportlab picks it, error correction M).

    Any of the eight masks makes a valid symbol; the one with the lowest penalty scans best. The symbol is laid out
    once (mask 0, as reportlab's test layout); the other seven masks differ from it only on the data modules, by
    the two masks' patterns (XOR), so they are derived with integer operations instead of seven more layouts. A
    reprint reuses the cached matrix. The encoder's makeImpl/calculate_version/dataPosIterator are internal to
    reportlab: the tests decode every QR and compare the mask chosen with laying out all eight.
    """
    qr = QrCodeWidget(value, barLevel="M").qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    qr.makeImpl(True, 0)
    n = qr.moduleCount
    flips = _mask_flips(qr.version, tuple(qr.dataPosIterator()))
    base = [_row_bits(row) ^ flip for row, flip in zip(qr.modules, flips[0], strict=True)]  # data unmasked
    width = f"0{n}b"
    penalties = [_mask_penalty([format(b ^ f, width) for b, f in zip(base, flips[k], strict=True)]) for k in range(8)]
    qr.makeImpl(False, penalties.index(min(penalties)))
    return tuple(tuple(bool(m) for m in row) for row in qr.modules)


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


class QrFlowable(Flowable):  # type: ignore[misc]  # reportlab is untyped
    """A QR code as a platypus flowable."""

    def __init__(self, value: str, size: float) -> None:
        super().__init__()
        self.value = value
        self.width = self.height = size

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        draw_qr(self.canv, self.value, 0, 0, self.width)
