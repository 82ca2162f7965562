"""Residents and households: register, edit (with history), read."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core import identity, validate
from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.text import name_key
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household, Resident, ResidentRevision
from puskesos_desktop.services import audit
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


@dataclass(frozen=True)
class CleanResident:
    values: dict[str, object]
    kk: str | None
    warnings: list[str] = field(default_factory=list)


def clean(data: ResidentInput) -> CleanResident:
    """Validate everything a resident form holds; raise ValidationError naming the field."""
    name = validate.text(data.name, "Nama", required=True, max_len=150)
    warnings: list[str] = []
    nik: str | None = None
    sex = data.sex.strip().upper()
    birth = data.birth_date
    if data.nik.strip():
        info = identity.parse_nik(data.nik, "NIK")
        nik = info.nik
        if sex and sex != info.sex:
            raise ValidationError(
                "Jenis kelamin tidak sesuai dengan NIK (tanggal lahir perempuan + 40).", "Jenis kelamin"
            )
        if birth and birth != info.birth_date:
            raise ValidationError(
                f"Tanggal lahir tidak sesuai dengan NIK (menurut NIK {info.birth_date:%d-%m-%Y}).", "Tanggal lahir"
            )
        sex, birth = info.sex, info.birth_date
    kk = identity.parse_kk(data.kk, "No. KK") if data.kk.strip() else None
    reason = validate.text(data.no_nik_reason, "Alasan tanpa NIK/KK", max_len=200)
    if (nik is None or kk is None) and not reason:
        raise ValidationError(
            f"NIK dan No. KK wajib diisi, atau tulis alasannya (misalnya '{NO_PAPERS_REASON}').",
            "NIK" if nik is None else "No. KK",
        )
    if nik is not None and kk is not None:
        reason = ""
    if sex not in ("L", "P"):
        raise ValidationError("Pilih jenis kelamin.", "Jenis kelamin")
    birth = validate.birth_date(birth)
    values: dict[str, object] = dict(
        nik=nik,
        no_nik_reason=reason,
        name=name,
        name_key=name_key(name),
        sex=sex,
        birth_place=validate.text(data.birth_place, "Tempat lahir", max_len=100),
        birth_date=birth,
        family_relation=validate.text(data.family_relation, "Hubungan keluarga", max_len=50),
        address=validate.text(data.address, "Alamat", max_len=300),
        rt=validate.rt_rw(data.rt, "RT"),
        rw=validate.rt_rw(data.rw, "RW"),
        phone=validate.phone(data.phone),
        disability=data.disability,
        elderly=data.elderly,
        pregnant=data.pregnant and sex == "P",
        notes=validate.text(data.notes, "Catatan", max_len=2000, multiline=True),
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


def create_resident(db: Database, actor: Actor, data: ResidentInput) -> Resident:
    actor.require(Permission.RESIDENT_WRITE)
    cleaned = clean(data)
    with db.write() as s:
        return create_resident_in(s, actor, cleaned)


def create_resident_in(s: Session, actor: Actor, cleaned: CleanResident) -> Resident:
    """Inside an open transaction (registering a resident together with a complaint)."""
    nik = cleaned.values["nik"]
    if nik is not None and s.execute(select(Resident.id).where(Resident.nik == nik)).first():
        raise ValidationError("NIK ini sudah terdaftar sebagai warga. Buka data warga yang ada.", "NIK")
    hh = household_for(
        s, cleaned.kk, str(cleaned.values["address"]), str(cleaned.values["rt"]), str(cleaned.values["rw"])
    )
    resident = Resident(**cleaned.values, household_id=hh.id if hh else None, created_by_id=actor.user_id)
    s.add(resident)
    s.flush()
    audit.record(
        s, actor, "resident.create", "resident", resident.id, {"nik": nik, "kk": cleaned.kk, "name": resident.name}
    )
    return resident


def update_resident(db: Database, actor: Actor, resident_id: int, data: ResidentInput) -> Resident:
    actor.require(Permission.RESIDENT_WRITE)
    cleaned = clean(data)
    with db.write() as s:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        nik = cleaned.values["nik"]
        if (
            nik is not None
            and s.execute(select(Resident.id).where(Resident.nik == nik, Resident.id != resident_id)).first()
        ):
            raise ValidationError("NIK ini sudah dipakai warga lain.", "NIK")
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
            audit.record(s, actor, "resident.update", "resident", resident.id, changes)
        return resident


def _plain(v: object) -> object:
    return v.isoformat() if isinstance(v, dt.date) else v


def get_resident(db: Database, resident_id: int) -> Resident:
    with db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFoundError("Warga tidak ditemukan.")
        _ = r.household
        return r


def input_from(resident: Resident) -> ResidentInput:
    """The form values of an existing resident (to edit them)."""
    kk = resident.household.kk if resident.household and resident.household.kk else ""
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
