"""A5 slips handed to residents: documents still missing for a complaint, and a service's requirements."""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from puskesos_desktop.core import fmt
from puskesos_desktop.printing import blocks, labels, page
from puskesos_desktop.printing.data import MissingDocumentsSlip, OfficeInfo, RequirementsSlip, Signer
from puskesos_desktop.printing.text import clean, para

_MAX_ITEMS = 25  # a list longer than this is cut and counted, so the slip stays on one sheet


def _build(meta: page.Meta, story: Callable[[float], list[Flowable]], copy: bool, footer: str) -> bytes:
    return page.build_flowing(
        story,
        pagesize=page.paper_size("A5"),
        margins=(13 * mm, 13 * mm, 11 * mm, 13 * mm),
        meta=meta,
        decor=page.Decor(copy=copy, footer=footer, margin=12 * mm, footer_y=6 * mm, font_size=6.5),
    )


def _items(items: tuple[str, ...], st: page.Styles, *, boxes: bool) -> list[Flowable]:
    cleaned = [x for x in (clean(i, limit=200) for i in items) if x]
    out = blocks.bullet_list(cleaned[:_MAX_ITEMS], st, boxes=boxes)
    if len(cleaned) > _MAX_ITEMS:
        out.append(Paragraph(f"… dan {len(cleaned) - _MAX_ITEMS} lainnya (tanyakan petugas)", st.bullet))
    return out


def _ask_line(office: OfficeInfo, st: page.Styles) -> Paragraph:
    contact = labels.contact_line(office)
    text = f"Informasi: Puskesos {labels.village_label(office.village_name)}"
    text += f" ({contact})." if contact else "."
    return Paragraph(para(text), st.small)


# --- Daftar Dokumen yang Masih Kurang ---------------------------------------------------------------------------


def missing_documents_slip(data: MissingDocumentsSlip, *, copy: bool = False, footer: str = "") -> bytes:
    meta = page.Meta(
        title=f"Daftar Dokumen yang Masih Kurang {clean(data.complaint_number)}",
        subject=f"Dokumen kurang: {clean(data.resident.name)}",
        author=labels.office_author(data.office),
    )
    return _build(meta, lambda width: _missing_story(data, width), copy, footer)


def _missing_story(data: MissingDocumentsSlip, width: float) -> list[Flowable]:
    st = page.styles(8.8)
    office = data.office
    r = data.resident
    story: list[Flowable] = [blocks.Letterhead(office)]
    story += blocks.title_block(st, "DAFTAR DOKUMEN YANG MASIH KURANG")
    rows = [
        ("Nomor resi", para(data.complaint_number, limit=60)),
        ("Nama", f"<b>{para(r.name, limit=120) or '-'}</b>"),
        ("NIK", para(r.nik, limit=40) or "belum punya NIK"),
        ("Alamat", para(labels.address_line(r.address, r.rt, r.rw), limit=160)),
        ("Bidang", para(data.field, limit=40) or "-"),
        ("Layanan", para(data.service, limit=140) or "-"),
    ]
    story.append(blocks.field_table(rows, width, st, label_width=24 * mm))
    story.append(Paragraph("Mohon lengkapi dokumen berikut:", st.heading))
    docs = _items(data.documents, st, boxes=True)
    story += docs or [Paragraph("Tidak ada. Dokumen sudah lengkap.", st.body)]
    story.append(Spacer(1, 2 * mm))
    if data.return_date is not None:
        story.append(
            Paragraph(
                f"Serahkan dokumen ke Puskesos paling lambat <b>{para(fmt.hari_tanggal(data.return_date))}</b>, "
                "dengan membawa resi keluhan.",
                st.body,
            )
        )
    note = para(data.note, multiline=True, limit=400)
    if note:
        story.append(Spacer(1, 1 * mm))
        story.append(Paragraph(f"Catatan: {note}", st.body))
    story.append(Spacer(1, 2 * mm))
    story.append(_ask_line(office, st))
    story.append(
        blocks.signature_block(
            [Signer(title="Petugas,", name=data.officer_name)],
            width,
            st,
            place=labels.village_place(office.village_name),
            day=data.date,
            gap=14 * mm,
        )
    )
    story.append(Spacer(1, 3 * mm))
    story.append(Paragraph(page.PRIVACY_NOTE, st.tiny))
    return story


# --- Persyaratan Layanan/Program --------------------------------------------------------------------------------


def requirements_slip(data: RequirementsSlip, *, copy: bool = False, footer: str = "") -> bytes:
    meta = page.Meta(
        title=f"Persyaratan {clean(data.kind) or 'Layanan'}: {clean(data.name)}",
        subject="Persyaratan layanan/program",
        author=labels.office_author(data.office),
    )
    return _build(meta, lambda width: _requirements_story(data, width), copy, footer)


def _requirements_story(data: RequirementsSlip, width: float) -> list[Flowable]:
    st = page.styles(8.8)
    kind = clean(data.kind, limit=20) or "Layanan"
    story: list[Flowable] = [blocks.Letterhead(data.office)]
    story += blocks.title_block(st, f"PERSYARATAN {kind.upper()}")
    story.append(Paragraph(f"<b>{para(data.name, limit=200) or '-'}</b>", page.centered(st.body)))
    story.append(Spacer(1, 2.5 * mm))
    rows = []
    if clean(data.field):
        rows.append(("Bidang", para(data.field)))
    if clean(data.provider):
        rows.append(("Penyelenggara", para(data.provider, limit=160)))
    if rows:
        story.append(blocks.field_table(rows, width, st, label_width=26 * mm))
    description = para(data.description, multiline=True, limit=900)
    if description:
        story.append(Spacer(1, 1.5 * mm))
        story.append(Paragraph(description, st.body))
    if data.criteria:
        story.append(Paragraph("Kriteria penerima", st.heading))
        story += _items(data.criteria, st, boxes=False)
    story.append(Paragraph("Dokumen yang perlu dibawa", st.heading))
    docs = _items(data.documents, st, boxes=True)
    story += docs or [Paragraph("Tidak ada dokumen khusus. Bawa KTP/KK bila ada.", st.body)]
    note = para(data.note, multiline=True, limit=400)
    if note:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(f"Catatan: {note}", st.body))
    story.append(Spacer(1, 3 * mm))
    story.append(
        Paragraph("Centang dokumen yang sudah disiapkan. Persyaratan dapat berubah; tanyakan petugas.", st.small)
    )
    story.append(_ask_line(data.office, st))
    if data.printed_on is not None:
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph(f"Dicetak {para(fmt.tanggal(data.printed_on))}", st.tiny))
    return story
