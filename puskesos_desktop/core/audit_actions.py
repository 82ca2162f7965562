"""Every action the audit trail records: an enum whose values are the strings stored in the trail (the chain's
hashes cover them, so a value never changes), and the Indonesian label the viewer, the exports and the access
report show. The English labels live in the translations (ui/settings_pages/audit_viewer.py lists them for
lupdate); tests/core/test_audit_actions.py fails on an action without a label in either language.
"""

from __future__ import annotations

from enum import StrEnum


class AuditAction(StrEnum):
    # signing in and the screen lock
    LOGIN = "login"
    LOGIN_FAILED = "login.failed"
    LOGOUT = "logout"
    UNLOCK = "unlock"
    UNLOCK_FAILED = "unlock.failed"
    SCREEN_LOCK = "screen.lock"
    # accounts
    USER_CREATE = "user.create"
    USER_UPDATE = "user.update"
    USER_DISABLE = "user.disable"
    USER_ENABLE = "user.enable"
    USER_RESET_PASSWORD = "user.reset_password"
    USER_CHANGE_PASSWORD = "user.change_password"
    USER_CHANGE_PASSWORD_FAILED = "user.change_password.failed"
    USER_UNLOCK = "user.unlock"
    # the office and its settings
    OFFICE_CREATE = "office.create"
    OFFICE_UPDATE = "office.update"
    SETUP_COMPLETE = "setup.complete"
    SETTING_UPDATE = "setting.update"
    HOLIDAYS_UPDATE = "holidays.update"
    SERVER_CONNECTION = "server.connection"  # this PC's office server set, changed or left (never its password)
    # the catalogue
    PARTNER_CREATE = "partner.create"
    PARTNER_UPDATE = "partner.update"
    PARTNER_ACTIVATE = "partner.activate"
    PARTNER_DEACTIVATE = "partner.deactivate"
    PARTNER_DELETE = "partner.delete"
    SERVICE_CREATE = "service.create"
    SERVICE_UPDATE = "service.update"
    SERVICE_ACTIVATE = "service.activate"
    SERVICE_DEACTIVATE = "service.deactivate"
    SERVICE_DELETE = "service.delete"
    PROGRAMME_CREATE = "programme.create"
    PROGRAMME_UPDATE = "programme.update"
    PROGRAMME_ACTIVATE = "programme.activate"
    PROGRAMME_DEACTIVATE = "programme.deactivate"
    PROGRAMME_DELETE = "programme.delete"
    # residents and their data
    RESIDENT_CREATE = "resident.create"
    RESIDENT_UPDATE = "resident.update"
    RESIDENT_FROM_REGISTRY = "resident.from_registry"
    RESIDENT_DATA_PRINT = "resident.data_print"
    CONSENT_RECORD = "consent.record"
    RETENTION_APPLY = "retention.apply"
    ATTACHMENT_ADD = "attachment.add"
    ATTACHMENT_VIEW = "attachment.view"
    ATTACHMENT_EXPORT = "attachment.export"
    ATTACHMENT_PRINT = "attachment.print"
    ATTACHMENT_REMOVE = "attachment.remove"
    MESSAGE_TEMPLATE = "message.template"
    POPULATION_IMPORT = "population.import"
    POPULATION_ACCEPT = "population.accept"
    DESIL_IMPORT = "registry.desil_import"
    DESIL_CEILING = "programme.desil_ceiling"
    CEK_BANSOS_FILE = "cek_bansos.file"
    CEK_BANSOS_OUTCOME = "cek_bansos.outcome"
    # casework
    COMPLAINT_CREATE = "complaint.create"
    COMPLAINT_STATUS = "complaint.status"
    COMPLAINT_ANSWER = "complaint.answer"
    COMPLAINT_NOTE = "complaint.note"
    COMPLAINT_ASSIGN = "complaint.assign"
    COMPLAINT_DOCUMENTS = "complaint.documents"
    COMPLAINT_HANDLE = "complaint.handle"
    COMPLAINT_INFORMED = "complaint.informed"
    REFERRAL_CREATE = "referral.create"
    REFERRAL_STATUS = "referral.status"
    REFERRAL_INFORMED = "referral.informed"
    VISIT_CREATE = "visit.create"
    VISIT_UPDATE = "visit.update"
    # registry, proposals and the village meeting
    PROPOSAL_CREATE = "proposal.create"
    PROPOSAL_STATUS = "proposal.status"
    PROPOSAL_MEMBER = "proposal.member"
    REGISTRY_IMPORT = "registry.import"
    MUSDES_RECORD = "musdes.record"
    MUSDES_PRINT_LIST = "musdes.print_list"
    MUSDES_PRINT_MINUTES = "musdes.print_minutes"
    MUSDES_PACKAGE = "musdes.package"
    # printed documents
    DOCUMENT_PRINT = "document.print"
    DOCUMENT_REPRINT = "document.reprint"
    SLIP_PRINT = "slip.print"
    CARD_PRINT = "card.print"
    CARD_REPRINT = "card.reprint"
    LETTER_ISSUE = "letter.issue"
    REPORT_NUMBER = "report.number"
    # exchange with the kabupaten
    BATCH_EXPORT = "batch.export"
    FEEDBACK_IMPORT = "feedback.import"
    # backups and the trail itself
    BACKUP_CREATE = "backup.create"
    BACKUP_AUTO = "backup.auto"
    BACKUP_RESTORE = "backup.restore"
    DATABASE_MOVE = "database.move"
    AUDIT_EXPORT = "audit.export"
    # the demo village (devtools)
    DEMO_PEOPLE = "demo.people"


# Indonesian, as the trail is written; the window translates them through the "AuditViewerPage" context.
ACTION_LABELS: dict[AuditAction, str] = {
    AuditAction.LOGIN: "Masuk",
    AuditAction.LOGIN_FAILED: "Gagal masuk",
    AuditAction.LOGOUT: "Keluar",
    AuditAction.UNLOCK: "Membuka kunci layar",
    AuditAction.UNLOCK_FAILED: "Gagal membuka kunci layar",
    AuditAction.SCREEN_LOCK: "Layar dikunci",
    AuditAction.USER_CREATE: "Akun dibuat",
    AuditAction.USER_UPDATE: "Akun diubah",
    AuditAction.USER_DISABLE: "Akun dinonaktifkan",
    AuditAction.USER_ENABLE: "Akun diaktifkan",
    AuditAction.USER_RESET_PASSWORD: "Kata sandi direset",
    AuditAction.USER_CHANGE_PASSWORD: "Kata sandi diganti",
    AuditAction.USER_CHANGE_PASSWORD_FAILED: "Gagal mengganti kata sandi",
    AuditAction.USER_UNLOCK: "Kunci akun dibuka",
    AuditAction.OFFICE_CREATE: "Profil kantor dibuat",
    AuditAction.OFFICE_UPDATE: "Profil kantor diubah",
    AuditAction.SETUP_COMPLETE: "Penyiapan awal selesai",
    AuditAction.SETTING_UPDATE: "Pengaturan diubah",
    AuditAction.HOLIDAYS_UPDATE: "Hari libur diubah",
    AuditAction.SERVER_CONNECTION: "Sambungan server kantor diubah",
    AuditAction.PARTNER_CREATE: "Mitra ditambahkan",
    AuditAction.PARTNER_UPDATE: "Mitra diubah",
    AuditAction.PARTNER_ACTIVATE: "Mitra diaktifkan",
    AuditAction.PARTNER_DEACTIVATE: "Mitra dinonaktifkan",
    AuditAction.PARTNER_DELETE: "Mitra dihapus",
    AuditAction.SERVICE_CREATE: "Layanan ditambahkan",
    AuditAction.SERVICE_UPDATE: "Layanan diubah",
    AuditAction.SERVICE_ACTIVATE: "Layanan diaktifkan",
    AuditAction.SERVICE_DEACTIVATE: "Layanan dinonaktifkan",
    AuditAction.SERVICE_DELETE: "Layanan dihapus",
    AuditAction.PROGRAMME_CREATE: "Program ditambahkan",
    AuditAction.PROGRAMME_UPDATE: "Program diubah",
    AuditAction.PROGRAMME_ACTIVATE: "Program diaktifkan",
    AuditAction.PROGRAMME_DEACTIVATE: "Program dinonaktifkan",
    AuditAction.PROGRAMME_DELETE: "Program dihapus",
    AuditAction.RESIDENT_CREATE: "Warga didaftarkan",
    AuditAction.RESIDENT_UPDATE: "Data warga diubah",
    AuditAction.RESIDENT_FROM_REGISTRY: "Didaftarkan dari data DTKS/DTSEN",
    AuditAction.RESIDENT_DATA_PRINT: "Data warga dicetak untuk warga",
    AuditAction.CONSENT_RECORD: "Persetujuan dicatat",
    AuditAction.RETENTION_APPLY: "Data warga dianonimkan",
    AuditAction.ATTACHMENT_ADD: "Lampiran ditambahkan",
    AuditAction.ATTACHMENT_VIEW: "Lampiran dilihat",
    AuditAction.ATTACHMENT_EXPORT: "Lampiran disalin ke berkas",
    AuditAction.ATTACHMENT_PRINT: "Lampiran dicetak",
    AuditAction.ATTACHMENT_REMOVE: "Lampiran dihapus",
    AuditAction.MESSAGE_TEMPLATE: "Templat pesan diubah",
    AuditAction.POPULATION_IMPORT: "Data penduduk desa diimpor",
    AuditAction.POPULATION_ACCEPT: "Perubahan dari data penduduk diterima",
    AuditAction.DESIL_IMPORT: "Data desil diimpor",
    AuditAction.DESIL_CEILING: "Batas desil program diubah",
    AuditAction.CEK_BANSOS_FILE: "Usul/sanggah Cek Bansos dicatat",
    AuditAction.CEK_BANSOS_OUTCOME: "Hasil usul/sanggah Cek Bansos dicatat",
    AuditAction.COMPLAINT_CREATE: "Keluhan didaftarkan",
    AuditAction.COMPLAINT_STATUS: "Status keluhan",
    AuditAction.COMPLAINT_ANSWER: "Keluhan dijawab",
    AuditAction.COMPLAINT_NOTE: "Catatan keluhan",
    AuditAction.COMPLAINT_ASSIGN: "Keluhan ditugaskan",
    AuditAction.COMPLAINT_DOCUMENTS: "Dokumen keluhan diperbarui",
    AuditAction.COMPLAINT_HANDLE: "Keluhan ditangani di desa",
    AuditAction.COMPLAINT_INFORMED: "Warga diberi tahu",
    AuditAction.REFERRAL_CREATE: "Rujukan dibuat",
    AuditAction.REFERRAL_STATUS: "Status rujukan",
    AuditAction.REFERRAL_INFORMED: "Warga diberi tahu hasil rujukan",
    AuditAction.VISIT_CREATE: "Kunjungan lapangan dicatat",
    AuditAction.VISIT_UPDATE: "Kunjungan lapangan diubah",
    AuditAction.PROPOSAL_CREATE: "Usulan dibuat",
    AuditAction.PROPOSAL_STATUS: "Status usulan",
    AuditAction.PROPOSAL_MEMBER: "Anggota usulan diubah",
    AuditAction.REGISTRY_IMPORT: "Data DTKS/DTSEN diimpor",
    AuditAction.MUSDES_RECORD: "Hasil musyawarah desa dicatat",
    AuditAction.MUSDES_PRINT_LIST: "Daftar musyawarah desa dicetak",
    AuditAction.MUSDES_PRINT_MINUTES: "Berita acara musyawarah desa dicetak",
    AuditAction.MUSDES_PACKAGE: "Paket Musdesus dibuat",
    AuditAction.DOCUMENT_PRINT: "Dokumen dicetak",
    AuditAction.DOCUMENT_REPRINT: "Salinan dokumen dicetak",
    AuditAction.SLIP_PRINT: "Daftar dokumen kurang dicetak",
    AuditAction.CARD_PRINT: "Kartu rujukan dicetak",
    AuditAction.CARD_REPRINT: "Salinan kartu rujukan dicetak",
    AuditAction.LETTER_ISSUE: "Surat diterbitkan",
    AuditAction.REPORT_NUMBER: "Nomor laporan bulanan diberikan",
    AuditAction.BATCH_EXPORT: "Berkas bulanan diekspor",
    AuditAction.FEEDBACK_IMPORT: "Umpan balik diimpor",
    AuditAction.BACKUP_CREATE: "Cadangan dibuat",
    AuditAction.BACKUP_AUTO: "Cadangan otomatis",
    AuditAction.BACKUP_RESTORE: "Database dipulihkan",
    AuditAction.DATABASE_MOVE: "Database dipindahkan",
    AuditAction.AUDIT_EXPORT: "Jejak audit diekspor",
    AuditAction.DEMO_PEOPLE: "Data contoh dibuat",
}


def label(code: str) -> str:
    """The Indonesian label of a stored action; an unknown code (a newer program's trail) shows as itself."""
    try:
        return ACTION_LABELS[AuditAction(code)]
    except ValueError:
        return code
