"""Contact sheets of house photos (issue 20): three to a row, each with its kind, time and GPS position, grouped
by proposal. Printed after the deliberation's list and on its own for one proposal; the district asks for them."""

from __future__ import annotations

import io
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.platypus import Flowable, Image, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, labels, page
from puskesos_desktop.printing.data import ContactSheet, HousePhoto
from puskesos_desktop.printing.text import para

PER_ROW = 3
NO_POSITION = "tanpa lokasi GPS"


def caption(p: HousePhoto) -> str:
    when = fmt.tanggal_jam(p.taken_at) if p.taken_at else "waktu tidak tercatat"
    where = f"{p.gps[0]:.5f}, {p.gps[1]:.5f}" if p.gps else NO_POSITION
    return f"{p.kind} · {when} · {where}"


def _picture(p: HousePhoto, width: float, height: float) -> Image:
    w, h = ImageReader(io.BytesIO(p.jpeg)).getSize()
    scale = min(width / w, height / h)
    return Image(io.BytesIO(p.jpeg), width=w * scale, height=h * scale)


def contact_story(photos: Sequence[HousePhoto], width: float, st: page.Styles) -> list[Flowable]:
    """The photos grouped by proposal (in the order given), a caption under each."""
    story: list[Flowable] = [Paragraph("<b>LAMPIRAN FOTO RUMAH</b>", st.title), Spacer(1, 2 * mm)]
    cell_w = width / PER_ROW
    pic_w, pic_h = cell_w - 4 * mm, (cell_w - 4 * mm) * 0.75
    for number, group_iter in groupby(photos, key=lambda p: p.proposal_number):
        group = list(group_iter)
        heading = Paragraph(f"<b>{para(number)}</b> — {para(group[0].name, limit=120)}", st.body)
        rows: list[list[Any]] = []
        for i in range(0, len(group), PER_ROW):
            chunk = group[i : i + PER_ROW]
            cells: list[Any] = [[_picture(p, pic_w, pic_h), Paragraph(para(caption(p)), st.small)] for p in chunk]
            rows.append(cells + [""] * (PER_ROW - len(chunk)))
        table = Table(rows, colWidths=[cell_w] * PER_ROW)
        table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
        # The group's heading never stays alone at a page foot (issue 17).
        story += [KeepTogether([heading, table]), Spacer(1, 3 * mm)]
    if not photos:
        story.append(Paragraph("Belum ada foto rumah yang dilampirkan.", st.body))
    return story


def appendix(photos: Sequence[HousePhoto], width: float, st: page.Styles) -> list[Flowable]:
    """For a longer document: a new page, then the sheet (nothing when there are no photos)."""
    return [PageBreak(), *contact_story(photos, width, st)] if photos else []


def contact_sheet(data: ContactSheet, *, footer: str = "") -> bytes:
    meta = page.Meta(title=data.title, subject=data.title, author=labels.office_author(data.office))

    def story(width: float) -> list[Flowable]:
        st = page.styles(9.5)
        return [blocks.Letterhead(data.office), *blocks.title_block(st, data.title.upper()),
                *contact_story(data.photos, width, st)]  # fmt: skip

    return page.build_flowing(
        story,
        pagesize=page.paper_size(data.office.paper),
        margins=(15 * mm, 15 * mm, 12 * mm, 15 * mm),
        meta=meta,
        decor=page.Decor(footer=footer, margin=15 * mm, footer_y=8 * mm),
    )
