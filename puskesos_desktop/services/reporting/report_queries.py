"""Shared parts of the monthly report: the period, the conditions that define each figure, and the lists behind them.

services/reports.py counts with these conditions and services/dashboard.py lists with the same helpers; a figure and
its list are built from one condition list, so the number and the rows never disagree. Read-only.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, DateTime, and_, case, func, select, type_coerce
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, fmt, validate
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.statuses import (
    Channel,
    ComplaintStatus,
    Field,
    LetterKind,
    ProposalKind,
    ProposalStatus,
    ReferralStatus,
)
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintEvent,
    FieldVisit,
    Household,
    Letter,
    Proposal,
    ProposalEvent,
    Referral,
    ReferralEvent,
    Resident,
    Service,
    User,
)
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.office import settings_in

FIELDS: tuple[str, ...] = tuple(f.value for f in Field)
COMPLAINT_STATUSES: tuple[str, ...] = tuple(s.value for s in ComplaintStatus)
REFERRAL_STATUSES: tuple[str, ...] = tuple(s.value for s in ReferralStatus)
PROPOSAL_STATUSES: tuple[str, ...] = tuple(s.value for s in ProposalStatus)
PROPOSAL_KINDS: tuple[str, ...] = tuple(k.value for k in ProposalKind)
LETTER_KINDS: tuple[str, ...] = tuple(k.value for k in LetterKind)
LETTER_LABELS: dict[str, str] = {
    LetterKind.REKOMENDASI.value: "Surat rekomendasi ke Dukcapil",
    LetterKind.KETERANGAN_DTKS.value: "Surat keterangan terdaftar DTKS/DTSEN",
}
PROPOSAL_FINAL = frozenset({ProposalStatus.DITERIMA.value, ProposalStatus.DITOLAK.value})
REFERRAL_OUTCOME_WORDS = (ReferralStatus.DISETUJUI.value, ReferralStatus.DITOLAK.value, ReferralStatus.DITELAAH.value)
AWAITING_ANSWER = (ReferralStatus.DIKIRIM.value, ReferralStatus.DITELAAH.value)
CLOSED = (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value)
LIST_LIMIT = 20_000  # rows a list behind a figure returns at most; `total` still says how many it counts

MONTH_FIGURES = frozenset(
    {
        "residents_served",
        "complaints",
        "referrals",
        "proposals_month",
        "proposals_open",
        "letters",
        "outcomes",
        "overdue_complaints",
        "overdue_referrals",
        "visits",
        "visit_complaints",
    }
)


# --- the period ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Period:
    month: str  # YYYY-MM
    start: dt.date
    end: dt.date  # the month's last day
    as_of: dt.date  # the report day: the month's last day, or today while the month runs

    @property
    def label(self) -> str:
        return fmt.bulan_tahun(self.start)

    @property
    def start_at(self) -> dt.datetime:
        return dt.datetime.combine(self.start, dt.time())

    @property
    def end_at(self) -> dt.datetime:
        """The first moment after the month (exclusive bound)."""
        return dt.datetime.combine(self.end + dt.timedelta(days=1), dt.time())

    @property
    def cutoff(self) -> dt.datetime:
        """The first moment after the report day (exclusive bound for "on that day")."""
        return dt.datetime.combine(self.as_of + dt.timedelta(days=1), dt.time())


def period(month: str) -> Period:
    """The month `YYYY-MM`; a month that has not begun yet is refused."""
    year, mon = validate.parse_month(month)
    start = dt.date(year, mon, 1)
    end = dt.date(year + (mon == 12), mon % 12 + 1, 1) - dt.timedelta(days=1)
    today = clock.today()
    if start > today:
        raise ValidationError("Bulan laporan belum dimulai.", "--month")
    return Period(f"{year:04d}-{mon:02d}", start, end, min(end, today))


def current_month() -> str:
    today = clock.today()
    return f"{today.year:04d}-{today.month:02d}"


# --- what a figure is and the list behind it ------------------------------------------------------------------


@dataclass(frozen=True)
class FigureRef:
    """Names one figure (and one cell of it): enough to count it again or to list what it counts."""

    figure: str
    month: str | None = None
    field: str | None = None
    status: str | None = None
    kind: str | None = None
    service_id: int | None = None  # 0: complaints without a service
    programme_id: int | None = None
    other_programme_id: int | None = None
    desil: int | None = None  # 0: households without a desil
    user_id: int | None = None


@dataclass(frozen=True)
class ListRow:
    """One record of a figure's list: its values in the order of the list's columns (they vary per figure)."""

    values: tuple[object, ...]


@dataclass(frozen=True)
class RecordList:
    title: str
    columns: tuple[tuple[str, str], ...]  # (key, header)
    rows: tuple[ListRow, ...]
    total: int  # how many the figure counts (rows stop at LIST_LIMIT)

    @property
    def truncated(self) -> bool:
        return self.total > len(self.rows)

    def position(self, key: str) -> int:
        """Where the column `key` stands in every row's values."""
        return [k for k, _ in self.columns].index(key)

    def column(self, key: str) -> list[object]:
        """Every row's value in the column `key`, in the list's order."""
        i = self.position(key)
        return [row.values[i] for row in self.rows]


def record_list(
    actor: Actor | None,
    title: str,
    columns: tuple[tuple[str, str], ...],
    rows: Iterable[Sequence[object]],
    total: int,
) -> RecordList:
    """A figure's list, every NIK/No. KK column as this actor may see it (None: whole numbers)."""
    numbers = [i for i, (key, _) in enumerate(columns) if key in privacy.NUMBER_KEYS]
    listed: list[ListRow] = []
    for row in rows:
        values = list(row)
        for i in numbers:
            value = values[i]
            values[i] = privacy.nik_for(actor, value if isinstance(value, str) else None)
        listed.append(ListRow(tuple(values)))
    return RecordList(title, columns, tuple(listed), total)


COMPLAINT_COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "No Resi"),
    ("registered_at", "Tanggal daftar"),
    ("name", "Nama"),
    ("nik", "NIK"),
    ("field", "Bidang"),
    ("service", "Layanan"),
    ("status", "Status"),
    ("due_date", "Batas waktu"),
)


def count_of(s: Session, q: Any) -> int:
    return int(s.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar_one())


def fetch(s: Session, q: Any, count_q: Any) -> tuple[list[tuple[Any, ...]], int]:
    """Plain column rows (no ORM objects: 20,000 load in a fraction of the time) and how many there are.

    The count runs only when the rows stop at LIST_LIMIT: otherwise the rows themselves are the count.
    """
    rows = [tuple(row) for row in s.execute(q.limit(LIST_LIMIT))]
    return rows, (len(rows) if len(rows) < LIST_LIMIT else count_of(s, count_q))


def complaint_list(s: Session, actor: Actor, title: str, conds: Sequence[ColumnElement[bool]]) -> RecordList:
    q = (
        select(
            Complaint.number,
            Complaint.registered_at,
            Resident.name,
            Resident.nik,
            Complaint.field,
            func.coalesce(Service.name, ""),
            Complaint.status,
            Complaint.due_date,
        )
        .join(Resident, Resident.id == Complaint.resident_id)
        .outerjoin(Service, Service.id == Complaint.service_id)
        .where(*conds)
        .order_by(Complaint.registered_at, Complaint.id)
    )
    rows, total = fetch(s, q, select(Complaint.id).where(*conds))
    return record_list(actor, title, COMPLAINT_COLUMNS, rows, total)


# --- conditions shared by counts and lists ---------------------------------------------------------------------


def _in(column: Any, p: Period) -> ColumnElement[bool]:
    return and_(column >= p.start_at, column < p.end_at)


def complaint_status_at(cutoff: dt.datetime) -> ColumnElement[Any]:
    """A complaint's status just before `cutoff`, from its history (its present status when it has none)."""
    last = (
        select(ComplaintEvent.to_status)
        .where(
            ComplaintEvent.complaint_id == Complaint.id,
            ComplaintEvent.kind == "status",
            ComplaintEvent.to_status.is_not(None),
            ComplaintEvent.at < cutoff,
        )
        .order_by(ComplaintEvent.at.desc(), ComplaintEvent.id.desc())
        .limit(1)
        .correlate(Complaint)
        .scalar_subquery()
    )
    return func.coalesce(last, Complaint.status)


def referral_status_at(cutoff: dt.datetime) -> ColumnElement[Any]:
    last = (
        select(ReferralEvent.to_status)
        .where(
            ReferralEvent.referral_id == Referral.id,
            ReferralEvent.kind == "status",
            ReferralEvent.to_status.is_not(None),
            ReferralEvent.at < cutoff,
        )
        .order_by(ReferralEvent.at.desc(), ReferralEvent.id.desc())
        .limit(1)
        .correlate(Referral)
        .scalar_subquery()
    )
    return func.coalesce(last, Referral.status)


def proposal_status_at(cutoff: dt.datetime) -> ColumnElement[Any]:
    last = (
        select(ProposalEvent.to_status)
        .where(
            ProposalEvent.proposal_id == Proposal.id,
            ProposalEvent.kind == "status",
            ProposalEvent.to_status.is_not(None),
            ProposalEvent.at < cutoff,
        )
        .order_by(ProposalEvent.at.desc(), ProposalEvent.id.desc())
        .limit(1)
        .correlate(Proposal)
        .scalar_subquery()
    )
    return func.coalesce(last, Proposal.status)


def complaint_conds(p: Period, field_: str | None = None, status: str | None = None) -> list[ColumnElement[bool]]:
    conds = [_in(Complaint.registered_at, p)]
    if field_:
        conds.append(Complaint.field == field_)
    if status:
        conds.append(Complaint.status == status)
    return conds


def referral_conds(p: Period, field_: str | None = None, status: str | None = None) -> list[ColumnElement[bool]]:
    conds = [_in(Referral.referred_at, p)]
    if field_:
        conds.append(Referral.field == field_)
    if status:
        conds.append(Referral.status == status)
    return conds


def proposal_month_conds(p: Period, status: str | None = None, kind: str | None = None) -> list[ColumnElement[bool]]:
    conds = [_in(Proposal.proposed_at, p)]
    if status:
        conds.append(Proposal.status == status)
    if kind:
        conds.append(Proposal.kind == kind)
    return conds


def proposal_open_conds(p: Period, status: str | None = None) -> list[ColumnElement[bool]]:
    at = proposal_status_at(p.cutoff)
    conds = [Proposal.proposed_at < p.cutoff, at.not_in(sorted(PROPOSAL_FINAL))]
    if status:
        conds.append(at == status)
    return conds


def letter_conds(p: Period, kind: str | None = None) -> list[ColumnElement[bool]]:
    conds = [_in(Letter.issued_at, p)]
    if kind:
        conds.append(Letter.kind == kind)
    return conds


def followup_days(s: Session) -> int:
    return max(1, settings_in(s).followup_days)


def overdue_complaint_conds(p: Period) -> list[ColumnElement[bool]]:
    return [
        Complaint.registered_at < p.cutoff,
        Complaint.due_date.is_not(None),
        Complaint.due_date < p.as_of,
        complaint_status_at(p.cutoff).not_in(CLOSED),
    ]


def overdue_referral_conds(p: Period, days: int) -> list[ColumnElement[bool]]:
    # Waiting `days` or more on the report day: sent on or before as_of - days (referrals.followup_list's rule).
    limit = dt.datetime.combine(p.as_of - dt.timedelta(days=days) + dt.timedelta(days=1), dt.time())
    return [
        func.coalesce(Referral.sent_at, Referral.referred_at) < limit,
        referral_status_at(p.cutoff).in_(AWAITING_ANSWER),
    ]


def outcome_moments(p: Period) -> Any:
    """(complaint id, outcome moment, how) of complaints whose first outcome falls in the month."""
    ref_first = (
        select(Referral.complaint_id.label("cid"), func.min(ReferralEvent.at).label("at"))
        .join(Referral, Referral.id == ReferralEvent.referral_id)
        .where(
            ReferralEvent.kind == "status",
            ReferralEvent.to_status.in_(REFERRAL_OUTCOME_WORDS),
            ReferralEvent.at < p.end_at,
        )
        .group_by(Referral.complaint_id)
        .subquery()
    )
    close_first = (
        select(ComplaintEvent.complaint_id.label("cid"), func.min(ComplaintEvent.at).label("at"))
        .where(
            ComplaintEvent.kind == "status",
            ComplaintEvent.to_status == ComplaintStatus.SELESAI.value,
            ComplaintEvent.at < p.end_at,
        )
        .group_by(ComplaintEvent.complaint_id)
        .subquery()
    )
    r_at, c_at = ref_first.c.at, close_first.c.at
    moment = type_coerce(
        case((r_at.is_(None), c_at), (c_at.is_(None), r_at), (r_at <= c_at, r_at), else_=c_at), DateTime()
    )
    via = case((and_(r_at.is_not(None), (c_at.is_(None)) | (r_at <= c_at)), "rujukan"), else_="selesai")
    return (
        select(Complaint.id.label("cid"), moment.label("at"), via.label("via"))
        .outerjoin(ref_first, ref_first.c.cid == Complaint.id)
        .outerjoin(close_first, close_first.c.cid == Complaint.id)
        .where((r_at.is_not(None)) | (c_at.is_not(None)))
        .where(moment >= p.start_at, moment < p.end_at)
        .subquery()
    )


def visit_complaint_conds(p: Period, user_id: int | None = None) -> list[ColumnElement[bool]]:
    conds = [
        _in(Complaint.registered_at, p),
        Complaint.channel == Channel.FASILITATOR.value,
        Complaint.facilitator_id.is_not(None),
    ]
    if user_id is not None:
        conds.append(Complaint.facilitator_id == user_id)
    return conds


def month_records(s: Session, actor: Actor, p: Period, ref: FigureRef) -> RecordList:
    f = ref.figure
    what = " · ".join(x for x in (ref.field, ref.status, ref.kind and LETTER_LABELS.get(ref.kind, ref.kind)) if x)
    suffix = f" — {what}" if what else ""
    if f == "residents_served":
        return _served_list(s, actor, p)
    if f == "complaints":
        return complaint_list(s, actor, f"Keluhan {p.label}{suffix}", complaint_conds(p, ref.field, ref.status))
    if f == "referrals":
        return _referral_list(s, f"Rujukan {p.label}{suffix}", referral_conds(p, ref.field, ref.status))
    if f == "proposals_month":
        return proposal_list(s, actor, f"Usulan DTSEN {p.label}{suffix}", proposal_month_conds(p, ref.status, ref.kind))
    if f == "proposals_open":
        title = f"Usulan DTSEN yang masih berjalan per {fmt.tanggal(p.as_of)}{suffix}"
        return proposal_list(s, actor, title, proposal_open_conds(p, ref.status), status_at=p.cutoff)
    if f == "letters":
        return _letter_list(s, actor, f"Surat {p.label}{suffix}", letter_conds(p, ref.kind))
    if f == "outcomes":
        return _outcome_list(s, actor, p)
    if f == "overdue_complaints":
        title = f"Keluhan lewat batas waktu per {fmt.tanggal(p.as_of)}"
        return complaint_list(s, actor, title, overdue_complaint_conds(p))
    if f == "overdue_referrals":
        days = followup_days(s)
        title = f"Rujukan tanpa jawaban {days} hari atau lebih per {fmt.tanggal(p.as_of)}"
        return _referral_list(s, title, overdue_referral_conds(p, days))
    if f == "visits":
        # A facilitator's notes name households by No. KK: free text, masked as text.
        return privacy.shield(actor, _visit_list(s, p, ref.user_id))
    if f == "visit_complaints":
        title = f"Keluhan melalui fasilitator {p.label}"
        return complaint_list(s, actor, title, visit_complaint_conds(p, ref.user_id))
    raise ValidationError("Angka laporan '{f}' tidak dikenal.", "Angka", f=f)


def _served_list(s: Session, actor: Actor, p: Period) -> RecordList:
    q = (
        select(Resident.name, Resident.nik, Household.kk, Resident.address, func.count(Complaint.id))
        .join(Complaint, Complaint.resident_id == Resident.id)
        .outerjoin(Household, Household.id == Resident.household_id)
        .where(*complaint_conds(p))
        # Household.kk named too: PostgreSQL accepts only columns of the grouped key's own table unnamed.
        .group_by(Resident.id, Household.kk)
        .order_by(Resident.name, Resident.id)
    )
    columns = (("name", "Nama"), ("nik", "NIK"), ("kk", "No KK"), ("address", "Alamat"), ("complaints", "Keluhan"))
    count_q = select(Complaint.resident_id).where(*complaint_conds(p)).distinct()
    rows, total = fetch(s, q, count_q)
    return record_list(actor, f"Warga yang dilayani {p.label}", columns, rows, total)


REFERRAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "No Rujukan"),
    ("referred_at", "Tanggal rujuk"),
    ("complaint_number", "No Resi"),
    ("name", "Nama"),
    ("field", "Bidang"),
    ("status", "Status"),
    ("sent_at", "Dikirim"),
    ("outcome_date", "Tanggal hasil"),
)


def _referral_list(s: Session, title: str, conds: Sequence[ColumnElement[bool]]) -> RecordList:
    q = (
        select(
            Referral.number,
            Referral.referred_at,
            Complaint.number,
            Resident.name,
            Referral.field,
            Referral.status,
            Referral.sent_at,
            Referral.outcome_date,
        )
        .join(Complaint, Complaint.id == Referral.complaint_id)
        .join(Resident, Resident.id == Complaint.resident_id)
        .where(*conds)
        .order_by(Referral.referred_at, Referral.id)
    )
    rows, total = fetch(s, q, select(Referral.id).where(*conds))
    return record_list(None, title, REFERRAL_COLUMNS, rows, total)


PROPOSAL_COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "No Usulan"),
    ("proposed_at", "Tanggal"),
    ("kind", "Jenis"),
    ("name", "Pemohon"),
    ("nik", "NIK"),
    ("kk", "No KK"),
    ("status", "Status"),
)


def proposal_list(
    s: Session,
    actor: Actor,
    title: str,
    conds: Sequence[ColumnElement[bool]],
    status_at: dt.datetime | None = None,
) -> RecordList:
    """Proposals; with `status_at` the status column shows each one's status on that moment."""
    shown_status = proposal_status_at(status_at) if status_at is not None else Proposal.status
    q = (
        select(
            Proposal.number,
            Proposal.proposed_at,
            Proposal.kind,
            Resident.name,
            Resident.nik,
            Household.kk,
            shown_status,
        )
        .join(Resident, Resident.id == Proposal.resident_id)
        .outerjoin(Household, Household.id == Proposal.household_id)
        .where(*conds)
        .order_by(Proposal.proposed_at, Proposal.id)
    )
    rows, total = fetch(s, q, select(Proposal.id).where(*conds))
    return record_list(actor, title, PROPOSAL_COLUMNS, rows, total)


LETTER_COLUMNS: tuple[tuple[str, str], ...] = (
    ("number", "Nomor"),
    ("issued_at", "Tanggal"),
    ("kind", "Jenis"),
    ("name", "Nama"),
    ("nik", "NIK"),
    ("signatory", "Penanda tangan"),
)


def _letter_list(s: Session, actor: Actor, title: str, conds: Sequence[ColumnElement[bool]]) -> RecordList:
    q = (
        select(Letter.number, Letter.issued_at, Letter.kind, Resident.name, Resident.nik, Letter.signatory)
        .join(Resident, Resident.id == Letter.resident_id)
        .where(*conds)
        .order_by(Letter.issued_at, Letter.id)
    )
    rows, total = fetch(s, q, select(Letter.id).where(*conds))
    labelled = [(number, at, LETTER_LABELS.get(kind, kind), *rest) for number, at, kind, *rest in rows]
    return record_list(actor, title, LETTER_COLUMNS, labelled, total)


def _outcome_list(s: Session, actor: Actor, p: Period) -> RecordList:
    moments = outcome_moments(p)
    q = (
        select(Complaint, Resident.name, moments.c.at, moments.c.via)
        .join(moments, moments.c.cid == Complaint.id)
        .join(Resident, Resident.id == Complaint.resident_id)
        .order_by(moments.c.at, Complaint.id)
    )
    rows = [
        (
            c.number,
            c.registered_at,
            name,
            c.field,
            at,
            "Hasil rujukan" if via == "rujukan" else "Selesai",
            round(max(0.0, (at - c.registered_at).total_seconds() / 86400), 1),
        )
        for c, name, at, via in s.execute(q)
    ]
    columns = (
        ("number", "No Resi"),
        ("registered_at", "Tanggal daftar"),
        ("name", "Nama"),
        ("field", "Bidang"),
        ("outcome_at", "Hasil pertama"),
        ("via", "Melalui"),
        ("days", "Hari"),
    )
    return record_list(actor, f"Keluhan yang mendapat hasil {p.label}", columns, rows[:LIST_LIMIT], len(rows))


def _visit_list(s: Session, p: Period, user_id: int | None) -> RecordList:
    conds = [FieldVisit.visit_date >= p.start, FieldVisit.visit_date <= p.end]
    if user_id is not None:
        conds.append(FieldVisit.facilitator_id == user_id)
    complaints_per_visit = (
        select(func.count(Complaint.id))
        .where(Complaint.visit_id == FieldVisit.id)
        .correlate(FieldVisit)
        .scalar_subquery()
    )
    q = (
        select(FieldVisit, User.full_name, complaints_per_visit)
        .join(User, User.id == FieldVisit.facilitator_id)
        .where(*conds)
        .order_by(FieldVisit.visit_date, FieldVisit.id)
    )
    total = count_of(s, select(FieldVisit.id).where(*conds))
    rows = [
        (
            v.visit_date,
            name,
            v.place,
            len([line for line in v.households_seen.splitlines() if line.strip()]),
            int(n or 0),
            v.notes,
        )
        for v, name, n in s.execute(q.limit(LIST_LIMIT))
    ]
    columns = (
        ("visit_date", "Tanggal"),
        ("facilitator", "Fasilitator"),
        ("place", "Tempat"),
        ("households", "Keluarga ditemui"),
        ("complaints", "Keluhan"),
        ("notes", "Catatan"),
    )
    return record_list(None, f"Kunjungan lapangan {p.label}", columns, rows, total)
