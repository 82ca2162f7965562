"""The village deliberation (Musyawarah Desa) that decides on DTKS/DTSEN proposals, at least twice a year.

The agenda is every `Draf` proposal whose people all have a NIK (one still waiting for Dukcapil cannot go to
SIKS-NG yet). Recording a session stores its date, place, number present and chair, and the decision on each
proposal put to it: agreed proposals become `Disahkan Musdes` (and go into the next monthly batch), rejected
ones `Ditolak` with the reason. Proposals left undecided stay `Draf` for the next deliberation.
The list (A4/F4 landscape, by RT/RW) and the minutes (berita acara) print through printing/musdes.py; the
Musdesus package (issue 16) puts agenda, attendance list and minutes in one PDF beside a BNBA workbook.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, NotFoundError, ValidationError
from puskesos_desktop.core.files import atomic_path, atomic_write_bytes
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import MusdesSession, Proposal, ProposalEvent, ProposalMember, Resident
from puskesos_desktop.printing import musdes as musdes_docs
from puskesos_desktop.printing.data import MusdesAgenda, MusdesMinutes, MusdesPackage, MusdesProposal
from puskesos_desktop.services import audit, history, numbering, printouts, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments

DRAF = ProposalStatus.DRAF.value
AGREED = ProposalStatus.DISAHKAN_MUSDES.value
REJECTED = ProposalStatus.DITOLAK.value


@dataclass(frozen=True)
class AgendaItem:
    proposal_id: int
    number: str
    kind: str
    proposed_at: dt.datetime
    name: str  # the applicant
    nik: str | None
    kk: str | None
    address: str
    rt: str
    rw: str
    reason: str
    members: int
    ready: bool  # everyone on it has a NIK

    def printable(self, decision: str = "", note: str = "") -> MusdesProposal:
        return MusdesProposal(
            self.number, self.kind, self.name, self.nik, self.kk, self.address, self.rt, self.rw, self.reason,
            decision, note,
        )  # fmt: skip


@dataclass(frozen=True)
class Decision:
    proposal_id: int
    agreed: bool
    note: str = ""  # required when rejected: the reason


@dataclass(frozen=True)
class SessionInput:
    held_on: dt.date | None
    place: str
    attendees: int
    chair: str
    decisions: tuple[Decision, ...]
    notes: str = ""


@dataclass(frozen=True)
class SessionInfo:
    id: int
    number: str  # BA/…
    held_on: dt.date
    place: str
    attendees: int
    chair: str
    notes: str
    agreed: int
    rejected: int


@dataclass(frozen=True)
class DecidedItem:
    item: AgendaItem
    decision: str  # "Disahkan" / "Ditolak"
    note: str
    status: str  # the proposal's status now


# --- the agenda -----------------------------------------------------------------------------------------------


def _items(s: Session, proposals: Sequence[Proposal]) -> list[AgendaItem]:
    ids = [p.id for p in proposals]
    if not ids:
        return []
    counts = dict(
        s.execute(
            select(ProposalMember.proposal_id, func.count())
            .where(ProposalMember.proposal_id.in_(ids))
            .group_by(ProposalMember.proposal_id)
        ).all()
    )
    missing = set(
        s.execute(
            select(ProposalMember.proposal_id)
            .join(Resident, Resident.id == ProposalMember.resident_id)
            .where(ProposalMember.proposal_id.in_(ids), Resident.nik.is_(None))
        ).scalars()
    )
    out = []
    for p in proposals:
        r = p.resident
        kk = p.household.kk if p.household is not None else (r.household.kk if r.household is not None else None)
        out.append(
            AgendaItem(
                p.id,
                p.number,
                p.kind,
                p.proposed_at,
                r.name,
                r.nik,
                kk,
                r.address,
                r.rt,
                r.rw,
                p.reason,
                counts.get(p.id, 0),
                r.nik is not None and p.id not in missing,
            )  # fmt: skip
        )
    return out


def _load(s: Session, where: object) -> list[Proposal]:
    return list(
        s.execute(
            select(Proposal)
            .where(where)  # type: ignore[arg-type]
            .options(selectinload(Proposal.resident).selectinload(Resident.household), selectinload(Proposal.household))
            .order_by(Proposal.id)
        ).scalars()
    )


@privacy.shielded
def agenda(db: Database, actor: Actor | None, *, ready_only: bool = True) -> list[AgendaItem]:
    """Draft proposals for the next deliberation, oldest first (``ready_only``: only those with every NIK)."""
    with db.read() as s:
        items = _items(s, _load(s, Proposal.status == DRAF))
    return [i for i in items if i.ready] if ready_only else items


def agenda_pdf(
    db: Database,
    actor: Actor,
    *,
    held_on: dt.date | None = None,
    place: str = "",
    paper: str | None = None,
    proposal_ids: Sequence[int] | None = None,
) -> bytes:
    """The list to put before the deliberation, grouped by RT/RW, landscape (A4 or F4)."""
    actor.require(Permission.PRINT_DOCUMENTS)
    place = validate.text(place, "Tempat", max_len=200)
    if paper not in (None, "A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", "Kertas")
    items = agenda(db, actor)
    if proposal_ids is not None:
        wanted = set(proposal_ids)
        items = [i for i in items if i.proposal_id in wanted]
    # Issue 20: the house photos follow the list, for those who may see attachments (never the penanggung jawab).
    with_photos = attachments.may_see(actor)
    with db.read() as s:
        office = printouts.office_info_in(s)
        photos = attachments.house_photos_in(s, [i.proposal_id for i in items]) if with_photos else []
    data = MusdesAgenda(office, tuple(i.printable() for i in items), held_on, place, clock.today(), tuple(photos))
    pdf = musdes_docs.musdes_proposal_list(data, paper=paper, footer=printouts.footer(actor))
    audit.log(
        db, actor, AuditAction.MUSDES_PRINT_LIST, "musdes", "", count=len(items), paper=paper or office.paper,
        photos=len(photos),
    )  # fmt: skip
    attachments.log_printed(db, actor, [p.attachment_id for p in photos], "Daftar usulan Musyawarah Desa")
    return pdf


# --- recording a session --------------------------------------------------------------------------------------


def _note_of(held_on: dt.date, note: str) -> str:
    return f"Musyawarah Desa {held_on:%d-%m-%Y}" + (f": {note}" if note else "")


def _clean(data: SessionInput) -> tuple[dt.date, str, int, str, str, list[Decision]]:
    held_on = validate.past_date(data.held_on, FormField.MUSDES_DATE, required=True)
    assert held_on is not None
    place = validate.text(data.place, FormField.PLACE, required=True, max_len=200)
    chair = validate.text(data.chair, FormField.CHAIR, required=True, max_len=100)
    notes = validate.text(data.notes, FormField.NOTES, max_len=2000, multiline=True)
    if isinstance(data.attendees, bool) or not isinstance(data.attendees, int) or data.attendees < 1:
        raise ValidationError("Jumlah peserta yang hadir harus angka, sedikitnya 1.", FormField.ATTENDEES)
    if data.attendees > 100_000:
        raise ValidationError("Jumlah peserta tidak masuk akal.", FormField.ATTENDEES)
    if not data.decisions:
        raise ValidationError("Putuskan sedikitnya satu usulan (disahkan atau ditolak).", FormField.DECISION)
    decisions: list[Decision] = []
    seen: set[int] = set()
    for d in data.decisions:
        if d.proposal_id in seen:
            continue
        seen.add(d.proposal_id)
        note = validate.text(d.note, FormField.DECISION_NOTE, max_len=500)
        decisions.append(Decision(d.proposal_id, d.agreed, note))
    return held_on, place, data.attendees, chair, notes, decisions


def record_session(db: Database, actor: Actor, data: SessionInput) -> SessionInfo:
    """Store the deliberation and its decisions in one transaction (each into the proposal's history)."""
    actor.require(Permission.MUSDES)
    held_on, place, attendees, chair, notes, decisions = _clean(data)
    with db.write() as s:
        proposals = {p.id: p for p in _load(s, Proposal.id.in_([d.proposal_id for d in decisions]))}
        ready = {i.proposal_id: i for i in _items(s, list(proposals.values()))}
        for d in decisions:
            p = proposals.get(d.proposal_id)
            if p is None:
                raise NotFoundError("Usulan tidak ditemukan.")
            if p.status != DRAF:
                raise ValidationError(
                    "Usulan {number} sudah berstatus {status}, bukan Draf.",
                    FormField.DECISION,
                    number=p.number,
                    status=p.status,
                )
            if not ready[p.id].ready:
                raise ValidationError(
                    "Usulan {number}: ada anggota keluarga yang belum punya NIK; tunggu NIK dari Dukcapil.",
                    FormField.DECISION,
                    number=p.number,
                )
            if p.proposed_at.date() > held_on:
                raise ValidationError(
                    "Usulan {number} dibuat sesudah tanggal musyawarah.", FormField.MUSDES_DATE, number=p.number
                )
            if not d.agreed and not d.note:
                raise ValidationError(
                    "Tulis alasan penolakan usulan {number}.", FormField.DECISION_NOTE, number=p.number
                )
        session = MusdesSession(
            number=numbering.next_number(s, numbering.Prefix.BA, held_on),
            held_on=held_on, place=place, attendees=attendees, chair=chair, notes=notes, created_by_id=actor.user_id,
        )  # fmt: skip
        s.add(session)
        s.flush()
        agreed = rejected = 0
        for d in decisions:
            p = proposals[d.proposal_id]
            p.musdes_id = session.id
            history.set_proposal_status(s, actor, p, AGREED if d.agreed else REJECTED, _note_of(held_on, d.note))
            agreed += d.agreed
            rejected += not d.agreed
        audit.record(
            s,
            actor,
            AuditAction.MUSDES_RECORD,
            "musdes",
            session.number,
            {"held_on": held_on.isoformat(), "place": place, "attendees": attendees, "chair": chair,
             "agreed": agreed, "rejected": rejected},
        )  # fmt: skip
        return SessionInfo(session.id, session.number, held_on, place, attendees, chair, notes, agreed, rejected)


# --- reading and the minutes ----------------------------------------------------------------------------------


def _decided(s: Session, session: MusdesSession) -> list[DecidedItem]:
    proposals = _load(s, Proposal.musdes_id == session.id)
    items = _items(s, proposals)
    events = {
        e.proposal_id: e
        for e in s.execute(
            select(ProposalEvent)
            .where(
                ProposalEvent.proposal_id.in_([p.id for p in proposals]),
                ProposalEvent.kind == "status",
                ProposalEvent.from_status == DRAF,
            )
            .order_by(ProposalEvent.id)
        ).scalars()
    }
    prefix = _note_of(session.held_on, "")
    out = []
    for p, item in zip(proposals, items, strict=True):
        event = events.get(p.id)
        agreed = event is not None and event.to_status == AGREED
        note = event.note if event is not None else ""
        note = note[len(prefix) :].lstrip(": ") if note.startswith(prefix) else note
        out.append(DecidedItem(item, musdes_docs.DISAHKAN if agreed else musdes_docs.DITOLAK, note, p.status))
    return out


def _info(s: Session, m: MusdesSession) -> SessionInfo:
    decided = _decided(s, m)
    agreed = sum(1 for d in decided if d.decision == musdes_docs.DISAHKAN)
    return SessionInfo(m.id, m.number, m.held_on, m.place, m.attendees, m.chair, m.notes, agreed, len(decided) - agreed)


def list_sessions(db: Database) -> list[SessionInfo]:
    """Deliberations recorded, newest first."""
    with db.read() as s:
        rows = s.execute(select(MusdesSession).order_by(MusdesSession.held_on.desc(), MusdesSession.id.desc()))
        return [_info(s, m) for m in rows.scalars().all()]


@privacy.shielded
def get_session(db: Database, actor: Actor | None, session_id: int) -> tuple[SessionInfo, list[DecidedItem]]:
    with db.read() as s:
        m = s.get(MusdesSession, session_id)
        if m is None:
            raise NotFoundError("Musyawarah desa tidak ditemukan.")
        return _info(s, m), _decided(s, m)


def minutes_pdf(db: Database, actor: Actor, session_id: int, *, paper: str | None = None) -> bytes:
    """Berita acara of a recorded deliberation, for signature."""
    actor.require(Permission.PRINT_DOCUMENTS)
    if paper not in (None, "A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", "Kertas")
    data, decided = _minutes_of(db, actor, session_id)
    pdf = musdes_docs.musdes_minutes(data, paper=paper, footer=printouts.footer(actor))
    audit.log(db, actor, AuditAction.MUSDES_PRINT_MINUTES, "musdes", session_id, count=len(decided))
    attachments.log_printed(db, actor, [p.attachment_id for p in data.photos], f"Berita acara {data.number}")
    return pdf


# --- the Musdesus package (issue 16) ------------------------------------------------------------------------------


@dataclass(frozen=True)
class PackageFiles:
    pdf: Path  # agenda by RW/RT, attendance list, berita acara
    xlsx: Path  # BNBA of the decided proposals, for SIKS-NG input
    proposals: int
    agreed: int
    rejected: int


def _minutes_of(db: Database, actor: Actor, session_id: int) -> tuple[MusdesMinutes, list[DecidedItem]]:
    info, decided = get_session(db, actor, session_id)
    with db.read() as s:
        m = s.get(MusdesSession, session_id)
        assert m is not None
        office = printouts.office_info_in(s, m.held_on)  # the head and letterhead of the deliberation's day
        notes = m.notes
        # Issue 20: the district asks for the house photos with the minutes; those of the agreed proposals follow.
        agreed_ids = [d.item.proposal_id for d in decided if d.decision == musdes_docs.DISAHKAN]
        photos = attachments.house_photos_in(s, agreed_ids) if attachments.may_see(actor) else []
    data = MusdesMinutes(
        office=office,
        held_on=info.held_on,
        place=info.place,
        attendees=info.attendees,
        chair=info.chair,
        proposals=tuple(d.item.printable(d.decision, d.note) for d in decided),
        number=info.number,
        notes=notes,
        photos=tuple(photos),
    )
    return data, decided


def package_names(number: str, session_id: int) -> tuple[str, str]:
    """File names of a session's package: "paket-musdesus-BA-6201022001-2026-11-0001.pdf" and the BNBA beside it."""
    stem = "-".join(part for part in (number or f"sesi-{session_id}").replace("/", "-").split() if part)
    return f"paket-musdesus-{stem}.pdf", f"bnba-musdesus-{stem}.xlsx"


def package(
    db: Database, actor: Actor, session_id: int, out_dir: Path | str, *, paper: str | None = None
) -> PackageFiles:
    """The Musdesus package of a recorded deliberation into `out_dir`: one PDF (agenda by RW/RT with reasons,
    attendance list with a signature column, berita acara) on the office's paper, and the BNBA workbook of the
    decided proposals. Both written under a temporary name and renamed; the print is audited."""
    from puskesos_desktop.excel.bnba import BnbaRow, write_bnba

    actor.require(Permission.PRINT_DOCUMENTS)
    if paper not in (None, "A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", "Kertas")
    folder = Path(out_dir)
    if folder.exists() and not folder.is_dir():
        raise ValidationError("{folder} bukan folder.", "--out", folder=folder)
    minutes, decided = _minutes_of(db, actor, session_id)
    pdf = musdes_docs.musdes_package(
        MusdesPackage(minutes, printed_on=clock.today()), paper=paper, footer=printouts.footer(actor)
    )
    rows = [
        BnbaRow(d.item.nik, d.item.kk, d.item.name, d.item.address, d.item.rt, d.item.rw, d.item.kind,
                d.item.reason, d.decision)
        for d in sorted(decided, key=lambda d: (d.item.rw.zfill(3), d.item.rt.zfill(3), d.item.number))
    ]  # fmt: skip
    pdf_name, xlsx_name = package_names(minutes.number, session_id)
    pdf_path, xlsx_path = folder / pdf_name, folder / xlsx_name
    atomic_write_bytes(pdf_path, pdf)
    with atomic_path(xlsx_path) as tmp:
        write_bnba(tmp, rows)
    agreed = sum(1 for d in decided if d.decision == musdes_docs.DISAHKAN)
    audit.log(
        db, actor, AuditAction.MUSDES_PACKAGE, "musdes", minutes.number or str(session_id), count=len(decided),
        paper=paper or minutes.office.paper,
    )  # fmt: skip
    attachments.log_printed(db, actor, [p.attachment_id for p in minutes.photos], f"Paket Musdesus {minutes.number}")
    return PackageFiles(pdf_path, xlsx_path, len(decided), agreed, len(decided) - agreed)


def next_weekday(day: dt.date) -> dt.date:
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    return day
