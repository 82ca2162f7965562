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
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from sqlalchemy import delete, func, insert, or_, select, union_all, update
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Attachment,
    Complaint,
    ComplaintEvent,
    FieldVisit,
    Household,
    Letter,
    Proposal,
    ProposalMember,
    Referral,
    RegistryProgramme,
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
T = TypeVar("T")
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
        raise ValidationError(
            "Masa retensi diisi 0 (tidak aktif) sampai {max_years} tahun.", "Masa retensi", max_years=MAX_YEARS
        )
    with db.write() as s:
        old = _read_years(s)
        row = s.get(Setting, SETTING_KEY)
        if row is None:
            s.add(Setting(key=SETTING_KEY, value=json.dumps(value)))
        else:
            row.value = json.dumps(value)
        audit.record(s, actor, AuditAction.SETTING_UPDATE, "setting", SETTING_KEY, {"old": old, "new": value})


def cutoff_for(value: int, today: dt.date | None = None) -> dt.date:
    """The day `value` years before today (28 February for a 29 February)."""
    day = today or clock.today()
    try:
        return day.replace(year=day.year - value)
    except ValueError:
        return day.replace(year=day.year - value, day=28)


# --- who ----------------------------------------------------------------------------------------------------


def _moments() -> Any:
    """(resident id, moment) for everything that happened on a record: one UNION, grouped once by the database."""
    parts = [
        select(Resident.id.label("rid"), Resident.created_at.label("at")),
        select(Resident.id, Resident.updated_at),
        select(Complaint.resident_id, Complaint.registered_at),
        select(Complaint.resident_id, Complaint.updated_at),
        select(Complaint.resident_id, ComplaintEvent.at).join(
            ComplaintEvent, ComplaintEvent.complaint_id == Complaint.id
        ),
        select(Complaint.resident_id, Referral.updated_at).join(Referral, Referral.complaint_id == Complaint.id),
        select(Proposal.resident_id, Proposal.updated_at),
        select(ProposalMember.resident_id, Proposal.updated_at).join(
            Proposal, Proposal.id == ProposalMember.proposal_id
        ),
        select(Letter.resident_id, Letter.issued_at),
        select(ResidentConsent.resident_id, ResidentConsent.at),
        select(ResidentRevision.resident_id, ResidentRevision.at),
    ]
    return union_all(*parts).subquery()


def last_activity_in(s: Session, before: dt.datetime | None = None) -> dict[int, dt.datetime]:
    """Per resident not yet anonymised: the latest moment anything happened on their record (only those whose
    latest moment is before `before`, when given)."""
    moments = _moments()
    last = func.max(moments.c.at)
    q = (
        select(moments.c.rid, last)
        .join(Resident, Resident.id == moments.c.rid)
        .where(Resident.anonymised_at.is_(None))
        .group_by(moments.c.rid)
    )
    if before is not None:
        q = q.having(last < before)
    out: dict[int, dt.datetime] = {}
    for rid, at in s.execute(q):
        if isinstance(at, str):  # a UNION's max() may come back as text from SQLite
            at = dt.datetime.fromisoformat(at)
        out[int(rid)] = at
    return out


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
    activity = last_activity_in(s, before=dt.datetime.combine(cutoff, dt.time()))
    open_cases = open_cases_in(s)
    chosen = {rid: at for rid, at in activity.items() if not open_cases.get(rid)}
    found = [
        Candidate(rid, name, nik, chosen[rid].date(), 0)
        for rid, name, nik in s.execute(
            select(Resident.id, Resident.name, Resident.nik).where(Resident.anonymised_at.is_(None))
        )
        if rid in chosen
    ]
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
        wanted = None if confirmed is None else set(confirmed)
        ids = [c.resident_id for c in found if wanted is None or c.resident_id in wanted]
        _anonymise_in(s, actor, ids, value)
        audit.record(
            s,
            actor,
            AuditAction.RETENTION_APPLY,
            "resident",
            "",
            {"years": value, "cutoff": cutoff.isoformat(), "count": len(ids), "resident_ids": ids},
        )
    return Applied(value, cutoff, tuple(ids))


def _scrub_person(person: dict[str, Any]) -> None:
    for key in ("name", "nik", "kk", "birth_place", "birth_date", "address", "rt", "rw", "phone"):
        if person.get(key) not in (None, ""):
            person[key] = REMOVED


def _chunks(ids: Sequence[T], size: int = 500) -> Iterable[Sequence[T]]:
    """SQLite limits bound parameters per statement."""
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _scrub_revisions(s: Session, ids: Sequence[int]) -> None:
    for part in _chunks(ids):
        for rev in s.execute(select(ResidentRevision).where(ResidentRevision.resident_id.in_(part))).scalars():
            try:
                changes = json.loads(rev.changes)
            except ValueError:
                continue
            if not isinstance(changes, dict):
                continue
            touched = False
            for key in PERSONAL_FIELDS:
                pair = changes.get(key)
                if isinstance(pair, list):
                    changes[key] = [REMOVED if v not in (None, "") else v for v in pair]
                    touched = True
            if touched:
                rev.changes = json.dumps(changes, ensure_ascii=False)


def _scrub_letters(s: Session, ids: set[int], niks: set[str]) -> None:
    """The letters' snapshots: the residents' own letters, and other letters listing them as family members.
    One pass over the letters (an office issues hundreds a year)."""
    for letter in s.execute(select(Letter)).scalars():
        own = letter.resident_id in ids
        if not own and not _numbers_in(letter.details) & niks:
            continue
        try:
            details = json.loads(letter.details or "{}")
        except ValueError:
            continue
        if not isinstance(details, dict):
            continue
        if own and isinstance(details.get("person"), dict):
            _scrub_person(details["person"])
        for member in details.get("members") or []:
            if isinstance(member, dict) and (member.get("nik") in niks or (own and not member.get("nik"))):
                _scrub_person(member)
        letter.details = json.dumps(details, ensure_ascii=False)


_NUMBER = re.compile(r"(?<!\d)\d{16}(?!\d)")


def _numbers_in(text: str | None) -> set[str]:
    return set(_NUMBER.findall(text or ""))


def _drop_attachments(s: Session, ids: Sequence[int]) -> None:
    """Scans and photos (issue 20) show the person whole — a KTP, a KK, their house: they go with the name."""
    for part in _chunks(ids):
        complaints = select(Complaint.id).where(Complaint.resident_id.in_(part))
        s.execute(
            delete(Attachment)
            .where(
                or_(
                    Attachment.resident_id.in_(part),
                    Attachment.complaint_id.in_(complaints),
                    Attachment.referral_id.in_(select(Referral.id).where(Referral.complaint_id.in_(complaints))),
                    Attachment.proposal_id.in_(select(Proposal.id).where(Proposal.resident_id.in_(part))),
                )
            )
            .execution_options(synchronize_session=False)
        )


def _anonymise_in(s: Session, actor: Actor, ids: list[int], value: int) -> None:
    """Everything for these residents, set-wise (a district-sized office may anonymise tens of thousands)."""
    if not ids:
        return
    now = clock.now()
    niks: set[str] = set()
    households: set[int] = set()
    for part in _chunks(ids):
        for nik, hid in s.execute(select(Resident.nik, Resident.household_id).where(Resident.id.in_(part))):
            if nik:
                niks.add(nik)
            if hid is not None:
                households.add(hid)
    _scrub_revisions(s, ids)
    _scrub_letters(s, set(ids), niks)
    _drop_attachments(s, ids)
    nik_list = sorted(niks)
    for part_niks in _chunks(nik_list):
        # The office's copy of the district's registry rows; an extract that still lists the person brings it back.
        records = select(RegistryRecord.id).where(RegistryRecord.nik.in_(part_niks))
        s.execute(delete(RegistryProgramme).where(RegistryProgramme.record_id.in_(records)))
        s.execute(delete(RegistryRecord).where(RegistryRecord.nik.in_(part_niks)))
    for part in _chunks(ids):
        s.execute(
            update(Resident)
            .where(Resident.id.in_(part))
            .values(
                name=ANON_NAME,
                name_key="",
                nik=None,
                no_nik_reason=ANON_REASON,
                birth_place="",
                birth_date=None,
                address="",
                rt="",
                rw="",
                phone="",
                notes="",
                household_id=None,
                anonymised_at=now,
                updated_at=now,  # the search index reloads changed rows by this column
            )
            .execution_options(synchronize_session=False)
        )
    # A household left without members loses its KK and address too.
    numbers = set(niks)
    emptied: list[int] = []
    hids = sorted(households)
    for part in _chunks(hids):
        still = set(s.execute(select(Resident.household_id).where(Resident.household_id.in_(part))).scalars())
        emptied += [h for h in part if h not in still]
    for part in _chunks(emptied):
        numbers |= {kk for kk in s.execute(select(Household.kk).where(Household.id.in_(part))).scalars() if kk}
        s.execute(
            update(Household)
            .where(Household.id.in_(part))
            .values(kk=None, address="", rt="", rw="", updated_at=now)
            .execution_options(synchronize_session=False)
        )
    for visit in s.execute(select(FieldVisit)).scalars():
        found = _numbers_in(visit.households_seen) & numbers
        if found:
            text = visit.households_seen
            for n in found:
                text = text.replace(n, REMOVED)
            visit.households_seen = text
    note = json.dumps({"anonimisasi": ["-", f"dianonimkan: tidak ada kegiatan selama {value} tahun"]})
    s.execute(
        insert(ResidentRevision),
        [
            {"resident_id": rid, "at": now, "user_id": actor.user_id, "actor": actor.label, "changes": note}
            for rid in ids
        ],
    )
