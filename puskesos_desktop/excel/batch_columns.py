"""The monthly batch to the district: rows as dataclasses and THE table of sheets and columns.

This is a contract with the district's tools: sheet names, their order, the headers and their order are fixed.
Change nothing here without the district agreeing; add nothing without a new contract version.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum

from puskesos_desktop import __version__
from puskesos_desktop.core.statuses import (
    Channel,
    ComplaintStatus,
    Field,
    ProposalKind,
    ProposalStatus,
    ReferralStatus,
)

SHEET_SUMMARY = "Ringkasan"
SHEET_COMPLAINTS = "Keluhan"
SHEET_REFERRALS = "Rujukan"
SHEET_PROPOSALS = "Usulan DTKS"
SHEETS: tuple[str, ...] = (SHEET_SUMMARY, SHEET_COMPLAINTS, SHEET_REFERRALS, SHEET_PROPOSALS)

SUMMARY_HEADERS: tuple[str, str] = ("Uraian", "Nilai")

SEX_LABELS = {"L": "Laki-laki", "P": "Perempuan"}
DTKS_LABELS = {True: "Terdaftar", False: "Tidak Terdaftar"}


class Kind(Enum):
    TEXT = "text"
    ID = "id"  # NIK / No. KK: text cell, 16 digits or empty
    DATE = "date"  # a real Excel date (date part only)
    DATETIME = "datetime"  # a real Excel date-time, shown with its time
    INT = "int"
    SEX = "sex"  # "L"/"P" -> "Laki-laki"/"Perempuan"
    DTKS = "dtks"  # True/False -> "Terdaftar"/"Tidak Terdaftar"
    CHOICE = "choice"  # one of a closed list of words (core/statuses.py)


@dataclass(frozen=True)
class Column:
    header: str
    attr: str
    kind: Kind
    choices: tuple[str, ...] = ()
    key: bool = False  # verified cell by cell after writing


def _choices(enum: type[Enum]) -> tuple[str, ...]:
    return tuple(str(m.value) for m in enum)


C = Column
K = Kind

COMPLAINT_COLUMNS: tuple[Column, ...] = (
    C("No Resi", "receipt_no", K.TEXT, key=True),
    C("Tanggal Registrasi", "registered_on", K.DATE),
    C("NIK", "nik", K.ID, key=True),
    C("No KK", "kk", K.ID, key=True),
    C("Nama", "name", K.TEXT),
    C("Jenis Kelamin", "sex", K.SEX),
    C("Tanggal Lahir", "birth_date", K.DATE),
    C("Alamat", "address", K.TEXT),
    C("RT", "rt", K.TEXT),
    C("RW", "rw", K.TEXT),
    C("Status DTKS", "in_dtks", K.DTKS),
    C("Desil", "desil", K.INT),
    C("Saluran", "channel", K.CHOICE, _choices(Channel)),
    C("Bidang", "field", K.CHOICE, _choices(Field)),
    C("Layanan", "service", K.TEXT),
    C("Uraian", "description", K.TEXT),
    C("Status", "status", K.CHOICE, _choices(ComplaintStatus), key=True),
    C("Petugas", "officer", K.TEXT),
    C("Tanggal Selesai", "closed_on", K.DATE),
    C("Terakhir Diubah", "updated_at", K.DATETIME),
)

REFERRAL_COLUMNS: tuple[Column, ...] = (
    C("No Rujukan", "referral_no", K.TEXT, key=True),
    C("No Resi", "receipt_no", K.TEXT, key=True),
    C("Tanggal Rujukan", "referred_on", K.DATE),
    C("NIK", "nik", K.ID, key=True),
    C("Nama", "name", K.TEXT),
    C("Bidang", "field", K.CHOICE, _choices(Field)),
    C("Layanan", "service", K.TEXT),
    C("Tujuan", "destination", K.TEXT),
    C("Alasan Rujukan", "reason", K.TEXT),
    C("Status", "status", K.CHOICE, _choices(ReferralStatus), key=True),
    C("Tanggal Hasil", "outcome_on", K.DATE),
    C("Keterangan Hasil", "outcome_note", K.TEXT),
    C("Tanggal Warga Diinformasikan", "informed_on", K.DATE),
    C("Terakhir Diubah", "updated_at", K.DATETIME),
)

PROPOSAL_COLUMNS: tuple[Column, ...] = (
    C("No Usulan", "proposal_no", K.TEXT, key=True),
    C("Tanggal Usulan", "proposed_on", K.DATE),
    C("Jenis Usulan", "kind", K.CHOICE, _choices(ProposalKind)),
    C("NIK", "nik", K.ID, key=True),
    C("No KK", "kk", K.ID, key=True),
    C("Nama", "name", K.TEXT),
    C("Jenis Kelamin", "sex", K.SEX),
    C("Tempat Lahir", "birth_place", K.TEXT),
    C("Tanggal Lahir", "birth_date", K.DATE),
    C("Alamat", "address", K.TEXT),
    C("RT", "rt", K.TEXT),
    C("RW", "rw", K.TEXT),
    C("Kode Desa", "village_code", K.TEXT),
    C("Alasan Usulan", "reason", K.TEXT),
    C("Tanggal Musdes", "musdes_on", K.DATE),
    C("Status", "status", K.CHOICE, _choices(ProposalStatus), key=True),
    C("Tanggal Hasil", "outcome_on", K.DATE),
    C("Keterangan Hasil", "outcome_note", K.TEXT),
    C("Terakhir Diubah", "updated_at", K.DATETIME),
)

COLUMNS: dict[str, tuple[Column, ...]] = {
    SHEET_COMPLAINTS: COMPLAINT_COLUMNS,
    SHEET_REFERRALS: REFERRAL_COLUMNS,
    SHEET_PROPOSALS: PROPOSAL_COLUMNS,
}

# Ringkasan: (Uraian, BatchSummary attribute or count name, kind). Counts are numbers; the rest text or datetime.
SUMMARY_ROWS: tuple[tuple[str, str, Kind], ...] = (
    ("Kode Desa", "village_code", K.TEXT),
    ("Nama Desa", "village_name", K.TEXT),
    ("Kecamatan", "kecamatan", K.TEXT),
    ("Kabupaten", "kabupaten", K.TEXT),
    ("Periode", "period", K.TEXT),
    ("Nomor Batch", "batch_no", K.TEXT),
    ("Dibuat Pada", "created_at", K.DATETIME),
    ("Dibuat Oleh", "created_by", K.TEXT),
    ("Versi Aplikasi", "app_version", K.TEXT),
    ("Jumlah Keluhan", "complaints", K.INT),
    ("Jumlah Rujukan", "referrals", K.INT),
    ("Jumlah Rujukan Kesehatan", "referrals_health", K.INT),
    ("Jumlah Rujukan Sosial", "referrals_social", K.INT),
    ("Jumlah Rujukan Pendidikan", "referrals_education", K.INT),
    # Issue 17: every field has its row, so the rows add up to "Jumlah Rujukan".
    ("Jumlah Rujukan Adminduk", "referrals_adminduk", K.INT),
    ("Jumlah Rujukan Lainnya", "referrals_other", K.INT),
    ("Jumlah Usulan DTKS", "proposals", K.INT),
    ("Jumlah Surat Rekomendasi", "letters_issued", K.INT),
    ("Jumlah Warga Dilayani", "residents_served", K.INT),
    ("Hash Audit", "audit_hash", K.TEXT),
)


@dataclass(frozen=True)
class BatchSummary:
    village_code: str  # 10 digits (dots accepted)
    village_name: str
    kecamatan: str
    kabupaten: str
    period: str  # "YYYY-MM"
    batch_no: int  # 1..99, the NN of the file name; written as two digits
    created_at: dt.datetime
    created_by: str
    letters_issued: int = 0  # Jumlah Surat Rekomendasi
    residents_served: int = 0  # Jumlah Warga Dilayani
    audit_hash: str = ""  # the audit chain's hash at the time of export
    app_version: str = __version__


@dataclass(frozen=True)
class ComplaintRow:
    receipt_no: str
    registered_on: dt.date
    nik: str | None
    kk: str | None
    name: str
    sex: str | None  # "L"/"P"
    birth_date: dt.date | None
    address: str
    rt: str
    rw: str
    in_dtks: bool | None
    desil: int | None
    channel: str  # core.statuses.Channel
    field: str  # core.statuses.Field (Bidang)
    service: str  # Layanan
    description: str  # Uraian
    status: str  # core.statuses.ComplaintStatus
    officer: str  # Petugas
    closed_on: dt.date | None
    updated_at: dt.datetime


@dataclass(frozen=True)
class ReferralRow:
    referral_no: str
    receipt_no: str
    referred_on: dt.date
    nik: str | None
    name: str
    field: str  # core.statuses.Field
    service: str
    destination: str  # Tujuan
    reason: str  # Alasan Rujukan
    status: str  # core.statuses.ReferralStatus
    outcome_on: dt.date | None
    outcome_note: str
    informed_on: dt.date | None  # Tanggal Warga Diinformasikan
    updated_at: dt.datetime


@dataclass(frozen=True)
class ProposalRow:
    proposal_no: str
    proposed_on: dt.date
    kind: str  # core.statuses.ProposalKind
    nik: str | None
    kk: str | None
    name: str
    sex: str | None
    birth_place: str
    birth_date: dt.date | None
    address: str
    rt: str
    rw: str
    village_code: str
    reason: str
    musdes_on: dt.date | None
    status: str  # core.statuses.ProposalStatus
    outcome_on: dt.date | None
    outcome_note: str
    updated_at: dt.datetime
