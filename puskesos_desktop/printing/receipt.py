"""Surat Resi Keluhan: the receipt every complainant takes home (A5 sheet or 80 mm thermal roll)."""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Literal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, labels, page
from puskesos_desktop.printing.data import ComplaintReceipt, Signer
from puskesos_desktop.printing.text import clean, para

Layout = Literal["A5", "thermal"]

NO_NIK = "belum punya NIK"


@dataclass(frozen=True)
class _Budget:
    """How much of the long texts a receipt prints; the full texts stay in the program."""

    description: int
    documents: int  # listed one by one; the rest are counted
    steps: int
    identity: int  # name, address, service
    thermal: bool = False
    size: float = 8.6  # body text size (A5)


# Issue 17: realistic texts print whole — a smaller type first; only absurd data is shortened after that.
_WHOLE = _Budget(4000, 40, 4000, 300)
_A5_BUDGETS = (
    _WHOLE,
    replace(_WHOLE, size=7.8),
    replace(_WHOLE, size=7.2),
    _Budget(600, 8, 600, 120, size=7.2),
    _Budget(350, 5, 300, 80, size=7.2),
    _Budget(160, 3, 160, 50, size=7.2),
    _Budget(80, 2, 80, 35, size=7.2),  # only hostile or absurd data gets here
)
# The roll is as long as its content: nothing needs shortening.
_THERMAL_BUDGET = replace(_WHOLE, thermal=True)


def complaint_receipt(
    data: ComplaintReceipt, *, layout: Layout = "A5", copy: bool = False, footer: str = ""
) -> bytes:
    """The receipt as PDF bytes. `copy` marks a reprint SALINAN; `footer` is printed small on every page."""
    meta = page.Meta(
        title=f"Surat Resi Keluhan {clean(data.number)}",
        subject=f"Resi keluhan {clean(data.resident.name)}",
        author=labels.office_author(data.office),
    )
    if layout == "thermal":
        margin = 4 * mm
        decor = page.Decor(copy=copy, footer=footer, margin=margin, footer_y=5 * mm, font_size=6.0)
        return page.build_flowing(
            lambda width: _story(data, width, page.styles(8.0), budget=_THERMAL_BUDGET),
            pagesize=(page.THERMAL_WIDTH, 200 * mm),
            margins=(margin, margin, 9 * mm if copy else 4 * mm, 10 * mm),
            meta=meta,
            decor=decor,
            auto_height=True,
        )
    if layout != "A5":
        raise ValueError(f"tata letak resi tidak dikenal: {layout}")
    decor = page.Decor(copy=copy, footer=footer, margin=12 * mm, footer_y=6 * mm, font_size=6.5)
    pdf = b""
    # A receipt is one sheet: when long texts push it onto a second page, print less of them.
    for budget in _A5_BUDGETS:
        pdf, pages = page.build_counted(
            functools.partial(_a5_story, data, budget=budget),
            pagesize=page.paper_size("A5"),
            margins=(13 * mm, 13 * mm, 11 * mm, 13 * mm),
            meta=meta,
            decor=decor,
        )
        if pages == 1:
            break
    return pdf


def _a5_story(data: ComplaintReceipt, width: float, *, budget: _Budget) -> list[Flowable]:
    return _story(data, width, page.styles(budget.size), budget=budget)


def _identity_rows(data: ComplaintReceipt, limit: int) -> list[tuple[str, str]]:
    r = data.resident
    nik = clean(r.nik, limit=40) or NO_NIK
    rows = [
        ("Nomor resi", para(data.number, limit=60)),
        ("Terdaftar", para(fmt.tanggal_jam(data.registered_at))),
        ("Nama", f"<b>{para(r.name, limit=limit) or '-'}</b>"),
        ("NIK", para(nik)),
        ("Alamat", para(labels.address_line(r.address, r.rt, r.rw), limit=limit)),
        ("Bidang", para(data.field, limit=40) or "-"),
        ("Layanan", para(data.service, limit=limit) or "-"),
    ]
    if clean(data.channel):
        rows.append(("Melalui", para(data.channel, limit=40)))
    return rows


def _story(data: ComplaintReceipt, width: float, st: page.Styles, *, budget: _Budget) -> list[Flowable]:
    office = data.office
    thermal = budget.thermal
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(st, "SURAT RESI KELUHAN")
    rows = _identity_rows(data, budget.identity)
    qr_size = (30 if thermal else 27) * mm
    qr_caption = Paragraph("Pindai: nomor resi", page.centered(st.tiny))
    if thermal:
        story.append(blocks.field_table(rows, width, st, label_width=20 * mm, value_style=st.small))
        story.append(Spacer(1, 2 * mm))
        qr = Table([[blocks.QrFlowable(clean(data.number), qr_size)], [qr_caption]], colWidths=[qr_size])
        qr.setStyle(TableStyle([("ALIGN", (0, 0), (-1, -1), "CENTER"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        story.append(qr)
    else:
        left_w = width - qr_size - 3 * mm
        info = blocks.field_table(rows, left_w, st, label_width=22 * mm)
        qr_cell = [blocks.QrFlowable(clean(data.number), qr_size), qr_caption]
        block = Table([[info, qr_cell]], colWidths=[left_w + 3 * mm, qr_size])
        block.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("ALIGN", (1, 0), (1, 0), "CENTER"),
                ]
            )
        )
        story.append(block)

    # Long complaints are cut: the receipt proves registration, the full text stays in the program.
    story.append(Paragraph("Uraian keluhan", st.heading))
    story.append(Paragraph(para(data.description, multiline=True, limit=budget.description) or "-", st.body))

    story.append(Paragraph("Dokumen yang masih kurang", st.heading))
    docs = [d for d in (clean(x, limit=min(90, budget.identity + 20)) for x in data.missing_documents) if d]
    if docs:
        story += blocks.bullet_list(docs[: budget.documents], st, boxes=True)
        if len(docs) > budget.documents:
            story.append(Paragraph(f"… dan {len(docs) - budget.documents} dokumen lainnya", st.bullet))
    else:
        story.append(Paragraph("Tidak ada. Dokumen sudah lengkap.", st.body))

    story.append(Paragraph("Langkah selanjutnya", st.heading))
    steps = para(data.next_steps, multiline=True, limit=budget.steps)
    if steps:
        story.append(Paragraph(steps, st.body))
    if data.return_date is not None:
        story.append(
            Paragraph(f"Silakan datang kembali pada <b>{para(fmt.hari_tanggal(data.return_date))}</b>.", st.body)
        )
    # The letterhead carries the address; here only how to reach the office.
    contact = " · ".join(x for x in (clean(office.phone, limit=40), clean(office.email, limit=60)) if x)
    village = labels.village_label(office.village_name)
    ask = f"Tanyakan perkembangan keluhan ke Puskesos {village}"
    ask += f" ({'Telp. ' if clean(office.phone) else ''}{contact})" if contact else ""
    ask += " dengan menyebut nomor resi."
    story.append(Spacer(1, st.size * 0.5))
    story.append(Paragraph(para(ask), st.small))

    officer = Signer(title="Petugas Penerima,", name=data.officer_name)
    place = labels.village_place(office.village_name)
    if thermal:
        story.append(Spacer(1, 3 * mm))
        story.append(_thermal_signature(officer, st, f"{place}, {fmt.tanggal(data.registered_at)}"))
    else:
        story.append(blocks.signature_block([officer], width, st, place=place, day=data.registered_at, gap=12 * mm))
    story.append(Spacer(1, st.size * 0.6))
    if clean(data.consent):
        story.append(Paragraph(para(data.consent, limit=240), st.tiny))
    story.append(Paragraph("Simpan resi ini. " + page.PRIVACY_NOTE, st.tiny))
    return story


def _thermal_signature(officer: Signer, st: page.Styles, date_line: str) -> Flowable:
    name = clean(officer.name, limit=60)
    shown = f"<b><u>{para(name)}</u></b>" if name else "(" + "." * 30 + ")"
    return Table(
        [
            [Paragraph(para(date_line), st.center)],
            [Paragraph("Petugas Penerima,", st.center)],
            [Spacer(1, 12 * mm)],
            [Paragraph(shown, st.center)],
        ],
        style=TableStyle([("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]),
    )
