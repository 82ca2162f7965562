"""Complaints ready for the back office, shared by the service, printing, UI and CLI tests of issue 4."""

from __future__ import annotations

from dataclasses import dataclass

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

NIK = "6201025205900001"
KK = "6201021205900002"


@dataclass(frozen=True)
class Ids:
    complaint_id: int
    complaint_number: str
    resident_id: int


def service_id(db: Database, code: str) -> int:
    return next(s.id for s in catalogue.list_services(db, active_only=False) if s.code == code)


def partner_id(db: Database, name: str) -> int:
    return next(p.id for p in catalogue.list_partners(db, active_only=False) if p.name == name)


def programme_id(db: Database, code: str) -> int:
    return next(p.id for p in catalogue.list_programmes(db, active_only=False) if p.code == code)


def resident(db: Database, front: Actor, name: str = "Siti Aminah", nik: str = NIK, kk: str = KK) -> int:
    r = residents.create_resident(
        db,
        front,
        residents.ResidentInput(name=name, nik=nik, kk=kk, address="Jl. Melati No. 4", rt="3", rw="1"),
    )
    return r.id


def complaint(
    db: Database,
    front: Actor,
    *,
    field: str = "Kesehatan",
    service: str | None = "BPJS-PBI-AKTIF",
    description: str = "Kartu BPJS PBI tidak aktif saat berobat",
    resident_id: int | None = None,
    brought: frozenset[str] = frozenset({"Fotokopi KTP"}),
) -> Ids:
    rid = resident_id if resident_id is not None else resident(db, front)
    reg = complaints.register_complaint(
        db,
        front,
        complaints.ComplaintInput(
            rid,
            field,
            description,
            service_id=service_id(db, service) if service else None,
            documents_brought=brought,
        ),
    )
    return Ids(reg.id, reg.number, rid)
