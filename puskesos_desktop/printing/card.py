"""Kartu Rujukan: an A6 referral card, colour-coded by field, with a tear-off return slip.

Blue for Kesehatan, pink for Sosial, yellow for Pendidikan, grey for anything else — as the district's
paper cards are. The field's name is also printed large in the band, so a black-and-white copy still says it.
The layout is fixed, so it is drawn on the canvas directly (fast: a card is a few milliseconds).
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.colors import Color
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, fonts, labels, page
from puskesos_desktop.printing.data import ReferralCard, RegistryStatus
from puskesos_desktop.printing.text import clean, ellipsize, wrap

CARD_W, CARD_H = page.PAPERS["A6"]
INSET = 5 * mm  # printers leave the edge blank; cut marks live in this strip
BORDER = 1.8 * mm
BAND_H = 12 * mm
SLIP_H = 29 * mm
QR_SIZE = 19 * mm
FONT_SIZE = 6.9
LEADING = 8.3
_LEAD = LEADING / FONT_SIZE


@dataclass(frozen=True)
class FieldLook:
    fill: Color
    ink: Color  # text on the band: white on the dark blue, black on the light colours
    title: str


FIELD_LOOKS: dict[str, FieldLook] = {
    "kesehatan": FieldLook(Color(0.10, 0.38, 0.80), colors.white, "KESEHATAN"),
    "sosial": FieldLook(Color(0.93, 0.45, 0.68), colors.black, "SOSIAL"),
    "pendidikan": FieldLook(Color(0.98, 0.84, 0.10), colors.black, "PENDIDIKAN"),
}
NEUTRAL = Color(0.66, 0.66, 0.66)


def field_look(field: str) -> FieldLook:
    """The colour and band title for a field; any other field gets neutral grey with its own name."""
    key = clean(field).lower()
    found = FIELD_LOOKS.get(key)
    if found is not None:
        return found
    return FieldLook(NEUTRAL, colors.black, clean(field, limit=24).upper() or "LAINNYA")


def registry_line(registry: RegistryStatus) -> str:
    if not registry.registered:
        return "Tidak terdaftar"
    text = "Terdaftar DTKS/DTSEN"
    if registry.desil is not None:
        text += f", desil {registry.desil}"
    return text


# --- documents ----------------------------------------------------------------------------------------------


def referral_card(data: ReferralCard, *, copy: bool = False, footer: str = "") -> bytes:
    """One card on its own A6 page."""
    buf = io.BytesIO()
    c = _canvas(buf, page.PAPERS["A6"], data)
    draw_card(c, 0, 0, data, copy=copy, footer=footer)
    c.showPage()
    c.save()
    return buf.getvalue()


def referral_cards_sheet(
    cards: Sequence[ReferralCard], *, paper: str | None = None, copy: bool = False, footer: str = ""
) -> bytes:
    """Cards four-up (2×2) on A4 or F4 sheets with cut marks; as many sheets as needed.

    `paper` defaults to the office's paper of the first card. A card keeps its A6 size on either paper.
    """
    if not cards:
        raise ValueError("tidak ada kartu rujukan untuk dicetak")
    size = page.paper_size(paper or cards[0].office.paper)
    sheet_w, sheet_h = size
    ox, oy = (sheet_w - 2 * CARD_W) / 2, (sheet_h - 2 * CARD_H) / 2
    buf = io.BytesIO()
    c = _canvas(buf, size, cards[0], many=len(cards))
    for start in range(0, len(cards), 4):
        # Reading order: top-left, top-right, bottom-left, bottom-right.
        for i, card in enumerate(cards[start : start + 4]):
            col, row = i % 2, 1 - i // 2
            draw_card(c, ox + col * CARD_W, oy + row * CARD_H, card, copy=copy, footer=footer)
        _cut_marks(c, size, ox, oy)
        c.showPage()
    c.save()
    return buf.getvalue()


def _canvas(buf: io.BytesIO, size: page.PaperSize, first: ReferralCard, many: int = 1) -> Canvas:
    fonts.register()
    c = Canvas(buf, pagesize=size, invariant=1, pageCompression=1, lang="id-ID")
    title = f"Kartu Rujukan {clean(first.number)}" if many == 1 else f"Kartu Rujukan ({many} kartu)"
    c.setTitle(title)
    c.setAuthor(labels.office_author(first.office))
    c.setCreator("Puskesos Desktop")
    return c


# --- drawing ------------------------------------------------------------------------------------------------


def draw_card(c: Canvas, x0: float, y0: float, data: ReferralCard, *, copy: bool = False, footer: str = "") -> None:
    """Draw one A6 card with its bottom-left corner at (x0, y0)."""
    look = field_look(data.field)
    left, right = x0 + INSET, x0 + CARD_W - INSET
    top = y0 + CARD_H - INSET
    slip_bottom = y0 + INSET
    cut_y = slip_bottom + SLIP_H + 2 * mm
    main_bottom = cut_y + 4.5 * mm

    c.saveState()
    # Coloured frame around the card's main part, and the broad band on top.
    c.setStrokeColor(look.fill)
    c.setLineWidth(BORDER)
    c.rect(left + BORDER / 2, main_bottom + BORDER / 2, right - left - BORDER, top - main_bottom - BORDER)
    c.setFillColor(look.fill)
    c.rect(left, top - BAND_H, right - left, BAND_H, stroke=0, fill=1)
    title = f"KARTU RUJUKAN — {look.title}"
    band_room = (right - left) * 0.84
    size = min(14.0, band_room / max(fonts.string_width(title, fonts.BOLD, 1.0), 1.0))
    c.setFillColor(look.ink)
    c.setFont(fonts.BOLD, size)
    c.drawCentredString((left + right) / 2, top - BAND_H / 2 - size * 0.36, title)

    pad = BORDER + 2.2 * mm
    tx, tr = left + pad, right - pad
    y = top - BAND_H - 2 * mm
    y = _office_row(c, data, tx, tr, y, copy)
    c.setStrokeColor(page.RULE_GREY)
    c.setLineWidth(0.5)
    c.line(tx, y, tr, y)
    y -= 1.2 * mm

    # Number, date, destination and service beside the QR code.
    qr_top = y
    blocks.draw_qr(c, clean(data.number), tr - QR_SIZE + 1.2 * mm, qr_top - QR_SIZE, QR_SIZE)
    label_w = 16.5 * mm
    head_rows = [
        ("Nomor", clean(data.number), fonts.BOLD, 1),
        ("Tanggal", fmt.tanggal(data.referred_at), fonts.REGULAR, 1),
        ("Tujuan", clean(data.destination) or "-", fonts.BOLD, 2),
        ("Layanan", clean(data.service) or "-", fonts.REGULAR, 2),
    ]
    y = _rows(c, head_rows, tx, tr - QR_SIZE - 1 * mm, y - FONT_SIZE, label_w)
    y = min(y, qr_top - QR_SIZE) - 0.6 * mm

    sig_top = main_bottom + BORDER + 17 * mm
    r = data.resident
    body = [
        ("Nama", clean(r.name) or "-", fonts.BOLD, 2),
        ("NIK", clean(r.nik) or "belum punya NIK", fonts.REGULAR, 1),
        ("No. KK", clean(r.kk) or "belum punya KK", fonts.REGULAR, 1),
        ("Tgl. lahir", labels.birth_line(r.birth_place, r.birth_date), fonts.REGULAR, 1),
        ("Alamat", labels.address_line(r.address, r.rt, r.rw), fonts.REGULAR, 3),
        ("DTKS/DTSEN", registry_line(data.registry), fonts.BOLD, 1),
        ("Program", _joined(data.registry.programmes) if data.registry.registered else "-", fonts.REGULAR, 3),
        ("Alasan", clean(data.reason) or "-", fonts.REGULAR, 5),
        ("Dokumen", _joined(data.documents, sep="; "), fonts.REGULAR, 4),
    ]
    size = _fit_rows(body, tr - tx - label_w, y - sig_top)
    _rows(c, body, tx, tr, y - size, label_w, size)

    coordinator = clean(data.coordinator_name) or clean(data.office.coordinator_name)
    _signatures(c, tx, tr, main_bottom + BORDER + 1.8 * mm, clean(data.officer_name), coordinator)
    if footer:
        c.setFillColor(page.GREY_TEXT)
        c.setFont(fonts.REGULAR, 5.0)
        c.drawString(left, cut_y + 2 * mm, ellipsize(clean(footer), fonts.REGULAR, 5.0, right - left))
    _cut_line(c, x0, cut_y)
    _slip(c, data, look, left, right, slip_bottom)
    if copy:
        page.draw_copy_watermark(c, x0 + INSET, y0 + INSET, CARD_W - 2 * INSET, CARD_H - 2 * INSET)
    c.restoreState()


def _joined(items: Sequence[str], sep: str = ", ") -> str:
    cleaned = [x for x in (clean(i, limit=120) for i in items) if x]
    return sep.join(cleaned) or "-"


def _office_row(c: Canvas, data: ReferralCard, tx: float, tr: float, y: float, copy: bool) -> float:
    office = data.office
    logo = blocks.logo_reader(office.logo_png) if office.logo_png else None
    x = tx
    if logo is not None:
        c.drawImage(logo, tx, y - 8.5 * mm, 8 * mm, 8 * mm, preserveAspectRatio=True, mask="auto")
        x += 9.5 * mm
    room = tr - x - (15 * mm if copy else 0)
    lines = [
        (f"PUSKESOS {labels.village_label(office.village_name).upper()}", fonts.BOLD, 7.4),
        (f"Kec. {labels.kecamatan_name(office)} · {labels.kabupaten_label(office.kabupaten)}", fonts.REGULAR, 6.0),
    ]
    contact = labels.contact_line(office)
    # Issue 17: address, phone and e-mail on up to three lines, whole (the e-mail was cut on every card).
    lines += [(line, fonts.REGULAR, size) for line, size in blocks.contact_lines(contact, room, 5.6, max_lines=3,
                                                                                 min_size=4.6)]  # fmt: skip
    ty = y
    for text, font, size in lines:
        if not text:
            continue
        ty -= size * 1.2
        c.setFillColor(colors.black)
        c.setFont(font, size)
        c.drawString(x, ty, ellipsize(text, font, size, room))
    if copy:
        page.draw_copy_tag(c, tr, y - 0.5 * mm, size=7.0)
    return float(min(ty, y - 8.5 * mm) - 1.5 * mm)


_BODY_SIZES = (FONT_SIZE, 6.6, 6.3, 6.0, 5.7)


def _fit_rows(rows: list[tuple[str, str, str, int]], width: float, room: float) -> float:
    """The type size at which the rows fit above the signatures whole (issue 17: nothing cut); only when even the
    smallest size is too large, the line allowance of the long rows is lowered. Returns the size."""

    def height(size: float) -> float:
        return sum(len(wrap(text, font, size, width, max_lines=n)) for _, text, font, n in rows) * size * _LEAD

    def whole(size: float) -> bool:
        return all(len(wrap(text, font, size, width)) <= n for _, text, font, n in rows)

    for size in _BODY_SIZES:
        if whole(size) and height(size) <= room:
            return size
    size = _BODY_SIZES[-1]
    order = ("Alasan", "Dokumen", "Program", "Alamat", "Nama")
    while height(size) > room:
        for label in order:
            i = next(k for k, row in enumerate(rows) if row[0] == label)
            if rows[i][3] > 1:
                rows[i] = (rows[i][0], rows[i][1], rows[i][2], rows[i][3] - 1)
                break
        else:
            break
    return size


def _rows(
    c: Canvas,
    rows: Sequence[tuple[str, str, str, int]],
    x: float,
    right: float,
    y: float,
    label_w: float,
    size: float = FONT_SIZE,
) -> float:
    """"Label  value" rows; values wrap to their line allowance. Returns the y below the last line."""
    width = right - x - label_w
    leading = size * _LEAD
    for label, text, font, max_lines in rows:
        c.setFillColor(page.GREY_TEXT)
        c.setFont(fonts.REGULAR, min(size, FONT_SIZE - 0.5))
        c.drawString(x, y, label)
        c.setFillColor(colors.black)
        c.setFont(font, size)
        for line in wrap(text, font, size, width, max_lines=max_lines):
            c.drawString(x + label_w, y, line)
            y -= leading
    return y + leading - size


def _name_lines(name: str, width: float) -> tuple[list[str], float]:
    """A signer's name whole: smaller type, then up to three lines (a name with titles is long); cut only past that."""
    if not name:
        return [], 6.5
    for size in (6.5, 6.0, 5.5, 5.0):
        if fonts.string_width(name, fonts.BOLD, size) <= width:
            return [name], size
    for size in (6.0, 5.5, 5.0):
        lines = wrap(name, fonts.BOLD, size, width)
        if len(lines) <= 3:
            return lines, size
    return wrap(name, fonts.BOLD, 5.0, width, max_lines=3), 5.0


def _signatures(c: Canvas, tx: float, tr: float, base: float, officer: str, coordinator: str) -> None:
    """Officer at the left, stamp circle in the middle, the coordinator (who approves) at the right."""
    col = (tr - tx) / 3
    centres = (tx + col / 2, tx + col * 1.5, tx + col * 2.5)
    c.setFillColor(colors.black)
    c.setFont(fonts.REGULAR, 6.3)
    c.drawCentredString(centres[0], base + 13 * mm, "Petugas,")
    c.drawCentredString(centres[2], base + 13 * mm + 6.3 * 1.15, "Mengetahui,")
    c.drawCentredString(centres[2], base + 13 * mm, "Koordinator Puskesos")
    for centre, name in ((centres[0], officer), (centres[2], coordinator)):
        lines, size = _name_lines(name, col - 2 * mm)
        c.setFont(fonts.BOLD, size)
        for i, line in enumerate(reversed(lines)):
            c.drawCentredString(centre, base + 1.2 * mm + i * size * 1.1, line)
        c.setLineWidth(0.4)
        c.setStrokeColor(colors.black)
        c.line(centre - col / 2 + 2 * mm, base + 0.4 * mm, centre + col / 2 - 2 * mm, base + 0.4 * mm)
    c.saveState()
    c.setStrokeColor(page.RULE_GREY)
    c.setDash(1.2, 1.2)
    c.setLineWidth(0.5)
    c.circle(centres[1], base + 7 * mm, 7 * mm)
    c.restoreState()
    c.setFillColor(page.RULE_GREY)
    c.setFont(fonts.REGULAR, 5.5)
    c.drawCentredString(centres[1], base + 6.4 * mm, "cap")


def _cut_line(c: Canvas, x0: float, y: float) -> None:
    c.saveState()
    c.setStrokeColor(colors.Color(0.3, 0.3, 0.3))
    c.setLineWidth(0.6)
    c.setDash(3, 2)
    c.line(x0 + INSET + 5 * mm, y, x0 + CARD_W - INSET, y)
    c.restoreState()
    c.setFillColor(colors.black)
    c.setFont(fonts.REGULAR, 10)
    c.drawString(x0 + INSET, y - 3.3, "✂")
    label = " potong di sini "
    c.setFont(fonts.REGULAR, 5.2)
    w = fonts.string_width(label, fonts.REGULAR, 5.2)
    cx = x0 + CARD_W - INSET - 3 * mm - w
    c.setFillColor(colors.white)
    c.rect(cx, y - 2.2, w, 4.4, stroke=0, fill=1)
    c.setFillColor(page.GREY_TEXT)
    c.drawString(cx, y - 1.8, label)


def _slip(c: Canvas, data: ReferralCard, look: FieldLook, left: float, right: float, bottom: float) -> None:
    """The return slip the destination fills in and sends back (it repeats number, field and name)."""
    top = bottom + SLIP_H
    c.saveState()
    c.setStrokeColor(page.RULE_GREY)
    c.setLineWidth(0.5)
    c.rect(left, bottom, right - left, SLIP_H)
    c.setFillColor(look.fill)
    c.rect(left, bottom, 3 * mm, SLIP_H, stroke=0, fill=1)
    c.restoreState()

    x, r = left + 5 * mm, right - 2.5 * mm
    y = top - 3.4 * mm
    c.setFillColor(colors.black)
    c.setFont(fonts.BOLD, 7.2)
    c.drawString(x, y, f"LEMBAR BALASAN RUJUKAN — {look.title}")
    y -= 7.6
    number, name = f"No. {clean(data.number)}", f"a.n. {clean(data.resident.name)}"
    ident = f"{number} · {name}"
    step = 4.6 * mm
    if fonts.string_width(ident, fonts.REGULAR, 6.4) <= r - x:
        c.setFont(fonts.REGULAR, 6.4)
        c.drawString(x, y, ident)
    else:
        # Issue 17: a long name goes on its own line, whole; the blanks below move closer to make room.
        c.setFont(fonts.REGULAR, 6.0)
        c.drawString(x, y, ellipsize(number, fonts.REGULAR, 6.0, r - x))
        y -= 6.4
        c.drawString(x, y, ellipsize(name, fonts.REGULAR, 6.0, r - x))
        step = 4.1 * mm
    y -= 7.0
    c.setFillColor(page.GREY_TEXT)
    village = labels.village_label(data.office.village_name)
    note = f"Diisi oleh penerima rujukan, lalu dikembalikan ke Puskesos {village}."
    # A long village name: smaller type rather than a cut sentence.
    size = max(4.6, min(5.8, 5.7 * (r - x) / max(fonts.string_width(note, fonts.REGULAR, 5.8), 1.0)))
    c.setFont(fonts.REGULAR, size)
    c.drawString(x, y, ellipsize(note, fonts.REGULAR, size, r - x))
    c.setFillColor(colors.black)

    y -= step - 0.4 * mm
    c.setFont(fonts.REGULAR, 7.0)
    cx = x
    for word in ("Disetujui", "Ditolak", "Ditelaah Lebih Lanjut"):
        c.setLineWidth(0.6)
        c.rect(cx, y - 0.4 * mm, 2.8 * mm, 2.8 * mm)
        c.drawString(cx + 4 * mm, y, word)
        cx += 4 * mm + fonts.string_width(word, fonts.REGULAR, 7.0) + 5 * mm

    def blank(label: str, x1: float, x2: float, yy: float) -> None:
        c.setFont(fonts.REGULAR, 6.5)
        c.drawString(x1, yy, label)
        start = x1 + fonts.string_width(label, fonts.REGULAR, 6.5) + 1 * mm
        c.saveState()
        c.setDash(0.6, 1.2)
        c.setLineWidth(0.5)
        c.line(start, yy - 0.6, x2, yy - 0.6)
        c.restoreState()

    mid = x + (r - x) * 0.42
    y -= step
    blank("Tanggal:", x, mid - 2 * mm, y)
    blank("Nama petugas:", mid, r, y)
    y -= step
    blank("Catatan:", x, r, y)
    y -= step
    blank("", x, mid - 2 * mm, y)
    blank("Tanda tangan/cap:", mid, r, y)


def _cut_marks(c: Canvas, size: page.PaperSize, ox: float, oy: float) -> None:
    """Ticks at the sheet edges and a cross in the middle, where the guillotine goes; faint guides between."""
    w, h = size
    xs = (ox, ox + CARD_W, ox + 2 * CARD_W)
    ys = (oy, oy + CARD_H, oy + 2 * CARD_H)
    tick = 4 * mm
    c.saveState()
    c.setStrokeColor(colors.Color(0.85, 0.85, 0.85))
    c.setLineWidth(0.25)
    c.line(xs[1], ys[0], xs[1], ys[2])
    c.line(xs[0], ys[1], xs[2], ys[1])
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.5)
    for x in xs:
        c.line(x, max(0.0, oy - tick), x, oy + tick)
        c.line(x, ys[2] - tick, x, min(h, ys[2] + tick))
    for y in ys:
        c.line(max(0.0, ox - tick), y, ox + tick, y)
        c.line(xs[2] - tick, y, min(w, xs[2] + tick), y)
    c.line(xs[1] - tick, ys[1], xs[1] + tick, ys[1])
    c.line(xs[1], ys[1] - tick, xs[1], ys[1] + tick)
    c.restoreState()
