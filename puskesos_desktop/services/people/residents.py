"""Residents and households: register, edit (with history), read."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace

from rapidfuzz import fuzz
from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, identity, validate
from puskesos_desktop.core import phone as phones
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError, message_id
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.core.text import name_case, name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import FieldVisit, Household, RegistryRecord, Resident, ResidentRevision, User
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.context import Actor

NO_PAPERS_REASON = "belum punya NIK/KK"


@dataclass(frozen=True)
class ResidentInput:
    name: str
    sex: str = ""  # "L"/"P"; derived from the NIK when empty
    nik: str = ""
    kk: str = ""
    no_nik_reason: str = ""  # required when nik or kk is missing
    birth_place: str = ""
    birth_date: dt.date | None = None  # derived from the NIK when empty
    family_relation: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    phone: str = ""
    disability: bool = False
    elderly: bool = False
    pregnant: bool = False
    notes: str = ""
    facilitator_id: int | None = None
    visit_id: int | None = None


@dataclass(frozen=True, slots=True)
class ResidentRecord:
    """A resident as the services hand it out: plain values, the family card's number read in the transaction."""

    id: int
    nik: str | None
    kk: str | None
    household_id: int | None
    no_nik_reason: str
    name: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    family_relation: str
    address: str
    rt: str
    rw: str
    phone: str
    disability: bool
    elderly: bool
    pregnant: bool
    notes: str
    facilitator_id: int | None
    visit_id: int | None
    life_status: str
    life_status_date: dt.date | None
    anonymised_at: dt.datetime | None


def record_of(r: Resident, kk: str | None) -> ResidentRecord:
    """Inside a transaction: the resident's values (kk given by the caller, who knows it without a lazy load)."""
    return ResidentRecord(
        id=r.id,
        nik=r.nik,
        kk=kk,
        household_id=r.household_id,
        no_nik_reason=r.no_nik_reason,
        name=r.name,
        sex=r.sex,
        birth_place=r.birth_place,
        birth_date=r.birth_date,
        family_relation=r.family_relation,
        address=r.address,
        rt=r.rt,
        rw=r.rw,
        phone=r.phone,
        disability=r.disability,
        elderly=r.elderly,
        pregnant=r.pregnant,
        notes=r.notes,
        facilitator_id=r.facilitator_id,
        visit_id=r.visit_id,
        life_status=r.life_status,
        life_status_date=r.life_status_date,
        anonymised_at=r.anonymised_at,
    )


@dataclass(frozen=True)
class CleanResident:
    values: dict[str, object]
    kk: str | None
    warnings: list[str] = field(default_factory=list)


def clean(data: ResidentInput) -> CleanResident:
    """Validate everything a resident form holds; raise ValidationError naming the field."""
    name = validate.text(data.name, FormField.NAME, required=True, max_len=150)
    warnings: list[str] = []
    nik: str | None = None
    sex = data.sex.strip().upper()
    birth = data.birth_date
    if data.nik.strip():
        info = identity.parse_nik(data.nik, FormField.NIK)
        nik = info.nik
        if sex and sex != info.sex:
            raise ValidationError(
                "Jenis kelamin tidak sesuai dengan NIK (tanggal lahir perempuan + 40).", FormField.SEX
            )
        if birth and birth != info.birth_date:
            raise ValidationError(
                "Tanggal lahir tidak sesuai dengan NIK (menurut NIK {birth_date:%d-%m-%Y}).",
                FormField.BIRTH_DATE,
                birth_date=info.birth_date,
            )
        sex, birth = info.sex, info.birth_date
    kk = identity.parse_kk(data.kk, FormField.KK) if data.kk.strip() else None
    reason = validate.text(data.no_nik_reason, FormField.NO_PAPERS_REASON, max_len=200)
    if (nik is None or kk is None) and not reason:
        raise ValidationError(
            "NIK dan No. KK wajib diisi, atau tulis alasannya (misalnya '{no_papers_reason}').",
            FormField.NIK if nik is None else FormField.KK,
            no_papers_reason=NO_PAPERS_REASON,
        )
    if nik is not None and kk is not None:
        reason = ""
    if sex not in ("L", "P"):
        raise ValidationError("Pilih jenis kelamin.", FormField.SEX)
    birth = validate.birth_date(birth, FormField.BIRTH_DATE)
    values: dict[str, object] = dict(
        nik=nik,
        no_nik_reason=reason,
        name=name,
        name_key=name_key(name),
        sex=sex,
        birth_place=validate.text(data.birth_place, FormField.BIRTH_PLACE, max_len=100),
        birth_date=birth,
        family_relation=validate.text(data.family_relation, FormField.RELATION, max_len=50),
        address=validate.text(data.address, FormField.ADDRESS, max_len=300),
        rt=validate.rt_rw(data.rt, FormField.RT),
        rw=validate.rt_rw(data.rw, FormField.RW),
        phone=phones.normalise(data.phone, FormField.PHONE),  # one stored form, +628…
        disability=data.disability,
        elderly=data.elderly,
        pregnant=data.pregnant and sex == "P",
        notes=validate.text(data.notes, FormField.NOTES, max_len=2000, multiline=True),
        facilitator_id=data.facilitator_id,
        visit_id=data.visit_id,
    )
    return CleanResident(values=values, kk=kk, warnings=warnings)


def household_for(session: Session, kk: str | None, address: str, rt: str, rw: str) -> Household | None:
    if kk is None:
        return None
    hh = session.execute(select(Household).where(Household.kk == kk)).scalar_one_or_none()
    if hh is None:
        hh = Household(kk=kk, address=address, rt=rt, rw=rw)
        session.add(hh)
        session.flush()
    return hh


def create_resident(
    db: Database, actor: Actor, data: ResidentInput, *, check_duplicates: bool = False
) -> ResidentRecord:
    """Register a person. `check_duplicates`: refuse with DuplicateResident when the guard finds candidates
    (the form shows them; staff open the existing person or confirm, and the form saves again without it)."""
    actor.require(Permission.RESIDENT_WRITE)
    cleaned = clean(data)
    with db.write() as s:
        _check_field_links(s, cleaned)
        if check_duplicates:
            found = duplicates_in(s, cleaned)
            if found:
                raise DuplicateResident(found)
        return record_of(create_resident_in(s, actor, cleaned), cleaned.kk)


def _check_field_links(s: Session, cleaned: CleanResident) -> None:
    """A facilitator and visit named on the form must exist (and the visit must be that facilitator's)."""
    fid = cleaned.values.get("facilitator_id")
    vid = cleaned.values.get("visit_id")
    if vid is not None:
        visit = s.get(FieldVisit, vid)
        if visit is None:
            raise ValidationError("Kunjungan lapangan tidak ditemukan.", FormField.VISIT)
        if fid is None:
            cleaned.values["facilitator_id"] = fid = visit.facilitator_id
        elif fid != visit.facilitator_id:
            raise ValidationError("Kunjungan itu dicatat oleh fasilitator lain.", FormField.VISIT)
    if fid is not None:
        user = s.get(User, fid)
        if user is None or user.role != Role.FASILITATOR.value:
            raise ValidationError("Pilih akun fasilitator.", FormField.FACILITATOR)


def create_resident_in(s: Session, actor: Actor, cleaned: CleanResident) -> Resident:
    """Inside an open transaction (registering a resident together with a complaint)."""
    nik = cleaned.values["nik"]
    if nik is not None and s.execute(select(Resident.id).where(Resident.nik == nik)).first():
        raise ValidationError("NIK ini sudah terdaftar sebagai warga. Buka data warga yang ada.", FormField.NIK)
    hh = household_for(
        s, cleaned.kk, str(cleaned.values["address"]), str(cleaned.values["rt"]), str(cleaned.values["rw"])
    )
    resident = Resident(**cleaned.values, household_id=hh.id if hh else None, created_by_id=actor.user_id)
    s.add(resident)
    s.flush()
    audit.record(
        s,
        actor,
        AuditAction.RESIDENT_CREATE,
        "resident",
        resident.id,
        {"nik": nik, "kk": cleaned.kk, "name": resident.name},
    )
    return resident


def update_resident(db: Database, actor: Actor, resident_id: int, data: ResidentInput) -> ResidentRecord:
    actor.require(Permission.RESIDENT_WRITE)
    cleaned = clean(data)
    with db.write() as s:
        _check_field_links(s, cleaned)
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        nik = cleaned.values["nik"]
        if (
            nik is not None
            and s.execute(select(Resident.id).where(Resident.nik == nik, Resident.id != resident_id)).first()
        ):
            raise ValidationError("NIK ini sudah dipakai warga lain.", FormField.NIK)
        old_kk = resident.household.kk if resident.household else None
        changes: dict[str, list[object]] = {}
        for key, value in cleaned.values.items():
            if key in ("name_key", "facilitator_id", "visit_id"):
                continue
            old = getattr(resident, key)
            if old != value:
                changes[key] = [_plain(old), _plain(value)]
                setattr(resident, key, value)
        resident.name_key = str(cleaned.values["name_key"])
        if old_kk != cleaned.kk:
            changes["kk"] = [old_kk, cleaned.kk]
            hh = household_for(s, cleaned.kk, resident.address, resident.rt, resident.rw)
            resident.household_id = hh.id if hh else None
        if changes:
            s.add(
                ResidentRevision(
                    resident_id=resident.id,
                    user_id=actor.user_id,
                    actor=actor.label,
                    changes=json.dumps(changes, ensure_ascii=False),
                )
            )
            audit.record(s, actor, AuditAction.RESIDENT_UPDATE, "resident", resident.id, changes)
        return record_of(resident, cleaned.kk)


def _plain(v: object) -> object:
    return v.isoformat() if isinstance(v, dt.date) else v


@privacy.shielded
def get_resident(db: Database, actor: Actor | None, resident_id: int) -> ResidentRecord:
    with db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFoundError("Warga tidak ditemukan.")
        return record_of(r, r.household.kk if r.household else None)


def input_from(resident: ResidentRecord) -> ResidentInput:
    """The form values of an existing resident (to edit them)."""
    kk = resident.kk or ""
    base = ResidentInput(name=resident.name)
    return replace(
        base,
        sex=resident.sex,
        nik=resident.nik or "",
        kk=kk,
        no_nik_reason=resident.no_nik_reason,
        birth_place=resident.birth_place,
        birth_date=resident.birth_date,
        family_relation=resident.family_relation,
        address=resident.address,
        rt=resident.rt,
        rw=resident.rw,
        phone=resident.phone,
        disability=resident.disability,
        elderly=resident.elderly,
        pregnant=resident.pregnant,
        notes=resident.notes,
        facilitator_id=resident.facilitator_id,
        visit_id=resident.visit_id,
    )


# --- the duplicate guard -------------------------------------------------------------------------------------

SIMILAR_NAME = 85  # rapidfuzz token_sort_ratio on name keys


@dataclass(frozen=True)
class DuplicateCandidate:
    kind: str  # "resident" (already a client) or "registry" (in DTKS/DTSEN, not yet a client)
    reason: str  # why the guard thinks it may be the same person, in Indonesian
    name: str
    nik: str | None
    kk: str | None
    birth_date: dt.date | None
    address: str
    resident_id: int | None = None
    registry_record_id: int | None = None
    blocking: bool = False  # the same NIK: saving is impossible, open the existing person
    score: float = 100.0


class DuplicateResident(ValidationError):
    """The guard found people who may be the one being registered."""

    def __init__(self, candidates: list[DuplicateCandidate]) -> None:
        blocking = any(c.blocking for c in candidates)
        text = (
            message_id("NIK ini sudah terdaftar sebagai warga. Buka data warga yang ada.")
            if blocking
            else message_id("Ada {count} orang yang mirip. Periksa dulu apakah orangnya sama.")
        )
        super().__init__(text, "NIK" if blocking else "Nama", count=len(candidates))
        self.candidates = candidates


def _similar(a: str, b: str) -> float:
    return float(max(fuzz.token_sort_ratio(a, b), fuzz.ratio(a.replace(" ", ""), b.replace(" ", ""))))


@privacy.shielded
def find_duplicates(
    db: Database, actor: Actor | None, data: ResidentInput, exclude_id: int | None = None
) -> list[DuplicateCandidate]:
    """People who may be this person: same NIK; same KK and a similar name; a similar name and the same birth date.

    Raises ValidationError for input the form must fix first (a malformed NIK, …)."""
    cleaned = clean(data)
    with db.read() as s:
        return duplicates_in(s, cleaned, exclude_id)


def duplicates_in(s: Session, cleaned: CleanResident, exclude_id: int | None = None) -> list[DuplicateCandidate]:
    values = cleaned.values
    key = str(values["name_key"])
    nik = values["nik"]
    birth = values["birth_date"]
    out: dict[tuple[str, int], DuplicateCandidate] = {}

    def add_resident(r: Resident, kk: str | None, reason: str, blocking: bool, score: float) -> None:
        if r.id == exclude_id or ("resident", r.id) in out:
            return
        out[("resident", r.id)] = DuplicateCandidate(
            "resident",
            reason,
            r.name,
            r.nik,
            kk,
            r.birth_date,
            r.address,
            resident_id=r.id,
            blocking=blocking,
            score=score,
        )

    if nik is not None:
        for r, kk in s.execute(
            select(Resident, Household.kk)
            .outerjoin(Household, Household.id == Resident.household_id)
            .where(Resident.nik == nik)
        ):
            add_resident(r, kk, "NIK sama", True, 100.0)
    if cleaned.kk is not None:
        for r, kk in s.execute(
            select(Resident, Household.kk)
            .join(Household, Household.id == Resident.household_id)
            .where(Household.kk == cleaned.kk)
        ):
            score = _similar(key, r.name_key)
            if score >= SIMILAR_NAME:
                add_resident(r, kk, "No. KK sama dan nama mirip", False, score)
    if isinstance(birth, dt.date):
        for r, kk in s.execute(
            select(Resident, Household.kk)
            .outerjoin(Household, Household.id == Resident.household_id)
            .where(Resident.birth_date == birth)
        ):
            score = _similar(key, r.name_key)
            if score >= SIMILAR_NAME and (nik is None or r.nik is None or r.nik != nik):
                add_resident(r, kk, "Nama mirip dan tanggal lahir sama", False, score)
        # Someone in DTKS/DTSEN who never came: offer to make them a client rather than type them again.
        client_niks = {c.nik for c in out.values() if c.nik}
        for rec in s.execute(
            select(RegistryRecord).where(RegistryRecord.birth_date == birth, RegistryRecord.active.is_(True))
        ).scalars():
            if rec.nik == nik or rec.nik in client_niks:
                continue
            score = _similar(key, rec.name_key or name_key(rec.name))
            if score >= SIMILAR_NAME and not s.execute(select(Resident.id).where(Resident.nik == rec.nik)).first():
                out[("registry", rec.id)] = DuplicateCandidate(
                    "registry",
                    "Ada di DTKS/DTSEN: nama mirip dan tanggal lahir sama",
                    rec.name,
                    rec.nik,
                    rec.kk or None,
                    rec.birth_date,
                    rec.address,
                    registry_record_id=rec.id,
                    score=score,
                )
    return sorted(out.values(), key=lambda c: (not c.blocking, -c.score, c.name))


# --- people known from the registry --------------------------------------------------------------------------


def create_from_registry(db: Database, actor: Actor, record_id: int) -> ResidentRecord:
    """Someone in DTKS/DTSEN who never came to the office becomes a client (their registry data copied)."""
    actor.require(Permission.RESIDENT_WRITE)
    with db.write() as s:
        rec = s.get(RegistryRecord, record_id)
        if rec is None or not rec.active:
            raise NotFoundError("Data DTKS/DTSEN tidak ditemukan (atau tidak ada lagi di data terbaru).")
        r = client_from_registry_in(s, actor, rec)
        hh = s.get(Household, r.household_id) if r.household_id is not None else None
        return record_of(r, hh.kk if hh else None)


def client_from_registry_in(s: Session, actor: Actor, rec: RegistryRecord) -> Resident:
    """The client behind this registry record, created from it when they are not one yet."""
    existing = s.execute(select(Resident).where(Resident.nik == rec.nik)).scalar_one_or_none()
    if existing is not None:
        return existing
    info = identity.parse_nik(rec.nik, "NIK", today=clock.today())
    kk = identity.parse_kk(rec.kk, "No. KK") if rec.kk else None
    data = ResidentInput(
        name=name_case(rec.name) if rec.name.isupper() else rec.name.strip(),
        sex=info.sex,
        nik=rec.nik,
        kk=kk or "",
        no_nik_reason="" if kk else "No. KK tidak tercantum di DTKS/DTSEN",
        birth_place=rec.birth_place,
        birth_date=info.birth_date,
        address=rec.address,
        rt=rec.rt,
        rw=rec.rw,
    )
    resident = create_resident_in(s, actor, clean(data))
    audit.record(s, actor, AuditAction.RESIDENT_FROM_REGISTRY, "resident", resident.id, {"registry_record_id": rec.id})
    return resident


# --- reading --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    resident_id: int
    name: str
    nik: str | None
    sex: str
    birth_date: dt.date | None
    relation: str


@privacy.shielded
def household_members(db: Database, actor: Actor | None, resident_id: int) -> list[MemberRow]:
    """The people the office knows on the same family card (the resident included)."""
    with db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFoundError("Warga tidak ditemukan.")
        if r.household_id is None:
            rows = [r]
        else:
            rows = list(
                s.execute(
                    select(Resident).where(Resident.household_id == r.household_id).order_by(Resident.birth_date)
                ).scalars()
            )
        return [MemberRow(m.id, m.name, m.nik, m.sex, m.birth_date, m.family_relation) for m in rows]


@dataclass(frozen=True)
class Revision:
    at: dt.datetime
    actor: str
    changes: dict[str, list[object]]


@privacy.shielded
def revisions(db: Database, actor: Actor | None, resident_id: int) -> list[Revision]:
    with db.read() as s:
        return [
            Revision(r.at, r.actor, json.loads(r.changes))
            for r in s.execute(
                select(ResidentRevision)
                .where(ResidentRevision.resident_id == resident_id)
                .order_by(ResidentRevision.id)
            ).scalars()
        ]
