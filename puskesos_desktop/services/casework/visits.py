"""Facilitators in the field: their visits (date, place, households seen), the residents and complaints they
registered there (the same records the front office sees, never a second copy), and their worklist of residents
to inform.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, FieldVisit, Resident, User
from puskesos_desktop.services import audit, privacy
from puskesos_desktop.services.admin.users import UserInfo
from puskesos_desktop.services.casework import messages, statusdesk
from puskesos_desktop.services.context import Actor


@dataclass(frozen=True)
class VisitInput:
    visit_date: dt.date | None
    place: str
    households_seen: str = ""  # KK numbers or family names, one per line
    notes: str = ""
    facilitator_id: int | None = None  # a facilitator records their own; the coordinator names one


@dataclass(frozen=True)
class VisitInfo:
    id: int
    facilitator_id: int
    facilitator: str
    visit_date: dt.date
    place: str
    households_seen: str
    notes: str
    residents: tuple[tuple[int, str, str | None], ...] = ()  # (id, name, NIK) registered during the visit
    complaints: tuple[tuple[str, str, str], ...] = ()  # (receipt number, resident name, status)
    resident_count: int = 0
    complaint_count: int = 0

    @property
    def label(self) -> str:
        return f"{self.visit_date:%d-%m-%Y} — {self.place} ({self.facilitator})"

    @property
    def households(self) -> list[str]:
        return [line.strip() for line in self.households_seen.splitlines() if line.strip()]


def _clean(s: Session, actor: Actor, data: VisitInput) -> dict[str, object]:
    if actor.role == Role.FASILITATOR:
        facilitator_id = actor.user_id
    else:
        facilitator_id = data.facilitator_id
    if facilitator_id is None:
        raise ValidationError("Pilih fasilitator yang berkunjung.", FormField.FACILITATOR)
    user = s.get(User, facilitator_id)
    if user is None or user.role != Role.FASILITATOR.value:
        raise ValidationError("Pilih akun fasilitator.", FormField.FACILITATOR)
    day = validate.past_date(data.visit_date, FormField.VISIT_DATE, required=True, max_years_back=1)
    place = validate.text(data.place, FormField.PLACE, required=True, max_len=200)
    households = validate.text(data.households_seen, FormField.VISITED_FAMILIES, max_len=4000, multiline=True)
    notes = validate.text(data.notes, FormField.NOTES, max_len=2000, multiline=True)
    lines = [line.strip() for line in households.splitlines() if line.strip()]
    for line in lines:
        if len(line) > 200:
            raise ValidationError("Satu baris keluarga maksimal 200 karakter.", FormField.VISITED_FAMILIES)
    return dict(
        facilitator_id=facilitator_id,
        visit_date=day,
        place=place,
        households_seen="\n".join(lines),
        notes=notes,
    )


def record_visit(db: Database, actor: Actor, data: VisitInput) -> VisitInfo:
    actor.require(Permission.FIELD_VISIT)
    with db.write() as s:
        values = _clean(s, actor, data)
        visit = FieldVisit(**values)
        s.add(visit)
        s.flush()
        audit.record(
            s,
            actor,
            AuditAction.VISIT_CREATE,
            "field_visit",
            visit.id,
            {k: str(v) for k, v in values.items() if k != "notes"},
        )
        return _info(s, visit)


def update_visit(db: Database, actor: Actor, visit_id: int, data: VisitInput) -> VisitInfo:
    actor.require(Permission.FIELD_VISIT)
    with db.write() as s:
        visit = s.get(FieldVisit, visit_id)
        if visit is None:
            raise NotFoundError("Kunjungan tidak ditemukan.")
        if actor.role == Role.FASILITATOR and visit.facilitator_id != actor.user_id:
            raise ValidationError("Kunjungan ini dicatat oleh fasilitator lain.", FormField.VISIT)
        values = _clean(s, actor, data if actor.role == Role.FASILITATOR else _keep_facilitator(data, visit))
        changes = {k: [str(getattr(visit, k)), str(v)] for k, v in values.items() if getattr(visit, k) != v}
        for k, v in values.items():
            setattr(visit, k, v)
        if changes:
            audit.record(s, actor, AuditAction.VISIT_UPDATE, "field_visit", visit.id, changes)
        return _info(s, visit)


def _keep_facilitator(data: VisitInput, visit: FieldVisit) -> VisitInput:
    if data.facilitator_id is not None:
        return data
    return VisitInput(data.visit_date, data.place, data.households_seen, data.notes, visit.facilitator_id)


def _info(s: Session, v: FieldVisit, *, detail: bool = True) -> VisitInfo:
    facilitator = s.get(User, v.facilitator_id)
    residents: tuple[tuple[int, str, str | None], ...] = ()
    complaints: tuple[tuple[str, str, str], ...] = ()
    if detail:
        residents = tuple(
            (i, n, k)
            for i, n, k in s.execute(
                select(Resident.id, Resident.name, Resident.nik).where(Resident.visit_id == v.id).order_by(Resident.id)
            )
        )
        complaints = tuple(
            (num, name, status)
            for num, name, status in s.execute(
                select(Complaint.number, Resident.name, Complaint.status)
                .join(Resident, Resident.id == Complaint.resident_id)
                .where(Complaint.visit_id == v.id)
                .order_by(Complaint.id)
            )
        )
    return VisitInfo(
        id=v.id,
        facilitator_id=v.facilitator_id,
        facilitator=facilitator.full_name if facilitator else "",
        visit_date=v.visit_date,
        place=v.place,
        households_seen=v.households_seen,
        notes=v.notes,
        residents=residents,
        complaints=complaints,
        resident_count=len(residents),
        complaint_count=len(complaints),
    )


@privacy.shielded
def get_visit(db: Database, actor: Actor | None, visit_id: int) -> VisitInfo:
    with db.read() as s:
        v = s.get(FieldVisit, visit_id)
        if v is None:
            raise NotFoundError("Kunjungan tidak ditemukan.")
        return _info(s, v)


@privacy.shielded
def list_visits(
    db: Database, actor: Actor | None, facilitator_id: int | None = None, limit: int = 200
) -> list[VisitInfo]:
    """Latest first, with how many residents and complaints were registered during each."""
    with db.read() as s:
        q = select(FieldVisit).order_by(FieldVisit.visit_date.desc(), FieldVisit.id.desc()).limit(limit)
        if facilitator_id is not None:
            q = q.where(FieldVisit.facilitator_id == facilitator_id)
        visits = list(s.execute(q).scalars())
        ids = [v.id for v in visits]
        res_counts: dict[int, int] = {}
        comp_counts: dict[int, int] = {}
        if ids:
            res_counts = {
                vid: int(n)
                for vid, n in s.execute(
                    select(Resident.visit_id, func.count())
                    .where(Resident.visit_id.in_(ids))
                    .group_by(Resident.visit_id)
                )
                if vid is not None
            }
            comp_counts = {
                vid: int(n)
                for vid, n in s.execute(
                    select(Complaint.visit_id, func.count())
                    .where(Complaint.visit_id.in_(ids))
                    .group_by(Complaint.visit_id)
                )
                if vid is not None
            }
        out = []
        for v in visits:
            info = _info(s, v, detail=False)
            out.append(
                VisitInfo(
                    **{
                        **info.__dict__,
                        "resident_count": res_counts.get(v.id, 0),
                        "complaint_count": comp_counts.get(v.id, 0),
                    }
                )
            )
        return out


def facilitators(db: Database) -> list[UserInfo]:
    """Active facilitator accounts, for the forms' choosers."""
    with db.read() as s:
        return [
            UserInfo(id=u.id, username=u.username, full_name=u.full_name, role=Role(u.role), active=u.active)
            for u in s.execute(
                select(User).where(User.role == Role.FASILITATOR.value, User.active.is_(True)).order_by(User.full_name)
            ).scalars()
        ]


def worklist(db: Database, actor: Actor) -> list[statusdesk.InformItem]:
    """Residents to inform: a facilitator sees the people in their care; the office sees everyone."""
    actor.require(Permission.STATUS_DESK)
    rows = statusdesk.to_inform(db, facilitator_id=actor.user_id if actor.role == Role.FASILITATOR else None)
    # What to tell, ready to read out: a facilitator's list is short; the office's, up to 500 rows, stays quick by
    # leaving the text to the message dialog (one click on the row).
    if actor.role != Role.FASILITATOR or not rows:
        return rows
    with db.read() as s:
        return [replace(r, tell=messages.not_told_text_in(s, r.number)) for r in rows]
