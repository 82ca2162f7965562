"""Registering complaints (keluhan) and reading them."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import Select, bindparam, select
from sqlalchemy.orm import Session, joinedload, selectinload

from puskesos_desktop.core import clock, validate, workdays
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Channel, ComplaintStatus, Field, Role, Urgency
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintDocument,
    FieldVisit,
    Holiday,
    Resident,
    Service,
    User,
)
from puskesos_desktop.services import audit, history, numbering, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import consent
from puskesos_desktop.services.people.consent import ConsentInput


@dataclass(frozen=True)
class ComplaintInput:
    resident_id: int
    field: str
    description: str
    channel: str = Channel.DATANG_LANGSUNG.value
    service_id: int | None = None
    documents_brought: frozenset[str] = frozenset()
    urgency: str = Urgency.BIASA.value
    facilitator_id: int | None = None
    visit_id: int | None = None
    visit_date: dt.date | None = None
    # The front office answers an information request on the spot: the complaint is closed with this answer.
    answer_now: str = ""
    # A resident the registry does not list goes on their household's DTKS draft proposal.
    propose_if_unregistered: bool = True
    # A resident without NIK or KK gets the recommendation letter to Dukcapil (when the actor may issue it).
    letter_if_no_papers: bool = True
    # What the resident agreed to (UU 27/2022): the window always asks and refuses without consent to data use.
    # None: no one asked at this registration (demo data, soak, bench): nothing is recorded, the receipt is silent.
    consent: ConsentInput | None = None


@dataclass(frozen=True)
class RegisteredComplaint:
    id: int
    number: str
    status: str
    due_date: dt.date | None
    missing_documents: list[str] = field(default_factory=list)
    proposal_number: str | None = None
    proposal_created: bool = False
    letter_number: str | None = None
    letter_created: bool = False
    # No NIK/KK, but this actor (a facilitator) may not issue letters: the resident is sent to the office.
    letter_pending: bool = False


# The registration's reads, built once with their values as parameters: building a select anew costs more CPU than
# running it on a server (a registration is made while the resident waits: issue 15 §10).


@functools.cache
def _resident_statement() -> Select[*tuple[Any, ...]]:
    """The resident with the household (the KK decides the proposal and the letter): one statement."""
    return select(Resident).where(Resident.id == bindparam("id")).options(joinedload(Resident.household))


@functools.cache
def _service_statement() -> Select[*tuple[Any, ...]]:
    return select(Service).where(Service.id == bindparam("id")).options(joinedload(Service.requirements))


@functools.cache
def _holidays_statement() -> Select[*tuple[Any, ...]]:
    return select(Holiday.day)


def _holidays(s: Session) -> set[dt.date]:
    return set(s.execute(_holidays_statement()).scalars())


def register_complaint(db: Database, actor: Actor, data: ComplaintInput) -> RegisteredComplaint:
    actor.require(Permission.COMPLAINT_REGISTER)
    with db.write() as s:
        return register_complaint_in(s, actor, data)


def register_complaint_in(s: Session, actor: Actor, data: ComplaintInput) -> RegisteredComplaint:
    """Inside an open transaction: validates, numbers, stores the checklist and forwards to the back office."""
    try:
        field_value = Field(data.field).value
    except ValueError:
        raise ValidationError("Pilih bidang keluhan.", FormField.FIELD) from None
    try:
        channel = Channel(data.channel).value
    except ValueError:
        raise ValidationError("Pilih saluran pengaduan.", FormField.CHANNEL) from None
    try:
        urgency = Urgency(data.urgency).value
    except ValueError:
        raise ValidationError("Pilih tingkat kemendesakan.", FormField.URGENCY) from None
    description = validate.text(data.description, FormField.DESCRIPTION, required=True, max_len=4000, multiline=True)
    answer = validate.text(data.answer_now, FormField.ANSWER, max_len=4000, multiline=True)
    resident = s.execute(_resident_statement(), {"id": data.resident_id}).scalar_one_or_none()
    if resident is None:
        raise ValidationError("Warga tidak ditemukan; pilih warga terlebih dahulu.", FormField.RESIDENT)
    if resident.anonymised_at is not None:
        raise ValidationError(
            "Data warga ini sudah dianonimkan (masa retensi); daftarkan sebagai warga baru.", FormField.RESIDENT
        )
    if data.consent is not None:
        consent.check(data.consent, resident.phone)  # refused before a number is spent
    facilitator_id = data.facilitator_id
    visit_date = data.visit_date
    if data.visit_id is not None:
        # Registered during a field visit: the visit says who and when.
        visit = s.get(FieldVisit, data.visit_id)
        if visit is None:
            raise ValidationError("Kunjungan lapangan tidak ditemukan.", FormField.VISIT)
        channel = Channel.FASILITATOR.value
        facilitator_id = facilitator_id or visit.facilitator_id
        if facilitator_id != visit.facilitator_id:
            raise ValidationError("Kunjungan itu dicatat oleh fasilitator lain.", FormField.VISIT)
        visit_date = visit_date or visit.visit_date
    if channel == Channel.FASILITATOR.value:
        if facilitator_id is None:
            raise ValidationError("Pilih fasilitator yang menerima keluhan.", FormField.FACILITATOR)
        user = s.get(User, facilitator_id)
        if user is None or user.role != Role.FASILITATOR.value:
            raise ValidationError("Fasilitator tidak ditemukan.", FormField.FACILITATOR)
        visit_date = validate.past_date(visit_date, FormField.VISIT_DATE, required=True)
    elif facilitator_id is not None:
        raise ValidationError("Fasilitator hanya diisi untuk saluran Fasilitator.", FormField.CHANNEL)
    service: Service | None = None
    if data.service_id is not None:
        service = s.execute(_service_statement(), {"id": data.service_id}).unique().scalar_one_or_none()
        if service is None:
            raise ValidationError("Layanan tidak ditemukan di katalog.", FormField.SERVICE)
        if service.field != field_value:
            raise ValidationError(
                "Layanan '{name}' termasuk bidang {field_name}.",
                FormField.SERVICE,
                name=service.name,
                field_name=service.field,
            )
        if not service.active:
            raise ValidationError(
                "Layanan '{name}' sudah tidak aktif di katalog.", FormField.SERVICE, name=service.name
            )
    now = clock.now()
    number = numbering.next_number(s, numbering.Prefix.RESI, now)
    due = None
    if service is not None:
        due = workdays.add_working_days(now.date(), service.target_days, _holidays(s))
    complaint = Complaint(
        number=number,
        registered_at=now,
        resident_id=resident.id,
        channel=channel,
        facilitator_id=facilitator_id,
        visit_id=data.visit_id,
        visit_date=visit_date,
        field=field_value,
        service_id=service.id if service else None,
        description=description,
        urgency=urgency,
        status=ComplaintStatus.DITERIMA.value,
        due_date=due,
        registered_by_id=actor.user_id,
    )
    requirements = [r.text for r in service.requirements] if service else []
    complaint.documents = [
        ComplaintDocument(
            position=i,
            name=name,
            received=name in data.documents_brought,
            received_at=now if name in data.documents_brought else None,
        )
        for i, name in enumerate(requirements)
    ]
    s.add(complaint)
    # Not flushed yet: its events go into its collection and its status into its INSERT (history.py), so that the
    # complaint, its checklist and its events are written by one flush below, without an UPDATE after it.
    with s.no_autoflush:  # the audit head read on SQLite must not write the complaint before its status is set
        history.initial_complaint_event(s, actor, complaint)
        audit.record(
            s,
            actor,
            AuditAction.COMPLAINT_CREATE,
            "complaint",
            number,
            {
                "resident_id": resident.id,
                "field": field_value,
                "service": service.code if service else None,
                "channel": channel,
            },
        )
        if answer:
            complaint.answer = answer
            history.complaint_event(s, actor, complaint, "answer", answer)
            history.set_complaint_status(s, actor, complaint, ComplaintStatus.SELESAI.value, "Dijawab di meja layanan")
            # Answered face to face (or on the phone): the resident already knows the outcome.
            complaint.informed_at = now
            complaint.informed_channel = channel
            complaint.informed_by_id = actor.user_id
            history.complaint_event(s, actor, complaint, "informed", f"Warga diberi tahu langsung ({channel})")
        else:
            history.set_complaint_status(
                s, actor, complaint, ComplaintStatus.DITERUSKAN.value, "Diteruskan ke back office"
            )
    s.flush()
    if data.consent is not None:
        consent.record_in(s, actor, resident, data.consent, complaint)
    missing = [d.name for d in complaint.documents if not d.received]
    result = RegisteredComplaint(complaint.id, number, complaint.status, due, missing)
    return _consequences_in(s, actor, data, resident, complaint, result)


def _consequences_in(
    s: Session,
    actor: Actor,
    data: ComplaintInput,
    resident: Resident,
    complaint: Complaint,
    result: RegisteredComplaint,
) -> RegisteredComplaint:
    """What registering a complaint sets in motion: the DTKS proposal and the letter for Dukcapil."""
    from puskesos_desktop.services.documents import letters
    from puskesos_desktop.services.registry import proposals

    household = resident.household  # read with the resident (the proposal's own look-up finds it in the session)
    if data.propose_if_unregistered:
        proposal = proposals.ensure_addition_in(s, actor, resident)
        if proposal is not None:
            result = replace(result, proposal_number=proposal.number, proposal_created=proposal.created)
            history.complaint_event(
                s,
                actor,
                complaint,
                "usulan",
                f"Belum terdaftar di DTKS/DTSEN: {'diusulkan' if proposal.created else 'masuk usulan'} "
                f"{proposal.number} ({proposal.kind}, {proposal.status})",
            )
    if data.letter_if_no_papers and letters.missing_papers(resident, household.kk if household else None):
        letter = None
        if actor.can(Permission.LETTER_ISSUE):
            try:
                letter = letters.recommendation_in(s, actor, resident, complaint_id=complaint.id)
            except ValidationError as exc:
                # A missing signatory must never cost the complaint: the letter is issued later.
                history.complaint_event(s, actor, complaint, "surat", f"Surat rekomendasi belum dibuat: {exc.message}")
        if letter is not None:
            result = replace(result, letter_number=letter.number, letter_created=letter.created)
            history.complaint_event(s, actor, complaint, "surat", f"Surat rekomendasi Dukcapil {letter.number}")
        else:
            result = replace(result, letter_pending=True)
            if not actor.can(Permission.LETTER_ISSUE):
                history.complaint_event(
                    s,
                    actor,
                    complaint,
                    "surat",
                    "Belum punya NIK/KK: warga diarahkan ke kantor untuk surat",
                )
    return result


@dataclass(frozen=True, slots=True)
class DocumentLine:
    name: str
    received: bool


@dataclass(frozen=True, slots=True)
class EventLine:
    at: dt.datetime
    actor: str
    kind: str
    from_status: str | None
    to_status: str | None
    note: str


@dataclass(frozen=True, slots=True)
class ComplaintRecord:
    """A complaint as the services hand it out, with its resident's and service's names, checklist and timeline."""

    id: int
    number: str
    registered_at: dt.datetime
    resident_id: int
    resident_name: str
    nik: str | None
    kk: str | None
    channel: str
    facilitator_id: int | None
    visit_id: int | None
    visit_date: dt.date | None
    field: str
    service_id: int | None
    service: str
    description: str
    urgency: str
    status: str
    answer: str
    due_date: dt.date | None
    registered_by_id: int | None
    assigned_to_id: int | None
    closed_at: dt.datetime | None
    informed_at: dt.datetime | None
    informed_channel: str
    informed_by_id: int | None
    documents: tuple[DocumentLine, ...]
    referral_ids: tuple[int, ...]
    events: tuple[EventLine, ...]


@privacy.shielded
def get_complaint(db: Database, actor: Actor | None, number_or_id: str | int) -> ComplaintRecord:
    """A complaint with its resident, service, documents, referrals and events."""
    with db.read() as s:
        q = select(Complaint).options(
            selectinload(Complaint.resident).selectinload(Resident.household),
            selectinload(Complaint.service),
            selectinload(Complaint.documents),
            selectinload(Complaint.referrals),
            selectinload(Complaint.events),
        )
        if isinstance(number_or_id, int):
            q = q.where(Complaint.id == number_or_id)
        else:
            q = q.where(Complaint.number == number_or_id.strip().upper())
        c = s.execute(q).scalar_one_or_none()
        if c is None:
            raise NotFoundError("Keluhan {number_or_id} tidak ditemukan.", number_or_id=number_or_id)
        household = c.resident.household
        return ComplaintRecord(
            id=c.id,
            number=c.number,
            registered_at=c.registered_at,
            resident_id=c.resident_id,
            resident_name=c.resident.name,
            nik=c.resident.nik,
            kk=household.kk if household else None,
            channel=c.channel,
            facilitator_id=c.facilitator_id,
            visit_id=c.visit_id,
            visit_date=c.visit_date,
            field=c.field,
            service_id=c.service_id,
            service=c.service.name if c.service else "",
            description=c.description,
            urgency=c.urgency,
            status=c.status,
            answer=c.answer,
            due_date=c.due_date,
            registered_by_id=c.registered_by_id,
            assigned_to_id=c.assigned_to_id,
            closed_at=c.closed_at,
            informed_at=c.informed_at,
            informed_channel=c.informed_channel,
            informed_by_id=c.informed_by_id,
            documents=tuple(DocumentLine(d.name, d.received) for d in c.documents),
            referral_ids=tuple(r.id for r in c.referrals),
            events=tuple(EventLine(e.at, e.actor, e.kind, e.from_status, e.to_status, e.note) for e in c.events),
        )


@dataclass(frozen=True, slots=True)
class RecentComplaint:
    number: str
    registered_at: dt.datetime
    resident_id: int
    name: str
    nik: str | None
    field: str
    service: str
    status: str
    channel: str
    facilitator: str
    due_date: dt.date | None


@privacy.shielded
def recent(
    db: Database, actor: Actor | None, limit: int = 200, facilitator_id: int | None = None
) -> list[RecentComplaint]:
    """The latest complaints, newest first, with who registered them (a facilitator is named)."""
    with db.read() as s:
        q = (
            select(Complaint, Resident.name, Resident.nik, Service.name, User.full_name)
            .join(Resident, Resident.id == Complaint.resident_id)
            .outerjoin(Service, Service.id == Complaint.service_id)
            .outerjoin(User, User.id == Complaint.facilitator_id)
            .order_by(Complaint.registered_at.desc(), Complaint.id.desc())
            .limit(limit)
        )
        if facilitator_id is not None:
            q = q.where(Complaint.facilitator_id == facilitator_id)
        return [
            RecentComplaint(
                number=c.number,
                registered_at=c.registered_at,
                resident_id=c.resident_id,
                name=name,
                nik=nik,
                field=c.field,
                service=svc or "",
                status=c.status,
                channel=c.channel,
                facilitator=fac or "",
                due_date=c.due_date,
            )
            for c, name, nik, svc, fac in s.execute(q)
        ]
