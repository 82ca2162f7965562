"""The catalogue: programmes, services with their document requirements and target days, partners."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import seed_catalogue, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError, message_id
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Field
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Partner,
    Programme,
    Referral,
    RegistryProgramme,
    Service,
    ServiceRequirement,
    VillageHandling,
)
from puskesos_desktop.db.models.catalogue import LEVELS
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor


def seed_if_empty(session: Session) -> bool:
    """Fill an empty catalogue with the real programmes, services and partners. Returns True when it did."""
    if session.execute(select(func.count(Programme.id))).scalar_one() > 0:
        return False
    programmes: dict[str, Programme] = {}
    for p in seed_catalogue.PROGRAMMES:
        row = Programme(
            code=p["code"],
            name=p["name"],
            level=p["level"],
            organiser=p["organiser"],
            description=p["description"],
            criteria=p["criteria"],
            documents="\n".join(p["documents"]),
            in_registry=p["in_registry"],
        )
        if p["code"] in seed_catalogue.DESIL_CEILINGS:
            row.desil_max = seed_catalogue.DESIL_CEILINGS[p["code"]]
            row.desil_source = seed_catalogue.DESIL_SOURCE
            row.desil_source_date = seed_catalogue.DESIL_SOURCE_DATE
        session.add(row)
        programmes[row.code] = row
    partners: dict[str, Partner] = {}
    for q in seed_catalogue.PARTNERS:
        partner = Partner(name=q["name"], kind=q["kind"], field=q["field"], in_village=q.get("in_village", False))
        session.add(partner)
        partners[partner.name] = partner
    session.flush()
    for sv in seed_catalogue.SERVICES:
        service = Service(
            code=sv["code"],
            name=sv["name"],
            field=sv["field"],
            target_days=sv["target_days"],
            answered_at_desk=sv.get("answered_at_desk", False),
            default_partner_id=partners[sv["partner"]].id if sv.get("partner") else None,
            programme_id=programmes[sv["programme"]].id if sv.get("programme") else None,
        )
        service.requirements = [ServiceRequirement(position=i, text=t) for i, t in enumerate(sv["requirements"])]
        session.add(service)
    session.flush()
    return True


@dataclass(frozen=True)
class ServiceInfo:
    id: int
    code: str
    name: str
    field: str
    target_days: int
    requirements: tuple[str, ...]
    default_partner_id: int | None
    default_partner: str
    answered_at_desk: bool
    description: str
    programme_id: int | None = None
    active: bool = True


def list_services(db: Database, field: str | None = None, active_only: bool = True) -> list[ServiceInfo]:
    with db.read() as s:
        q = select(Service).options(selectinload(Service.requirements), selectinload(Service.default_partner))
        if field:
            q = q.where(Service.field == field)
        if active_only:
            q = q.where(Service.active.is_(True))
        rows = s.execute(q.order_by(Service.field, Service.name)).scalars().all()
        return [
            ServiceInfo(
                id=r.id,
                code=r.code,
                name=r.name,
                field=r.field,
                target_days=r.target_days,
                requirements=tuple(q.text for q in r.requirements),
                default_partner_id=r.default_partner_id,
                default_partner=r.default_partner.name if r.default_partner else "",
                answered_at_desk=r.answered_at_desk,
                description=r.description,
                programme_id=r.programme_id,
                active=r.active,
            )
            for r in rows
        ]


@dataclass(frozen=True, slots=True)
class ProgrammeRecord:
    id: int
    code: str
    name: str
    level: str
    organiser: str
    description: str
    criteria: str
    documents: str  # one per line
    in_registry: bool
    active: bool
    desil_max: int | None
    desil_source: str
    desil_source_date: dt.date | None


@dataclass(frozen=True, slots=True)
class PartnerRecord:
    id: int
    name: str
    kind: str
    field: str | None
    address: str
    contact_person: str
    phone: str
    notes: str
    in_village: bool
    active: bool


def list_programmes(db: Database, active_only: bool = True) -> list[ProgrammeRecord]:
    with db.read() as s:
        q = select(Programme)
        if active_only:
            q = q.where(Programme.active.is_(True))
        return [
            ProgrammeRecord(
                p.id,
                p.code,
                p.name,
                p.level,
                p.organiser,
                p.description,
                p.criteria,
                p.documents,
                p.in_registry,
                p.active,
                p.desil_max,
                p.desil_source,
                p.desil_source_date,
            )
            for p in s.execute(q.order_by(Programme.level, Programme.code)).scalars()
        ]


def list_partners(db: Database, active_only: bool = True) -> list[PartnerRecord]:
    with db.read() as s:
        q = select(Partner)
        if active_only:
            q = q.where(Partner.active.is_(True))
        return [
            PartnerRecord(
                p.id, p.name, p.kind, p.field, p.address, p.contact_person, p.phone, p.notes, p.in_village, p.active
            )
            for p in s.execute(q.order_by(Partner.name)).scalars()
        ]


# --- the coordinator's editing: partners, services, programmes ------------------------------------------------
# Every change is validated, audited with what changed, and made in one transaction. A record that others point
# to is never deleted, only deactivated, so old complaints and referrals keep their names.

PARTNER_KINDS: tuple[str, ...] = (
    "Puskesmas",
    "Rumah Sakit",
    "BPJS Kesehatan",
    "Dinas",
    "Sekolah",
    "SLRT",
    "Zakat",
    "CSR",
    "Desa",
    "TKSK",
    "TKPK",
    "Karang Taruna",
    "Posyandu",
    "Pendamping Program",
    "LSM",
    "Lainnya",
)
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9\-]{0,39}$")
_LANDLINE = re.compile(r"^[+(]?[0-9][0-9 \-().]{3,28}$")
MAX_TARGET_DAYS = 365


@dataclass(frozen=True)
class PartnerInput:
    name: str
    kind: str
    field: str | None = None
    address: str = ""
    contact_person: str = ""
    phone: str = ""
    notes: str = ""
    in_village: bool = False


@dataclass(frozen=True)
class PartnerInfo:
    id: int
    name: str
    kind: str
    field: str | None
    address: str
    contact_person: str
    phone: str
    notes: str
    in_village: bool
    active: bool
    used: int  # referrals, services and village handlings that point to it


@dataclass(frozen=True)
class ServiceInput:
    code: str
    name: str
    field: str
    target_days: int
    requirements: tuple[str, ...] = ()
    default_partner_id: int | None = None
    programme_id: int | None = None
    description: str = ""
    answered_at_desk: bool = False


@dataclass(frozen=True)
class ProgrammeInput:
    code: str
    name: str
    level: str
    organiser: str = ""
    description: str = ""
    criteria: str = ""
    documents: tuple[str, ...] = ()
    in_registry: bool = True


@dataclass(frozen=True)
class ProgrammeInfo:
    id: int
    code: str
    name: str
    level: str
    organiser: str
    description: str
    criteria: str
    documents: tuple[str, ...]
    in_registry: bool
    active: bool
    used: int


def _code(value: str, label: FormField = FormField.CODE) -> str:
    code = validate.text(value, label, required=True, max_len=40).upper()
    if not _CODE.match(code):
        raise ValidationError("Kode hanya huruf besar, angka dan tanda hubung (tanpa spasi).", label)
    return code


def _field(value: str | None, label: FormField = FormField.FIELD, required: bool = True) -> str | None:
    if not value:
        if required:
            raise ValidationError("Pilih bidang.", label)
        return None
    try:
        return Field(value).value
    except ValueError:
        raise ValidationError("Bidang tidak dikenal.", label) from None


def _lines(values: tuple[str, ...] | list[str], label: FormField, max_len: int = 300) -> list[str]:
    out: list[str] = []
    for value in values:
        text = validate.text(value, label, max_len=max_len)
        if text and text.lower() not in (o.lower() for o in out):
            out.append(text)
    return out


def _partner_values(s: Session, data: PartnerInput, partner_id: int | None) -> dict[str, object]:
    name = validate.text(data.name, FormField.PARTNER_NAME, required=True, max_len=200)
    kind = validate.text(data.kind, FormField.KIND, required=True, max_len=60)
    phone = validate.text(data.phone, FormField.PHONE, max_len=30)
    if phone and (not _LANDLINE.match(phone) or sum(ch.isdigit() for ch in phone) < 5):
        raise ValidationError("Nomor telepon hanya angka, spasi, +, - dan tanda kurung.", FormField.PHONE)
    clash = s.execute(select(Partner.id).where(func.lower(Partner.name) == name.lower())).scalar()
    if clash is not None and clash != partner_id:
        raise ValidationError("Mitra bernama '{name}' sudah ada.", FormField.PARTNER_NAME, name=name)
    return dict(
        name=name,
        kind=kind,
        field=_field(data.field, required=False),
        address=validate.text(data.address, FormField.ADDRESS, max_len=300),
        contact_person=validate.text(data.contact_person, FormField.CONTACT_PERSON, max_len=100),
        phone=phone,
        notes=validate.text(data.notes, FormField.NOTES, max_len=2000, multiline=True),
        in_village=bool(data.in_village),
    )


# --- one way to write every kind of entry --------------------------------------------------------------------

_Entry = Partner | Service | Programme


@dataclass(frozen=True)
class _Kind:
    """What differs between partners, services and programmes when they are written, switched and deleted."""

    model: type[_Entry]
    entity: str  # the audit trail's entity name
    missing: str  # the refusal when the row is gone
    used_by: tuple[Any, ...]  # the columns that refer to an entry: it is "used" that many times
    create: AuditAction
    update: AuditAction
    activate: AuditAction
    deactivate: AuditAction
    delete: AuditAction

    def key(self, row: _Entry) -> int | str:
        """Partners are audited by id (their names change), the others by their code."""
        return row.id if isinstance(row, Partner) else row.code


_PARTNER = _Kind(
    Partner, "partner", message_id("Mitra tidak ditemukan."),
    (Referral.partner_id, Service.default_partner_id, VillageHandling.partner_id),
    AuditAction.PARTNER_CREATE, AuditAction.PARTNER_UPDATE, AuditAction.PARTNER_ACTIVATE,
    AuditAction.PARTNER_DEACTIVATE, AuditAction.PARTNER_DELETE,
)  # fmt: skip
_SERVICE = _Kind(
    Service, "service", message_id("Layanan tidak ditemukan."), (Complaint.service_id, Referral.service_id),
    AuditAction.SERVICE_CREATE, AuditAction.SERVICE_UPDATE, AuditAction.SERVICE_ACTIVATE,
    AuditAction.SERVICE_DEACTIVATE, AuditAction.SERVICE_DELETE,
)  # fmt: skip
_PROGRAMME = _Kind(
    Programme, "programme", message_id("Program tidak ditemukan."),
    (RegistryProgramme.programme_id, Service.programme_id, VillageHandling.programme_id),
    AuditAction.PROGRAMME_CREATE, AuditAction.PROGRAMME_UPDATE, AuditAction.PROGRAMME_ACTIVATE,
    AuditAction.PROGRAMME_DEACTIVATE, AuditAction.PROGRAMME_DELETE,
)  # fmt: skip


def _usage(s: Session, kind: _Kind) -> dict[int, int]:
    used: Counter[int] = Counter()
    for column in kind.used_by:
        for row_id, n in s.execute(select(column, func.count()).where(column.is_not(None)).group_by(column)):
            if row_id is not None:
                used[row_id] += n
    return dict(used)


def _load(s: Session, kind: _Kind, row_id: int, **options: Any) -> Any:
    row = s.get(kind.model, row_id, **options)
    if row is None:
        raise NotFoundError(kind.missing)
    return row


def _add(s: Session, actor: Actor, kind: _Kind, row: _Entry, audited: dict[str, object]) -> None:
    s.add(row)
    s.flush()
    audit.record(s, actor, kind.create, kind.entity, kind.key(row), audited)


def _update(
    s: Session, actor: Actor, kind: _Kind, row: _Entry, values: dict[str, object], extra: dict[str, list[object]]
) -> None:
    """Write `values` into `row`; what changed (and `extra` changes) goes to the trail, nothing when nothing did."""
    changes = {k: [getattr(row, k), v] for k, v in values.items() if getattr(row, k) != v} | extra
    for k, v in values.items():
        setattr(row, k, v)
    if changes:
        audit.record(s, actor, kind.update, kind.entity, kind.key(row), changes)


def _set_active(db: Database, actor: Actor, kind: _Kind, row_id: int, active: bool) -> None:
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        row = cast("_Entry", _load(s, kind, row_id))
        if row.active == active:
            return
        row.active = active
        action = kind.activate if active else kind.deactivate
        details = {"name": row.name} if isinstance(row, Partner) else None
        audit.record(s, actor, action, kind.entity, kind.key(row), details)


def _delete(
    db: Database, actor: Actor, kind: _Kind, row_id: int, in_use: Callable[[Any, int], ValidationError]
) -> None:
    """Only an entry nothing refers to; otherwise the refusal `in_use` makes (deactivate it instead)."""
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        row = cast("_Entry", _load(s, kind, row_id))
        used = _usage(s, kind).get(row.id, 0)
        if used:
            raise in_use(row, used)
        audit.record(s, actor, kind.delete, kind.entity, kind.key(row), {"name": row.name})
        s.delete(row)


# --- partners -------------------------------------------------------------------------------------------------


def _partner_info(p: Partner, used: int) -> PartnerInfo:
    return PartnerInfo(
        id=p.id,
        name=p.name,
        kind=p.kind,
        field=p.field,
        address=p.address,
        contact_person=p.contact_person,
        phone=p.phone,
        notes=p.notes,
        in_village=p.in_village,
        active=p.active,
        used=used,
    )


def partner_rows(db: Database, active_only: bool = False) -> list[PartnerInfo]:
    with db.read() as s:
        used = _usage(s, _PARTNER)
        q = select(Partner).order_by(Partner.name)
        if active_only:
            q = q.where(Partner.active.is_(True))
        return [_partner_info(p, used.get(p.id, 0)) for p in s.execute(q).scalars()]


def create_partner(db: Database, actor: Actor, data: PartnerInput) -> PartnerInfo:
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        values = _partner_values(s, data, None)
        p = Partner(**values, active=True)
        _add(s, actor, _PARTNER, p, values)
        return _partner_info(p, 0)


def update_partner(db: Database, actor: Actor, partner_id: int, data: PartnerInput) -> PartnerInfo:
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        p = _load(s, _PARTNER, partner_id)
        _update(s, actor, _PARTNER, p, _partner_values(s, data, partner_id), {})
        return _partner_info(p, _usage(s, _PARTNER).get(p.id, 0))


def set_partner_active(db: Database, actor: Actor, partner_id: int, active: bool) -> None:
    _set_active(db, actor, _PARTNER, partner_id, active)


def delete_partner(db: Database, actor: Actor, partner_id: int) -> None:
    """Only a partner nothing refers to; otherwise deactivate it."""

    def in_use(p: Partner, used: int) -> ValidationError:
        return ValidationError(
            "Mitra '{name}' sudah dipakai {used} kali (rujukan, layanan atau penanganan desa); "
            "nonaktifkan saja agar riwayatnya tetap utuh.",
            "Mitra",
            name=p.name,
            used=used,
        )

    _delete(db, actor, _PARTNER, partner_id, in_use)


# --- services -------------------------------------------------------------------------------------------------


def _service_values(s: Session, data: ServiceInput, service_id: int | None) -> tuple[dict[str, object], list[str]]:
    code = _code(data.code)
    clash = s.execute(select(Service.id).where(Service.code == code)).scalar()
    if clash is not None and clash != service_id:
        raise ValidationError("Kode layanan '{code}' sudah dipakai.", FormField.CODE, code=code)
    name = validate.text(data.name, FormField.SERVICE_NAME, required=True, max_len=200)
    field = _field(data.field)
    if not 0 <= int(data.target_days) <= MAX_TARGET_DAYS:
        raise ValidationError(
            "Target hari kerja antara 0 dan {max_target_days}.", FormField.TARGET_DAYS, max_target_days=MAX_TARGET_DAYS
        )
    if data.default_partner_id is not None:
        partner = s.get(Partner, data.default_partner_id)
        if partner is None or not partner.active:
            raise ValidationError("Tujuan bawaan tidak ditemukan atau tidak aktif.", FormField.DEFAULT_PARTNER)
    if data.programme_id is not None and s.get(Programme, data.programme_id) is None:
        raise ValidationError(message_id("Program tidak ditemukan."), FormField.PROGRAMME)
    values: dict[str, object] = dict(
        code=code,
        name=name,
        field=field,
        target_days=int(data.target_days),
        default_partner_id=data.default_partner_id,
        programme_id=data.programme_id,
        description=validate.text(data.description, FormField.REMARKS, max_len=2000, multiline=True),
        answered_at_desk=bool(data.answered_at_desk),
    )
    return values, _lines(data.requirements, FormField.REQUIREMENTS)


def _service_info(s: Session, service_id: int) -> ServiceInfo:
    r = s.execute(
        select(Service)
        .where(Service.id == service_id)
        .options(selectinload(Service.requirements), selectinload(Service.default_partner))
    ).scalar_one()
    return ServiceInfo(
        id=r.id,
        code=r.code,
        name=r.name,
        field=r.field,
        target_days=r.target_days,
        requirements=tuple(q.text for q in r.requirements),
        default_partner_id=r.default_partner_id,
        default_partner=r.default_partner.name if r.default_partner else "",
        answered_at_desk=r.answered_at_desk,
        description=r.description,
        programme_id=r.programme_id,
        active=r.active,
    )


def create_service(db: Database, actor: Actor, data: ServiceInput) -> ServiceInfo:
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        values, reqs = _service_values(s, data, None)
        svc = Service(**values, active=True)
        svc.requirements = [ServiceRequirement(position=i, text=t) for i, t in enumerate(reqs)]
        _add(s, actor, _SERVICE, svc, {**values, "requirements": reqs})
        return _service_info(s, svc.id)


def update_service(db: Database, actor: Actor, service_id: int, data: ServiceInput) -> ServiceInfo:
    """Requirements are replaced whole; complaints already registered keep their own checklists."""
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        svc = _load(s, _SERVICE, service_id, options=[selectinload(Service.requirements)])
        values, reqs = _service_values(s, data, service_id)
        old_reqs = [r.text for r in svc.requirements]
        extra: dict[str, list[object]] = {}
        if old_reqs != reqs:
            extra["requirements"] = [old_reqs, reqs]
            svc.requirements = [ServiceRequirement(position=i, text=t) for i, t in enumerate(reqs)]
        _update(s, actor, _SERVICE, svc, values, extra)
        s.flush()
        return _service_info(s, svc.id)


def set_service_active(db: Database, actor: Actor, service_id: int, active: bool) -> None:
    _set_active(db, actor, _SERVICE, service_id, active)


def delete_service(db: Database, actor: Actor, service_id: int) -> None:
    def in_use(svc: Service, used: int) -> ValidationError:
        return ValidationError(
            "Layanan '{name}' sudah dipakai {used} keluhan/rujukan; nonaktifkan saja.",
            "Layanan",
            name=svc.name,
            used=used,
        )

    _delete(db, actor, _SERVICE, service_id, in_use)


# --- programmes -----------------------------------------------------------------------------------------------


def _programme_values(s: Session, data: ProgrammeInput, programme_id: int | None) -> dict[str, object]:
    code = _code(data.code)
    if len(code) > 20:
        raise ValidationError("Kode program maksimal 20 karakter.", FormField.CODE)
    clash = s.execute(select(Programme.id).where(Programme.code == code)).scalar()
    if clash is not None and clash != programme_id:
        raise ValidationError("Kode program '{code}' sudah dipakai.", FormField.CODE, code=code)
    if data.level not in LEVELS:
        raise ValidationError("Pilih tingkat penyelenggara: {levels}.", FormField.LEVEL, levels=", ".join(LEVELS))
    return dict(
        code=code,
        name=validate.text(data.name, FormField.PROGRAMME_NAME, required=True, max_len=200),
        level=data.level,
        organiser=validate.text(data.organiser, FormField.ORGANISER, max_len=200),
        description=validate.text(data.description, FormField.REMARKS, max_len=4000, multiline=True),
        criteria=validate.text(data.criteria, FormField.CRITERIA, max_len=4000, multiline=True),
        documents="\n".join(_lines(data.documents, FormField.DOCUMENTS)),
        in_registry=bool(data.in_registry),
    )


def _programme_info(p: Programme, used: int) -> ProgrammeInfo:
    return ProgrammeInfo(
        id=p.id,
        code=p.code,
        name=p.name,
        level=p.level,
        organiser=p.organiser,
        description=p.description,
        criteria=p.criteria,
        documents=tuple(x for x in p.documents.splitlines() if x.strip()),
        in_registry=p.in_registry,
        active=p.active,
        used=used,
    )


def programme_rows(db: Database, active_only: bool = False) -> list[ProgrammeInfo]:
    with db.read() as s:
        used = _usage(s, _PROGRAMME)
        q = select(Programme).order_by(Programme.level, Programme.code)
        if active_only:
            q = q.where(Programme.active.is_(True))
        return [_programme_info(p, used.get(p.id, 0)) for p in s.execute(q).scalars()]


def create_programme(db: Database, actor: Actor, data: ProgrammeInput) -> ProgrammeInfo:
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        values = _programme_values(s, data, None)
        p = Programme(**values, active=True)
        _add(s, actor, _PROGRAMME, p, values)
        return _programme_info(p, 0)


def update_programme(db: Database, actor: Actor, programme_id: int, data: ProgrammeInput) -> ProgrammeInfo:
    actor.require(Permission.CATALOGUE)
    with db.write() as s:
        p = _load(s, _PROGRAMME, programme_id)
        _update(s, actor, _PROGRAMME, p, _programme_values(s, data, programme_id), {})
        return _programme_info(p, _usage(s, _PROGRAMME).get(p.id, 0))


def set_programme_active(db: Database, actor: Actor, programme_id: int, active: bool) -> None:
    _set_active(db, actor, _PROGRAMME, programme_id, active)


def delete_programme(db: Database, actor: Actor, programme_id: int) -> None:
    def in_use(p: Programme, used: int) -> ValidationError:
        return ValidationError(
            "Program '{code}' sudah dipakai {used} kali (data DTKS, layanan atau penanganan desa); nonaktifkan saja.",
            "Program",
            code=p.code,
            used=used,
        )

    _delete(db, actor, _PROGRAMME, programme_id, in_use)
