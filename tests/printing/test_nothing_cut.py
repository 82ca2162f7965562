"""Issue 17.3: nothing printed may be cut.

Every document form and layout is rendered with long but realistic values (the longest a clerk really types: a
full name with titles and "binti", a long street address, an office e-mail on the district's domain, a receipt
instruction for a resident without NIK), then read back: every input string must appear whole (wrapping may move
words to a new line, never drop or shorten them) and no character may lie outside the page's printable area.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace

import pypdfium2
import pytest

from puskesos_desktop.printing import (
    card,
    contact_sheet,
    letters,
    message_slip,
    musdes,
    receipt,
    report,
    resident_data,
    slips,
)
from puskesos_desktop.printing.data import (
    ContactSheet,
    HouseholdMember,
    HousePhoto,
    MusdesProposal,
    OfficeInfo,
    Person,
    RegistryStatus,
)
from puskesos_desktop.printing.resident_sheet import Fields, Grid, ResidentDataSheet, Section

from . import helpers, samples

PRINTABLE_MARGIN_MM = 4.0  # office printers and 80 mm thermal heads leave about this much blank at each edge

EMAIL = "puskesos.sungaikapitanhulu@kotawaringinbaratkab.go.id"
PHONE = "0532-2123456 / 0812-5555-0101"
OFFICE_ADDRESS = "Jl. Pangeran Antasari Km. 12 No. 127, Sungai Kapitan Hulu 74112"
HEAD = "H. Muhammad Syaifullah Rahman, S.Sos., M.Si."
COORDINATOR = "Nurul Hidayati Kusumawardhani, S.Tr.Sos."
NAME = "Hj. Siti Nurhaliza Rahmawati binti Abdul Rahman Al-Habsyi"
STREET = "Jl. Pangeran Antasari Gg. Kenanga II No. 127 Blok C, Dusun Sungai Bedaun"
SERVICE = "Pengaktifan kembali BPJS PBI-JK (KIS) yang dinonaktifkan"
DESCRIPTION = (
    "Kartu KIS ibu tidak aktif saat berobat ke puskesmas minggu lalu dan petugas meminta pembayaran umum. Anak "
    "kedua sakit demam berdarah dan harus dirujuk ke rumah sakit, suami bekerja serabutan sebagai buruh harian "
    "lepas di kebun sawit dan keluarga tidak mampu membayar biaya perawatan. Keluarga belum pernah menerima bantuan "
    "PKH maupun BPNT walaupun rumah berdinding papan dan berlantai tanah."
)
DOCUMENTS = (
    "Surat Keterangan Tidak Mampu (SKTM) dari desa",
    "Fotokopi Kartu Keluarga",
    "Fotokopi KTP semua anggota keluarga yang sudah dewasa",
    "Surat rujukan dari puskesmas",
    "Stopmap warna merah",
)
STEPS = (
    "Keluhan diteruskan ke Bagian Layanan dan Rujukan untuk ditindaklanjuti.",
    "Lengkapi dokumen yang masih kurang.",
    "Keluarga diusulkan masuk DTKS/DTSEN (USL/6201022001/2026/11/0014) melalui Musyawarah Desa.",
    "Bawa surat rekomendasi REK/6201022001/2026/11/0002 ke Dukcapil untuk mengurus NIK/KK.",
)
DESTINATION = "RSUD Sultan Imanuddin Pangkalan Bun, Poli Penyakit Dalam"
REASON = (
    "Pasien perlu rawat inap kelas III; keluarga termasuk desil 2, suami buruh harian lepas, tidak mampu membayar "
    "biaya perawatan."
)


def _office(paper: str = "A4") -> OfficeInfo:
    return samples.office(
        village_name="Sungai Kapitan Hulu", kecamatan="Pangkalan Banteng", address=OFFICE_ADDRESS, phone=PHONE,
        email=EMAIL, head_name=HEAD, head_title="Kepala Desa Sungai Kapitan Hulu", coordinator_name=COORDINATOR,
        paper=paper,
    )  # fmt: skip


def _person(**kw: object) -> Person:
    return samples.person(name=NAME, address=STREET, rt="012", rw="004", birth_place="Pangkalan Bun", **kw)


# --- reading back -------------------------------------------------------------------------------------------------


def _squeezed(text: str) -> str:
    return "".join(text.replace("\u00a0", " ").split())


def _outside(pdf: bytes) -> list[str]:
    """Characters drawn closer to a page edge than the printable margin (or off the page)."""
    edge = PRINTABLE_MARGIN_MM * helpers.MM
    found: list[str] = []
    doc = pypdfium2.PdfDocument(pdf)
    try:
        for number in range(len(doc)):
            pg = doc[number]
            width, height = pg.get_size()
            textpage = pg.get_textpage()
            for i in range(textpage.count_chars()):
                ch = textpage.get_text_range(i, 1)
                if not ch.strip():
                    continue
                left, bottom, right, top = textpage.get_charbox(i)
                if left < edge - 0.5 or bottom < edge - 0.5 or right > width - edge + 0.5 or top > height - edge + 0.5:
                    found.append(f"page {number + 1}: {ch!r} at ({left:.0f}, {bottom:.0f})")
    finally:
        doc.close()
    return found


def assert_whole(pdf: bytes, strings: Sequence[str]) -> None:
    text = _squeezed(helpers.text(pdf))
    missing = [s for s in strings if _squeezed(s) not in text]
    assert not missing, f"cut or missing: {missing}"
    assert "…" not in text, "an ellipsis: something was shortened"
    outside = _outside(pdf)
    assert not outside, f"past the printable area: {outside[:5]}"


OFFICE_STRINGS = (EMAIL, PHONE, OFFICE_ADDRESS)

# --- every document, every layout ---------------------------------------------------------------------------------


def _receipt(layout: receipt.Layout, **kw: object) -> bytes:
    data = samples.receipt(
        office=_office(), resident=_person(nik=None, kk=None), service=SERVICE, description=DESCRIPTION,
        missing_documents=DOCUMENTS, next_steps="\n".join(STEPS), officer_name=COORDINATOR,
        channel="Fasilitator (Agus Salim Wicaksono)", **kw,
    )  # fmt: skip
    return receipt.complaint_receipt(data, layout=layout, footer="Dicetak oleh Nurul Hidayati, 23-11-2026 09:41")


RECEIPT_STRINGS = (NAME, STREET, SERVICE, DESCRIPTION, *DOCUMENTS, *STEPS, COORDINATOR, EMAIL, PHONE)


def _card(**kw: object) -> card.ReferralCard:
    registry = RegistryStatus(registered=True, desil=2, programmes=("PKH", "BPNT / Program Sembako", "PBI-JK (KIS)"))
    return samples.card(
        office=_office(), resident=_person(), registry=registry, destination=DESTINATION, reason=REASON,
        documents=DOCUMENTS[:4], officer_name=COORDINATOR, service=SERVICE, **kw,
    )  # fmt: skip


CARD_STRINGS = (NAME, STREET, DESTINATION, SERVICE, REASON, *DOCUMENTS[:4], EMAIL, PHONE, OFFICE_ADDRESS)


def _proposals(n: int) -> tuple[MusdesProposal, ...]:
    return tuple(
        replace(p, name=NAME, address=STREET, reason=REASON, note="Sudah diverifikasi oleh pendamping PKH")
        for p in samples.proposals(n, decided=True)
    )


def _photo() -> HousePhoto:
    import io

    from PIL import Image

    buf = io.BytesIO()
    Image.new("RGB", (64, 48), (120, 160, 90)).save(buf, "JPEG")
    return HousePhoto("USL/6201022001/2026/10/0001", NAME, "Foto rumah depan", buf.getvalue(),
                      dt.datetime(2026, 10, 3, 10, 15), (-2.6833, 111.6167))  # fmt: skip


def _report(paper: str) -> bytes:
    from tests.printing.test_report import activity

    return report.monthly_report_pdf(activity(office=_office(paper), number="LAP/6201022001/2026/11/0001"))


def _resident_data(paper: str) -> bytes:
    """The resident's own copy of their data (UU 27/2022 access print): field lines, a ruled table with long cells,
    a section with nothing in it."""
    history = tuple(
        (f"RESI/6201022001/2026/{m:02d}/00{m:02d}", "23-11-2026", SERVICE, DESCRIPTION, "Dirujuk") for m in range(1, 7)
    )
    sheet = ResidentDataSheet(
        office=_office(paper),
        resident_name=NAME,
        reference="Warga #12345",
        printed_at=dt.datetime(2026, 11, 23, 9, 41),
        officer_name=COORDINATOR,
        sections=(
            Section(
                "Data diri",
                (Fields((("Nama", NAME), ("Alamat", STREET), ("Tempat lahir", "Pangkalan Bun"), ("Surel", EMAIL))),),
                note="Dari formulir pendaftaran warga dan perubahannya.",
            ),
            Section(
                "Keluhan dan layanan",
                (Grid(("Nomor", "Tanggal", "Layanan", "Uraian", "Status"), history, (0.22, 0.12, 0.2, 0.34, 0.12)),),
            ),
            Section("Lampiran", (), empty="Tidak ada lampiran."),
        ),
    )
    return resident_data.resident_data(sheet, footer="Dicetak oleh Nurul Hidayati, 23-11-2026 09:41")


RESIDENT_DATA_STRINGS = (NAME, STREET, EMAIL, SERVICE, DESCRIPTION, COORDINATOR, "Tidak ada lampiran.", *OFFICE_STRINGS)

Case = tuple[Callable[[], bytes], tuple[str, ...]]

CASES: dict[str, Case] = {
    "receipt A5": (lambda: _receipt("A5"), RECEIPT_STRINGS),
    "receipt 80 mm": (lambda: _receipt("thermal"), RECEIPT_STRINGS),
    "card A6": (lambda: card.referral_card(_card()), CARD_STRINGS),
    "cards four-up A4": (lambda: card.referral_cards_sheet([_card()] * 4, paper="A4"), CARD_STRINGS),
    "cards four-up F4": (lambda: card.referral_cards_sheet([_card()] * 5, paper="F4"), CARD_STRINGS),
    "letter to Dukcapil": (
        lambda: letters.dukcapil_recommendation(
            samples.recommendation(
                office=_office(),
                person=_person(nik=None, kk=None),
                members=(HouseholdMember(NAME, "Kepala Keluarga", "P", "Pangkalan Bun", dt.date(1979, 3, 2)),),
                note=DESCRIPTION,
            )
        ),
        (NAME, STREET, DESCRIPTION, HEAD, *OFFICE_STRINGS),
    ),  # fmt: skip
    "registry certificate F4": (
        lambda: letters.registry_certificate(
            samples.certificate(
                office=_office("F4"),
                person=_person(),
                purpose="persyaratan pendaftaran KIP Kuliah di Universitas Palangka Raya tahun akademik 2026/2027",
            )
        ),
        (NAME, STREET, HEAD, "Universitas Palangka Raya tahun akademik 2026/2027", *OFFICE_STRINGS),
    ),  # fmt: skip
    "missing documents slip": (
        lambda: slips.missing_documents_slip(
            samples.missing_slip(
                office=_office(), resident=_person(), documents=DOCUMENTS, service=SERVICE, officer_name=COORDINATOR
            )
        ),
        (NAME, SERVICE, *DOCUMENTS, COORDINATOR, *OFFICE_STRINGS),
    ),  # fmt: skip
    "requirements slip": (
        lambda: slips.requirements_slip(
            samples.requirements(office=_office(), description=DESCRIPTION, documents=DOCUMENTS)
        ),
        (DESCRIPTION, *DOCUMENTS, *OFFICE_STRINGS),
    ),
    "status slip A6": (
        lambda: message_slip.status_slip(
            message_slip.StatusSlip(
                _office(),
                "RJK/6201022001/2026/11/0003",
                "RESI/6201022001/2026/11/0007",
                NAME,
                "Rujukan disetujui",
                "\n".join(STEPS),
                dt.date(2026, 11, 23),
                COORDINATOR,
            )
        ),
        (NAME, *STEPS, COORDINATOR),
    ),  # fmt: skip
    "status slip 80 mm": (
        lambda: message_slip.status_slip(
            message_slip.StatusSlip(
                _office(),
                "RJK/6201022001/2026/11/0003",
                "RESI/6201022001/2026/11/0007",
                NAME,
                "Rujukan disetujui",
                "\n".join(STEPS),
                dt.date(2026, 11, 23),
                COORDINATOR,
            ),
            layout="80mm",
        ),
        (NAME, *STEPS, COORDINATOR),
    ),  # fmt: skip
    "monthly report A4": (lambda: _report("A4"), ("LAP/6201022001/2026/11/0001", HEAD, *OFFICE_STRINGS)),
    "monthly report F4": (lambda: _report("F4"), ("LAP/6201022001/2026/11/0001", HEAD, *OFFICE_STRINGS)),
    "musdes list": (
        lambda: musdes.musdes_proposal_list(samples.agenda(office=_office(), proposals=_proposals(9))),
        (NAME, STREET, REASON, *OFFICE_STRINGS),
    ),
    "musdes minutes": (
        lambda: musdes.musdes_minutes(samples.minutes(office=_office(), proposals=_proposals(9))),
        (NAME, HEAD, "Sudah diverifikasi oleh pendamping PKH", *OFFICE_STRINGS),
    ),
    "musdes package F4": (
        lambda: musdes.musdes_package(samples.package(office=_office("F4"), proposals=_proposals(9))),
        (NAME, STREET, REASON, HEAD, "Ketua RT 001", "Pendamping PKH", *OFFICE_STRINGS),
    ),
    "resident data A4": (lambda: _resident_data("A4"), RESIDENT_DATA_STRINGS),
    "resident data F4": (lambda: _resident_data("F4"), RESIDENT_DATA_STRINGS),
    "contact sheet": (
        lambda: contact_sheet.contact_sheet(
            ContactSheet(
                _office(), "Foto rumah usulan USL/6201022001/2026/10/0001", (_photo(),) * 3, dt.date(2026, 11, 23)
            )
        ),
        (NAME,),
    ),  # fmt: skip
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_nothing_is_cut(name: str) -> None:
    make, strings = CASES[name]
    assert_whole(make(), strings)


def test_the_check_catches_a_cut_and_text_off_the_page() -> None:
    """The check itself must be able to fail."""
    cut = receipt.complaint_receipt(samples.receipt(description="x " * 2000), layout="A5")
    with pytest.raises(AssertionError, match="ellipsis|cut"):
        assert_whole(cut, [])
    import io

    from reportlab.pdfgen.canvas import Canvas

    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(200, 200))
    c.drawString(1, 100, "tepi")
    c.save()
    with pytest.raises(AssertionError, match="printable"):
        assert_whole(buf.getvalue(), ["tepi"])
