"""The catalogue: programmes, services with their document requirements and target days, partners."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import seed_catalogue
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Partner, Programme, Service, ServiceRequirement


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
            )
            for r in rows
        ]


def list_programmes(db: Database, active_only: bool = True) -> list[Programme]:
    with db.read() as s:
        q = select(Programme)
        if active_only:
            q = q.where(Programme.active.is_(True))
        return list(s.execute(q.order_by(Programme.level, Programme.code)).scalars())


def list_partners(db: Database, active_only: bool = True) -> list[Partner]:
    with db.read() as s:
        q = select(Partner)
        if active_only:
            q = q.where(Partner.active.is_(True))
        return list(s.execute(q.order_by(Partner.name)).scalars())
