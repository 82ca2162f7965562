"""DTKS/DTSEN proposals (usulan): a household proposed for the registry (Tambah), or a change to a household
the registry already lists (Perbarui, Hapus). Every proposal starts as `Draf` and waits for the village
deliberation (Musyawarah Desa); status changes go through history.set_proposal_status only.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, bindparam, exists, or_, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ProposalKind, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Household, Proposal, ProposalMember, RegistryRecord, Resident
from puskesos_desktop.services import audit, history, numbering, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import registry_view

OPEN_STATUSES = frozenset({ProposalStatus.DRAF.value})


@dataclass(frozen=True)
class ProposalMemberInfo:
    resident_id: int
    name: str
    nik: str | None
    relation: str


@dataclass(frozen=True)
class ProposalInfo:
    id: int
    number: str
    kind: str
    status: str
    proposed_at: dt.datetime
    kk: str | None
    applicant_id: int
    applicant_name: str
    reason: str
    members: tuple[ProposalMemberInfo, ...]
    created: bool = False  # this call created it (False: an open one was joined or read)

    @property
    def waiting_for_nik(self) -> bool:
        """Someone on it has no NIK yet: the proposal cannot go to SIKS-NG until Dukcapil issues one."""
        return any(m.nik is None for m in self.members)


def _load(s: Session, proposal_id: int) -> Proposal:
    p = s.execute(
        select(Proposal)
        .where(Proposal.id == proposal_id)
        .options(selectinload(Proposal.members), selectinload(Proposal.household), selectinload(Proposal.resident))
    ).scalar_one_or_none()
    if p is None:
        raise NotFoundError("Usulan tidak ditemukan.")
    return p


def _info_in(s: Session, p: Proposal, created: bool = False, known: Sequence[Resident] = ()) -> ProposalInfo:
    ids = [m.resident_id for m in p.members]
    people = {r.id: r for r in known}
    missing = [i for i in ids if i not in people]  # `known`: the members a new draft was made of, not read again
    if missing:
        people.update((r.id, r) for r in s.execute(select(Resident).where(Resident.id.in_(missing))).scalars())
    members = sorted((people[i] for i in ids if i in people), key=lambda r: (r.birth_date or dt.date.min, r.id))
    return ProposalInfo(
        id=p.id,
        number=p.number,
        kind=p.kind,
        status=p.status,
        proposed_at=p.proposed_at,
        kk=p.household.kk if p.household else None,
        applicant_id=p.resident_id,
        applicant_name=p.resident.name,
        reason=p.reason,
        members=tuple(ProposalMemberInfo(r.id, r.name, r.nik, r.family_relation) for r in members),
        created=created,
    )


@functools.cache
def _open_draft_statement(by_household: bool) -> Select[*tuple[Any, ...]]:
    """Built once per shape (a registration asks it while the resident waits: building it costs more than running
    it on a server)."""
    q = select(Proposal).where(Proposal.kind == bindparam("kind"), Proposal.status.in_(sorted(OPEN_STATUSES)))
    if by_household:
        q = q.where(Proposal.household_id == bindparam("household_id"))
    else:
        on_it = select(ProposalMember.proposal_id).where(ProposalMember.resident_id == bindparam("resident_id"))
        q = q.where(or_(Proposal.resident_id == bindparam("resident_id"), Proposal.id.in_(on_it)))
    return q.order_by(Proposal.id).limit(1)


@functools.cache
def _others_statement() -> Select[*tuple[Any, ...]]:
    """A household's other members, each with whether the extract lists them (one statement, not two)."""
    on_registry = exists().where(RegistryRecord.nik == Resident.nik, RegistryRecord.active.is_(True))
    return select(Resident, on_registry).where(
        Resident.household_id == bindparam("household_id"), Resident.id != bindparam("resident_id")
    )


def open_draft_in(s: Session, kind: str, resident: Resident) -> Proposal | None:
    """The household's open draft of this kind; for a person without a KK, the draft they are on."""
    by_household = resident.household_id is not None
    values: dict[str, object] = {"kind": kind}
    if by_household:
        values["household_id"] = resident.household_id
    else:
        values["resident_id"] = resident.id
    return s.execute(_open_draft_statement(by_household), values).scalar_one_or_none()


def _add_member_in(s: Session, actor: Actor, p: Proposal, resident: Resident) -> bool:
    if any(m.resident_id == resident.id for m in p.members):
        return False
    p.members.append(ProposalMember(resident_id=resident.id))
    s.flush()
    history.proposal_event(s, actor, p, "anggota", f"{resident.name} ditambahkan ke usulan")
    audit.record(s, actor, AuditAction.PROPOSAL_MEMBER, "proposal", p.number, {"resident_id": resident.id})
    return True


def _create_in(
    s: Session, actor: Actor, kind: str, resident: Resident, reason: str, members: list[Resident]
) -> Proposal:
    now = clock.now()
    p = Proposal(
        number=numbering.next_number(s, numbering.Prefix.USL, now),
        proposed_at=now,
        kind=kind,
        household_id=resident.household_id,
        resident_id=resident.id,
        status=ProposalStatus.DRAF.value,
        reason=reason,
        created_by_id=actor.user_id,
    )
    p.members = [ProposalMember(resident_id=m.id) for m in members]
    s.add(p)
    s.flush()
    history.proposal_created_event(s, actor, p, f"Usulan {kind} dibuat; menunggu Musyawarah Desa")
    audit.record(
        s,
        actor,
        AuditAction.PROPOSAL_CREATE,
        "proposal",
        p.number,
        {"kind": kind, "resident_id": resident.id, "members": [m.id for m in members], "reason": reason},
    )
    return p


def ensure_addition_in(s: Session, actor: Actor, resident: Resident, reason: str = "") -> ProposalInfo | None:
    """Inside an open transaction: a resident the registry does not list goes on their household's draft.

    A household the registry does not know gets a `Tambah` draft with every member the office knows who is not
    listed; a household it knows (another member is listed) gets a `Perbarui` draft adding the person. An open
    draft is joined rather than duplicated. None when the resident is already listed.
    Checked here, not only by the caller: registering a complaint reaches this with the registering clerk's rights.
    """
    actor.require(Permission.PROPOSAL_DRAFT)
    household = s.get(Household, resident.household_id) if resident.household_id else None
    listed, known_household = registry_view.listed_in(s, resident.nik, household.kk if household else None)
    if listed:
        return None
    kind = ProposalKind.PERBARUI.value if known_household else ProposalKind.TAMBAH.value
    existing = open_draft_in(s, kind, resident)
    if existing is not None:
        _add_member_in(s, actor, existing, resident)
        return _info_in(s, existing)
    members = [resident]
    if household is not None and kind == ProposalKind.TAMBAH.value:
        others = s.execute(_others_statement(), {"household_id": household.id, "resident_id": resident.id})
        members += [r for r, on_it in others if not on_it]
    if not reason:
        reason = (
            "Anggota keluarga belum tercantum di DTKS/DTSEN"
            if kind == ProposalKind.PERBARUI.value
            else "Keluarga belum terdaftar di DTKS/DTSEN; diusulkan saat mendaftarkan keluhan"
        )
    p = _create_in(s, actor, kind, resident, reason, members)
    return _info_in(s, p, created=True, known=members)


def propose_addition(db: Database, actor: Actor, resident_id: int, reason: str = "") -> ProposalInfo:
    """Propose a resident's household for the registry (or add them to its open draft)."""
    actor.require(Permission.PROPOSAL_DRAFT)
    reason = validate.text(reason, "Alasan", max_len=1000, multiline=True)
    with db.write() as s:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        info = ensure_addition_in(s, actor, resident, reason)
        if info is None:
            raise ValidationError(
                "Warga ini sudah terdaftar di DTKS/DTSEN. Untuk perubahan data, buat usulan Perbarui atau Hapus.",
                "Jenis usulan",
            )
        return info


def propose_change(db: Database, actor: Actor, resident_id: int, kind: str, reason: str) -> ProposalInfo:
    """A `Perbarui` (update) or `Hapus` (remove) draft for a household the registry already lists."""
    actor.require(Permission.PROPOSAL)
    if kind not in (ProposalKind.PERBARUI.value, ProposalKind.HAPUS.value):
        raise ValidationError("Pilih jenis usulan: Perbarui atau Hapus.", "Jenis usulan")
    reason = validate.text(reason, "Alasan", required=True, max_len=1000, multiline=True)
    if len(reason) < 10:
        raise ValidationError("Tulis alasannya dengan jelas (minimal 10 karakter).", "Alasan")
    with db.write() as s:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        household = s.get(Household, resident.household_id) if resident.household_id else None
        listed = registry_view.in_registry_in(s, resident.nik) or (
            household is not None and registry_view.household_in_registry_in(s, household.kk)
        )
        if not listed:
            raise ValidationError("Keluarga ini belum terdaftar di DTKS/DTSEN: buat usulan Tambah.", "Jenis usulan")
        existing = open_draft_in(s, kind, resident)
        if existing is not None:
            _add_member_in(s, actor, existing, resident)
            history.proposal_event(s, actor, existing, "catatan", reason)
            return _info_in(s, existing)
        p = _create_in(s, actor, kind, resident, reason, [resident])
        return _info_in(s, p, created=True)


def add_member(db: Database, actor: Actor, proposal_id: int, resident_id: int) -> ProposalInfo:
    actor.require(Permission.PROPOSAL)
    with db.write() as s:
        p = _load(s, proposal_id)
        if p.status not in OPEN_STATUSES:
            raise ValidationError("Usulan berstatus {status} tidak dapat diubah lagi.", "Usulan", status=p.status)
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        if p.household_id is not None and resident.household_id not in (None, p.household_id):
            raise ValidationError("Warga ini tercatat di KK lain.", "Anggota")
        _add_member_in(s, actor, p, resident)
        return _info_in(s, p)


@privacy.shielded
def get_proposal(db: Database, actor: Actor | None, number_or_id: str | int) -> ProposalInfo:
    with db.read() as s:
        if isinstance(number_or_id, int):
            pid = number_or_id
        else:
            found = s.execute(select(Proposal.id).where(Proposal.number == number_or_id.strip().upper())).scalar()
            if found is None:
                raise NotFoundError("Usulan {number_or_id} tidak ditemukan.", number_or_id=number_or_id)
            pid = found
        return _info_in(s, _load(s, pid))


@privacy.shielded
def for_resident(db: Database, actor: Actor | None, resident_id: int) -> list[ProposalInfo]:
    """Proposals the resident applied for, is a member of, or that concern their household."""
    with db.read() as s:
        r = s.get(Resident, resident_id)
        if r is None:
            raise NotFoundError("Warga tidak ditemukan.")
        on_it = select(ProposalMember.proposal_id).where(ProposalMember.resident_id == resident_id)
        conds = [Proposal.resident_id == resident_id, Proposal.id.in_(on_it)]
        if r.household_id is not None:
            conds.append(Proposal.household_id == r.household_id)
        ids = list(s.execute(select(Proposal.id).where(or_(*conds)).order_by(Proposal.id)).scalars())
        return [_info_in(s, _load(s, i)) for i in ids]


@privacy.shielded
def list_open(db: Database, actor: Actor | None) -> list[ProposalInfo]:
    """Every draft waiting for the village deliberation, oldest first."""
    with db.read() as s:
        ids = list(
            s.execute(select(Proposal.id).where(Proposal.status.in_(OPEN_STATUSES)).order_by(Proposal.id)).scalars()
        )
        return [_info_in(s, _load(s, i)) for i in ids]


# --- what a family was proposed before (issue 17 item 7) -------------------------------------------------------

#: who decided a proposal's current status: the village deliberation or the district (via its feedback)
BY_MUSDES = "Musdes"
BY_DISTRICT = "Dinas"


@dataclass(frozen=True)
class EarlierProposal:
    """One proposal that already concerns a family, as the desk says it before proposing again."""

    number: str
    kind: str
    status: str
    proposed_at: dt.datetime
    applicant_name: str
    decided_by: str  # BY_MUSDES, BY_DISTRICT, or "" while nobody has decided (Draf)
    decided_on: dt.date | None
    note: str  # the reason the deciders gave (a rejection's "why"), else ""

    @property
    def open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def rejected(self) -> bool:
        return self.status == ProposalStatus.DITOLAK.value

    def sentence(self) -> str:
        """Indonesian, for the command line and the log: 'usulan USL/… (Tambah) ditolak Musdes pada 12-03-2026: …'."""
        head = f"usulan {self.number} ({self.kind}, diajukan {self.proposed_at:%d-%m-%Y})"
        if self.open:
            return f"{head} masih Draf, menunggu Musyawarah Desa"
        when = f" pada {self.decided_on:%d-%m-%Y}" if self.decided_on else ""
        if self.rejected:
            text = f"{head} ditolak {self.decided_by or 'Dinas'}{when}"
        else:
            text = f"{head} berstatus {self.status}" + (f" sejak {self.decided_on:%d-%m-%Y}" if self.decided_on else "")
        return text + (f": {self.note}" if self.note else "")


def _decision_of(p: Proposal) -> tuple[str, dt.date | None, str]:
    """Who gave the proposal its status, when, and with what note (from the last status event)."""
    last = next((e for e in reversed(p.events) if e.kind == "status" and e.to_status == p.status), None)
    if p.status in OPEN_STATUSES or last is None:
        return "", None, ""
    if last.from_status == ProposalStatus.DRAF.value and p.musdes is not None:
        # The deliberation's note is stored as 'Musyawarah Desa dd-mm-yyyy: why'.
        note = last.note.split(": ", 1)[1] if ": " in last.note else ""
        return BY_MUSDES, p.musdes.held_on, note
    return BY_DISTRICT, p.outcome_date or last.at.date(), p.outcome_note


@privacy.shielded
def earlier_proposals(
    db: Database, actor: Actor | None, *, resident_id: int | None = None, kk: str | None = None, nik: str | None = None
) -> list[EarlierProposal]:
    """Every proposal that concerns this resident, KK or NIK (the household's, or one the person is on), newest
    first: what the desk shows before a new proposal is made, so a family the deliberation turned down four
    months ago is not proposed again without anyone noticing."""
    with db.read() as s:
        people: list[Resident] = []
        household_ids: set[int] = set()
        if resident_id is not None:
            r = s.get(Resident, resident_id)
            if r is None:
                raise NotFoundError("Warga tidak ditemukan.")
            people.append(r)
        if nik:
            people += list(s.execute(select(Resident).where(Resident.nik == nik.strip())).scalars())
        if kk:
            household_ids |= set(s.execute(select(Household.id).where(Household.kk == kk.strip())).scalars())
        household_ids |= {r.household_id for r in people if r.household_id is not None}
        person_ids = [r.id for r in people]
        conds = []
        if person_ids:
            on_it = select(ProposalMember.proposal_id).where(ProposalMember.resident_id.in_(person_ids))
            conds += [Proposal.resident_id.in_(person_ids), Proposal.id.in_(on_it)]
        if household_ids:
            conds.append(Proposal.household_id.in_(household_ids))
        if not conds:
            return []
        found = s.execute(
            select(Proposal)
            .where(or_(*conds))
            .options(selectinload(Proposal.events), selectinload(Proposal.musdes), selectinload(Proposal.resident))
            .order_by(Proposal.proposed_at.desc(), Proposal.id.desc())
        ).scalars()
        out = []
        for p in found:
            by, on, note = _decision_of(p)
            out.append(EarlierProposal(p.number, p.kind, p.status, p.proposed_at, p.resident.name, by, on, note))
        return out
