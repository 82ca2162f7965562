"""The closed lists of status words. The district's tools read these exact strings: never change a value.

Transitions are declared here once; the service layer refuses anything not listed.
"""

from __future__ import annotations

from enum import StrEnum
from typing import TypeVar

from puskesos_desktop.core.errors import TransitionError


class ComplaintStatus(StrEnum):
    DITERIMA = "Diterima"
    DITERUSKAN = "Diteruskan ke Back Office"
    DITANGANI_DESA = "Ditangani di Desa"
    DIRUJUK = "Dirujuk"
    SELESAI = "Selesai"
    DIBATALKAN = "Dibatalkan"


class ReferralStatus(StrEnum):
    MENUNGGU = "Menunggu Persetujuan"
    DIKIRIM = "Dikirim"
    DISETUJUI = "Disetujui"
    DITOLAK = "Ditolak"
    DITELAAH = "Ditelaah Lebih Lanjut"
    DIBATALKAN = "Dibatalkan"


class ProposalStatus(StrEnum):
    DRAF = "Draf"
    DISAHKAN_MUSDES = "Disahkan Musdes"
    DIUSULKAN = "Diusulkan"
    DIVERIFIKASI = "Diverifikasi"
    DITERIMA = "Diterima"
    DITOLAK = "Ditolak"


class ProposalKind(StrEnum):
    TAMBAH = "Tambah"
    PERBARUI = "Perbarui"
    HAPUS = "Hapus"


class Field(StrEnum):
    KESEHATAN = "Kesehatan"
    SOSIAL = "Sosial"
    PENDIDIKAN = "Pendidikan"
    ADMINDUK = "Adminduk"
    LAINNYA = "Lainnya"


class Channel(StrEnum):
    DATANG_LANGSUNG = "Datang Langsung"
    FASILITATOR = "Fasilitator"
    TELEPON = "Telepon"
    WHATSAPP = "WhatsApp"


class Urgency(StrEnum):
    BIASA = "Biasa"
    SEGERA = "Segera"
    DARURAT = "Darurat"


class Role(StrEnum):
    KOORDINATOR = "koordinator"
    FRONT_OFFICE = "front_office"
    BACK_OFFICE = "back_office"
    FASILITATOR = "fasilitator"
    PENANGGUNG_JAWAB = "penanggung_jawab"


ROLE_LABELS: dict[Role, str] = {
    Role.KOORDINATOR: "Koordinator",
    Role.FRONT_OFFICE: "Front Office",
    Role.BACK_OFFICE: "Back Office",
    Role.FASILITATOR: "Fasilitator",
    Role.PENANGGUNG_JAWAB: "Penanggung Jawab",
}


class LetterKind(StrEnum):
    REKOMENDASI = "rekomendasi"
    KETERANGAN_DTKS = "keterangan_dtks"


class AttachmentKind(StrEnum):
    """What a scan or photo on a case is (issue 20). The checklist ticks itself by these words."""

    KTP = "KTP"
    KK = "KK"
    SKTM = "SKTM"
    AKTA = "Akta"
    PENGANTAR = "Surat pengantar RT/RW"
    FOTO_DEPAN = "Foto rumah depan"
    FOTO_DALAM = "Foto rumah dalam"
    FOTO_TOILET = "Foto rumah toilet"
    LAINNYA = "Lainnya"


# House photos: the district wants their position; one without GPS is flagged.
HOUSE_PHOTO_KINDS = frozenset({AttachmentKind.FOTO_DEPAN, AttachmentKind.FOTO_DALAM, AttachmentKind.FOTO_TOILET})


class Sex(StrEnum):
    L = "L"
    P = "P"


SEX_LABELS: dict[str, str] = {"L": "Laki-laki", "P": "Perempuan"}

# Where each referral field's card is printed; anything else is neutral.
FIELD_CARD_COLOURS: dict[Field, str] = {
    Field.KESEHATAN: "biru",
    Field.SOSIAL: "merah muda",
    Field.PENDIDIKAN: "kuning",
}

COMPLAINT_TRANSITIONS: dict[ComplaintStatus, frozenset[ComplaintStatus]] = {
    ComplaintStatus.DITERIMA: frozenset(
        {ComplaintStatus.DITERUSKAN, ComplaintStatus.SELESAI, ComplaintStatus.DIBATALKAN}
    ),
    ComplaintStatus.DITERUSKAN: frozenset(
        {
            ComplaintStatus.DITANGANI_DESA,
            ComplaintStatus.DIRUJUK,
            ComplaintStatus.SELESAI,
            ComplaintStatus.DIBATALKAN,
        }
    ),
    ComplaintStatus.DITANGANI_DESA: frozenset(
        {ComplaintStatus.DIRUJUK, ComplaintStatus.SELESAI, ComplaintStatus.DIBATALKAN}
    ),
    ComplaintStatus.DIRUJUK: frozenset({ComplaintStatus.SELESAI, ComplaintStatus.DIBATALKAN}),
    # Closed complaints can only be reopened, and reopening always goes back to the back office.
    ComplaintStatus.SELESAI: frozenset({ComplaintStatus.DITERUSKAN}),
    ComplaintStatus.DIBATALKAN: frozenset({ComplaintStatus.DITERUSKAN}),
}

REFERRAL_TRANSITIONS: dict[ReferralStatus, frozenset[ReferralStatus]] = {
    ReferralStatus.MENUNGGU: frozenset({ReferralStatus.DIKIRIM, ReferralStatus.DIBATALKAN}),
    ReferralStatus.DIKIRIM: frozenset(
        {ReferralStatus.DISETUJUI, ReferralStatus.DITOLAK, ReferralStatus.DITELAAH, ReferralStatus.DIBATALKAN}
    ),
    ReferralStatus.DITELAAH: frozenset({ReferralStatus.DISETUJUI, ReferralStatus.DITOLAK, ReferralStatus.DIBATALKAN}),
    ReferralStatus.DISETUJUI: frozenset(),
    ReferralStatus.DITOLAK: frozenset(),
    ReferralStatus.DIBATALKAN: frozenset(),
}

PROPOSAL_TRANSITIONS: dict[ProposalStatus, frozenset[ProposalStatus]] = {
    ProposalStatus.DRAF: frozenset({ProposalStatus.DISAHKAN_MUSDES, ProposalStatus.DITOLAK}),
    ProposalStatus.DISAHKAN_MUSDES: frozenset(
        {ProposalStatus.DIUSULKAN, ProposalStatus.DIVERIFIKASI, ProposalStatus.DITERIMA, ProposalStatus.DITOLAK}
    ),
    ProposalStatus.DIUSULKAN: frozenset({ProposalStatus.DIVERIFIKASI, ProposalStatus.DITERIMA, ProposalStatus.DITOLAK}),
    ProposalStatus.DIVERIFIKASI: frozenset({ProposalStatus.DITERIMA, ProposalStatus.DITOLAK}),
    ProposalStatus.DITERIMA: frozenset(),
    ProposalStatus.DITOLAK: frozenset(),
}

REFERRAL_OUTCOMES = frozenset({ReferralStatus.DISETUJUI, ReferralStatus.DITOLAK, ReferralStatus.DITELAAH})
REFERRAL_FINAL = frozenset({ReferralStatus.DISETUJUI, ReferralStatus.DITOLAK, ReferralStatus.DIBATALKAN})
COMPLAINT_CLOSED = frozenset({ComplaintStatus.SELESAI, ComplaintStatus.DIBATALKAN})


def check_complaint_transition(old: ComplaintStatus | str, new: ComplaintStatus | str) -> None:
    _check(COMPLAINT_TRANSITIONS, ComplaintStatus(old), ComplaintStatus(new), "keluhan")


def check_referral_transition(old: ReferralStatus | str, new: ReferralStatus | str) -> None:
    _check(REFERRAL_TRANSITIONS, ReferralStatus(old), ReferralStatus(new), "rujukan")


def check_proposal_transition(old: ProposalStatus | str, new: ProposalStatus | str) -> None:
    _check(PROPOSAL_TRANSITIONS, ProposalStatus(old), ProposalStatus(new), "usulan")


S = TypeVar("S", bound=StrEnum)


def _check(table: dict[S, frozenset[S]], old: S, new: S, what: str) -> None:
    if new not in table[old]:
        raise TransitionError(
            "Status {what} tidak dapat diubah dari '{old}' menjadi '{new}'.", what=what, old=old, new=new
        )


class CekBansosKind(StrEnum):
    """What the office filed in the Cek Bansos app on a resident's behalf (issue 16 §8)."""

    USUL = "Usul"  # propose a family (often the resident's own) for assistance
    SANGGAH = "Sanggah"  # object to a family listed as receiving (or not) assistance


class CekBansosOutcome(StrEnum):
    MENUNGGU = "Menunggu"
    DITERIMA = "Diterima"
    DITOLAK = "Ditolak"


# A sanggah is verified within 14 days (Kepmensos 245/HUK/2025); the office follows an usul up on the same rhythm.
CEK_BANSOS_DAYS = 14
