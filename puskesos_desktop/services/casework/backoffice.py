"""The back office: its work queue, the complaint workspace, and every action on a complaint.

Each action is one service call: permission, validation, one transaction with the history row and the audit entry.
Referrals have their own module (services/referrals.py); this one moves the complaint.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dc_field

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, fmt, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import (
    FormField,
    Joined,
    Message,
    NotFoundError,
    TransitionError,
    ValidationError,
    msg,
)
from puskesos_desktop.core.permissions import Permission, allowed
from puskesos_desktop.core.statuses import (
    COMPLAINT_CLOSED,
    REFERRAL_FINAL,
    ComplaintStatus,
    ReferralStatus,
    Role,
)
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintDocument,
    Partner,
    Programme,
    Referral,
    ReferralEvent,
    Resident,
    User,
    VillageHandling,
)
from puskesos_desktop.printing.data import Person, RegistryStatus
from puskesos_desktop.services import audit, history, privacy
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.casework.referrals import ReferralInfo

# The queue lives in its own module; its names stay importable from here (one back-office API).
from puskesos_desktop.services.casework.work_queue import QUEUE_STATUSES as QUEUE_STATUSES
from puskesos_desktop.services.casework.work_queue import UNASSIGNED as UNASSIGNED
from puskesos_desktop.services.casework.work_queue import Queue as Queue
from puskesos_desktop.services.casework.work_queue import QueueFilter as QueueFilter
from puskesos_desktop.services.casework.work_queue import QueueItem as QueueItem
from puskesos_desktop.services.casework.work_queue import QueueSort as QueueSort
from puskesos_desktop.services.casework.work_queue import is_overdue
from puskesos_desktop.services.casework.work_queue import work_queue as work_queue
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents.cards import registry_status_in
from puskesos_desktop.services.printouts import person_of

MAX_AMOUNT = 1_000_000_000  # one rupiah short of a billion is far beyond what a village gives


# --- workspace ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentLine:
    id: int
    name: str
    received: bool
    received_at: dt.datetime | None


@dataclass(frozen=True)
class TimelineEntry:
    at: dt.datetime
    actor: str
    source: str  # "Keluhan" or the referral number
    kind: str
    text: str


@dataclass(frozen=True)
class HandlingInfo:
    at: dt.datetime
    through: str  # programme or partner
    given: str
    amount_rupiah: int | None
    officer: str


@dataclass(frozen=True)
class Workspace:
    id: int
    number: str
    registered_at: dt.datetime
    status: str
    field: str
    service_id: int | None
    service: str
    description: str
    channel: str
    urgency: str
    answer: str
    due_date: dt.date | None
    overdue: bool
    officer_id: int | None
    officer: str
    resident_id: int
    resident: Person
    registry: RegistryStatus
    vulnerabilities: tuple[str, ...]
    documents: list[DocumentLine]
    referrals: list[ReferralInfo]
    handlings: list[HandlingInfo]
    timeline: list[TimelineEntry]
    notes: list[TimelineEntry]
    closed_at: dt.datetime | None
    informed_at: dt.datetime | None
    close_blockers: list[Message] = dc_field(default_factory=list)  # sentences (ui: errors.message_text)

    @property
    def is_closed(self) -> bool:
        return self.status in COMPLAINT_CLOSED

    @property
    def can_close(self) -> bool:
        return not self.close_blockers

    @property
    def missing_documents(self) -> list[str]:
        return [d.name for d in self.documents if not d.received]


EVENT_LABELS: dict[str, str] = {
    "status": "Status",
    "answer": "Kepastian",
    "note": "Catatan",
    "document": "Dokumen",
    "handled": "Ditangani di desa",
    "referral": "Rujukan",
    "outcome": "Hasil rujukan",
    "informed": "Pemberitahuan",
    "print": "Cetak",
    "assign": "Petugas",
}


def _load_complaint(s: Session, key: int | str) -> Complaint:
    q = select(Complaint).options(
        selectinload(Complaint.resident).selectinload(Resident.household),
        selectinload(Complaint.service),
        selectinload(Complaint.documents),
        selectinload(Complaint.events),
    )
    q = q.where(Complaint.id == key) if isinstance(key, int) else q.where(Complaint.number == key.strip().upper())
    c = s.execute(q).scalar_one_or_none()
    if c is None:
        raise NotFoundError("Keluhan {key} tidak ditemukan.", key=key)
    return c


def _event_text(kind: str, from_status: str | None, to_status: str | None, note: str) -> str:
    if kind == "status":
        change = f"{from_status} → {to_status}" if from_status else f"{to_status}"
        return f"{change}" + (f" — {note}" if note else "")
    return note


@privacy.shielded
def get_workspace(db: Database, actor: Actor | None, key: int | str) -> Workspace:
    """Everything the workspace shows of one complaint, read in one session."""
    today = clock.today()
    with db.read() as s:
        c = _load_complaint(s, key)
        refs = (
            s.execute(referrals.referral_query().where(Referral.complaint_id == c.id).order_by(Referral.id))
            .scalars()
            .all()
        )
        ref_infos = referrals.info(s, refs)
        user_names = {uid: name for uid, name in s.execute(select(User.id, User.full_name))}
        timeline: list[tuple[dt.datetime, int, TimelineEntry]] = []
        for e in c.events:
            entry = TimelineEntry(
                at=e.at,
                actor=user_names.get(e.user_id or 0, e.actor),
                source="Keluhan",
                kind=EVENT_LABELS.get(e.kind, e.kind),
                text=_event_text(e.kind, e.from_status, e.to_status, e.note),
            )
            timeline.append((e.at, 1, entry))
        ref_numbers = {r.id: r.number for r in refs}
        if refs:
            rows = s.execute(
                select(ReferralEvent).where(ReferralEvent.referral_id.in_(ref_numbers)).order_by(ReferralEvent.id)
            ).scalars()
            for ev in rows:
                entry = TimelineEntry(
                    at=ev.at,
                    actor=user_names.get(ev.user_id or 0, ev.actor),
                    source=ref_numbers[ev.referral_id],
                    kind=EVENT_LABELS.get(ev.kind, ev.kind),
                    text=_event_text(ev.kind, ev.from_status, ev.to_status, ev.note),
                )
                # Within one second a referral's own row comes first: services write it before the complaint's.
                timeline.append((ev.at, 0, entry))
        handlings = []
        for h, prog, partner in s.execute(
            select(VillageHandling, Programme.name, Partner.name)
            .outerjoin(Programme, Programme.id == VillageHandling.programme_id)
            .outerjoin(Partner, Partner.id == VillageHandling.partner_id)
            .where(VillageHandling.complaint_id == c.id)
            .order_by(VillageHandling.id)
        ):
            handlings.append(
                HandlingInfo(
                    at=h.at,
                    through=" / ".join(x for x in (prog, partner) if x),
                    given=h.given,
                    amount_rupiah=h.amount_rupiah,
                    officer=user_names.get(h.user_id or 0, ""),
                )
            )
        resident = c.resident
        vulnerabilities = tuple(
            label
            for flag, label in (
                (resident.disability, "Disabilitas"),
                (resident.elderly, "Lanjut usia"),
                (resident.pregnant, "Hamil"),
            )
            if flag
        )
        blockers = _close_blockers(s, c, refs)
        ordered = [t[2] for t in sorted(timeline, key=lambda t: (t[0], t[1]))]
        return Workspace(
            id=c.id,
            number=c.number,
            registered_at=c.registered_at,
            status=c.status,
            field=c.field,
            service_id=c.service_id,
            service=c.service.name if c.service else "",
            description=c.description,
            channel=c.channel,
            urgency=c.urgency,
            answer=c.answer,
            due_date=c.due_date,
            overdue=is_overdue(c.status, c.due_date, today),
            officer_id=c.assigned_to_id,
            officer=user_names.get(c.assigned_to_id or 0, ""),
            resident_id=resident.id,
            resident=person_of(resident),
            registry=registry_status_in(s, resident.nik),
            vulnerabilities=vulnerabilities,
            documents=[DocumentLine(d.id, d.name, d.received, d.received_at) for d in c.documents],
            referrals=ref_infos,
            handlings=handlings,
            timeline=ordered,
            notes=[t for t in ordered if t.kind == EVENT_LABELS["note"]],
            closed_at=c.closed_at,
            informed_at=c.informed_at,
            close_blockers=blockers,
        )


def _outcome_recorded_at(s: Session, ref: Referral) -> dt.datetime | None:
    return s.execute(
        select(func.max(ReferralEvent.at)).where(
            ReferralEvent.referral_id == ref.id, ReferralEvent.kind == "status", ReferralEvent.to_status == ref.status
        )
    ).scalar()


def _close_blockers(s: Session, c: Complaint, refs: Sequence[Referral] | None = None) -> list[Message]:
    """Why the complaint cannot be closed `Selesai` now (empty: it can)."""
    if c.status in COMPLAINT_CLOSED:
        return [msg("Keluhan sudah {status}.", status=c.status)]
    if refs is None:
        refs = list(s.execute(select(Referral).where(Referral.complaint_id == c.id)).scalars())
    out: list[Message] = []
    still_open = [r.number for r in refs if r.status not in REFERRAL_FINAL]
    if still_open:
        out.append(msg("Rujukan belum ada hasil akhirnya: {numbers}.", numbers=", ".join(still_open)))
    uninformed = []
    for r in refs:
        if r.status not in (ReferralStatus.DISETUJUI.value, ReferralStatus.DITOLAK.value) or r.informed_at:
            continue
        recorded = _outcome_recorded_at(s, r)
        # The front office's status desk may record informing on the complaint itself.
        if c.informed_at is None or (recorded is not None and c.informed_at < recorded):
            uninformed.append(r.number)
    if uninformed:
        out.append(msg("Warga belum diberi tahu hasil rujukan: {numbers}.", numbers=", ".join(uninformed)))
    did_something = bool(c.answer) or bool(refs) or c.status == ComplaintStatus.DITANGANI_DESA.value
    if not did_something:
        out.append(msg("Belum ada tindakan: beri kepastian kepada warga, tangani di desa, atau rujuk."))
    return out


def close_blockers(db: Database, complaint_id: int) -> list[Message]:
    with db.read() as s:
        return _close_blockers(s, _load_complaint(s, complaint_id))


# --- actions ------------------------------------------------------------------------------------------------


def _writable(s: Session, complaint_id: int) -> Complaint:
    c = s.get(Complaint, complaint_id)
    if c is None:
        raise NotFoundError("Keluhan tidak ditemukan.")
    return c


def _require_open(c: Complaint) -> None:
    if c.status in COMPLAINT_CLOSED:
        raise TransitionError(
            "Keluhan {number} sudah {status}; buka kembali lebih dulu.", number=c.number, status=c.status
        )
    if c.status == ComplaintStatus.DITERIMA.value:
        raise TransitionError("Keluhan {number} belum diteruskan ke back office.", number=c.number)


def answer_resident(db: Database, actor: Actor, complaint_id: int, answer: str) -> None:
    """Give the resident certainty (kepastian): what will happen and when."""
    actor.require(Permission.BACK_OFFICE)
    text = validate.text(answer, "Kepastian", required=True, max_len=4000, multiline=True)
    with db.write() as s:
        c = _writable(s, complaint_id)
        _require_open(c)
        c.answer = text
        history.complaint_event(s, actor, c, "answer", text)
        audit.record(s, actor, AuditAction.COMPLAINT_ANSWER, "complaint", c.number, {"answer": text})


def add_note(db: Database, actor: Actor, complaint_id: int, note: str) -> None:
    actor.require(Permission.BACK_OFFICE)
    text = validate.text(note, "Catatan", required=True, max_len=4000, multiline=True)
    with db.write() as s:
        c = _writable(s, complaint_id)
        history.complaint_event(s, actor, c, "note", text)
        audit.record(s, actor, AuditAction.COMPLAINT_NOTE, "complaint", c.number, {"length": len(text)})


def set_documents_received(db: Database, actor: Actor, complaint_id: int, received: Mapping[int, bool]) -> int:
    """Tick (or untick) lines of the documents checklist. Returns how many lines changed."""
    actor.require(Permission.BACK_OFFICE)
    with db.write() as s:
        c = _writable(s, complaint_id)
        docs = {
            d.id: d
            for d in s.execute(select(ComplaintDocument).where(ComplaintDocument.complaint_id == c.id)).scalars()
        }
        unknown = set(received) - set(docs)
        if unknown:
            raise ValidationError("Dokumen tidak termasuk daftar keluhan ini.", "Dokumen")
        now = clock.now()
        got: list[str] = []
        back: list[str] = []
        for doc_id, value in received.items():
            d = docs[doc_id]
            if d.received == bool(value):
                continue
            d.received = bool(value)
            d.received_at = now if value else None
            (got if value else back).append(d.name)
        if got or back:
            parts = []
            if got:
                parts.append("Diterima: " + "; ".join(got))
            if back:
                parts.append("Dibatalkan centangnya: " + "; ".join(back))
            history.complaint_event(s, actor, c, "document", ". ".join(parts))
            audit.record(
                s, actor, AuditAction.COMPLAINT_DOCUMENTS, "complaint", c.number, {"received": got, "unticked": back}
            )
        return len(got) + len(back)


@dataclass(frozen=True)
class HandleInput:
    given: str
    programme_id: int | None = None
    partner_id: int | None = None
    amount_rupiah: int | None = None
    note: str = ""


def handle_in_village(db: Database, actor: Actor, complaint_id: int, data: HandleInput) -> None:
    """Help the village gives itself (a village programme or a partner) → `Ditangani di Desa`."""
    actor.require(Permission.BACK_OFFICE)
    given = validate.text(data.given, FormField.GIVEN, required=True, max_len=2000, multiline=True)
    note = validate.text(data.note, FormField.NOTES, max_len=2000, multiline=True)
    if data.programme_id is None and data.partner_id is None:
        raise ValidationError("Pilih program desa atau mitra yang menangani.", FormField.HELPED_BY)
    amount = data.amount_rupiah
    if amount is not None and not 0 <= amount <= MAX_AMOUNT:
        raise ValidationError("Nilai bantuan harus antara Rp 0 dan Rp 1.000.000.000.", FormField.AMOUNT)
    with db.write() as s:
        c = _writable(s, complaint_id)
        _require_open(c)
        through = []
        if data.programme_id is not None:
            prog = s.get(Programme, data.programme_id)
            if prog is None or not prog.active:
                raise ValidationError("Program tidak ditemukan atau tidak aktif.", FormField.HELPED_BY)
            through.append(prog.name)
        if data.partner_id is not None:
            partner = s.get(Partner, data.partner_id)
            if partner is None or not partner.active:
                raise ValidationError("Mitra tidak ditemukan atau tidak aktif.", FormField.HELPED_BY)
            through.append(partner.name)
        s.add(
            VillageHandling(
                complaint_id=c.id,
                at=clock.now(),
                programme_id=data.programme_id,
                partner_id=data.partner_id,
                given=given,
                amount_rupiah=amount,
                user_id=actor.user_id,
            )
        )
        text = f"Melalui {' / '.join(through)}: {given}"
        if amount is not None:
            text += f" ({fmt.rupiah(amount)})"
        if note:
            text += f". {note}"
        history.complaint_event(s, actor, c, "handled", text)
        audit.record(
            s,
            actor,
            AuditAction.COMPLAINT_HANDLE,
            "complaint",
            c.number,
            {"through": through, "given": given, "amount": amount},
        )
        # A complaint already referred keeps `Dirujuk`: the village's help is recorded beside the referrals.
        if c.status == ComplaintStatus.DITERUSKAN.value:
            history.set_complaint_status(s, actor, c, ComplaintStatus.DITANGANI_DESA.value, given)


def close_complaint(db: Database, actor: Actor, complaint_id: int, note: str = "") -> None:
    """`Selesai`: refused while a referral is open or the resident has not been told an outcome."""
    actor.require(Permission.BACK_OFFICE)
    note = validate.text(note, "Catatan", max_len=2000, multiline=True)
    with db.write() as s:
        c = _writable(s, complaint_id)
        _require_open(c)
        blockers = _close_blockers(s, c)
        if blockers:
            raise TransitionError("Keluhan belum dapat ditutup. {blockers}", blockers=Joined(" ", blockers))
        history.set_complaint_status(s, actor, c, ComplaintStatus.SELESAI.value, note or "Keluhan selesai")


def cancel_complaint(db: Database, actor: Actor, complaint_id: int, reason: str) -> None:
    """`Dibatalkan` with a reason; referrals still open are cancelled with it."""
    actor.require(Permission.BACK_OFFICE)
    reason = validate.text(reason, "Alasan pembatalan", required=True, max_len=2000, multiline=True)
    with db.write() as s:
        c = _writable(s, complaint_id)
        if c.status in COMPLAINT_CLOSED:
            raise TransitionError("Keluhan {number} sudah {status}.", number=c.number, status=c.status)
        for ref in s.execute(select(Referral).where(Referral.complaint_id == c.id)).scalars():
            if ref.status not in REFERRAL_FINAL:
                referrals.cancel_in(s, actor, ref, f"Keluhan dibatalkan: {reason}")
        history.set_complaint_status(s, actor, c, ComplaintStatus.DIBATALKAN.value, reason)


def reopen_complaint(db: Database, actor: Actor, complaint_id: int, reason: str) -> None:
    """A closed complaint goes back to `Diteruskan ke Back Office`, with the reason in its history."""
    actor.require(Permission.BACK_OFFICE)
    reason = validate.text(reason, "Alasan dibuka kembali", required=True, max_len=2000, multiline=True)
    with db.write() as s:
        c = _writable(s, complaint_id)
        if c.status not in COMPLAINT_CLOSED:
            raise TransitionError(
                "Keluhan {number} belum ditutup (status: {status}).", number=c.number, status=c.status
            )
        history.set_complaint_status(s, actor, c, ComplaintStatus.DITERUSKAN.value, f"Dibuka kembali: {reason}")


@dataclass(frozen=True)
class Officer:
    id: int
    full_name: str
    role: str


def officers(db: Database) -> list[Officer]:
    """Active staff who may work on back-office complaints."""
    with db.read() as s:
        rows = s.execute(select(User).where(User.active.is_(True)).order_by(User.full_name)).scalars()
        return [Officer(u.id, u.full_name, u.role) for u in rows if allowed(Role(u.role), Permission.BACK_OFFICE)]


def assign_officer(db: Database, actor: Actor, complaint_id: int, user_id: int | None) -> None:
    actor.require(Permission.BACK_OFFICE)
    with db.write() as s:
        c = _writable(s, complaint_id)
        name = ""
        if user_id is not None:
            user = s.get(User, user_id)
            if user is None or not user.active:
                raise ValidationError("Petugas tidak ditemukan atau tidak aktif.", "Petugas")
            if not allowed(Role(user.role), Permission.BACK_OFFICE):
                raise ValidationError("{full_name} tidak berperan di back office.", "Petugas", full_name=user.full_name)
            name = user.full_name
        if c.assigned_to_id == user_id:
            return
        old = c.assigned_to_id
        c.assigned_to_id = user_id
        history.complaint_event(s, actor, c, "assign", f"Ditugaskan kepada {name}" if name else "Tanpa petugas")
        audit.record(s, actor, AuditAction.COMPLAINT_ASSIGN, "complaint", c.number, {"from": old, "to": user_id})
