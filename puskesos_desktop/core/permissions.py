"""Who may do what. The service layer calls require(); the UI only hides what would be refused anyway."""

from __future__ import annotations

from enum import StrEnum

from puskesos_desktop.core.errors import Message, PermissionDenied
from puskesos_desktop.core.statuses import ROLE_LABELS, Role


class Permission(StrEnum):
    READ = "membaca data"
    RESIDENT_WRITE = "mendaftarkan dan mengubah data warga"
    COMPLAINT_REGISTER = "mendaftarkan keluhan"
    COMPLAINT_READ_ALL = "melihat semua keluhan"
    PRINT_DOCUMENTS = "mencetak resi, surat dan kartu"
    LETTER_ISSUE = "menerbitkan surat rekomendasi dan surat keterangan"
    STATUS_DESK = "mencatat pemberitahuan kepada warga"
    FIELD_VISIT = "mencatat kunjungan lapangan"
    BACK_OFFICE = "menangani dan merujuk keluhan"
    OUTCOME = "mencatat hasil rujukan"
    APPROVE_REFERRAL = "menyetujui rujukan"
    PROPOSAL = "mengelola usulan DTSEN"
    PROPOSAL_DRAFT = "membuat draf usulan DTSEN (Tambah)"
    MUSDES = "mencatat musyawarah desa"
    CATALOGUE = "mengubah katalog layanan, program dan mitra"
    ACCOUNTS = "mengelola akun pengguna"
    SETTINGS = "mengubah pengaturan kantor"
    IMPORT = "mengimpor data DTKS/DTSEN dan umpan balik"
    EXPORT = "mengekspor batch bulanan"
    BACKUP = "mencadangkan dan memulihkan database"
    REPORT = "melihat laporan"
    AUDIT = "melihat jejak audit"
    SEE_FULL_NIK = "melihat NIK lengkap"
    ATTACHMENT_REMOVE = "menghapus lampiran (pindaian dan foto)"


_FRONT = {
    Permission.READ,
    Permission.RESIDENT_WRITE,
    Permission.COMPLAINT_REGISTER,
    Permission.COMPLAINT_READ_ALL,
    Permission.PRINT_DOCUMENTS,
    Permission.LETTER_ISSUE,
    Permission.STATUS_DESK,
    Permission.PROPOSAL,
    Permission.PROPOSAL_DRAFT,
    Permission.SEE_FULL_NIK,
}
_BACK = {
    Permission.READ,
    Permission.COMPLAINT_READ_ALL,
    Permission.PRINT_DOCUMENTS,
    Permission.BACK_OFFICE,
    Permission.OUTCOME,
    Permission.STATUS_DESK,
    Permission.SEE_FULL_NIK,
}
_FASILITATOR = {
    Permission.READ,
    Permission.RESIDENT_WRITE,
    Permission.COMPLAINT_REGISTER,
    Permission.FIELD_VISIT,
    Permission.STATUS_DESK,
    Permission.PRINT_DOCUMENTS,
    # The field guide: a facilitator collects the basic profile of people the registry misses as a first list
    # for it, so registering such a person opens (or joins) a Draf proposal. Changing its status is not theirs.
    Permission.PROPOSAL_DRAFT,
    Permission.SEE_FULL_NIK,
}
_PJ = {Permission.READ, Permission.COMPLAINT_READ_ALL, Permission.REPORT}

ROLE_PERMISSIONS: dict[Role, frozenset[Permission]] = {
    Role.KOORDINATOR: frozenset(Permission),
    Role.FRONT_OFFICE: frozenset(_FRONT | {Permission.REPORT}),
    Role.BACK_OFFICE: frozenset(_BACK | {Permission.REPORT}),
    Role.FASILITATOR: frozenset(_FASILITATOR),
    Role.PENANGGUNG_JAWAB: frozenset(_PJ),
}


def allowed(role: Role | str, permission: Permission) -> bool:
    return permission in ROLE_PERMISSIONS[Role(role)]


def require(role: Role | str, permission: Permission) -> None:
    if not allowed(role, permission):
        raise PermissionDenied(
            "Peran {role} tidak berwenang {action}. Minta koordinator atau petugas yang berwenang.",
            role=ROLE_LABELS[Role(role)],  # an official title: stays as it is
            action=Message(permission.value),  # a phrase of this closed list, translated like a message
        )
