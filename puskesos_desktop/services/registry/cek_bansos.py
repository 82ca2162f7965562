"""Assisted Cek Bansos usul/sanggah (issue 16 §8).

Residents come to the office when the Cek Bansos app's own usul (proposal) or sanggah (objection) fails — most often
at the face verification. The operator files it for them in the app and records it here: the kind, the date, the
family a sanggah concerns, the app's reference, the deadline (14 days: a sanggah is verified within that window) and,
later, the outcome. A filing still waiting after its deadline is on the front office's list (``overdue``); the monthly
report counts the filings of the month (``month_counts``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, identity, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import CEK_BANSOS_DAYS, CekBansosKind, CekBansosOutcome
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import CekBansosFiling, Household, Resident
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.context import Actor

KINDS = tuple(k.value for k in CekBansosKind)
OUTCOMES = tuple(o.value for o in CekBansosOutcome)


@dataclass(frozen=True)
class FilingInput:
    kind: str
    filed_on: dt.date
    family_kk: str = ""  # a sanggah: the family (No. KK) it is about
    reference: str = ""
    notes: str = ""


@dataclass(frozen=True)
class Filing:
    id: int
    resident_id: int
    resident_name: str
    kind: str
    filed_on: dt.date
    kk: str | None  # the family a sanggah concerns (masked for roles that may not see numbers)
    reference: str
    deadline: dt.date
    outcome: str
    outcome_date: dt.date | None
    notes: str

    @property
    def waiting(self) -> bool:
        return self.outcome == CekBansosOutcome.MENUNGGU.value

    @property
    def overdue(self) -> bool:
        return self.waiting and self.deadline < clock.today()

    @property
    def days_overdue(self) -> int:
        return max(0, (clock.today() - self.deadline).days) if self.waiting else 0


def _info(f: CekBansosFiling, name: str) -> Filing:
    return Filing(f.id, f.resident_id, name, f.kind, f.filed_on, f.family_kk, f.reference, f.deadline, f.outcome,
                  f.outcome_date, f.notes)  # fmt: skip


def _clean(data: FilingInput) -> FilingInput:
    if data.kind not in KINDS:
        raise ValidationError("Pilih jenisnya: Usul atau Sanggah.", FormField.KIND)
    day = validate.past_date(data.filed_on, FormField.FILED_ON, required=True, max_years_back=1)
    assert day is not None
    kk = ""
    if data.kind == CekBansosKind.SANGGAH.value:
        if not data.family_kk.strip():
            raise ValidationError("Sanggah menyangkut satu keluarga: isi No. KK keluarga yang disanggah.", FormField.KK)
        kk = identity.parse_kk(data.family_kk, FormField.KK)
    elif data.kind == CekBansosKind.USUL.value and data.family_kk.strip():  # an usul may name another family
        kk = identity.parse_kk(data.family_kk, FormField.KK)
    reference = validate.text(data.reference, FormField.REFERENCE, max_len=100)
    notes = validate.text(data.notes, FormField.NOTES, max_len=1000, multiline=True)
    return FilingInput(data.kind, day, kk, reference, notes)


def record(db: Database, actor: Actor, resident_id: int, data: FilingInput) -> Filing:
    """Record an usul or sanggah filed in the Cek Bansos app on the resident's behalf; the deadline is 14 days on."""
    actor.require(Permission.PROPOSAL_DRAFT)
    clean = _clean(data)
    with db.write() as s:
        person = s.get(Resident, resident_id)
        if person is None:
            raise NotFoundError("Warga tidak ditemukan.")
        if person.anonymised_at is not None:
            raise ValidationError("Data warga ini sudah dianonimkan.", FormField.RESIDENT)
        kk = clean.family_kk
        if not kk and person.household_id is not None:  # an usul is for the resident's own family unless told
            kk = s.execute(select(Household.kk).where(Household.id == person.household_id)).scalar() or ""
        row = CekBansosFiling(
            resident_id=resident_id, kind=clean.kind, filed_on=clean.filed_on, family_kk=kk or None,
            reference=clean.reference, deadline=clean.filed_on + dt.timedelta(days=CEK_BANSOS_DAYS),
            outcome=CekBansosOutcome.MENUNGGU.value, notes=clean.notes, created_by_id=actor.user_id,
        )  # fmt: skip
        s.add(row)
        s.flush()
        audit.record(s, actor, AuditAction.CEK_BANSOS_FILE, "resident", resident_id, {
            "filing": row.id, "kind": row.kind, "filed_on": row.filed_on.isoformat(), "reference": row.reference,
            "deadline": row.deadline.isoformat(),
        })  # fmt: skip
        return privacy.shield(actor, _info(row, person.name))


def set_outcome(db: Database, actor: Actor, filing_id: int, outcome: str, day: dt.date | None = None,
                note: str = "") -> Filing:  # fmt: skip
    """The app's answer: Diterima or Ditolak (Menunggu again undoes a wrong entry), with its date."""
    actor.require(Permission.PROPOSAL_DRAFT)
    if outcome not in OUTCOMES:
        raise ValidationError("Hasil harus Menunggu, Diterima atau Ditolak.", FormField.OUTCOME)
    when = validate.past_date(day or clock.today(), FormField.OUTCOME_DATE, required=True, max_years_back=1)
    note = validate.text(note, FormField.NOTES, max_len=1000, multiline=True)
    with db.write() as s:
        row = s.get(CekBansosFiling, filing_id)
        if row is None:
            raise NotFoundError("Catatan Cek Bansos tidak ditemukan.")
        if when is not None and when < row.filed_on and outcome != CekBansosOutcome.MENUNGGU.value:
            raise ValidationError("Tanggal hasil tidak boleh sebelum tanggal pengajuan.", FormField.OUTCOME_DATE)
        before = (row.outcome, row.outcome_date)
        row.outcome = outcome
        row.outcome_date = None if outcome == CekBansosOutcome.MENUNGGU.value else when
        if note:
            row.notes = (row.notes + "\n" + note).strip()[:1000]
        audit.record(s, actor, AuditAction.CEK_BANSOS_OUTCOME, "resident", row.resident_id, {
            "filing": row.id, "outcome": [before[0], row.outcome],
            "date": [before[1].isoformat() if before[1] else None,
                     row.outcome_date.isoformat() if row.outcome_date else None],
        })  # fmt: skip
        name = s.execute(select(Resident.name).where(Resident.id == row.resident_id)).scalar() or ""
        return privacy.shield(actor, _info(row, name))


def _listed(s: Session, *conds: object) -> list[Filing]:
    rows = s.execute(
        select(CekBansosFiling, Resident.name)
        .join(Resident, Resident.id == CekBansosFiling.resident_id)
        .where(*conds)  # type: ignore[arg-type]
        .order_by(CekBansosFiling.filed_on.desc(), CekBansosFiling.id.desc())
    ).all()
    return [_info(f, name) for f, name in rows]


@privacy.shielded
def for_resident(db: Database, actor: Actor | None, resident_id: int) -> list[Filing]:
    """The resident's filings, newest first (the resident page)."""
    with db.read() as s:
        return _listed(s, CekBansosFiling.resident_id == resident_id)


def overdue_in(s: Session, today: dt.date) -> list[Filing]:
    return sorted(
        _listed(s, CekBansosFiling.outcome == CekBansosOutcome.MENUNGGU.value, CekBansosFiling.deadline < today),
        key=lambda f: (f.deadline, f.id),
    )


@privacy.shielded
def overdue(db: Database, actor: Actor | None) -> list[Filing]:
    """Filings still waiting for the app's answer after their deadline, oldest deadline first (the worklist)."""
    with db.read() as s:
        return overdue_in(s, clock.today())


@dataclass(frozen=True)
class MonthCounts:
    """Filings of a month (by the date filed) by kind and by outcome, and those overdue on the report day."""

    by_kind: dict[str, int]
    by_outcome: dict[str, int]
    overdue: int

    @property
    def total(self) -> int:
        return sum(self.by_kind.values())

    def to_json(self) -> dict[str, object]:
        return {"total": self.total, "by_kind": dict(self.by_kind), "by_status": dict(self.by_outcome),
                "overdue": self.overdue}  # fmt: skip


def month_counts_in(s: Session, start: dt.date, end: dt.date, as_of: dt.date) -> MonthCounts:
    """For the monthly report. The outcome is read as it stands now; ``overdue`` counts filings made up to
    ``as_of`` whose deadline passed before it without an outcome dated by then."""
    in_month = (CekBansosFiling.filed_on >= start, CekBansosFiling.filed_on <= end)
    by_kind = dict.fromkeys(KINDS, 0)
    for kind, n in s.execute(
        select(CekBansosFiling.kind, func.count()).where(*in_month).group_by(CekBansosFiling.kind)
    ):
        by_kind[str(kind)] = int(n)
    by_outcome = dict.fromkeys(OUTCOMES, 0)
    for out, n in s.execute(
        select(CekBansosFiling.outcome, func.count()).where(*in_month).group_by(CekBansosFiling.outcome)
    ):
        by_outcome[str(out)] = int(n)
    late = s.execute(
        select(func.count()).where(
            CekBansosFiling.filed_on <= as_of,
            CekBansosFiling.deadline < as_of,
            (CekBansosFiling.outcome_date.is_(None)) | (CekBansosFiling.outcome_date > as_of),
        )
    ).scalar_one()
    return MonthCounts(by_kind, by_outcome, int(late))
