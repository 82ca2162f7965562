"""Retention (UU 27/2022: personal data is kept no longer than its purpose needs): anonymising residents the
office has had nothing to do with for a period the coordinator sets.

A resident is anonymised when the period is set (years; 0 = off, the default), they have no open case (a
complaint not Selesai/Dibatalkan, a DTKS proposal not Diterima/Ditolak, as applicant or member) and nothing
happened on their record since the cut-off date (registration, edits, complaints and their timelines, referrals,
proposals, letters, consent). Anonymising removes the name, NIK, No. KK (detaching them from the household; a
household left without members loses its KK and address too), birth place and date, address, phone and notes;
the same fields in their revision history, in the letters' snapshots and field-visit notes, and the copy of their
registry row that the office imported. The rows stay, so every count of past reports (complaints and referrals
by status and field, residents served, proposals, letters) is unchanged. The audit trail is not rewritten
(its chain would break; docs/SECURITY.md says what it still holds).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintEvent,
    FieldVisit,
    Household,
    Letter,
    Proposal,
    ProposalMember,
    Referral,
    RegistryRecord,
    Resident,
    ResidentConsent,
    ResidentRevision,
    Setting,
)
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor

SETTING_KEY = "retention_years"
MAX_YEARS = 30
ANON_NAME = "(dianonimkan)"
ANON_REASON = "dianonimkan (masa retensi)"
REMOVED = "(dihapus)"
# Fields removed from the record and from its revision history.
PERSONAL_FIELDS = (
    "name",
    "nik",
    "kk",
    "no_nik_reason",
    "birth_place",
    "birth_date",
    "address",
    "rt",
    "rw",
    "phone",
    "notes",
)
_PROPOSAL_FINAL = (ProposalStatus.DITERIMA.value, ProposalStatus.DITOLAK.value)


@dataclass(frozen=True)
class Candidate:
    resident_id: int
    name: str
    nik: str | None
    last_activity: dt.date
    open_cases: int

    def as_json(self) -> dict[str, Any]:
        return {
            "resident_id": self.resident_id,
            "name": self.name,
            "last_activity": self.last_activity.isoformat(),
            "open_cases": self.open_cases,
            "nik": self.nik,
        }


@dataclass(frozen=True)
class Preview:
    years: int  # 0: retention is off and nobody is listed
    cutoff: dt.date | None  # last activity before this day
    candidates: tuple[Candidate, ...]


@dataclass(frozen=True)
class Applied:
    years: int
    cutoff: dt.date
    resident_ids: tuple[int, ...]

    @property
    def count(self) -> int:
        return len(self.resident_ids)


# --- the setting ---------------------------------------------------------------------------------------------


def _read_years(s: Session) -> int:
    row = s.get(Setting, SETTING_KEY)
    if row is None:
        return 0
    try:
        value = int(json.loads(row.value))
    except (TypeError, ValueError):
        return 0
    return value if 0 <= value <= MAX_YEARS else 0


def years(db: Database) -> int:
    """The retention period in years; 0 when it is off (the default)."""
    with db.read() as s:
        return _read_years(s)


def set_years(db: Database, actor: Actor, value: int) -> None:
    """Only the coordinator sets it (Permission.SETTINGS); the change is audited like every setting."""
    actor.require(Permission.SETTINGS)
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_YEARS:
        raise ValidationError(f"Masa retensi diisi 0 (tidak aktif) sampai {MAX_YEARS} tahun.", "Masa retensi")
    with db.write() as s:
        old = _read_years(s)
        row = s.get(Setting, SETTING_KEY)
        if row is None:
            s.add(Setting(key=SETTING_KEY, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
        audit.record(s, actor, "setting.update", "setting", SETTING_KEY, {"old": old, "new": value})


def cutoff_for(value: int, today: dt.date | None = None) -> dt.date:
    """The day `value` years before today (28 February for a 29 February)."""
    day = today or clock.today()
    try:
        return day.replace(year=day.year - value)
    except ValueError:
        return day.replace(year=day.year - value, day=28)


# --- who ----------------------------------------------------------------------------------------------------


def _merge_max(into: dict[int, dt.datetime], rows: Iterable[Any]) -> None:
    for rid, moment in rows:
        if rid is None or moment is None:
            continue
        if isinstance(moment, dt.date) and not isinstance(moment, dt.datetime):
            moment = dt.datetime.combine(moment, dt.time())
        if rid not in into or moment > into[rid]:
            into[rid] = moment


def last_activity_in(s: Session) -> dict[int, dt.datetime]:
    """Per resident not yet anonymised: the latest moment anything happened on their record."""
    out: dict[int, dt.datetime] = {}
    live = Resident.anonymised_at.is_(None)
    _merge_max(out, s.execute(select(Resident.id, Resident.created_at).where(live)))
    _merge_max(out, s.execute(select(Resident.id, Resident.updated_at).where(live)))
    for column in (Complaint.registered_at, Complaint.updated_at):
        _merge_max(out, s.execute(select(Complaint.resident_id, func.max(column)).group_by(Complaint.resident_id)))
    _merge_max(
        out,
        s.execute(
            select(Complaint.resident_id, func.max(ComplaintEvent.at))
            .join(ComplaintEvent, ComplaintEvent.complaint_id == Complaint.id)
            .group_by(Complaint.resident_id)
        ),
    )
    _merge_max(
        out,
        s.execute(
            select(Complaint.resident_id, func.max(Referral.updated_at))
            .join(Referral, Referral.complaint_id == Complaint.id)
            .group_by(Complaint.resident_id)
        ),
    )
    _merge_max(
        out, s.execute(select(Proposal.resident_id, func.max(Proposal.updated_at)).group_by(Proposal.resident_id))
    )
    _merge_max(
        out,
        s.execute(
            select(ProposalMember.resident_id, func.max(Proposal.updated_at))
            .join(Proposal, Proposal.id == ProposalMember.proposal_id)
            .group_by(ProposalMember.resident_id)
        ),
    )
    _merge_max(out, s.execute(select(Letter.resident_id, func.max(Letter.issued_at)).group_by(Letter.resident_id)))
    _merge_max(
        out,
        s.execute(
            select(ResidentConsent.resident_id, func.max(ResidentConsent.at)).group_by(ResidentConsent.resident_id)
        ),
    )
    _merge_max(
        out,
        s.execute(
            select(ResidentRevision.resident_id, func.max(ResidentRevision.at)).group_by(ResidentRevision.resident_id)
        ),
    )
    anonymised = set(s.execute(select(Resident.id).where(Resident.anonymised_at.is_not(None))).scalars())
    return {rid: at for rid, at in out.items() if rid not in anonymised}


def open_cases_in(s: Session) -> dict[int, int]:
    """Per resident: open complaints plus DTKS proposals still undecided (as applicant or member)."""
    out: dict[int, int] = {}
    closed = [c.value for c in COMPLAINT_CLOSED]
    for rid, n in s.execute(
        select(Complaint.resident_id, func.count())
        .where(Complaint.status.not_in(closed))
        .group_by(Complaint.resident_id)
    ):
        out[rid] = out.get(rid, 0) + int(n)
    open_proposals = select(Proposal.id).where(Proposal.status.not_in(_PROPOSAL_FINAL))
    people: dict[int, set[int]] = {}
    for pid, rid in s.execute(select(Proposal.id, Proposal.resident_id).where(Proposal.id.in_(open_proposals))):
        people.setdefault(rid, set()).add(pid)
    for pid, rid in s.execute(
        select(ProposalMember.proposal_id, ProposalMember.resident_id).where(
            ProposalMember.proposal_id.in_(open_proposals)
        )
    ):
        people.setdefault(rid, set()).add(pid)
    for rid, pids in people.items():
        out[rid] = out.get(rid, 0) + len(pids)
    return out


def candidates_in(s: Session, value: int, today: dt.date | None = None) -> tuple[dt.date, list[Candidate]]:
    cutoff = cutoff_for(value, today)
    limit = dt.datetime.combine(cutoff, dt.time())
    activity = last_activity_in(s)
    open_cases = open_cases_in(s)
    chosen = sorted(rid for rid, at in activity.items() if at < limit and not open_cases.get(rid))
    found: list[Candidate] = []
    for start in range(0, len(chosen), 500):  # SQLite's bound-parameter limit
        part = chosen[start : start + 500]
        for rid, name, nik in s.execute(select(Resident.id, Resident.name, Resident.nik).where(Resident.id.in_(part))):
            found.append(Candidate(rid, name, nik, activity[rid].date(), open_cases.get(rid, 0)))
    found.sort(key=lambda c: (c.last_activity, c.resident_id))
    return cutoff, found


def preview(db: Database, actor: Actor, value: int | None = None) -> Preview:
    """Who would be anonymised now (with the saved period, or `value` years to try one before saving it)."""
    actor.require(Permission.SETTINGS)
    with db.read() as s:
        chosen = _read_years(s) if value is None else value
        if chosen <= 0:
            return Preview(0, None, ())
        cutoff, found = candidates_in(s, chosen)
    return Preview(chosen, cutoff, tuple(found))


# --- doing it -----------------------------------------------------------------------------------------------


def apply(db: Database, actor: Actor, confirmed: Collection[int] | None = None) -> Applied:
    """Anonymise the residents who qualify now; with `confirmed` (the previewed list), only those of them.

    The rule is checked again inside the write transaction: someone who came back between the preview and the
    confirmation is left alone. One audit entry lists the resident ids (no names).
    """
    actor.require(Permission.SETTINGS)
    with db.write() as s:
        value = _read_years(s)
        if value <= 0:
            raise ValidationError(
                "Masa retensi belum diatur (Pengaturan › Retensi data); tidak ada data yang dianonimkan.",
                "Masa retensi",
            )
        cutoff, found = candidates_in(s, value)
        ids = [c.resident_id for c in found if confirmed is None or c.resident_id in confirmed]
        for rid in ids:
            resident = s.get(Resident, rid)
            if resident is not None:
                _anonymise_in(s, actor, resident, value)
        audit.record(
            s,
            actor,
            "retention.apply",
            "resident",
            "",
            {"years": value, "cutoff": cutoff.isoformat(), "count": len(ids), "resident_ids": ids},
        )
    return Applied(value, cutoff, tuple(ids))


def _scrub_pair(value: Any) -> Any:
    return REMOVED if value not in (None, "") else value


def _scrub_person(person: dict[str, Any]) -> None:
    for key in ("name", "nik", "kk", "birth_place", "birth_date", "address", "rt", "rw", "phone"):
        if person.get(key) not in (None, ""):
            person[key] = REMOVED


def _scrub_letters(s: Session, resident_id: int, nik: str | None) -> None:
    """The letters' snapshots: the resident's own letters, and other letters listing them as a family member."""
    conds = [Letter.resident_id == resident_id]
    if nik:
        conds.append(Letter.details.contains(nik))
    for letter in s.execute(select(Letter).where(or_(*conds))).scalars():
        try:
            details = json.loads(letter.details or "{}")
        except ValueError:
            continue
        if not isinstance(details, dict):
            continue
        if letter.resident_id == resident_id and isinstance(details.get("person"), dict):
            _scrub_person(details["person"])
        for member in details.get("members") or []:
            if isinstance(member, dict) and (
                (nik and member.get("nik") == nik) or (letter.resident_id == resident_id and not member.get("nik"))
            ):
                _scrub_person(member)
        letter.details = json.dumps(details, ensure_ascii=False)


def _anonymise_in(s: Session, actor: Actor, r: Resident, value: int) -> None:
    nik = r.nik
    household = s.get(Household, r.household_id) if r.household_id else None
    for rev in s.execute(select(ResidentRevision).where(ResidentRevision.resident_id == r.id)).scalars():
        try:
            changes = json.loads(rev.changes)
        except ValueError:
            continue
        if isinstance(changes, dict):
            for key in PERSONAL_FIELDS:
                pair = changes.get(key)
                if isinstance(pair, list):
                    changes[key] = [_scrub_pair(v) for v in pair]
            rev.changes = json.dumps(changes, ensure_ascii=False)
    _scrub_letters(s, r.id, nik)
    if nik:
        # The office's copy of the district's registry row; an extract that still lists the person brings it back.
        for rec in s.execute(select(RegistryRecord).where(RegistryRecord.nik == nik)).scalars():
            s.delete(rec)
    now = clock.now()
    r.name = ANON_NAME
    r.name_key = ""
    r.nik = None
    r.no_nik_reason = ANON_REASON
    r.birth_place = ""
    r.birth_date = None
    r.address = r.rt = r.rw = r.phone = r.notes = ""
    r.household_id = None
    r.anonymised_at = now
    r.updated_at = now  # the search index reloads changed rows by this column
    s.flush()
    numbers = [x for x in (nik,) if x]
    if household is not None:
        left = s.execute(select(func.count()).select_from(Resident).where(Resident.household_id == household.id))
        if not left.scalar_one():
            if household.kk:
                numbers.append(household.kk)
            household.kk = None
            household.address = household.rt = household.rw = ""
    if numbers:
        for visit in s.execute(
            select(FieldVisit).where(or_(*(FieldVisit.households_seen.contains(n) for n in numbers)))
        ).scalars():
            text = visit.households_seen
            for n in numbers:
                text = text.replace(n, REMOVED)
            visit.households_seen = text
    s.add(
        ResidentRevision(
            resident_id=r.id,
            at=now,
            user_id=actor.user_id,
            actor=actor.label,
            changes=json.dumps({"anonimisasi": ["-", f"dianonimkan: tidak ada kegiatan selama {value} tahun"]}),
        )
    )
