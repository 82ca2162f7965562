"""Musyawarah Desa: the list of draft DTKS/DTSEN proposals (landscape) and the minutes (Berita Acara)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, contact_sheet, labels, page
from puskesos_desktop.printing.data import MusdesAgenda, MusdesMinutes, MusdesProposal, OfficeInfo, Signer
from puskesos_desktop.printing.letters import head_signer
from puskesos_desktop.printing.text import clean, para

DISAHKAN = "Disahkan"
DITOLAK = "Ditolak"


def decision_label(decision: str) -> str:
    """"Disahkan", "Ditolak", or "-" while undecided (accepts the status words and Setuju/Tidak too)."""
    word = clean(decision).lower()
    if word.startswith(("disahkan", "setuju", "sah")):
        return DISAHKAN
    if word.startswith(("ditolak", "tidak", "tolak")):
        return DITOLAK
    return clean(decision, limit=20) or "-"


def _group_key(p: MusdesProposal) -> tuple[int, str, str]:
    rt, rw = clean(p.rt), clean(p.rw)
    unknown = 1 if not (rt or rw) else 0  # unknown RT/RW last
    return (unknown, rw.zfill(3), rt.zfill(3))


def _group_label(p: MusdesProposal, count: int) -> str:
    rt, rw = clean(p.rt), clean(p.rw)
    where = f"RT {rt or '-'} / RW {rw or '-'}" if (rt or rw) else "RT/RW belum diisi"
    return f"{where} — {count} usulan"


def _kind_summary(proposals: Sequence[MusdesProposal]) -> str:
    counts = Counter(clean(p.kind) or "-" for p in proposals)
    order = ["Tambah", "Perbarui", "Hapus"]
    parts = [f"{k} {counts[k]}" for k in order if counts.get(k)]
    parts += [f"{k} {n}" for k, n in sorted(counts.items()) if k not in order]
    return ", ".join(parts)


def _region_line(office: OfficeInfo) -> str:
    return (
        f"{labels.village_label(office.village_name)}, Kecamatan {labels.kecamatan_name(office)}, "
        f"{labels.kabupaten_label(office.kabupaten)}"
    )


# --- Daftar usulan (landscape) -----------------------------------------------------------------------------------

# Fractions of the text width (267 mm on A4 landscape): number columns just wide enough for 16 digits at 7.5 pt.
_AGENDA_COLS: list[tuple[str, float]] = [
    ("No", 0.03),
    ("No Usulan", 0.115),
    ("Jenis", 0.056),
    ("No KK", 0.112),
    ("NIK", 0.112),
    ("Nama", 0.142),
    ("Alamat", 0.142),
    ("Alasan", 0.197),
    ("Keputusan", 0.094),
]


def musdes_proposal_list(
    data: MusdesAgenda, *, paper: str | None = None, copy: bool = False, footer: str = ""
) -> bytes:
    """The draft proposals grouped by RT/RW, with an empty "Keputusan" column to tick during the meeting."""
    meta = page.Meta(
        title="Daftar Usulan DTKS/DTSEN untuk Musyawarah Desa",
        subject=_region_line(data.office),
        author=labels.office_author(data.office),
    )
    return page.build_flowing(
        lambda width: _agenda_story(data, width),
        pagesize=page.paper_size(paper or data.office.paper, landscape_=True),
        margins=(15 * mm, 15 * mm, 12 * mm, 15 * mm),
        meta=meta,
        decor=page.Decor(copy=copy, footer=footer, margin=15 * mm, footer_y=8 * mm),
    )


def _agenda_story(data: MusdesAgenda, width: float) -> list[Flowable]:
    st = page.styles(9.5)
    tst = page.styles(8.8)  # table text: 16-digit numbers must fit their columns
    office = data.office
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(st, "DAFTAR USULAN DTKS/DTSEN UNTUK MUSYAWARAH DESA", subtitle=_region_line(office))
    facts = []
    if data.held_on is not None:
        facts.append(f"Hari/tanggal musyawarah: <b>{para(fmt.hari_tanggal(data.held_on))}</b>")
    if clean(data.place):
        facts.append(f"Tempat: <b>{para(data.place, limit=120)}</b>")
    summary = f"Jumlah usulan: <b>{len(data.proposals)}</b>"
    if data.proposals:
        summary += f" ({para(_kind_summary(data.proposals))})"
    facts.append(summary)
    story.append(Paragraph(" &nbsp;·&nbsp; ".join(facts), st.body))
    story.append(Spacer(1, 3 * mm))

    cell, center = tst.cell, page.centered(tst.cell)
    widths = [width * f for _, f in _AGENDA_COLS]
    header = [Paragraph(name, tst.cell_head) for name, _ in _AGENDA_COLS]
    rows: list[list[Any]] = [header]
    style: list[tuple[Any, ...]] = []
    ordered = sorted(data.proposals, key=_group_key)
    number = 0
    for _, group_iter in groupby(ordered, key=_group_key):
        group = list(group_iter)
        r = len(rows)
        rows.append([Paragraph(para(_group_label(group[0], len(group))), tst.cell_bold)] + [""] * 8)
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), page.GROUP_FILL)]
        for p in group:
            number += 1
            rows.append(
                [
                    Paragraph(str(number), center),
                    blocks.code_cell(p.number, cell, widths[1]),
                    Paragraph(para(p.kind, limit=12) or "-", cell),
                    Paragraph(para(p.kk, limit=40) or "-", cell),
                    Paragraph(para(p.nik, limit=40) or "-", cell),
                    Paragraph(para(p.name, limit=120) or "-", cell),
                    Paragraph(para(labels.address_line(p.address, p.rt, p.rw), limit=160), cell),
                    Paragraph(para(p.reason, multiline=True, limit=400) or "-", cell),
                    Paragraph("☐ Setuju<br/>☐ Tidak", cell),
                ]
            )
    if not data.proposals:
        rows.append([Paragraph("Belum ada usulan.", cell)] + [""] * 8)
        style.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(blocks.grid_style(extra=style))
    story.append(table)

    coordinator = Signer(title="Koordinator Puskesos", name=office.coordinator_name, caption="Disiapkan oleh,")
    story.append(
        blocks.signature_block(
            [coordinator],
            width,
            st,
            place=labels.village_place(office.village_name),
            day=data.printed_on or data.held_on,
            gap=16 * mm,
        )
    )
    return story + contact_sheet.appendix(data.photos, width, st)


# --- Berita Acara ------------------------------------------------------------------------------------------------

# Fractions of the text width (170 mm on A4 portrait).
_MINUTES_COLS: list[tuple[str, float]] = [
    ("No", 0.042),
    ("No Usulan", 0.16),
    ("Jenis", 0.088),
    ("NIK", 0.176),
    ("Nama", 0.2),
    ("RT/RW", 0.082),
    ("Keputusan", 0.112),
    ("Catatan", 0.14),
]


def musdes_minutes(
    data: MusdesMinutes, *, paper: str | None = None, copy: bool = False, footer: str = ""
) -> bytes:
    """Berita Acara Musyawarah Desa: what was decided on each proposal, signed by chair, representative and head."""
    meta = page.Meta(
        title=f"Berita Acara Musyawarah Desa {clean(data.number)}".strip(),
        subject=_region_line(data.office),
        author=labels.office_author(data.office),
    )
    return page.build_flowing(
        lambda width: _minutes_story(data, width),
        pagesize=page.paper_size(paper or data.office.paper),
        margins=(22 * mm, 18 * mm, 12 * mm, 18 * mm),
        meta=meta,
        decor=page.Decor(copy=copy, footer=footer, margin=15 * mm, footer_y=9 * mm),
    )


def _minutes_story(data: MusdesMinutes, width: float) -> list[Flowable]:
    st = page.styles(10.0)
    office = data.office
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(
        st,
        "BERITA ACARA MUSYAWARAH DESA",
        number=data.number,
        subtitle="tentang Pembahasan Usulan Pemutakhiran Data DTKS/DTSEN",
    )
    when = f"<b>{fmt.hari(data.held_on)}</b>, tanggal <b>{fmt.tanggal(data.held_on)}</b>"
    if data.started_at is not None:
        when += f", pukul {fmt.jam(data.started_at)}"
    opening = (
        f"Pada hari ini {when}, bertempat di {para(data.place, limit=150) or '-'}, telah dilaksanakan Musyawarah "
        f"Desa {para(labels.village_place(office.village_name))}, Kecamatan {para(labels.kecamatan_name(office))}, "
        f"{para(labels.kabupaten_label(office.kabupaten))}, untuk membahas usulan pemutakhiran data DTKS/DTSEN. "
        f"Musyawarah dipimpin oleh <b>{para(data.chair, limit=120) or '-'}</b> dan dihadiri oleh "
        f"<b>{max(int(data.attendees), 0)}</b> orang peserta (daftar hadir terlampir)."
    )
    story.append(Paragraph(opening, st.justify))
    story.append(Spacer(1, 2.5 * mm))

    decided = Counter(decision_label(p.decision) for p in data.proposals)
    outcome = (
        f"Dari <b>{len(data.proposals)}</b> usulan yang dibahas, <b>{decided[DISAHKAN]}</b> usulan disahkan dan "
        f"<b>{decided[DITOLAK]}</b> usulan ditolak"
    )
    pending = len(data.proposals) - decided[DISAHKAN] - decided[DITOLAK]
    outcome += f", serta {pending} usulan belum diputuskan." if pending else "."
    story.append(Paragraph(f"Hasil musyawarah: {outcome} Rinciannya sebagai berikut:", st.justify))
    story.append(Spacer(1, 2 * mm))
    story.append(_minutes_table(data.proposals, width))

    notes = para(data.notes, multiline=True, limit=2000)
    if notes:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph(f"<b>Catatan musyawarah:</b><br/>{notes}", st.justify))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            "Usulan yang disahkan selanjutnya disampaikan melalui SIKS-NG untuk diverifikasi dan divalidasi "
            "sesuai ketentuan.",
            st.justify,
        )
    )
    closing = Paragraph(
        "Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.", st.justify
    )
    head = head_signer(office)
    signers = [
        Signer(title="Pimpinan Musyawarah", name=data.chair),
        Signer(title=clean(data.representative_title) or "Perwakilan Masyarakat", name=data.representative_name),
        Signer(title=head.title, name=head.name, caption="Mengetahui,"),
    ]
    story.append(Spacer(1, 2 * mm))
    story.append(
        blocks.signature_block(
            signers,
            width,
            st,
            place=labels.village_place(office.village_name),
            day=data.held_on,
            gap=17 * mm,
            keep_with=[closing],
        )
    )
    return story + contact_sheet.appendix(data.photos, width, st)  # the agreed ones' house photos (issue 20)


def _minutes_table(proposals: Sequence[MusdesProposal], width: float) -> Table:
    st = page.styles(9.0)
    cell, center = st.cell, page.centered(st.cell)
    widths = [width * f for _, f in _MINUTES_COLS]
    rows: list[list[Any]] = [[Paragraph(name, st.cell_head) for name, _ in _MINUTES_COLS]]
    for i, p in enumerate(proposals, start=1):
        rt, rw = clean(p.rt), clean(p.rw)
        rows.append(
            [
                Paragraph(str(i), center),
                blocks.code_cell(p.number, cell, widths[1]),
                Paragraph(para(p.kind, limit=12) or "-", cell),
                Paragraph(para(p.nik, limit=40) or "-", cell),
                Paragraph(para(p.name, limit=120) or "-", cell),
                Paragraph(para(f"{rt or '-'}/{rw or '-'}"), center),
                Paragraph(f"<b>{para(decision_label(p.decision))}</b>", cell),
                Paragraph(para(p.note, multiline=True, limit=300) or "", cell),
            ]
        )
    extra: list[tuple[Any, ...]] = []
    if not proposals:
        rows.append([Paragraph("Tidak ada usulan yang dibahas.", cell)] + [""] * 7)
        extra.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(blocks.grid_style(extra=extra))
    return table
