"""Sample data for the printing tests and for looking at the documents by eye."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

from PIL import Image, ImageDraw

from puskesos_desktop.printing.data import (
    ComplaintReceipt,
    DukcapilRecommendation,
    HouseholdMember,
    MissingDocumentsSlip,
    MusdesAgenda,
    MusdesMinutes,
    MusdesPackage,
    MusdesProposal,
    OfficeInfo,
    Person,
    ReferralCard,
    RegistryCertificate,
    RegistryStatus,
    RequirementsSlip,
)

HOSTILE = (
    "<b>Siti</b> & <i>Đặng</i> \u202eĞül\u202c \x00\x07 😀🦄 中文 "
    + "Sangatpanjangsekalitanpaspasi" * 12
    + " akhir"
)


def logo_png() -> bytes:
    img = Image.new("RGBA", (120, 140), (0, 0, 0, 0))
    d = ImageDraw.Draw(img)
    d.polygon([(60, 4), (114, 30), (104, 110), (60, 136), (16, 110), (6, 30)], fill=(20, 90, 40), outline=(0, 0, 0))
    d.ellipse((35, 40, 85, 90), fill=(240, 200, 40))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    return buf.getvalue()


def office(**kw: object) -> OfficeInfo:
    base = OfficeInfo(
        village_name="Sukamaju",
        village_code="6201022001",
        kecamatan="Arut Selatan",
        kabupaten="Kotawaringin Barat",
        province="Kalimantan Tengah",
        address="Jl. Pangeran Antasari No. 12, Sukamaju 74112",
        phone="0532-21234",
        head_name="H. Ahmad Fauzi, S.Sos.",
        head_title="Kepala Desa Sukamaju",
        coordinator_name="Rina Marlina",
        logo_png=logo_png(),
        paper="A4",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def person(**kw: object) -> Person:
    base = Person(
        name="Đặng Thị Ğülşen Rahmawati",
        nik="6201024507850003",
        kk="6201020101090017",
        sex="P",
        birth_place="Pangkalan Bun",
        birth_date=dt.date(1985, 7, 5),
        address="Jl. Melati Gg. Kenanga No. 4",
        rt="003",
        rw="001",
        phone="0812-5555-0101",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def receipt(**kw: object) -> ComplaintReceipt:
    base = ComplaintReceipt(
        office=office(),
        number="RESI/6201022001/2026/11/0007",
        registered_at=dt.datetime(2026, 11, 23, 9, 41),
        resident=person(),
        field="Kesehatan",
        service="Pengaktifan BPJS PBI-JK (KIS)",
        description=(
            "Kartu KIS ibu tidak aktif saat berobat ke puskesmas minggu lalu. Anak kedua sakit demam dan "
            "harus dirujuk ke rumah sakit, keluarga tidak mampu membayar biaya perawatan."
        ),
        missing_documents=("SKTM dari desa", "Fotokopi KK", "Fotokopi KTP semua anggota keluarga", "Stopmap"),
        next_steps="Petugas back office akan memeriksa data di DTKS/DTSEN dan mengajukan pengaktifan ke Dinas Sosial.",
        return_date=dt.date(2026, 11, 30),
        officer_name="Dewi Lestari",
        channel="Datang Langsung",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def card(field: str = "Kesehatan", number: str = "RJK/6201022001/2026/11/0003", **kw: object) -> ReferralCard:
    base = ReferralCard(
        office=office(),
        number=number,
        referred_at=dt.date(2026, 11, 24),
        field=field,
        resident=person(),
        registry=RegistryStatus(
            registered=True, desil=2, registry_id="DTSEN-62010200123", programmes=("PKH", "BPNT", "PBI-JK")
        ),
        destination="RSUD Sultan Imanuddin Pangkalan Bun",
        service="Dana kemitraan rumah sakit",
        reason="Pasien perlu rawat inap kelas III; keluarga termasuk desil 2 dan tidak mampu membayar biaya.",
        documents=("SKTM", "Fotokopi KK", "Fotokopi KTP", "Surat rujukan puskesmas"),
        officer_name="Dewi Lestari",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def recommendation(**kw: object) -> DukcapilRecommendation:
    base = DukcapilRecommendation(
        office=office(),
        number="REK/6201022001/2026/11/0002",
        date=dt.date(2026, 11, 23),
        person=person(
            nik=None, kk=None, name="Yohanes Paulus Ngongo", sex="L", birth_place="Waingapu",
            birth_date=dt.date(1979, 3, 2),
        ),  # fmt: skip
        members=(
            HouseholdMember("Yohanes Paulus Ngongo", "Kepala Keluarga", "L", "Waingapu", dt.date(1979, 3, 2)),
            HouseholdMember("Maria Goreti", "Istri", "P", "Ende", dt.date(1983, 8, 19)),
            HouseholdMember("Agustinus", "Anak", "L", "Pangkalan Bun", dt.date(2012, 1, 30)),
        ),
        note="Keluarga pindah dari Nusa Tenggara Timur pada tahun 2015 dan tidak memiliki dokumen kependudukan.",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def certificate(**kw: object) -> RegistryCertificate:
    base = RegistryCertificate(
        office=office(),
        number="SKT/6201022001/2026/11/0011",
        date=dt.date(2026, 11, 23),
        person=person(),
        registry=RegistryStatus(
            registered=True,
            desil=2,
            registry_id="DTSEN-62010200123",
            programmes=("PKH", "BPNT / Program Sembako", "PBI-JK (KIS)"),
            extract_date=dt.date(2026, 10, 1),
        ),
        purpose="persyaratan pendaftaran KIP Kuliah",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def missing_slip(**kw: object) -> MissingDocumentsSlip:
    base = MissingDocumentsSlip(
        office=office(),
        complaint_number="RESI/6201022001/2026/11/0007",
        date=dt.date(2026, 11, 23),
        resident=person(),
        field="Kesehatan",
        service="Pengaktifan BPJS PBI-JK (KIS)",
        documents=("SKTM dari desa", "Fotokopi KK", "Fotokopi KTP semua anggota keluarga", "Stopmap"),
        return_date=dt.date(2026, 11, 30),
        note="Bawa dokumen asli untuk diperlihatkan.",
        officer_name="Dewi Lestari",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def requirements(**kw: object) -> RequirementsSlip:
    base = RequirementsSlip(
        office=office(),
        name="Pendaftaran / Pengaktifan BPJS PBI-JK",
        kind="Layanan",
        field="Kesehatan",
        provider="Dinas Sosial Kabupaten Kotawaringin Barat",
        description="Iuran BPJS Kesehatan dibayar pemerintah bagi keluarga miskin dan tidak mampu.",
        criteria=("Terdaftar di DTKS/DTSEN atau diusulkan", "Tidak memiliki jaminan kesehatan lain"),
        documents=(
            "SKTM",
            "Fotokopi KK",
            "Fotokopi KTP / KIA / akta kelahiran semua anggota keluarga",
            "SPTJM bermeterai Rp 10.000 ditandatangani kepala desa",
            "Stopmap",
        ),
        note="Dokumen asli dibawa untuk diperlihatkan.",
        printed_on=dt.date(2026, 11, 23),
    )
    return replace(base, **kw)  # type: ignore[arg-type]


_KINDS = ("Tambah", "Perbarui", "Hapus")


def proposals(n: int = 14, decided: bool = False) -> tuple[MusdesProposal, ...]:
    out = []
    for i in range(n):
        rt = f"{(i % 4) + 1:03d}"
        out.append(
            MusdesProposal(
                number=f"USL/6201022001/2026/10/{i + 1:04d}",
                kind=_KINDS[i % 3],
                name=f"Warga Contoh Nomor {i + 1}",
                nik=f"62010245078500{i:02d}",
                kk=f"62010201010900{i:02d}",
                address=f"Jl. Melati No. {i + 1}",
                rt=rt,
                rw="001" if i % 2 else "002",
                reason="Kepala keluarga meninggal, istri tidak bekerja" if i % 3 == 0 else "Rumah tidak layak huni",
                decision=("Disahkan" if i % 4 else "Ditolak") if decided else "",
            )
        )
    return tuple(out)


def agenda(n: int = 14, **kw: object) -> MusdesAgenda:
    base = MusdesAgenda(
        office=office(), proposals=proposals(n), held_on=dt.date(2026, 11, 28), place="Balai Desa Sukamaju"
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def minutes(n: int = 14, **kw: object) -> MusdesMinutes:
    base = MusdesMinutes(
        office=office(),
        held_on=dt.date(2026, 11, 28),
        place="Balai Desa Sukamaju",
        attendees=37,
        chair="Bambang Sutrisno (Ketua BPD)",
        proposals=proposals(n, decided=True),
        number="BA/6201022001/2026/11/0001",
        started_at=dt.time(9, 0),
        representative_name="Sri Wahyuni",
        representative_title="Perwakilan Masyarakat",
        notes="Usulan nomor 1 ditolak karena keluarga sudah pindah domisili.",
    )
    return replace(base, **kw)  # type: ignore[arg-type]


def package(n: int = 14, **kw: object) -> MusdesPackage:
    """The Musdesus package; `kw` go to its minutes."""
    return MusdesPackage(minutes(n, **kw), printed_on=dt.date(2026, 11, 30))
