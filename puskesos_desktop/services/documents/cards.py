"""Referral cards (kartu rujukan) and the "documents still missing" slip, printed from the database.

The drawing is printing/card.py's; this module fills its dataclasses, refuses what may not be printed, and
records every print as one audit entry. ``*_printout`` builds without recording (the window records after the
print job finished: services/printouts.py); the PDF is rendered outside any transaction.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.errors import NotFoundError, PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Programme,
    Referral,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    User,
)
from puskesos_desktop.printing import card as card_pdf
from puskesos_desktop.printing import slips
from puskesos_desktop.printing.data import MissingDocumentsSlip, OfficeInfo, Person, ReferralCard, RegistryStatus
from puskesos_desktop.services import audit, history, printouts
from puskesos_desktop.services.casework.referrals import load
from puskesos_desktop.services.context import Actor

# One letterhead for every document, of the document's own date when it has one.
from puskesos_desktop.services.office import office_info_in
from puskesos_desktop.services.printouts import VIA_FILE, Printout

MAX_CARDS = 40  # ten sheets at once is plenty for one desk; more is a mistake


class PrintRefused(PuskesosError):
    """A document that may not be printed in its present state."""


# --- plain data from the database ---------------------------------------------------------------------------




def person_of(r: Resident) -> Person:
    return Person(
        name=r.name,
        nik=r.nik,
        kk=r.household.kk if r.household else None,
        sex=r.sex,
        birth_place=r.birth_place,
        birth_date=r.birth_date,
        address=r.address,
        rt=r.rt,
        rw=r.rw,
        phone=r.phone,
    )


def registry_status_in(s: Session, nik: str | None) -> RegistryStatus:
    """What the office's registry extract says of this NIK: desil, ID and programme codes."""
    if not nik:
        return RegistryStatus(registered=False)
    rec = s.execute(
        select(RegistryRecord).where(RegistryRecord.nik == nik, RegistryRecord.active.is_(True))
    ).scalar_one_or_none()
    if rec is None:
        return RegistryStatus(registered=False)
    codes = s.execute(
        select(Programme.code)
        .join(RegistryProgramme, RegistryProgramme.programme_id == Programme.id)
        .where(RegistryProgramme.record_id == rec.id)
        .order_by(Programme.code)
    ).scalars()
    return RegistryStatus(
        registered=True,
        desil=rec.desil,
        registry_id=rec.registry_id,
        programmes=tuple(codes),
        extract_date=rec.extract_date,
    )


def _user_name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return s.execute(select(User.full_name).where(User.id == user_id)).scalar() or ""


def card_data(s: Session, ref: Referral, office: OfficeInfo | None = None) -> ReferralCard:
    complaint = s.execute(
        select(Complaint)
        .where(Complaint.id == ref.complaint_id)
        .options(selectinload(Complaint.resident).selectinload(Resident.household))
    ).scalar_one()
    resident = complaint.resident
    return ReferralCard(
        office=office or office_info_in(s, ref.referred_at),
        number=ref.number,
        referred_at=ref.referred_at.date(),
        field=ref.field,
        resident=person_of(resident),
        registry=registry_status_in(s, resident.nik),
        destination=ref.partner.name,
        service=ref.service.name if ref.service else "",
        reason=ref.reason,
        documents=tuple(line for line in ref.documents.splitlines() if line.strip()),
        officer_name=_user_name(s, ref.created_by_id),
        coordinator_name=_user_name(s, ref.approved_by_id),
    )


def _check_printable(ref: Referral) -> None:
    if ref.status == ReferralStatus.MENUNGGU.value:
        raise PrintRefused(
            f"Kartu rujukan {ref.number} belum dapat dicetak: rujukan masih menunggu persetujuan koordinator. "
            "Cetak setelah koordinator memberi persetujuan."
        )
    if ref.status == ReferralStatus.DIBATALKAN.value:
        raise PrintRefused(f"Rujukan {ref.number} sudah dibatalkan; kartunya tidak dicetak.")


def _footer(actor: Actor, when: dt.datetime) -> str:
    return f"Dicetak {fmt.tanggal_jam(when)} oleh {actor.full_name or actor.username}"


# --- printing ---------------------------------------------------------------------------------------------


def card_printout(db: Database, actor: Actor, number: str, *, copy: bool = False) -> Printout:
    """One referral card on an A6 page, built and not yet recorded as printed."""
    return _printout(db, actor, [number], sheet=False, copy=copy)


def cards_printout(db: Database, actor: Actor, numbers: Sequence[str], paper: str | None = None) -> Printout:
    """Several cards four-up on the office's A4 or F4 paper (or `paper`), not yet recorded as printed."""
    return _printout(db, actor, numbers, sheet=True, copy=False, paper=paper)


def print_card(db: Database, actor: Actor, number: str) -> bytes:
    """One referral card on an A6 page, recorded as printed at once."""
    return card_printout(db, actor, number).recorded(VIA_FILE)


def print_cards(db: Database, actor: Actor, numbers: Sequence[str], paper: str | None = None) -> bytes:
    """Several cards four-up, recorded as printed at once."""
    return cards_printout(db, actor, numbers, paper).recorded(VIA_FILE)


def reprint_card(db: Database, actor: Actor, number: str) -> bytes:
    """A copy of a card already printed, marked SALINAN (`puskesos print card`)."""
    return card_printout(db, actor, number, copy=True).recorded(VIA_FILE)


@dataclass(frozen=True)
class _CardsRead:
    referral_ids: tuple[int, ...]
    cards: tuple[ReferralCard, ...]
    paper: str


def _printout(
    db: Database, actor: Actor, numbers: Sequence[str], *, sheet: bool, copy: bool, paper: str | None = None
) -> Printout:
    actor.require(Permission.PRINT_DOCUMENTS)
    wanted = list(dict.fromkeys(n.strip().upper() for n in numbers if n.strip()))
    if not wanted:
        raise ValidationError("Pilih sedikitnya satu rujukan untuk dicetak.", "Rujukan")
    if len(wanted) > MAX_CARDS:
        raise ValidationError(f"Paling banyak {MAX_CARDS} kartu sekali cetak.", "Rujukan")
    if paper is not None and paper not in ("A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", "Kertas")
    now = clock.now()

    def read(s: Session) -> _CardsRead:
        refs = []
        for number in wanted:
            ref = load(s, number)
            _check_printable(ref)
            refs.append(ref)
        # Each card with the letterhead of its own date; the sheet on today's paper.
        cards = tuple(card_data(s, ref) for ref in refs)
        return _CardsRead(tuple(ref.id for ref in refs), cards, office_info_in(s).paper)

    def render(r: _CardsRead) -> bytes:
        # Outside the transaction: a sheet of forty cards takes reportlab a while, no desk waits for the lock.
        footer = _footer(actor, now)
        if sheet:
            return card_pdf.referral_cards_sheet(list(r.cards), paper=paper, copy=copy, footer=footer)
        return card_pdf.referral_card(r.cards[0], copy=copy, footer=footer)

    def record(s: Session, r: _CardsRead, via: str) -> None:
        kind = "salinan kartu" if copy else "kartu"
        for ref_id in r.referral_ids:
            ref = s.get(Referral, ref_id)
            if ref is not None:
                history.referral_event(s, actor, ref, "print", f"Cetak {kind} rujukan")
        audit.record(
            s,
            actor,
            "card.reprint" if copy else "card.print",
            "referral",
            wanted[0] if len(wanted) == 1 else f"{len(wanted)} kartu",
            {
                "numbers": wanted,
                "layout": f"4 per {paper or r.paper}" if sheet else "A6",
                "copy": copy,
                "via": via,
            },
        )

    number = wanted[0] if len(wanted) == 1 else ""
    return printouts.build(db, read, render, record, kind="cards" if sheet else "card", number=number, copy=copy)


def printable_numbers(db: Database, complaint_id: int) -> list[str]:
    """The complaint's referrals whose cards can be printed now."""
    with db.read() as s:
        q = select(Referral.number).where(
            Referral.complaint_id == complaint_id,
            Referral.status.not_in([ReferralStatus.MENUNGGU.value, ReferralStatus.DIBATALKAN.value]),
        )
        return list(s.execute(q.order_by(Referral.id)).scalars())


@dataclass(frozen=True)
class _SlipRead:
    complaint_id: int
    data: MissingDocumentsSlip


def missing_documents_slip_printout(db: Database, actor: Actor, complaint_id: int, note: str = "") -> Printout:
    """Daftar Dokumen yang Masih Kurang for a complaint: what the resident still has to bring (not yet recorded)."""
    actor.require(Permission.PRINT_DOCUMENTS)
    now = clock.now()

    def read(s: Session) -> _SlipRead:
        complaint = s.execute(
            select(Complaint)
            .where(Complaint.id == complaint_id)
            .options(
                selectinload(Complaint.resident).selectinload(Resident.household),
                selectinload(Complaint.documents),
                selectinload(Complaint.service),
            )
        ).scalar_one_or_none()
        if complaint is None:
            raise NotFoundError("Keluhan tidak ditemukan.")
        missing = tuple(d.name for d in complaint.documents if not d.received)
        if not missing:
            raise PrintRefused("Semua dokumen sudah diterima; tidak ada daftar kekurangan untuk dicetak.")
        data = MissingDocumentsSlip(
            office=office_info_in(s),
            complaint_number=complaint.number,
            date=now.date(),
            resident=person_of(complaint.resident),
            field=complaint.field,
            service=complaint.service.name if complaint.service else "",
            documents=missing,
            # A target date already past is no date to ask the resident for.
            return_date=complaint.due_date if complaint.due_date and complaint.due_date >= now.date() else None,
            note=note,
            officer_name=actor.full_name,
        )
        return _SlipRead(complaint.id, data)

    def render(r: _SlipRead) -> bytes:
        return slips.missing_documents_slip(r.data, footer=_footer(actor, now))

    def record(s: Session, r: _SlipRead, via: str) -> None:
        complaint = s.get(Complaint, r.complaint_id)
        missing = list(r.data.documents)
        if complaint is not None:
            history.complaint_event(s, actor, complaint, "print", f"Cetak daftar kekurangan dokumen ({len(missing)})")
        audit.record(s, actor, "slip.print", "complaint", r.data.complaint_number, {"missing": missing, "via": via})

    return printouts.build(db, read, render, record, kind="missing_documents")


def missing_documents_slip(db: Database, actor: Actor, complaint_id: int, note: str = "") -> bytes:
    """The slip, recorded as printed at once."""
    return missing_documents_slip_printout(db, actor, complaint_id, note).recorded(VIA_FILE)
