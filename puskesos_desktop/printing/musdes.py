"""Musyawarah Desa: the list of draft DTKS/DTSEN proposals (landscape), the minutes (Berita Acara) and the
Musdesus package (agenda by RW/RT, attendance list, berita acara in one PDF)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import groupby
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, contact_sheet, labels, page
from puskesos_desktop.printing.data import (
    MusdesAgenda,
    MusdesMinutes,
    MusdesPackage,
    MusdesProposal,
    OfficeInfo,
    Signer,
)
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
        # The RT/RW heading row goes to the next page with its first proposal, never alone (issue 17).
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), page.GROUP_FILL),
                  ("NOSPLIT", (0, r), (-1, r + 1))]  # fmt: skip
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
    """Berita Acara Musyawarah Desa: what was decided on each proposal, signed by chair, representative and head
    (the head once, also when he chaired the meeting)."""
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
    return [blocks.Letterhead(data.office), *_minutes_body(data, width)]


def _same_person(a: str, b: str) -> bool:
    def key(name: str) -> str:
        return " ".join(clean(name).lower().replace(",", " ").replace(".", " ").split())

    return bool(key(a)) and key(a) == key(b)


def minutes_signers(data: MusdesMinutes) -> list[Signer]:
    """Who signs the berita acara. A Musdes is usually chaired by the BPD: the chair, a representative of the
    residents, and the village head who acknowledges. When the head chaired it himself he signs once, as both."""
    head = head_signer(data.office)
    representative = Signer(
        title=clean(data.representative_title) or "Perwakilan Masyarakat", name=data.representative_name
    )
    if _same_person(data.chair, head.name):
        return [Signer(title=f"Pimpinan Musyawarah,\n{head.title}", name=head.name), representative]
    return [
        Signer(title="Pimpinan Musyawarah", name=data.chair),
        representative,
        Signer(title=head.title, name=head.name, caption="Mengetahui,"),
    ]


def _minutes_body(data: MusdesMinutes, width: float) -> list[Flowable]:
    st = page.styles(10.0)
    office = data.office
    story: list[Flowable] = []
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
    signers = minutes_signers(data)
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


# --- the Musdesus package (issue 16) ---------------------------------------------------------------------------

# Fractions of the text width (portrait): the agenda as put to the meeting, by RW/RT, with the reasons.
_PACKAGE_AGENDA_COLS: list[tuple[str, float]] = [
    ("No", 0.045),
    ("No Usulan", 0.15),
    ("Jenis", 0.085),
    ("NIK / No KK", 0.17),
    ("Nama", 0.16),
    ("Alamat", 0.16),
    ("Alasan", 0.23),
]
_ATTENDANCE_COLS: list[tuple[str, float]] = [
    ("No", 0.06),
    ("Nama", 0.3),
    ("Unsur / Jabatan", 0.28),
    ("Tanda Tangan", 0.36),
]
# Who is invited besides the RT and RW heads of the families on the agenda.
_OTHER_PARTIES = (
    "Anggota BPD",
    "Anggota BPD",
    "Tokoh masyarakat",
    "Tokoh masyarakat",
    "Tokoh agama",
    "Tokoh perempuan / PKK",
    "Pendamping PKH",
    "TKSK",
    "Pekerja Sosial Masyarakat (PSM)",
)
_MAX_ATTENDANCE_ROWS = 80


def musdes_package(data: MusdesPackage, *, paper: str | None = None, copy: bool = False, footer: str = "") -> bytes:
    """One PDF for the Musyawarah Desa Khusus: the agenda by RW/RT with reasons, the attendance list with a
    signature column, and the berita acara with the decisions (A4/F4 portrait)."""
    m = data.minutes
    meta = page.Meta(
        title=f"Paket Musyawarah Desa Khusus {clean(m.number)}".strip(),
        subject=_region_line(m.office),
        author=labels.office_author(m.office),
    )
    return page.build_flowing(
        lambda width: _package_story(data, width),
        pagesize=page.paper_size(paper or m.office.paper),
        margins=(22 * mm, 18 * mm, 12 * mm, 18 * mm),
        meta=meta,
        decor=page.Decor(copy=copy, footer=footer, margin=15 * mm, footer_y=9 * mm),
    )


def _facts(m: MusdesMinutes, st: page.Styles) -> Paragraph:
    facts = [
        f"Hari/tanggal: <b>{para(fmt.hari_tanggal(m.held_on))}</b>",
        f"Tempat: <b>{para(m.place, limit=150) or '-'}</b>",
        f"Jumlah usulan: <b>{len(m.proposals)}</b>"
        + (f" ({para(_kind_summary(m.proposals))})" if m.proposals else ""),
    ]
    return Paragraph(" &nbsp;·&nbsp; ".join(facts), st.body)


def _package_story(data: MusdesPackage, width: float) -> list[Flowable]:
    m = data.minutes
    st = page.styles(9.5)
    story: list[Flowable] = [blocks.Letterhead(m.office)]
    story += blocks.title_block(
        st, "AGENDA MUSYAWARAH DESA KHUSUS (MUSDESUS)", number=m.number,
        subtitle="Pembahasan usulan pemutakhiran data DTKS/DTSEN, per RW/RT",
    )  # fmt: skip
    story += [_facts(m, st), Spacer(1, 3 * mm), _package_agenda_table(m.proposals, width)]
    story += [PageBreak(), blocks.Letterhead(m.office)]
    story += blocks.title_block(st, "DAFTAR HADIR MUSYAWARAH DESA KHUSUS (MUSDESUS)", number=m.number)
    story += [_facts(m, st), Spacer(1, 3 * mm), _attendance_table(m, width)]
    story += [PageBreak(), blocks.Letterhead(m.office), *_minutes_body(m, width)]
    return story


def _package_agenda_table(proposals: Sequence[MusdesProposal], width: float) -> Table:
    tst = page.styles(8.6)
    cell, center = tst.cell, page.centered(tst.cell)
    widths = [width * f for _, f in _PACKAGE_AGENDA_COLS]
    rows: list[list[Any]] = [[Paragraph(name, tst.cell_head) for name, _ in _PACKAGE_AGENDA_COLS]]
    style: list[tuple[Any, ...]] = []
    number = 0
    for _, group_iter in groupby(sorted(proposals, key=_group_key), key=_group_key):
        group = list(group_iter)
        r = len(rows)
        rows.append([Paragraph(para(_group_label(group[0], len(group))), tst.cell_bold)] + [""] * 6)
        style += [("SPAN", (0, r), (-1, r)), ("BACKGROUND", (0, r), (-1, r), page.GROUP_FILL),
                  ("NOSPLIT", (0, r), (-1, r + 1))]  # fmt: skip
        for p in group:
            number += 1
            ids = "<br/>".join(x for x in (para(p.nik, limit=40) or "-", para(p.kk, limit=40)) if x)
            rows.append(
                [
                    Paragraph(str(number), center),
                    blocks.code_cell(p.number, cell, widths[1]),
                    Paragraph(para(p.kind, limit=12) or "-", cell),
                    Paragraph(ids, cell),
                    Paragraph(para(p.name, limit=120) or "-", cell),
                    Paragraph(para(labels.address_line(p.address, p.rt, p.rw), limit=200), cell),
                    Paragraph(para(p.reason, multiline=True, limit=600) or "-", cell),
                ]
            )
    if not proposals:
        rows.append([Paragraph("Tidak ada usulan.", cell)] + [""] * 6)
        style.append(("SPAN", (0, 1), (-1, 1)))
    table = Table(rows, colWidths=widths, repeatRows=1, splitInRow=1)
    table.setStyle(blocks.grid_style(extra=style))
    return table


def attendance_parties(m: MusdesMinutes) -> list[tuple[str, str]]:
    """(name, unsur) rows printed on the attendance list: the head, the chair, the RW and RT heads of every
    family on the agenda, the BPD, community figures and the social workers; names left blank to write in."""
    head = head_signer(m.office)
    parties = [(clean(head.name, limit=80), clean(head.title, limit=80) or "Kepala Desa")]
    if clean(m.chair) and not _same_person(m.chair, head.name):
        parties.append((clean(m.chair, limit=80), "Pimpinan Musyawarah (BPD)"))
    places = sorted({(clean(p.rw), clean(p.rt)) for p in m.proposals if clean(p.rt) or clean(p.rw)},
                    key=lambda x: (x[0].zfill(3), x[1].zfill(3)))  # fmt: skip
    for rw in sorted({rw for rw, _ in places if rw}, key=lambda x: x.zfill(3)):
        parties.append(("", f"Ketua RW {rw}"))
    for rw, rt in places:
        if rt:
            parties.append(("", f"Ketua RT {rt} / RW {rw or '-'}"))
    parties += [("", unsur) for unsur in _OTHER_PARTIES]
    parties.append((clean(m.office.coordinator_name, limit=80), "Koordinator Puskesos"))
    parties.append((clean(m.representative_name, limit=80), clean(m.representative_title) or "Perwakilan Masyarakat"))
    # Room for everyone who came (the recorded count), and a few more.
    total = min(max(len(parties) + 5, int(m.attendees)), _MAX_ATTENDANCE_ROWS)
    return parties[:_MAX_ATTENDANCE_ROWS] + [("", "")] * (total - len(parties))


def _attendance_table(m: MusdesMinutes, width: float) -> Table:
    tst = page.styles(9.0)
    cell, center = tst.cell, page.centered(tst.cell)
    widths = [width * f for _, f in _ATTENDANCE_COLS]
    sign_w = widths[-1]
    rows: list[list[Any]] = [[Paragraph(name, tst.cell_head) for name, _ in _ATTENDANCE_COLS]]
    for i, (name, unsur) in enumerate(attendance_parties(m), start=1):
        # Signatures alternate left and right, as on every Indonesian attendance list: neighbours do not touch.
        sign = Table([[Paragraph(f"{i}.", cell), ""]] if i % 2 else [["", Paragraph(f"{i}.", cell)]],
                     colWidths=[sign_w / 2 - 2, sign_w / 2 - 2])  # fmt: skip
        rows.append([Paragraph(str(i), center), Paragraph(para(name), cell), Paragraph(para(unsur), cell), sign])
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(
        blocks.grid_style(
            extra=[("TOPPADDING", (0, 1), (-1, -1), 3.2 * mm), ("BOTTOMPADDING", (0, 1), (-1, -1), 3.2 * mm),
                   ("VALIGN", (0, 1), (-1, -1), "MIDDLE")]
        )
    )  # fmt: skip
    return table
