"""Plain lists of the office's records, as the program shows them (the `list` command and simple views)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import Select, and_, exists, select
from sqlalchemy.orm import aliased

from puskesos_desktop.core import validate
from puskesos_desktop.core.statuses import SEX_LABELS
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Household,
    Letter,
    Partner,
    Programme,
    Proposal,
    Referral,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    Service,
)
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import desil

KINDS = ("residents", "registry", "complaints", "referrals", "proposals", "letters")


def month_bounds(month: str) -> tuple[dt.datetime, dt.datetime]:
    year, mon = validate.parse_month(month)
    start = dt.datetime(year, mon, 1)
    end = dt.datetime(year + (mon == 12), mon % 12 + 1, 1)
    return start, end


Q = TypeVar("Q", bound=Select[*tuple[Any, ...]])


def _in_month(q: Q, column: Any, month: str | None) -> Q:
    if not month:
        return q
    start, end = month_bounds(month)
    return q.where(column >= start, column < end)


def in_registry_expr() -> Any:
    return exists().where(and_(RegistryRecord.nik == Resident.nik, RegistryRecord.active.is_(True)))


class _Row:
    """A listed record: its fields in order are the `list --json` keys (tuples written as JSON arrays)."""

    __slots__ = ()

    def as_json(self) -> dict[str, Any]:
        return {
            f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v
            for f in dataclasses.fields(self)  # type: ignore[arg-type]
        }


@dataclass(frozen=True, slots=True)
class ResidentRow(_Row):
    nik: str | None
    kk: str | None
    name: str
    sex: str
    birth_date: dt.date | None
    in_registry: bool
    address: str
    rt: str
    rw: str


@dataclass(frozen=True, slots=True)
class RegistryRow(_Row):
    nik: str
    kk: str
    name: str
    registry_id: str
    desil: int | None
    programmes: tuple[str, ...]
    address: str
    rt: str
    rw: str
    desil_date: dt.date | None
    eligible_programmes: tuple[str, ...]
    missing_programmes: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ComplaintRow(_Row):
    number: str
    registered_at: dt.datetime
    nik: str | None
    name: str
    field: str
    service: str
    status: str
    channel: str
    due_date: dt.date | None


@dataclass(frozen=True, slots=True)
class ReferralRow(_Row):
    number: str
    complaint_number: str
    date: dt.date
    nik: str | None
    name: str
    field: str
    destination: str
    status: str
    outcome_date: dt.date | None


@dataclass(frozen=True, slots=True)
class ProposalRow(_Row):
    number: str
    date: dt.date
    kind: str
    kk: str | None
    nik: str | None
    name: str
    status: str


@dataclass(frozen=True, slots=True)
class LetterRow(_Row):
    number: str
    kind: str
    date: dt.date
    nik: str | None
    name: str


ListRow = ResidentRow | RegistryRow | ComplaintRow | ReferralRow | ProposalRow | LetterRow


def list_records(
    db: Database, kind: str, month: str | None = None, limit: int | None = None, actor: Actor | None = None
) -> list[ListRow]:
    """Rows of one kind; NIK and No. KK masked for an actor who may not see them whole (services/privacy.py)."""
    return privacy.shield(actor, _records(db, kind, month, limit))


def _records(db: Database, kind: str, month: str | None, limit: int | None) -> list[ListRow]:
    if kind not in KINDS:
        raise ValueError(kind)
    with db.read() as s:
        if kind == "residents":
            q = (
                select(Resident, Household.kk, in_registry_expr().label("in_reg"))
                .outerjoin(Household, Resident.household_id == Household.id)
                .order_by(Resident.name)
            )
            q = _in_month(q, Resident.created_at, month)
            return [
                ResidentRow(
                    nik=r.nik,
                    kk=kk,
                    name=r.name,
                    sex=SEX_LABELS[r.sex],
                    birth_date=r.birth_date,
                    in_registry=bool(in_reg),
                    address=r.address,
                    rt=r.rt,
                    rw=r.rw,
                )
                for r, kk, in_reg in s.execute(q.limit(limit))
            ]
        if kind == "registry":
            progs: dict[int, list[str]] = {}
            for rid, code in s.execute(
                select(RegistryProgramme.record_id, Programme.code).join(
                    Programme, Programme.id == RegistryProgramme.programme_id
                )
            ):
                progs.setdefault(rid, []).append(code)
            q2 = select(RegistryRecord).where(RegistryRecord.active.is_(True)).order_by(RegistryRecord.name)
            q2 = _in_month(q2, RegistryRecord.first_seen_at, month)
            records = list(s.execute(q2.limit(limit)).scalars())
            # Issue 16: each family's desil standing, its keys after the existing ones.
            standings = desil.standings_in(s, [desil.Family(r.kk or None, r.id) for r in records])
            return [
                RegistryRow(
                    nik=r.nik,
                    kk=r.kk,
                    name=r.name,
                    registry_id=r.registry_id,
                    desil=st.desil if st.desil is not None else r.desil,
                    programmes=tuple(sorted(progs.get(r.id, []))),
                    address=r.address,
                    rt=r.rt,
                    rw=r.rw,
                    desil_date=st.desil_date,
                    eligible_programmes=tuple(st.eligible),
                    missing_programmes=tuple(st.missing),
                )
                for r, st in zip(records, standings, strict=True)
            ]
        if kind == "complaints":
            q3 = (
                select(Complaint, Resident, Service.name)
                .join(Resident, Resident.id == Complaint.resident_id)
                .outerjoin(Service, Service.id == Complaint.service_id)
                .order_by(Complaint.registered_at, Complaint.id)
            )
            q3 = _in_month(q3, Complaint.registered_at, month)
            return [
                ComplaintRow(
                    number=c.number,
                    registered_at=c.registered_at,
                    nik=r.nik,
                    name=r.name,
                    field=c.field,
                    service=svc or "",
                    status=c.status,
                    channel=c.channel,
                    due_date=c.due_date,
                )
                for c, r, svc in s.execute(q3.limit(limit))
            ]
        if kind == "referrals":
            comp = aliased(Complaint)
            q4 = (
                select(Referral, comp.number, Resident, Partner.name)
                .join(comp, comp.id == Referral.complaint_id)
                .join(Resident, Resident.id == comp.resident_id)
                .join(Partner, Partner.id == Referral.partner_id)
                .order_by(Referral.referred_at, Referral.id)
            )
            q4 = _in_month(q4, Referral.referred_at, month)
            return [
                ReferralRow(
                    number=f.number,
                    complaint_number=cn,
                    date=f.referred_at.date(),
                    nik=r.nik,
                    name=r.name,
                    field=f.field,
                    destination=p,
                    status=f.status,
                    outcome_date=f.outcome_date,
                )
                for f, cn, r, p in s.execute(q4.limit(limit))
            ]
        if kind == "proposals":
            q5 = (
                select(Proposal, Resident, Household.kk)
                .join(Resident, Resident.id == Proposal.resident_id)
                .outerjoin(Household, Household.id == Proposal.household_id)
                .order_by(Proposal.proposed_at, Proposal.id)
            )
            q5 = _in_month(q5, Proposal.proposed_at, month)
            return [
                ProposalRow(
                    number=p.number,
                    date=p.proposed_at.date(),
                    kind=p.kind,
                    kk=kk,
                    nik=r.nik,
                    name=r.name,
                    status=p.status,
                )
                for p, r, kk in s.execute(q5.limit(limit))
            ]
        q6 = (
            select(Letter, Resident)
            .join(Resident, Resident.id == Letter.resident_id)
            .order_by(Letter.issued_at, Letter.id)
        )
        q6 = _in_month(q6, Letter.issued_at, month)
        return [
            LetterRow(number=letter.number, kind=letter.kind, date=letter.issued_at.date(), nik=r.nik, name=r.name)
            for letter, r in s.execute(q6.limit(limit))
        ]
