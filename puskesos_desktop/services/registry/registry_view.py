"""The read side of the DTKS/DTSEN registry extract for one person or household (the import is elsewhere)."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, exists, select
from sqlalchemy.orm import Session

from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Programme, RegistryImport, RegistryProgramme, RegistryRecord, Resident
from puskesos_desktop.printing.data import RegistryStatus
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor


@dataclass(frozen=True)
class ProgrammeInfo:
    code: str
    name: str


@dataclass(frozen=True)
class RegistryView:
    """What the registry says about one NIK. `in_registry` False: not in the latest extract (or no NIK)."""

    nik: str | None
    in_registry: bool
    record_id: int | None = None
    name: str = ""
    kk: str = ""
    registry_id: str = ""
    desil: int | None = None
    programmes: tuple[ProgrammeInfo, ...] = ()
    extract_date: dt.date | None = None
    address: str = ""
    rt: str = ""
    rw: str = ""
    sex: str = ""
    birth_place: str = ""
    birth_date: dt.date | None = None
    was_in_registry: bool = False  # listed in an earlier extract, missing from the latest

    @property
    def label(self) -> str:
        """One line for lists and the resident page."""
        if not self.in_registry:
            return "Pernah terdaftar, tidak ada di data terbaru" if self.was_in_registry else "Tidak terdaftar"
        text = "Terdaftar DTKS/DTSEN"
        if self.desil is not None:
            text += f", desil {self.desil}"
        return text

    @property
    def programme_codes(self) -> tuple[str, ...]:
        return tuple(p.code for p in self.programmes)

    def printable(self) -> RegistryStatus:
        """The form the printing package takes."""
        return RegistryStatus(
            registered=self.in_registry,
            desil=self.desil,
            registry_id=self.registry_id,
            programmes=tuple(p.name or p.code for p in self.programmes),
            extract_date=self.extract_date,
        )


def _extract_date(s: Session, rec: RegistryRecord) -> dt.date | None:
    if rec.extract_date is not None:
        return rec.extract_date
    if rec.import_id is not None:
        imp = s.get(RegistryImport, rec.import_id)
        if imp is not None:
            return imp.extract_date or imp.imported_at.date()
    return None


def view_in(s: Session, nik: str | None) -> RegistryView:
    """Inside an open session: the registry's view of this NIK."""
    if not nik:
        return RegistryView(nik=None, in_registry=False)
    rec = s.execute(select(RegistryRecord).where(RegistryRecord.nik == nik)).scalar_one_or_none()
    if rec is None:
        return RegistryView(nik=nik, in_registry=False)
    if not rec.active:
        return RegistryView(nik=nik, in_registry=False, record_id=rec.id, name=rec.name, was_in_registry=True)
    progs = tuple(
        ProgrammeInfo(code, name)
        for code, name in s.execute(
            select(Programme.code, Programme.name)
            .join(RegistryProgramme, RegistryProgramme.programme_id == Programme.id)
            .where(RegistryProgramme.record_id == rec.id)
            .order_by(Programme.code)
        )
    )
    return RegistryView(
        nik=nik,
        in_registry=True,
        record_id=rec.id,
        name=rec.name,
        kk=rec.kk,
        registry_id=rec.registry_id,
        desil=rec.desil,
        programmes=progs,
        extract_date=_extract_date(s, rec),
        address=rec.address,
        rt=rec.rt,
        rw=rec.rw,
        sex=rec.sex,
        birth_place=rec.birth_place,
        birth_date=rec.birth_date,
    )


@privacy.shielded
def for_nik(db: Database, actor: Actor | None, nik: str | None) -> RegistryView:
    with db.read() as s:
        return view_in(s, nik)


@privacy.shielded
def for_resident(db: Database, actor: Actor | None, resident_id: int) -> RegistryView:
    with db.read() as s:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        return view_in(s, resident.nik)


def in_registry_in(s: Session, nik: str | None) -> bool:
    if not nik:
        return False
    found = s.execute(
        select(RegistryRecord.id).where(RegistryRecord.nik == nik, RegistryRecord.active.is_(True))
    ).first()
    return found is not None


def registered_niks_in(s: Session, niks: Iterable[str | None]) -> set[str]:
    """Which of these NIKs the latest extract lists."""
    wanted = [n for n in niks if n]
    if not wanted:
        return set()
    return set(
        s.execute(
            select(RegistryRecord.nik).where(RegistryRecord.nik.in_(wanted), RegistryRecord.active.is_(True))
        ).scalars()
    )


@functools.cache
def _listed_statement() -> Select[*tuple[Any, ...]]:
    def listed(column: Any, name: str) -> Any:  # NULL for no value: never listed
        return exists().where(column == bindparam(name), RegistryRecord.active.is_(True))

    return select(listed(RegistryRecord.nik, "nik"), listed(RegistryRecord.kk, "kk"))


def listed_in(s: Session, nik: str | None, kk: str | None) -> tuple[bool, bool]:
    """in_registry_in(nik) and household_in_registry_in(kk) in one statement (one round trip to a server: a
    complaint's registration asks both while the resident waits), built once."""
    if not nik and not kk:
        return False, False
    row = s.execute(_listed_statement(), {"nik": nik or None, "kk": kk or None}).one()
    return bool(row[0]), bool(row[1])


def household_in_registry_in(s: Session, kk: str | None) -> bool:
    """The family card appears in the latest extract (at least one member is listed)."""
    if not kk:
        return False
    found = s.execute(
        select(RegistryRecord.id).where(RegistryRecord.kk == kk, RegistryRecord.active.is_(True)).limit(1)
    ).first()
    return found is not None


@privacy.shielded
def household_records(db: Database, actor: Actor | None, kk: str) -> list[RegistryView]:
    """Every member the extract lists under this family card."""
    with db.read() as s:
        niks = list(
            s.execute(
                select(RegistryRecord.nik)
                .where(RegistryRecord.kk == kk, RegistryRecord.active.is_(True))
                .order_by(RegistryRecord.nik)
            ).scalars()
        )
        return [view_in(s, n) for n in niks]
