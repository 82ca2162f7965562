"""A DTKS/DTSEN proposal on paper (issue 20, item 4): what is proposed, for whom, the household members, what has
happened to it — then the contact sheet of its house photos with time and GPS position, which the district asks
for with the proposal."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, contact_sheet, labels, page
from puskesos_desktop.printing.data import ProposalSheet
from puskesos_desktop.printing.text import para

NOT_SHOWN = "Foto rumah tidak dicetak: hanya petugas yang menangani kasus yang dapat melihat lampiran."


def proposal_sheet(data: ProposalSheet, *, footer: str = "") -> bytes:
    title = "Usulan DTKS/DTSEN"
    meta = page.Meta(title=f"{title} {data.number}", subject=title, author=labels.office_author(data.office))

    def story(width: float) -> list[Flowable]:
        st = page.styles(9.5)
        out: list[Flowable] = [blocks.Letterhead(data.office), *blocks.title_block(st, title.upper(), data.number)]
        fields = [
            ("Jenis usulan", para(data.kind)),
            ("Status", para(data.status)),
            ("Tanggal usulan", para(fmt.tanggal_jam(data.proposed_at))),
            ("Pemohon", para(data.applicant, limit=120)),
            ("No. KK", para(data.kk or "-")),
            ("Alasan", para(data.reason or "-", limit=2000)),
        ]
        out += [blocks.field_table(fields, width, st), Spacer(1, 3 * mm)]
        out.append(Paragraph("<b>Anggota keluarga dalam usulan</b>", st.body))

        def cell(text: str, limit: int = 120) -> Paragraph:  # every cell a Paragraph: the embedded font
            return Paragraph(para(text, limit=limit), st.small)

        rows: list[list[object]] = [[cell("No"), cell("Nama"), cell("NIK"), cell("Hubungan")]]
        rows += [
            [cell(str(i)), cell(m.name), cell(m.nik or "belum ada"), cell(m.relation or "-")]
            for i, m in enumerate(data.members, 1)
        ]
        table = Table(rows, colWidths=[10 * mm, width * 0.45, 42 * mm, None], repeatRows=1, hAlign="LEFT")
        table.setStyle(blocks.grid_style())
        out += [table, Spacer(1, 3 * mm)]
        if data.events:
            out.append(Paragraph("<b>Riwayat usulan</b>", st.body))
            lines = [[cell("Waktu"), cell("Kejadian"), cell("Oleh")]]
            lines += [[cell(fmt.tanggal_jam(e.at)), cell(e.what, 400), cell(e.actor, 60)] for e in data.events]
            history = Table(lines, colWidths=[34 * mm, None, 38 * mm], repeatRows=1, hAlign="LEFT")
            history.setStyle(blocks.grid_style())
            out.append(history)
        if data.photos_shown:
            out += contact_sheet.appendix(data.photos, width, st) or [
                Spacer(1, 3 * mm),
                Paragraph("Belum ada foto rumah yang dilampirkan.", st.body),
            ]
        else:
            out += [Spacer(1, 3 * mm), Paragraph(para(NOT_SHOWN), st.small)]
        return out

    return page.build_flowing(
        story,
        pagesize=page.paper_size(data.office.paper),
        margins=(18 * mm, 15 * mm, 12 * mm, 15 * mm),
        meta=meta,
        decor=page.Decor(footer=footer, margin=15 * mm, footer_y=8 * mm),
    )
