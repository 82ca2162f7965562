"""Referrals (rujukan): create, approve, cancel, record the destination's outcome, inform the resident, follow up.

A referral to a partner outside the village waits as `Menunggu Persetujuan` until the coordinator approves it
(setting `referral_approval_required`, on by default); one to an in-village partner is `Dikirim` at once.
The first referral of a complaint moves the complaint to `Dirujuk`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload, selectinload

from puskesos_desktop.core import clock, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, TransitionError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import (
    COMPLAINT_CLOSED,
    REFERRAL_FINAL,
    REFERRAL_OUTCOMES,
    Channel,
    ComplaintStatus,
    Field,
    ReferralStatus,
)
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Partner, Referral, ReferralEvent, Resident, Service
from puskesos_desktop.services import audit, history, numbering
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.office import settings_in

# Where the destination's answer came from; the form offers these, any short text is accepted.
OUTCOME_SOURCES: tuple[str, ...] = (
    "Lembar balasan",
    "Telepon",
    "WhatsApp",
    "Berkas umpan balik kabupaten",
    "Surat",
    "Kunjungan petugas",
)
# Referrals still waiting for an answer from their destination (follow-up list).
AWAITING_ANSWER = frozenset({ReferralStatus.DIKIRIM.value, ReferralStatus.DITELAAH.value})
OPEN = frozenset({s.value for s in ReferralStatus} - {s.value for s in REFERRAL_FINAL})
# Complaint statuses that accept a new referral.
REFERABLE = frozenset(
    {ComplaintStatus.DITERUSKAN.value, ComplaintStatus.DITANGANI_DESA.value, ComplaintStatus.DIRUJUK.value}
)


@dataclass(frozen=True)
class ReferralInput:
    field: str
    partner_id: int | None
    reason: str
    service_id: int | None = None
    documents: tuple[str, ...] = ()  # attached to the card, one per item


@dataclass(frozen=True)
class ReferralInfo:
    id: int
    number: str
    complaint_id: int
    complaint_number: str
    resident_name: str
    referred_at: dt.datetime
    field: str
    service_id: int | None
    service: str
    partner_id: int
    destination: str
    in_village: bool
    reason: str
    documents: tuple[str, ...]
    status: str
    created_by: str
    approved_by: str
    approved_at: dt.datetime | None
    sent_at: dt.datetime | None
    outcome_date: dt.date | None
    outcome_note: str
    outcome_source: str
    informed_at: dt.datetime | None
    informed_channel: str
    cancel_reason: str
    days_waiting: int  # days since it was sent, while its destination has not answered finally
    needs_followup: bool

    @property
    def printable(self) -> bool:
        """A card is printed only once the referral is sent (approved) and not cancelled."""
        return self.status not in (ReferralStatus.MENUNGGU.value, ReferralStatus.DIBATALKAN.value)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN


# --- helpers ------------------------------------------------------------------------------------------------


def followup_days_in(s: Session) -> int:
    return max(1, settings_in(s).followup_days)


def load(s: Session, number: str) -> Referral:
    ref = s.execute(
        select(Referral)
        .where(Referral.number == number.strip().upper())
        # Each of these is one row: joined into the referral's own statement (one round trip, not four).
        .options(joinedload(Referral.complaint).joinedload(Complaint.resident), joinedload(Referral.partner))
    ).scalar_one_or_none()
    if ref is None:
        raise NotFoundError("Rujukan {number} tidak ditemukan.", number=number)
    return ref


def info(s: Session, refs: Sequence[Referral]) -> list[ReferralInfo]:
    """Plain read models of loaded referrals (complaint, resident, partner, service loaded lazily here)."""
    names = users.names_in(s, {r.created_by_id for r in refs} | {r.approved_by_id for r in refs})
    days = followup_days_in(s)
    today = clock.today()
    out = []
    for r in refs:
        waiting = (today - (r.sent_at or r.referred_at).date()).days if r.status in AWAITING_ANSWER else 0
        out.append(
            ReferralInfo(
                id=r.id,
                number=r.number,
                complaint_id=r.complaint_id,
                complaint_number=r.complaint.number,
                resident_name=r.complaint.resident.name,
                referred_at=r.referred_at,
                field=r.field,
                service_id=r.service_id,
                service=r.service.name if r.service else "",
                partner_id=r.partner_id,
                destination=r.partner.name,
                in_village=r.partner.in_village,
                reason=r.reason,
                documents=tuple(line for line in r.documents.splitlines() if line.strip()),
                status=r.status,
                created_by=names.get(r.created_by_id or 0, ""),
                approved_by=names.get(r.approved_by_id or 0, ""),
                approved_at=r.approved_at,
                sent_at=r.sent_at,
                outcome_date=r.outcome_date,
                outcome_note=r.outcome_note,
                outcome_source=r.outcome_source,
                informed_at=r.informed_at,
                informed_channel=r.informed_channel,
                cancel_reason=r.cancel_reason,
                days_waiting=waiting,
                needs_followup=r.status in AWAITING_ANSWER and waiting >= days,
            )
        )
    return out


def referral_query() -> Any:
    return select(Referral).options(
        selectinload(Referral.complaint).selectinload(Complaint.resident),
        selectinload(Referral.partner),
        selectinload(Referral.service),
    )


def _clean_input(s: Session, data: ReferralInput, row: int | None) -> tuple[str, Partner, Service | None, str, str]:
    try:
        field = Field(data.field).value
    except ValueError:
        raise ValidationError("Pilih bidang rujukan.", FormField.FIELD, row) from None
    if data.partner_id is None:
        raise ValidationError("Pilih tujuan rujukan dari direktori mitra.", FormField.DESTINATION, row)
    partner = s.get(Partner, data.partner_id)
    if partner is None:
        raise ValidationError("Tujuan rujukan tidak ditemukan di direktori mitra.", FormField.DESTINATION, row)
    if not partner.active:
        raise ValidationError(
            "Mitra '{name}' sudah dinonaktifkan; pilih tujuan lain.", FormField.DESTINATION, row, name=partner.name
        )
    service: Service | None = None
    if data.service_id is not None:
        service = s.get(Service, data.service_id)
        if service is None:
            raise ValidationError("Layanan tidak ditemukan di katalog.", FormField.SERVICE, row)
        if service.field != field:
            raise ValidationError(
                "Layanan '{name}' termasuk bidang {field_name}.",
                FormField.SERVICE,
                row,
                name=service.name,
                field_name=service.field,
            )
    reason = validate.text(data.reason, FormField.REFERRAL_REASON, required=True, max_len=2000, multiline=True)
    docs = []
    for doc in data.documents:
        text = validate.text(doc, FormField.ATTACHED_DOCUMENTS, max_len=300)
        if text and text not in docs:
            docs.append(text)
    return field, partner, service, reason, "\n".join(docs)


# --- actions -----------------------------------------------------------------------------------------------


def create_referrals(
    db: Database, actor: Actor, complaint_id: int, items: Sequence[ReferralInput]
) -> list[ReferralInfo]:
    """One or more referrals of a complaint in one transaction, each numbered RJK/…; all or none are made."""
    actor.require(Permission.BACK_OFFICE)
    if not items:
        raise ValidationError("Tambahkan sedikitnya satu rujukan.", FormField.REFERRALS)
    with db.write() as s:
        complaint = s.get(Complaint, complaint_id)
        if complaint is None:
            raise NotFoundError("Keluhan tidak ditemukan.")
        if complaint.status not in REFERABLE:
            if complaint.status in COMPLAINT_CLOSED:
                raise TransitionError(
                    "Keluhan {number} sudah {status}; buka kembali keluhan sebelum merujuk.",
                    number=complaint.number,
                    status=complaint.status,
                )
            raise TransitionError("Keluhan {number} belum diteruskan ke back office.", number=complaint.number)
        cleaned = [_clean_input(s, item, i + 1 if len(items) > 1 else None) for i, item in enumerate(items)]
        gate = settings_in(s).referral_approval_required
        now = clock.now()
        made: list[Referral] = []
        for field, partner, service, reason, docs in cleaned:
            waits = gate and not partner.in_village
            status = ReferralStatus.MENUNGGU if waits else ReferralStatus.DIKIRIM
            ref = Referral(
                number=numbering.next_number(s, numbering.Prefix.RJK, now),
                complaint_id=complaint.id,
                referred_at=now,
                field=field,
                service_id=service.id if service else None,
                partner_id=partner.id,
                reason=reason,
                documents=docs,
                status=status.value,
                created_by_id=actor.user_id,
                sent_at=None if waits else now,
            )
            s.add(ref)
            s.flush()
            note = "Menunggu persetujuan koordinator" if waits else "Dikirim ke tujuan"
            s.add(
                ReferralEvent(
                    referral_id=ref.id,
                    user_id=actor.user_id,
                    actor=actor.label,
                    kind="status",
                    from_status=None,
                    to_status=status.value,
                    note=note,
                )
            )
            audit.record(
                s,
                actor,
                AuditAction.REFERRAL_CREATE,
                "referral",
                ref.number,
                {
                    "complaint": complaint.number,
                    "field": field,
                    "partner": partner.name,
                    "service": service.code if service else None,
                    "status": status.value,
                },
            )
            history.complaint_event(s, actor, complaint, "referral", f"Rujukan {ref.number} ke {partner.name}")
            made.append(ref)
        if complaint.status in (ComplaintStatus.DITERUSKAN.value, ComplaintStatus.DITANGANI_DESA.value):
            history.set_complaint_status(
                s, actor, complaint, ComplaintStatus.DIRUJUK.value, ", ".join(r.number for r in made)
            )
        s.flush()
        ids = [r.id for r in made]
        return info(s, s.execute(referral_query().where(Referral.id.in_(ids)).order_by(Referral.id)).scalars().all())


def create_referral(db: Database, actor: Actor, complaint_id: int, data: ReferralInput) -> ReferralInfo:
    return create_referrals(db, actor, complaint_id, [data])[0]


def approve_referral(db: Database, actor: Actor, number: str, note: str = "") -> ReferralInfo:
    """The coordinator's consent: `Menunggu Persetujuan` → `Dikirim`; only then can its card be printed."""
    actor.require(Permission.APPROVE_REFERRAL)
    note = validate.text(note, "Catatan", max_len=1000, multiline=True)
    with db.write() as s:
        ref = load(s, number)
        _approve_in(s, actor, ref, note)
        return info(s, [ref])[0]


def approve_referrals(db: Database, actor: Actor, numbers: Sequence[str]) -> list[ReferralInfo]:
    """Several waiting referrals approved at once (the coordinator's morning list), all or none."""
    actor.require(Permission.APPROVE_REFERRAL)
    if not numbers:
        raise ValidationError("Pilih rujukan yang akan disetujui.", "Rujukan")
    with db.write() as s:
        refs = [load(s, number) for number in dict.fromkeys(numbers)]
        for ref in refs:
            _approve_in(s, actor, ref, "")
        return info(s, refs)


def _approve_in(s: Session, actor: Actor, ref: Referral, note: str) -> None:
    if ref.status != ReferralStatus.MENUNGGU.value:
        raise TransitionError(
            "Rujukan {number} tidak menunggu persetujuan (status: {status}).", number=ref.number, status=ref.status
        )
    now = clock.now()
    ref.approved_by_id = actor.user_id
    ref.approved_at = now
    ref.sent_at = now
    history.set_referral_status(s, actor, ref, ReferralStatus.DIKIRIM.value, note or "Disetujui koordinator")


def cancel_referral(db: Database, actor: Actor, number: str, reason: str) -> ReferralInfo:
    actor.require(Permission.BACK_OFFICE)
    reason = validate.text(reason, "Alasan pembatalan", required=True, max_len=1000, multiline=True)
    with db.write() as s:
        ref = load(s, number)
        cancel_in(s, actor, ref, reason)
        return info(s, [ref])[0]


def cancel_in(s: Session, actor: Actor, ref: Referral, reason: str) -> None:
    if ref.status in REFERRAL_FINAL:
        raise TransitionError(
            "Rujukan {number} sudah {status}; tidak dapat dibatalkan.", number=ref.number, status=ref.status
        )
    ref.cancel_reason = reason
    history.set_referral_status(s, actor, ref, ReferralStatus.DIBATALKAN.value, reason)
    history.complaint_event(s, actor, ref.complaint, "referral", f"Rujukan {ref.number} dibatalkan: {reason}")


def record_outcome(
    db: Database,
    actor: Actor,
    number: str,
    outcome: str,
    outcome_date: dt.date | None,
    source: str,
    note: str = "",
) -> ReferralInfo:
    """The destination's answer: Disetujui, Ditolak (reason required) or Ditelaah Lebih Lanjut."""
    actor.require(Permission.OUTCOME)
    try:
        result = ReferralStatus(outcome)
    except ValueError:
        raise ValidationError("Pilih hasil rujukan.", FormField.OUTCOME) from None
    if result not in REFERRAL_OUTCOMES:
        raise ValidationError("Hasil rujukan: Disetujui, Ditolak atau Ditelaah Lebih Lanjut.", FormField.OUTCOME)
    source = validate.text(source, FormField.SOURCE, required=True, max_len=60)
    note = validate.text(note, FormField.REMARKS, max_len=2000, multiline=True)
    if result == ReferralStatus.DITOLAK and not note:
        raise ValidationError("Tulis alasan penolakan dari tujuan rujukan.", FormField.REMARKS)
    day = validate.past_date(outcome_date, FormField.OUTCOME_DATE, required=True)
    assert day is not None
    with db.write() as s:
        ref = load(s, number)
        if ref.status == ReferralStatus.MENUNGGU.value:
            raise TransitionError(
                "Rujukan {number} belum dikirim (masih menunggu persetujuan koordinator); hasil belum dapat dicatat.",
                number=ref.number,
            )
        if ref.status in REFERRAL_FINAL:
            raise TransitionError(
                "Rujukan {number} sudah {status}; hasilnya tidak dapat diubah.", number=ref.number, status=ref.status
            )
        if day < ref.referred_at.date():
            raise ValidationError("Tanggal hasil tidak boleh sebelum tanggal rujukan.", FormField.OUTCOME_DATE)
        if result.value == ref.status:
            raise TransitionError("Rujukan {number} sudah berstatus {status}.", number=ref.number, status=ref.status)
        ref.outcome_date = day
        ref.outcome_source = source
        ref.outcome_note = note
        # A new answer must reach the resident again.
        ref.informed_at = None
        ref.informed_channel = ""
        ref.informed_by_id = None
        text = f"Sumber: {source}" + (f". {note}" if note else "")
        history.set_referral_status(s, actor, ref, result.value, text)
        history.complaint_event(s, actor, ref.complaint, "outcome", f"Hasil rujukan {ref.number}: {result.value}")
        return info(s, [ref])[0]


def mark_informed(db: Database, actor: Actor, number: str, channel: str, note: str = "") -> ReferralInfo:
    """The resident has been told the outcome (in person, by phone/WhatsApp, or through the facilitator)."""
    actor.require(Permission.STATUS_DESK)
    try:
        how = Channel(channel).value
    except ValueError:
        raise ValidationError("Pilih cara pemberitahuan.", "Cara pemberitahuan") from None
    note = validate.text(note, "Catatan", max_len=1000, multiline=True)
    with db.write() as s:
        ref = load(s, number)
        if ref.status not in REFERRAL_OUTCOMES:
            raise TransitionError(
                "Rujukan {number} belum ada hasilnya; belum ada yang dapat diberitahukan.", number=ref.number
            )
        now = clock.now()
        ref.informed_at = now
        ref.informed_channel = how
        ref.informed_by_id = actor.user_id
        text = f"Warga diberi tahu hasil ({ref.status}) melalui {how}" + (f". {note}" if note else "")
        history.referral_event(s, actor, ref, "informed", text)
        history.complaint_event(s, actor, ref.complaint, "informed", f"{ref.number}: {text}")
        audit.record(
            s, actor, AuditAction.REFERRAL_INFORMED, "referral", ref.number, {"channel": how, "status": ref.status}
        )
        s.flush()
        return info(s, [ref])[0]


# --- reading -----------------------------------------------------------------------------------------------


def get_referral(db: Database, number: str) -> ReferralInfo:
    with db.read() as s:
        return info(s, [load(s, number)])[0]


def list_referrals(db: Database, complaint_id: int | None = None, status: str | None = None) -> list[ReferralInfo]:
    with db.read() as s:
        q = referral_query()
        if complaint_id is not None:
            q = q.where(Referral.complaint_id == complaint_id)
        if status:
            q = q.where(Referral.status == status)
        return info(s, s.execute(q.order_by(Referral.referred_at, Referral.id)).scalars().all())


def pending_approvals(db: Database) -> list[ReferralInfo]:
    """Referrals waiting for the coordinator, oldest first."""
    return list_referrals(db, status=ReferralStatus.MENUNGGU.value)


def _followup_cutoff(s: Session, days: int | None) -> tuple[int, dt.datetime]:
    limit = followup_days_in(s) if days is None else max(0, days)
    return limit, dt.datetime.combine(clock.today() - dt.timedelta(days=limit), dt.time.max)


def followup_list(db: Database, days: int | None = None) -> list[ReferralInfo]:
    """Referrals sent at least `days` days ago (setting `followup_days`) with no final answer yet, oldest first."""
    with db.read() as s:
        limit, cutoff = _followup_cutoff(s, days)
        q = referral_query().where(Referral.status.in_(AWAITING_ANSWER), Referral.sent_at <= cutoff)
        rows = info(s, s.execute(q.order_by(Referral.sent_at, Referral.id)).scalars().all())
    return [r for r in rows if r.days_waiting >= limit]


# --- the back office's two referral lists: only the columns they show ------------------------------------------


@dataclass(frozen=True)
class ReferralRow:
    """One line of the approvals or follow-up list. The full referral (ReferralInfo) is read when one is opened:
    at 10,000 complaints a month these lists hold thousands of rows, read on a worker."""

    id: int
    number: str
    complaint_id: int
    resident_name: str
    referred_at: dt.datetime
    sent_at: dt.datetime | None
    field: str
    destination: str
    service: str
    reason: str
    status: str
    created_by: str
    days_waiting: int  # days since it was sent, while its destination has not answered finally


def _row_query() -> Any:
    return (
        select(
            Referral.id,
            Referral.number,
            Referral.complaint_id,
            Resident.name,
            Referral.referred_at,
            Referral.sent_at,
            Referral.field,
            Partner.name,
            Service.name,
            Referral.reason,
            Referral.status,
            Referral.created_by_id,
        )
        .join(Complaint, Complaint.id == Referral.complaint_id)
        .join(Resident, Resident.id == Complaint.resident_id)
        .join(Partner, Partner.id == Referral.partner_id)
        .outerjoin(Service, Service.id == Referral.service_id)
    )


def _rows(s: Session, q: Any) -> list[ReferralRow]:
    found = s.execute(q).all()
    names = users.names_in(s, {r[11] for r in found})
    today = clock.today()
    out = []
    for rid, number, cid, name, referred, sent, field, partner, service, reason, status, by in found:
        waiting = (today - (sent or referred).date()).days if status in AWAITING_ANSWER else 0
        out.append(
            ReferralRow(
                id=rid,
                number=number,
                complaint_id=cid,
                resident_name=name,
                referred_at=referred,
                sent_at=sent,
                field=field,
                destination=partner,
                service=service or "",
                reason=reason,
                status=status,
                created_by=names.get(by or 0, ""),
                days_waiting=waiting,
            )
        )
    return out


def approval_rows(db: Database) -> list[ReferralRow]:
    """The approvals list: referrals waiting for the coordinator, oldest first (as pending_approvals)."""
    with db.read() as s:
        q = _row_query().where(Referral.status == ReferralStatus.MENUNGGU.value)
        return _rows(s, q.order_by(Referral.referred_at, Referral.id))


def followup_rows(db: Database, days: int | None = None) -> list[ReferralRow]:
    """The follow-up list: the referrals of followup_list, oldest sent first."""
    with db.read() as s:
        limit, cutoff = _followup_cutoff(s, days)
        q = _row_query().where(Referral.status.in_(AWAITING_ANSWER), Referral.sent_at <= cutoff)
        rows = _rows(s, q.order_by(Referral.sent_at, Referral.id))
    return [r for r in rows if r.days_waiting >= limit]
