"""The monthly batch to the district (the workbook itself: excel.batch) and the district's feedback on it.

A batch holds every complaint and referral created in the month or whose status changed in it, and every
proposal agreed at a village deliberation (`Disahkan Musdes` or later) that was made or changed in it, each with
its current values. Exporting a month again makes a complete new batch with the next number (NN), which
supersedes the earlier one. The batch is recorded (export_batches + one audit entry) only after the file was
written, renamed, read back and checked; a full or pulled-out stick leaves nothing under the final name and
nothing marked as exported. ``Hash Audit`` is the hash of the batch's own export entry: the entry is planned
(numbered and hashed) before the file is written and written unchanged after the check, so the batch — with the
sheet ``Rantai Audit``, every entry's digest since the previous batch — vouches for the trail up to and including
its own export. When another entry is written meanwhile, the file is written again (EXPORT_ATTEMPTS).

The feedback import lives in ``exchange_feedback`` and is re-exported here.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Executable, and_, distinct, func, or_, select
from sqlalchemy.orm import Session, aliased

from puskesos_desktop.config import data_dir
from puskesos_desktop.core import clock, fmt, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PuskesosError, ValidationError, msg
from puskesos_desktop.core.files import FileWriteError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import LetterKind, ProposalStatus
from puskesos_desktop.db.engine import Database, ReadOnlyDatabase
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintEvent,
    ExportBatch,
    Household,
    Letter,
    MusdesSession,
    OfficeProfile,
    Partner,
    Proposal,
    ProposalEvent,
    Referral,
    ReferralEvent,
    RegistryRecord,
    Resident,
    Service,
    User,
)
from puskesos_desktop.excel.batch import (
    BatchSummary,
    ComplaintRow,
    ProposalRow,
    ReferralRow,
    batch_filename,
    checksum_filename,
    write_batch,
)
from puskesos_desktop.excel.batch_columns import SHEET_COMPLAINTS, SHEET_PROPOSALS, SHEET_REFERRALS
from puskesos_desktop.excel.common import Cancelled
from puskesos_desktop.services import audit, locks
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.exchange.feedback import (
    FeedbackChange,
    FeedbackPreview,
    FeedbackResult,
    apply_feedback,
    preview_feedback,
)

__all__ = [
    "BatchInfo",
    "Cancelled",
    "ExportResult",
    "FeedbackChange",
    "FeedbackPreview",
    "FeedbackResult",
    "MonthRows",
    "apply_feedback",
    "export_month",
    "free_space",
    "list_batches",
    "month_rows",
    "preview_feedback",
]

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]

# Rough size of a batch on the stick: a bare workbook plus a compressed row (measured: 10,000 complaints and
# 5,800 referrals ≈ 1.8 MB).
BASE_BYTES = 64 * 1024
BYTES_PER_ROW = 300
AGREED = ProposalStatus.DISAHKAN_MUSDES.value
# Tries at writing the batch while other desks keep adding audit entries (each try takes a few seconds).
EXPORT_ATTEMPTS = 3


@dataclass(frozen=True)
class MonthRows:
    """What a batch of the month holds, read from the database (plain rows the excel package writes)."""

    month: str
    complaints: list[ComplaintRow]
    referrals: list[ReferralRow]
    proposals: list[ProposalRow]
    letters_issued: int
    residents_served: int


@dataclass(frozen=True)
class ExportResult:
    batch_id: int
    month: str
    seq: int
    path: Path
    sha256_path: Path
    sha256: str
    counts: dict[str, int]  # sheet -> rows, plus letters_issued and residents_served
    encrypted: bool
    size: int
    free_before: int  # bytes free on the target before writing
    audit_hash: str
    seconds: float = 0.0
    superseded: tuple[str, ...] = ()  # earlier batches of the same month this one replaces

    def as_json(self) -> dict[str, Any]:
        return {
            "file": str(self.path),
            "sha256_file": str(self.sha256_path),
            "sha256": self.sha256,
            "month": self.month,
            "batch": f"{self.seq:02d}",
            "complaints": self.counts.get(SHEET_COMPLAINTS, 0),
            "referrals": self.counts.get(SHEET_REFERRALS, 0),
            "proposals": self.counts.get(SHEET_PROPOSALS, 0),
            "letters_issued": self.counts.get("letters_issued", 0),
            "residents_served": self.counts.get("residents_served", 0),
            "encrypted": self.encrypted,
            "bytes": self.size,
            "free_before": self.free_before,
            "audit_hash": self.audit_hash,
            "superseded": list(self.superseded),
            "seconds": round(self.seconds, 2),
        }


@dataclass(frozen=True)
class BatchInfo:
    """One batch that left the office, for the list in Pengaturan › Pertukaran data."""

    id: int
    month: str
    seq: int
    filename: str
    sha256: str
    created_at: dt.datetime
    actor: str
    counts: dict[str, int] = field(default_factory=dict)
    encrypted: bool = False
    audit_hash: str = ""
    superseded_by: int | None = None  # the later batch number of the same month

    @property
    def label(self) -> str:
        return f"{self.month} #{self.seq:02d}"


# --- months ---------------------------------------------------------------------------------------------------


def parse_month(text: str | dt.date) -> tuple[dt.datetime, dt.datetime, str]:
    """'2026-11' -> (start, end, '2026-11'): the month as a half-open interval of moments."""
    year, month = validate.parse_month(text, "Bulan")
    start = dt.datetime(year, month, 1)
    end = dt.datetime(year + (month == 12), month % 12 + 1, 1)
    if start.date() > clock.today():
        what = fmt.bulan_tahun((year, month))
        raise ValidationError("{what} belum dimulai: belum ada yang dapat diekspor.", "Bulan", what=what)
    return start, end, f"{year:04d}-{month:02d}"


def free_space(folder: str | Path) -> int | None:
    """Bytes free where the batch goes (None when the folder cannot be reached)."""
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None


# --- the rows -------------------------------------------------------------------------------------------------


def _in(column: Any, start: dt.datetime, end: dt.datetime) -> Any:
    return and_(column >= start, column < end)


def _day(moment: dt.datetime | None) -> dt.date | None:
    return moment.date() if moment is not None else None


def _plain_rows(s: Session, q: Executable) -> Iterable[Any]:
    """The statement's rows through the session's connection: plain tuples, without the ORM's result layer (a
    month's 16,000 rows spent a third of their reading time there)."""
    return s.connection().execute(q)


def _complaint_rows(s: Session, start: dt.datetime, end: dt.datetime) -> list[ComplaintRow]:
    changed = select(ComplaintEvent.complaint_id).where(
        ComplaintEvent.kind == "status", _in(ComplaintEvent.at, start, end)
    )
    officer = aliased(User)
    q = (
        select(
            Complaint.number, Complaint.registered_at, Resident.nik, Household.kk, Resident.name, Resident.sex,
            Resident.birth_date, Resident.address, Resident.rt, Resident.rw, RegistryRecord.id, RegistryRecord.desil,
            Complaint.channel, Complaint.field, Service.name, Complaint.description, Complaint.status,
            officer.full_name, Complaint.closed_at, Complaint.updated_at,
        )  # fmt: skip
        .join(Resident, Resident.id == Complaint.resident_id)
        .outerjoin(Household, Household.id == Resident.household_id)
        .outerjoin(Service, Service.id == Complaint.service_id)
        .outerjoin(officer, officer.id == Complaint.registered_by_id)
        .outerjoin(RegistryRecord, and_(RegistryRecord.nik == Resident.nik, RegistryRecord.active.is_(True)))
        .where(or_(_in(Complaint.registered_at, start, end), Complaint.id.in_(changed)))
        .order_by(Complaint.registered_at, Complaint.id)
    )
    return [
        ComplaintRow(
            number, registered.date(), nik, kk, name, sex, birth, address, rt, rw, record_id is not None,
            desil if record_id is not None else None, channel, field_, service or "", description, status,
            officer_name or "", _day(closed), updated,
        )  # fmt: skip
        for (
            number, registered, nik, kk, name, sex, birth, address, rt, rw, record_id, desil, channel, field_, service,
            description, status, officer_name, closed, updated,
        ) in _plain_rows(s, q)  # fmt: skip
    ]


def _referral_rows(s: Session, start: dt.datetime, end: dt.datetime) -> list[ReferralRow]:
    changed = select(ReferralEvent.referral_id).where(ReferralEvent.kind == "status", _in(ReferralEvent.at, start, end))
    q = (
        select(
            Referral.number, Complaint.number, Referral.referred_at, Resident.nik, Resident.name, Referral.field,
            Service.name, Partner.name, Referral.reason, Referral.status, Referral.outcome_date, Referral.outcome_note,
            Referral.informed_at, Referral.updated_at,
        )  # fmt: skip
        .join(Complaint, Complaint.id == Referral.complaint_id)
        .join(Resident, Resident.id == Complaint.resident_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .outerjoin(Service, Service.id == Referral.service_id)
        .where(or_(_in(Referral.referred_at, start, end), Referral.id.in_(changed)))
        .order_by(Referral.referred_at, Referral.id)
    )
    return [
        ReferralRow(
            number, receipt, referred.date(), nik, name, field_, service or "", partner, reason, status, outcome,
            note, _day(informed), updated,
        )  # fmt: skip
        for (
            number, receipt, referred, nik, name, field_, service, partner, reason, status, outcome, note, informed,
            updated,
        ) in _plain_rows(s, q)  # fmt: skip
    ]


def _proposal_rows(s: Session, start: dt.datetime, end: dt.datetime, village_code: str) -> list[ProposalRow]:
    agreed = select(ProposalEvent.proposal_id).where(ProposalEvent.to_status == AGREED)
    changed = select(ProposalEvent.proposal_id).where(_in(ProposalEvent.at, start, end))
    own = aliased(Household)
    q = (
        select(
            Proposal.number, Proposal.proposed_at, Proposal.kind, Resident.nik, Household.kk, own.kk, Resident.name,
            Resident.sex, Resident.birth_place, Resident.birth_date, Resident.address, Resident.rt, Resident.rw,
            Proposal.reason, MusdesSession.held_on, Proposal.status, Proposal.outcome_date, Proposal.outcome_note,
            Proposal.updated_at,
        )  # fmt: skip
        .join(Resident, Resident.id == Proposal.resident_id)
        .outerjoin(Household, Household.id == Proposal.household_id)
        .outerjoin(own, own.id == Resident.household_id)
        .outerjoin(MusdesSession, MusdesSession.id == Proposal.musdes_id)
        .where(
            Proposal.id.in_(agreed),
            or_(_in(Proposal.proposed_at, start, end), Proposal.id.in_(changed)),
        )
        .order_by(Proposal.proposed_at, Proposal.id)
    )
    return [
        ProposalRow(
            number, proposed.date(), kind, nik, kk or own_kk, name, sex, birth_place, birth, address, rt, rw,
            village_code, reason, musdes, status, outcome, note, updated,
        )  # fmt: skip
        for (
            number, proposed, kind, nik, kk, own_kk, name, sex, birth_place, birth, address, rt, rw, reason, musdes,
            status, outcome, note, updated,
        ) in _plain_rows(s, q)  # fmt: skip
    ]


def month_rows_in(s: Session, month: str | dt.date) -> MonthRows:
    start, end, period = parse_month(month)
    profile = s.get(OfficeProfile, 1)
    if profile is None:
        raise PuskesosError("Profil kantor belum diisi (Pengaturan › Profil kantor): kode desa diperlukan.")
    letters = s.execute(
        select(func.count(Letter.id)).where(
            Letter.kind == LetterKind.REKOMENDASI.value, _in(Letter.issued_at, start, end)
        )
    ).scalar_one()
    served = s.execute(
        select(func.count(distinct(Complaint.resident_id))).where(_in(Complaint.registered_at, start, end))
    ).scalar_one()
    return MonthRows(
        month=period,
        complaints=_complaint_rows(s, start, end),
        referrals=_referral_rows(s, start, end),
        proposals=_proposal_rows(s, start, end, profile.village_code),
        letters_issued=int(letters),
        residents_served=int(served),
    )


def month_rows(db: Database, actor: Actor, month: str | dt.date) -> MonthRows:
    """What the month's batch would hold (the wizard shows the counts before writing)."""
    actor.require(Permission.EXPORT)
    with db.read() as s:
        return month_rows_in(s, month)


# --- the export -----------------------------------------------------------------------------------------------


def _next_seq(s: Session, month: str) -> int:
    last = s.execute(select(func.max(ExportBatch.seq)).where(ExportBatch.month == month)).scalar()
    return int(last or 0) + 1


def _check_target(folder: Path, rows: int) -> int:
    if not folder.is_dir():
        raise ValidationError(
            "Folder {folder} tidak ditemukan. Apakah flashdisk sudah terpasang? Pilih folder tujuan lagi.",
            "Tujuan",
            folder=folder,
        )
    free = free_space(folder)
    if free is None:
        raise ValidationError(
            "Folder {folder} tidak dapat diakses. Apakah flashdisk tercabut?", "Tujuan", folder=folder
        )
    need = BASE_BYTES + BYTES_PER_ROW * rows
    if free < need * 2:
        raise ValidationError(
            "Ruang kosong di {folder} tinggal {free}; batch ini butuh sekitar {need}. "
            "Kosongkan ruang atau pilih flashdisk lain.",
            "Tujuan",
            folder=folder,
            free=fmt.ukuran(free),
            need=fmt.ukuran(need),
        )
    return free


def export_month(
    db: Database,
    actor: Actor,
    month: str | dt.date,
    out_dir: str | Path,
    password: str | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    """Write the month's batch to out_dir (a USB stick), verify it, then record it. The password is never stored.

    One export of a month at a time (a lock beside the database): a second one at once is refused, saying that
    another export of that month is running or just ran; it never touches the first one's files.
    """
    actor.require(Permission.EXPORT)
    label = parse_month(month)[2]
    if db.read_only:
        # A batch that is not recorded would take the same number again at the next export, and its audit sheet
        # would name an export entry the trail never gets: refused before any file is written.
        raise ReadOnlyDatabase(
            "Database {value} hanya dapat dibaca, sehingga batch {label} tidak dapat dicatat (nomor "
            "batch dan jejak audit). Salin database ke folder yang dapat ditulisi, buka salinan itu, lalu ekspor "
            "dari sana.",
            value=db.path or db.url,
            label=label,
        )
    # On a server database the lock is this PC's (its data folder), never a file left on the USB stick; two PCs
    # exporting the same month at once are told apart by the batch number taken under the write lock.
    lock_dir = db.path.parent if db.path is not None else data_dir()
    lock_dir.mkdir(parents=True, exist_ok=True)
    busy = msg(
        "Ekspor bulan {label} lain sedang berjalan atau baru saja berjalan (di jendela ini, jendela lain atau "
        "baris perintah). Tunggu sampai selesai, lalu periksa daftar batch sebelum mengekspor lagi.",
        label=label,
    )
    with locks.exclusive(lock_dir / f".puskesos-ekspor-{label}.lock", busy):
        return _export_month(db, actor, month, out_dir, password, progress=progress, cancelled=cancelled)


def _export_month(
    db: Database,
    actor: Actor,
    month: str | dt.date,
    out_dir: str | Path,
    password: str | None = None,
    *,
    progress: ProgressFn | None = None,
    cancelled: CancelledFn | None = None,
) -> ExportResult:
    started = time.perf_counter()
    folder = Path(out_dir)

    def step(done: int) -> None:
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, 100)

    step(0)
    with db.read() as s:
        rows = month_rows_in(s, month)
        seq = _next_seq(s, rows.month)
        profile = s.get(OfficeProfile, 1)
        assert profile is not None  # month_rows_in checked it
        superseded = tuple(
            batch_filename(profile.village_code, rows.month, n) for n in range(1, seq) if n <= 99
        )
        summary_head = (profile.village_code, profile.village_name, profile.kecamatan_name, profile.kabupaten_name)
    if seq > 99:
        raise ValidationError(
            "Bulan {month} sudah diekspor 99 kali; nomor batch habis.", "Nomor Batch", month=rows.month
        )
    step(30)
    free = _check_target(folder, len(rows.complaints) + len(rows.referrals) + len(rows.proposals))
    counts: dict[str, int] = {
        SHEET_COMPLAINTS: len(rows.complaints),
        SHEET_REFERRALS: len(rows.referrals),
        SHEET_PROPOSALS: len(rows.proposals),
        "letters_issued": rows.letters_issued,
        "residents_served": rows.residents_served,
    }
    filename = batch_filename(summary_head[0], rows.month, seq)
    for attempt in range(1, EXPORT_ATTEMPTS + 1):
        # The export entry is numbered and hashed first: the batch carries its own entry as the chain's head.
        planned = audit.plan(
            db, actor, AuditAction.BATCH_EXPORT, "export_batch", filename,
            _export_details(rows.month, seq, filename, folder, bool(password), counts),
        )  # fmt: skip
        extract = audit.batch_extract(db, planned)
        summary = BatchSummary(
            village_code=summary_head[0],
            village_name=summary_head[1],
            kecamatan=summary_head[2],
            kabupaten=summary_head[3],
            period=rows.month,
            batch_no=seq,
            created_at=clock.now(),
            created_by=actor.full_name or actor.username,
            letters_issued=rows.letters_issued,
            residents_served=rows.residents_served,
            audit_hash=planned.hash,
        )
        step(40)
        # The number comes from the database and the month's lock is held: a file already under this name was never
        # recorded — a power cut or a pulled stick between writing and recording it — so it is moved aside.
        written = write_batch(
            folder, summary, rows.complaints, rows.referrals, rows.proposals, password or None, overwrite=True,
            chain=extract,
        )  # fmt: skip
        step(90)
        try:
            size = written.path.stat().st_size
            batch_id = _record(db, actor, rows.month, seq, written.path.name, written.sha256, counts, planned,
                               bool(password))  # fmt: skip
        except BaseException as exc:
            # Not recorded, so not exported: the files must not stay on the stick looking delivered.
            written.path.unlink(missing_ok=True)
            written.sha256_path.unlink(missing_ok=True)
            if isinstance(exc, audit.ChainMoved):
                if attempt < EXPORT_ATTEMPTS:
                    continue
                raise PuskesosError(
                    "Jejak audit terus bertambah selama batch ditulis (kantor sedang sibuk). "
                    "Ulangi ekspor sebentar lagi."
                ) from None
            if isinstance(exc, OSError):
                raise FileWriteError(
                    "Berkas {name} tidak dapat diperiksa: {value}.", name=written.path.name, value=exc.strerror or exc
                ) from exc
            raise
        break
    if progress is not None:
        progress(100, 100)
    return ExportResult(
        batch_id=batch_id,
        month=rows.month,
        seq=seq,
        path=written.path,
        sha256_path=written.sha256_path,
        sha256=written.sha256,
        counts=counts,
        encrypted=bool(password),
        size=size,
        free_before=free,
        audit_hash=planned.hash,
        seconds=time.perf_counter() - started,
        superseded=superseded,
    )


def _export_details(
    month: str, seq: int, filename: str, folder: Path, encrypted: bool, counts: dict[str, int]
) -> dict[str, Any]:
    """The export entry's details: known before the file is written (the file's checksum is in export_batches)."""
    return {
        "month": month,
        "batch": f"{seq:02d}",
        "file": filename,
        "checksum_file": checksum_filename(filename),
        "folder": str(folder),
        "encrypted": encrypted,
        **counts,
    }


def _record(
    db: Database,
    actor: Actor,
    month: str,
    seq: int,
    filename: str,
    sha256: str,
    counts: dict[str, int],
    planned: audit.PlannedEntry,
    encrypted: bool,
) -> int:
    with db.write() as s:
        if _next_seq(s, month) != seq:
            raise ValidationError(
                "Batch {month} nomor {seq:02d} baru saja dibuat di komputer lain. Ulangi ekspor.",
                "Nomor Batch",
                month=month,
                seq=seq,
            )
        batch = ExportBatch(
            month=month, seq=seq, filename=filename, sha256=sha256, created_at=clock.now(), user_id=actor.user_id,
            actor=actor.label, counts=json.dumps(counts, sort_keys=True), audit_hash=planned.hash, encrypted=encrypted,
        )  # fmt: skip
        s.add(batch)
        s.flush()
        audit.record_planned(s, planned)  # ChainMoved when another desk wrote an entry meanwhile
        return batch.id


def list_batches(db: Database, limit: int = 500) -> list[BatchInfo]:
    """Batches that left the office, newest first; an earlier batch of a month is superseded by the later one."""
    with db.read() as s:
        rows = s.execute(select(ExportBatch).order_by(ExportBatch.id.desc()).limit(limit)).scalars().all()
        latest: dict[str, int] = {}
        for b in rows:
            latest[b.month] = max(latest.get(b.month, 0), b.seq)
        out = []
        for b in rows:
            try:
                counts = {str(k): int(v) for k, v in json.loads(b.counts or "{}").items()}
            except (ValueError, TypeError, AttributeError):
                counts = {}
            later = latest[b.month] if latest[b.month] > b.seq else None
            out.append(
                BatchInfo(
                    b.id,
                    b.month,
                    b.seq,
                    b.filename,
                    b.sha256,
                    b.created_at,
                    b.actor,
                    counts,
                    b.encrypted,
                    b.audit_hash,
                    later,
                )  # fmt: skip
            )
        return out
