"""Everything the front office shows about one resident, read in one go for the resident's page."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass

from sqlalchemy import select

from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Household,
    Letter,
    Partner,
    Referral,
    Resident,
    ResidentRevision,
    Service,
    User,
)
from puskesos_desktop.services import privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.registry import desil, proposals, registry_view
from puskesos_desktop.services.registry.registry_view import RegistryView

FIELD_LABELS = {
    "name": "Nama",
    "nik": "NIK",
    "kk": "No. KK",
    "no_nik_reason": "Alasan tanpa NIK/KK",
    "sex": "Jenis kelamin",
    "birth_place": "Tempat lahir",
    "birth_date": "Tanggal lahir",
    "family_relation": "Hubungan keluarga",
    "address": "Alamat",
    "rt": "RT",
    "rw": "RW",
    "phone": "Telepon",
    "disability": "Disabilitas",
    "elderly": "Lansia",
    "pregnant": "Hamil",
    "notes": "Catatan",
}


@dataclass(frozen=True)
class PersonRow:
    resident_id: int
    name: str
    nik: str | None
    sex: str
    birth_date: dt.date | None
    relation: str
    in_registry: bool


@dataclass(frozen=True)
class ComplaintRow:
    number: str
    registered_at: dt.datetime
    field: str
    service: str
    status: str
    due_date: dt.date | None
    channel: str
    facilitator: str
    informed_at: dt.datetime | None


@dataclass(frozen=True)
class ReferralRow:
    number: str
    complaint_number: str
    referred_at: dt.datetime
    destination: str
    status: str
    outcome_date: dt.date | None
    outcome_note: str
    informed_at: dt.datetime | None


@dataclass(frozen=True)
class HistoryRow:
    at: dt.datetime
    who: str
    what: str


@dataclass(frozen=True)
class ResidentPage:
    resident_id: int
    name: str
    nik: str | None
    kk: str | None
    no_nik_reason: str
    sex: str
    birth_place: str
    birth_date: dt.date | None
    relation: str
    address: str
    rt: str
    rw: str
    phone: str
    flags: tuple[str, ...]  # disabilitas, lansia, hamil
    notes: str
    facilitator: str
    registry: RegistryView
    members: tuple[PersonRow, ...]
    complaints: tuple[ComplaintRow, ...]
    referrals: tuple[ReferralRow, ...]
    letters: tuple[letters.LetterInfo, ...]
    proposals: tuple[proposals.ProposalInfo, ...]
    history: tuple[HistoryRow, ...]
    # Issue 16: the family's desil, its data date, the programmes it qualifies for and those it does not get.
    desil: desil.Standing = desil.NO_STANDING

    @property
    def needs_letter(self) -> bool:
        return not self.nik or not self.kk


def _plain(value: object) -> str:
    if value is None or value == "":
        return "-"
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    return str(value)


@privacy.shielded
def load(db: Database, actor: Actor | None, resident_id: int) -> ResidentPage:
    with db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFoundError("Warga tidak ditemukan.")
        kk = s.execute(select(Household.kk).where(Household.id == r.household_id)).scalar() if r.household_id else None
        facilitator = s.get(User, r.facilitator_id) if r.facilitator_id else None
        view = registry_view.view_in(s, r.nik)
        people = (
            list(s.execute(select(Resident).where(Resident.household_id == r.household_id)).scalars())
            if r.household_id
            else [r]
        )
        listed = registry_view.registered_niks_in(s, (m.nik for m in people))
        members = tuple(
            PersonRow(m.id, m.name, m.nik, m.sex, m.birth_date, m.family_relation, m.nik in listed)
            for m in sorted(people, key=lambda m: (m.birth_date or dt.date.min, m.id))
        )
        names: dict[int, str] = {i: n for i, n in s.execute(select(User.id, User.full_name))}
        filed = s.execute(
            select(Complaint, Service.name)
            .outerjoin(Service, Service.id == Complaint.service_id)
            .where(Complaint.resident_id == resident_id)
            .order_by(Complaint.registered_at.desc(), Complaint.id.desc())
        ).all()
        complaints = tuple(
            ComplaintRow(
                c.number,
                c.registered_at,
                c.field,
                svc or "",
                c.status,
                c.due_date,
                c.channel,
                names.get(c.facilitator_id or -1, ""),
                c.informed_at,
            )
            for c, svc in filed
        )
        referrals = tuple(
            ReferralRow(f.number, cn, f.referred_at, p, f.status, f.outcome_date, f.outcome_note, f.informed_at)
            for f, cn, p in s.execute(
                select(Referral, Complaint.number, Partner.name)
                .join(Complaint, Complaint.id == Referral.complaint_id)
                .join(Partner, Partner.id == Referral.partner_id)
                .where(Complaint.resident_id == resident_id)
                .order_by(Referral.referred_at.desc(), Referral.id.desc())
            )
        )
        # (moment, kind, order written, row): newest first, and entries of one clock tick (a second: registered and
        # edited at once) in the order they were written — registration, edits, complaints, letters, each by id —
        # rather than in whatever order the database returned rows of equal time (PostgreSQL: either).
        history: list[tuple[dt.datetime, int, int, HistoryRow]] = [
            (r.created_at, 0, r.id, HistoryRow(r.created_at, names.get(r.created_by_id or -1, ""), "Didaftarkan"))
        ]
        for rev in s.execute(
            select(ResidentRevision).where(ResidentRevision.resident_id == resident_id).order_by(ResidentRevision.id)
        ).scalars():
            changes: dict[str, list[object]] = json.loads(rev.changes)
            what = "; ".join(
                f"{FIELD_LABELS.get(k, k)}: {_plain(old)} → {_plain(new)}" for k, (old, new) in changes.items()
            )
            history.append((rev.at, 1, rev.id, HistoryRow(rev.at, rev.actor, what)))
        for c, _svc in filed:
            what = f"Keluhan {c.number} ({c.field}) didaftarkan"
            history.append((c.registered_at, 2, c.id, HistoryRow(c.registered_at, "", what)))
        for letter in s.execute(select(Letter).where(Letter.resident_id == resident_id)).scalars():
            label = f"{letters.KIND_LABELS.get(letter.kind, letter.kind)} {letter.number}"
            history.append((letter.issued_at, 3, letter.id, HistoryRow(letter.issued_at, "", label)))
        flags = tuple(
            label for on, label in ((r.disability, "disabilitas"), (r.elderly, "lansia"), (r.pregnant, "hamil")) if on
        )
        page = dict(
            resident_id=r.id,
            name=r.name,
            nik=r.nik,
            kk=kk,
            no_nik_reason=r.no_nik_reason,
            sex=r.sex,
            birth_place=r.birth_place,
            birth_date=r.birth_date,
            relation=r.family_relation,
            address=r.address,
            rt=r.rt,
            rw=r.rw,
            phone=r.phone,
            flags=flags,
            notes=r.notes,
            facilitator=facilitator.full_name if facilitator else "",
            registry=view,
            desil=desil.standings_in(s, [desil.Family(kk or view.kk or None, view.record_id)])[0],
            members=members,
            complaints=complaints,
            referrals=referrals,
        )
    return ResidentPage(
        **page,  # type: ignore[arg-type]
        letters=tuple(letters.for_resident(db, actor, resident_id)),
        proposals=tuple(proposals.for_resident(db, actor, resident_id)),
        history=tuple(h[3] for h in sorted(history, key=lambda h: h[:3], reverse=True)),
    )
