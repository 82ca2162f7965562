"""Letters on A4 or F4: the recommendation to Dukcapil and the DTKS/DTSEN registry certificate."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Indenter, Paragraph, Spacer, Table, TableStyle

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, labels, page
from puskesos_desktop.printing.data import (
    DukcapilRecommendation,
    OfficeInfo,
    Person,
    RegistryCertificate,
    Signer,
)
from puskesos_desktop.printing.text import capped, clean, para

MARGINS = (25 * mm, 20 * mm, 12 * mm, 18 * mm)  # left, right, top, bottom: binding edge on the left


def head_signer(office: OfficeInfo) -> Signer:
    """The head of village as signatory: "Kepala Desa Sukamaju" even when the title was saved bare."""
    title = clean(office.head_title) or "Kepala Desa"
    place = labels.village_place(office.village_name)
    if place and place.lower() not in title.lower():
        title = f"{title} {place}"
    return Signer(title=title, name=office.head_name)


def _build(
    office: OfficeInfo,
    paper: str | None,
    meta: page.Meta,
    story: Callable[[float], list[Flowable]],
    copy: bool,
    footer: str,
) -> bytes:
    return page.build_flowing(
        story,
        pagesize=page.paper_size(paper or office.paper),
        margins=MARGINS,
        meta=meta,
        decor=page.Decor(copy=copy, footer=footer, margin=15 * mm, footer_y=9 * mm),
    )


def _person_rows(p: Person, office: OfficeInfo, *, with_numbers: bool) -> list[tuple[str, str]]:
    rows = [("Nama", f"<b>{para(p.name, limit=150) or '-'}</b>")]
    if with_numbers:
        rows += [("NIK", para(p.nik, limit=40) or "-"), ("Nomor KK", para(p.kk, limit=40) or "-")]
    rows += [
        ("Jenis kelamin", para(labels.sex_label(p.sex))),
        ("Tempat, tanggal lahir", para(labels.birth_line(p.birth_place, p.birth_date))),
        ("Alamat", para(_full_address(p, office), limit=300)),
    ]
    return rows


def _full_address(p: Person, office: OfficeInfo) -> str:
    where = ", ".join(
        x
        for x in (
            labels.address_line(p.address, p.rt, p.rw) if (clean(p.address) or clean(p.rt) or clean(p.rw)) else "",
            labels.village_label(office.village_name),
            f"Kecamatan {labels.kecamatan_name(office)}",
            labels.kabupaten_label(office.kabupaten),
        )
        if x
    )
    return where


# --- Surat Rekomendasi ke Dukcapil ----------------------------------------------------------------------------


def dukcapil_recommendation(
    data: DukcapilRecommendation, *, paper: str | None = None, copy: bool = False, footer: str = ""
) -> bytes:
    """Surat Rekomendasi asking Dukcapil to issue NIK/KK for a resident who has none."""
    meta = page.Meta(
        title=f"Surat Rekomendasi {clean(data.number)}",
        subject=f"Rekomendasi penerbitan NIK/KK untuk {clean(data.person.name)}",
        author=labels.office_author(data.office),
    )
    return _build(data.office, paper, meta, lambda width: _recommendation_story(data, width), copy, footer)


def _missing_papers(p: Person) -> str:
    if not clean(p.nik) and not clean(p.kk):
        return "belum memiliki NIK dan Kartu Keluarga (KK)"
    if not clean(p.nik):
        return "belum memiliki NIK"
    if not clean(p.kk):
        return "belum memiliki Kartu Keluarga (KK)"
    return "memerlukan pembaruan dokumen kependudukan"


def _recommendation_story(data: DukcapilRecommendation, width: float) -> list[Flowable]:
    st = page.styles(10.0)
    office = data.office
    kab = labels.kabupaten_label(office.kabupaten)
    village = labels.village_label(office.village_name)
    signer = data.signer or head_signer(office)
    story: list[Flowable] = [blocks.Letterhead(office), Spacer(1, 4 * mm)]

    request = clean(data.request, limit=200) or "penerbitan NIK dan Kartu Keluarga (KK)"
    heading = blocks.field_table(
        [
            ("Nomor", para(data.number, limit=60)),
            ("Sifat", "Biasa"),
            ("Lampiran", "-"),
            ("Perihal", f"<b>Rekomendasi {para(request)}</b>"),
        ],
        width * 0.62,
        st,
        label_width=22 * mm,
    )
    dated = Paragraph(
        f"{para(labels.village_place(office.village_name))}, {para(fmt.tanggal(data.date))}", st.right
    )
    top = Table([[heading, dated]], colWidths=[width * 0.62, width * 0.38])
    top.setStyle(_plain())
    story.append(top)
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph(
            "Kepada Yth.<br/>Kepala Dinas Kependudukan dan Pencatatan Sipil<br/>"
            f"{para(kab)}<br/>di&nbsp;&nbsp;–<br/>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Tempat",
            st.body,
        )
    )
    story.append(Spacer(1, 4 * mm))
    story.append(Paragraph("Dengan hormat,", st.body))
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            f"Yang bertanda tangan di bawah ini, {para(signer.title)}, "
            f"Kecamatan {para(labels.kecamatan_name(office))}, {para(kab)}, dengan ini memberikan rekomendasi kepada:",
            st.justify,
        )
    )
    story.append(Spacer(1, 2 * mm))
    indent = 8 * mm
    rows = _person_rows(data.person, office, with_numbers=False)
    rows.append(("Keterangan", para(_missing_papers(data.person))))
    story.extend(_indented(blocks.field_table(rows, width - indent, st, label_width=45 * mm), indent))

    if data.members:
        story.append(Spacer(1, 3 * mm))
        story.append(Paragraph("beserta anggota keluarga sebagai berikut:", st.body))
        story.append(Spacer(1, 1.5 * mm))
        story.append(_members_table(data, width, st))

    story.append(Spacer(1, 3 * mm))
    note = clean(data.note, multiline=True, limit=800)
    text = (
        f"Orang tersebut di atas benar penduduk yang berdomisili di {para(village)} dan sampai saat ini "
        f"{para(_missing_papers(data.person))}. "
    )
    if note:
        text += f"{para(note, multiline=True, limit=800)}<br/>"
    story.append(Paragraph(text, st.justify))
    story.append(Spacer(1, 2 * mm))
    story.append(
        Paragraph(
            f"Sehubungan dengan hal tersebut, kami mohon Bapak/Ibu berkenan memproses <b>{para(request)}</b> "
            "bagi yang bersangkutan, agar yang bersangkutan dapat mengakses layanan administrasi kependudukan "
            "dan program perlindungan sosial.",
            st.justify,
        )
    )
    story.append(Spacer(1, 2 * mm))
    closing = Paragraph(
        "Demikian surat rekomendasi ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu, "
        "kami ucapkan terima kasih.",
        st.justify,
    )
    copies = Paragraph(
        f"Tembusan:<br/>1. Camat {para(labels.kecamatan_name(office))}<br/>2. Arsip Puskesos {para(village)}", st.small
    )
    story.append(blocks.signature_block([signer], width, st, gap=17 * mm, keep_with=[closing], left_note=copies))
    return story


def _members_table(data: DukcapilRecommendation, width: float, st: page.Styles) -> Table:
    head = ["No", "Nama", "Hubungan", "L/P", "Tempat, tanggal lahir", "NIK"]
    rows: list[list[object]] = [[Paragraph(h, st.cell_head) for h in head]]
    for i, m in enumerate(data.members, start=1):
        rows.append(
            [
                Paragraph(str(i), page.centered(st.cell)),
                Paragraph(para(m.name, limit=120), st.cell),
                Paragraph(para(m.relation, limit=40) or "-", st.cell),
                Paragraph(para(clean(m.sex).upper()[:1]) or "-", page.centered(st.cell)),
                Paragraph(para(labels.birth_line(m.birth_place, m.birth_date), limit=100), st.cell),
                Paragraph(para(m.nik, limit=40) or "belum ada", st.cell),
            ]
        )
    cols = [0.06, 0.28, 0.15, 0.06, 0.25, 0.20]
    table = Table(rows, colWidths=[width * f for f in cols], repeatRows=1, splitInRow=1)
    table.setStyle(blocks.grid_style())
    return table


# --- Surat Keterangan Terdaftar DTKS/DTSEN ----------------------------------------------------------------------


def registry_certificate(
    data: RegistryCertificate, *, paper: str | None = None, copy: bool = False, footer: str = ""
) -> bytes:
    """Surat Keterangan Terdaftar DTKS/DTSEN, signed by the head of village."""
    if not data.registry.registered:
        raise ValueError("Surat keterangan terdaftar hanya untuk warga yang terdaftar di DTKS/DTSEN.")
    meta = page.Meta(
        title=f"Surat Keterangan Terdaftar DTKS/DTSEN {clean(data.number)}",
        subject=f"Keterangan terdaftar DTKS/DTSEN: {clean(data.person.name)}",
        author=labels.office_author(data.office),
    )
    return _build(data.office, paper, meta, lambda width: _certificate_story(data, width), copy, footer)


def _certificate_story(data: RegistryCertificate, width: float) -> list[Flowable]:
    st = page.styles(10.0)
    office = data.office
    signer = data.signer or head_signer(office)
    reg = data.registry
    indent = 8 * mm
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(st, "SURAT KETERANGAN TERDAFTAR DTKS/DTSEN", number=data.number)
    story.append(Paragraph("Yang bertanda tangan di bawah ini:", st.body))
    story.append(Spacer(1, 1.5 * mm))
    signer_rows = [("Nama", f"<b>{para(signer.name) or '-'}</b>"), ("Jabatan", para(signer.title))]
    story.extend(_indented(blocks.field_table(signer_rows, width - indent, st, label_width=45 * mm), indent))
    story.append(Spacer(1, 2.5 * mm))
    story.append(Paragraph("dengan ini menerangkan dengan sebenarnya bahwa:", st.body))
    story.append(Spacer(1, 1.5 * mm))
    rows = _person_rows(data.person, office, with_numbers=True)
    story.extend(_indented(blocks.field_table(rows, width - indent, st, label_width=45 * mm), indent))
    story.append(Spacer(1, 3 * mm))

    if reg.extract_date is not None:
        basis = f"berdasarkan data DTKS/DTSEN per tanggal {fmt.tanggal(reg.extract_date)}"
    else:
        basis = "berdasarkan data DTKS/DTSEN yang diterima Puskesos"
    story.append(
        Paragraph(f"{para(basis[0].upper() + basis[1:])}, yang bersangkutan <b>terdaftar</b> dengan keterangan:",
                  st.justify)
    )
    story.append(Spacer(1, 1.5 * mm))
    programmes = capped(reg.programmes, 20, limit=120)
    reg_rows = [
        ("ID DTKS/DTSEN", para(reg.registry_id, limit=60) or "-"),
        ("Desil kesejahteraan", f"<b>{reg.desil}</b>" if reg.desil is not None else "-"),
        (
            "Program yang diterima",
            "<br/>".join(f"{i}. {para(p)}" for i, p in enumerate(programmes, 1)) if programmes else "Belum ada",
        ),
    ]
    story.extend(_indented(blocks.field_table(reg_rows, width - indent, st, label_width=45 * mm), indent))
    story.append(Spacer(1, 3 * mm))
    purpose = clean(data.purpose, limit=300)
    if purpose:
        closing = (
            f"Surat keterangan ini diberikan untuk keperluan <b>{para(purpose)}</b> dan dapat dipergunakan "
            "sebagaimana mestinya."
        )
    else:
        closing = "Demikian surat keterangan ini dibuat untuk dapat dipergunakan sebagaimana mestinya."
    story.append(
        blocks.signature_block(
            [signer],
            width,
            st,
            place=labels.village_place(office.village_name),
            day=data.date,
            gap=20 * mm,
            keep_with=[Paragraph(closing, st.justify)],
        )
    )
    story.append(Spacer(1, 8 * mm))
    story.append(
        Paragraph(
            "Desil 1 = kelompok 10% rumah tangga dengan tingkat kesejahteraan terendah. "
            "Keterangan ini berlaku sesuai data DTKS/DTSEN pada tanggal tersebut di atas.",
            st.tiny,
        )
    )
    return story


# --- helpers ---------------------------------------------------------------------------------------------------


def _plain() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
        ]
    )


def _indented(flowable: Flowable, indent: float) -> list[Flowable]:
    """Indented without wrapping it in another table, so that its rows may still split across pages."""
    return [Indenter(left=indent), flowable, Indenter(left=-indent)]
