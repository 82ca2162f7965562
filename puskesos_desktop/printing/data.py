"""What the documents print: plain frozen dataclasses, filled by the service layer (no ORM objects here)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Literal

Paper = Literal["A4", "F4"]


@dataclass(frozen=True)
class OfficeInfo:
    village_name: str
    village_code: str  # 10 digits, Kemendagri
    kecamatan: str
    kabupaten: str  # "Kotawaringin Barat", or "Kota Palangka Raya" for a city
    province: str
    address: str = ""
    phone: str = ""
    head_name: str = ""  # Kepala Desa / Lurah
    head_title: str = "Kepala Desa"
    coordinator_name: str = ""
    logo_png: bytes | None = None
    paper: Paper = "A4"
    email: str = ""


@dataclass(frozen=True)
class Person:
    name: str
    nik: str | None = None
    kk: str | None = None
    sex: str = ""  # "L" or "P"
    birth_place: str = ""
    birth_date: dt.date | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    phone: str = ""


@dataclass(frozen=True)
class Signer:
    title: str  # "Kepala Desa Sukamaju"; may hold a line break
    name: str  # empty: a dotted line to write on
    caption: str = ""  # a line above the title: "Mengetahui,", "Yang menyerahkan,"
    id_line: str = ""  # under the name: "NIP. …"


@dataclass(frozen=True)
class RegistryStatus:
    registered: bool
    desil: int | None = None
    registry_id: str = ""  # ID DTKS / ID DTSEN
    programmes: tuple[str, ...] = ()
    extract_date: dt.date | None = None  # date of the registry extract the office checked against


@dataclass(frozen=True)
class ComplaintReceipt:
    """Surat Resi Keluhan: every complainant takes one home."""

    office: OfficeInfo
    number: str  # RESI/…
    registered_at: dt.datetime
    resident: Person
    field: str  # Kesehatan, Sosial, Pendidikan, …
    service: str
    description: str
    missing_documents: tuple[str, ...] = ()
    next_steps: str = ""
    return_date: dt.date | None = None
    officer_name: str = ""
    channel: str = ""  # Datang Langsung, Fasilitator, Telepon, WhatsApp
    consent: str = ""  # one short line: what the resident agreed to (UU 27/2022); "" when none was recorded


@dataclass(frozen=True)
class ReferralCard:
    """Kartu Rujukan, colour-coded by field, with a tear-off return slip."""

    office: OfficeInfo
    number: str  # RJK/…
    referred_at: dt.date  # a datetime is fine too
    field: str
    resident: Person
    registry: RegistryStatus
    destination: str  # partner or service point
    service: str
    reason: str
    documents: tuple[str, ...] = ()  # attached
    officer_name: str = ""
    coordinator_name: str = ""  # empty: the office's coordinator


@dataclass(frozen=True)
class HouseholdMember:
    name: str
    relation: str = ""  # Kepala Keluarga, Istri, Anak, …
    sex: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    nik: str | None = None


@dataclass(frozen=True)
class DukcapilRecommendation:
    """Surat Rekomendasi to Dukcapil for a resident without NIK/KK."""

    office: OfficeInfo
    number: str  # REK/…
    date: dt.date
    person: Person
    members: tuple[HouseholdMember, ...] = ()
    request: str = "penerbitan Nomor Induk Kependudukan (NIK) dan Kartu Keluarga (KK)"
    note: str = ""  # circumstances: "lahir di rumah, tidak memiliki akta kelahiran", …
    signer: Signer | None = None  # None: the head of village from OfficeInfo


@dataclass(frozen=True)
class RegistryCertificate:
    """Surat Keterangan Terdaftar DTKS/DTSEN."""

    office: OfficeInfo
    number: str  # SKT/…
    date: dt.date
    person: Person
    registry: RegistryStatus
    purpose: str = ""  # "persyaratan pendaftaran KIP Kuliah"
    signer: Signer | None = None


@dataclass(frozen=True)
class MissingDocumentsSlip:
    """Daftar Dokumen yang Masih Kurang, for one complaint."""

    office: OfficeInfo
    complaint_number: str
    date: dt.date
    resident: Person
    field: str
    service: str
    documents: tuple[str, ...]
    return_date: dt.date | None = None
    note: str = ""
    officer_name: str = ""


@dataclass(frozen=True)
class RequirementsSlip:
    """Persyaratan Layanan/Program: what the resident must bring."""

    office: OfficeInfo
    name: str  # programme or service
    kind: str = "Layanan"  # "Layanan" or "Program"
    field: str = ""
    provider: str = ""  # Kemensos, Dinas Sosial Kabupaten, BAZNAS, …
    description: str = ""
    criteria: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    note: str = ""
    printed_on: dt.date | None = None


@dataclass(frozen=True)
class MusdesProposal:
    number: str  # USL/…
    kind: str  # Tambah / Perbarui / Hapus
    name: str
    nik: str | None = None
    kk: str | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    reason: str = ""
    decision: str = ""  # minutes only: "Disahkan" / "Ditolak"
    note: str = ""


@dataclass(frozen=True)
class HousePhoto:
    """One house photo on a contact sheet (issue 20): the stored JPEG, what it shows, when and where."""

    proposal_number: str  # USL/…, the group it prints under
    name: str  # the applicant
    kind: str  # Foto rumah depan / dalam / toilet
    jpeg: bytes
    taken_at: dt.datetime | None = None
    gps: tuple[float, float] | None = None
    attachment_id: int = 0  # the stored row (its printing is audited per attachment)


@dataclass(frozen=True)
class MusdesAgenda:
    """The draft proposals put before a Musyawarah Desa."""

    office: OfficeInfo
    proposals: tuple[MusdesProposal, ...]
    held_on: dt.date | None = None
    place: str = ""
    printed_on: dt.date | None = None
    photos: tuple[HousePhoto, ...] = ()  # the contact sheet after the list (issue 20)


@dataclass(frozen=True)
class ContactSheet:
    """A proposal's house photos, for the district with the proposal."""

    office: OfficeInfo
    title: str
    photos: tuple[HousePhoto, ...]
    printed_on: dt.date | None = None


@dataclass(frozen=True)
class MusdesMinutes:
    """Berita Acara Musyawarah Desa."""

    office: OfficeInfo
    held_on: dt.date
    place: str
    attendees: int
    chair: str
    proposals: tuple[MusdesProposal, ...]
    number: str = ""
    started_at: dt.time | None = None
    representative_name: str = ""
    representative_title: str = "Perwakilan Masyarakat"
    notes: str = ""
    photos: tuple[HousePhoto, ...] = ()  # the agreed proposals' house photos, for the district (issue 20)


@dataclass(frozen=True)
class MusdesPackage:
    """The Musdesus package (issue 16): agenda by RW/RT, attendance list and berita acara in one PDF."""

    minutes: MusdesMinutes  # its office, date, place, chair and the proposals put to the meeting with decisions
    printed_on: dt.date | None = None


@dataclass(frozen=True)
class AttachedDocument:
    """A card's attachment as printing/attached_pages.py turns it into pages."""

    caption: str  # "Lampiran 1 dari 2 · RJK/… · KTP · ktp.jpg"
    mime: str  # image/jpeg or application/pdf (what the attachments table holds)
    content: bytes


@dataclass(frozen=True)
class ProposalMemberLine:
    name: str
    nik: str  # as the reader may see it (masked for the penanggung jawab), "" without one
    relation: str


@dataclass(frozen=True)
class ProposalEventLine:
    at: dt.datetime
    what: str  # "Draf → Disahkan Musdes: Musyawarah Desa 12-11-2026"
    actor: str


@dataclass(frozen=True)
class ProposalSheet:
    office: OfficeInfo
    number: str
    kind: str  # Tambah / Perbarui / Hapus
    status: str
    proposed_at: dt.datetime
    kk: str
    applicant: str
    reason: str
    members: tuple[ProposalMemberLine, ...]
    events: tuple[ProposalEventLine, ...]
    photos: tuple[HousePhoto, ...]
    # False for a reader who may not see attachments: the sheet says so instead of "no photos yet".
    photos_shown: bool = True
