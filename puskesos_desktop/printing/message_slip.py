"""Slip Status: the message to a resident printed for someone without a telephone (A6 sheet or 80 mm roll).

No NIK or KK on it (the message rules keep them out of the text; the slip adds only the name and the numbers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, labels, page
from puskesos_desktop.printing.data import OfficeInfo, Signer
from puskesos_desktop.printing.text import clean, para


@dataclass(frozen=True)
class StatusSlip:
    office: OfficeInfo
    number: str  # the receipt's or the referral's number
    complaint_number: str
    resident_name: str
    title: str  # the event: "Rujukan disetujui"
    text: str  # the full message, several lines
    printed_on: dt.date
    officer_name: str = ""


def status_slip(data: StatusSlip, *, layout: str = "A6") -> bytes:
    meta = page.Meta(
        title=f"Slip Status {clean(data.number)}",
        subject=f"Kabar untuk {clean(data.resident_name)}",
        author=labels.office_author(data.office),
    )
    if layout == "80mm":
        margin = 4 * mm
        return page.build_flowing(
            lambda width: _story(data, width, page.styles(8.0), thermal=True),
            pagesize=(page.THERMAL_WIDTH, 200 * mm),
            margins=(margin, margin, 4 * mm, 6 * mm),
            meta=meta,
            decor=page.Decor(margin=margin, footer_y=3 * mm, font_size=6.0),
            auto_height=True,
        )
    if layout != "A6":
        raise ValueError(f"ukuran slip tidak dikenal: {layout}")
    return page.build_flowing(
        lambda width: _story(data, width, page.styles(7.6), thermal=False),
        pagesize=page.paper_size("A6"),
        margins=(8 * mm, 8 * mm, 7 * mm, 9 * mm),
        meta=meta,
        decor=page.Decor(margin=8 * mm, footer_y=4 * mm, font_size=5.5),
    )


def _story(data: StatusSlip, width: float, st: page.Styles, *, thermal: bool) -> list[Flowable]:
    story: list[Flowable] = [blocks.Letterhead(data.office)]
    story += blocks.title_block(st, "SLIP STATUS LAYANAN")
    rows = [("Nomor resi", para(data.complaint_number, limit=60))]
    if data.number != data.complaint_number:
        rows.append(("Nomor rujukan", para(data.number, limit=60)))
    rows += [("Nama", f"<b>{para(data.resident_name, limit=120) or '-'}</b>"), ("Kabar", para(data.title, limit=80))]
    story.append(blocks.field_table(rows, width, st, label_width=(22 if thermal else 24) * mm))
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(para(data.text, multiline=True, limit=1200), st.body))
    story.append(Spacer(1, 2 * mm))
    contact = labels.contact_line(data.office)
    ask = f"Informasi: Puskesos {labels.village_label(data.office.village_name)}"
    ask += f" ({contact})." if contact else "."
    story.append(Paragraph(para(ask), st.small))
    story.append(
        blocks.signature_block(
            [Signer(title="Petugas,", name=data.officer_name)],
            width,
            st,
            place=labels.village_place(data.office.village_name),
            day=data.printed_on,
            gap=10 * mm,
        )
    )
    story.append(Paragraph(f"Dicetak {para(fmt.tanggal(data.printed_on))}", st.tiny))
    return story
