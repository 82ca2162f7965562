"""Referral cards (kartu rujukan) and the "documents still missing" slip, printed from the database.

The drawing is printing/card.py's; this module fills its dataclasses, refuses what may not be printed, and
records every print as one audit entry. ``*_printout`` builds without recording (the window records after the
print job finished: services/printouts.py); the PDF is rendered outside any transaction.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import Integer, Select, String, Text, bindparam, insert, literal, select
from sqlalchemy.orm import Session, aliased, contains_eager

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, PrintRefused, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db import pg_trips
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Attachment,
    Complaint,
    Household,
    OfficeProfile,
    OfficeProfileVersion,
    Programme,
    Referral,
    ReferralEvent,
    RegistryProgramme,
    RegistryRecord,
    Resident,
    Service,
    User,
)
from puskesos_desktop.printing import attached_pages
from puskesos_desktop.printing import card as card_pdf
from puskesos_desktop.printing.data import ReferralCard, RegistryStatus
from puskesos_desktop.services import audit, office, printouts
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import attachments

# One letterhead for every document, of the document's own date when it has one.
from puskesos_desktop.services.printouts import VIA_FILE, Printout

MAX_CARDS = 40  # ten sheets at once is plenty for one desk; more is a mistake
# The print's timeline rows on a server (the statement of record() below, in psycopg's placeholders).
_PG_PRINT_EVENTS = (
    "INSERT INTO referral_events (referral_id, user_id, actor, kind, note, at)"
    " SELECT id, %(user_id)s, %(actor)s, 'print', %(note)s, %(at)s FROM referrals WHERE id = ANY(%(ids)s) ORDER BY id"
)


# --- plain data from the database ---------------------------------------------------------------------------


# The card's statements are built once (bound values as parameters): building a select of several joins anew costs
# more CPU than running it (~2 ms against ~0.5 ms for the referral's on a desk PC), and a card is printed while the
# resident waits (issue 21 §5).


@functools.cache
def _registry_statement() -> Select[*tuple[Any, ...]]:
    """The record's printed columns with its programmes, one row each (one row with no code when it has none): one
    statement, not the record's and then its programmes'."""
    return (
        select(RegistryRecord.desil, RegistryRecord.registry_id, RegistryRecord.extract_date, Programme.code)
        .outerjoin(RegistryProgramme, RegistryProgramme.record_id == RegistryRecord.id)
        .outerjoin(Programme, Programme.id == RegistryProgramme.programme_id)
        .where(RegistryRecord.nik == bindparam("nik"), RegistryRecord.active.is_(True))  # one record a NIK at most
        .order_by(Programme.code)
    )


@functools.cache
def _attached_statement() -> Select[*tuple[Any, ...]]:
    return select(Attachment.kind).where(Attachment.referral_id == bindparam("referral_id")).order_by(Attachment.id)


@functools.cache
def _load_statement() -> Select[*tuple[Any, ...]]:
    officer, coordinator = aliased(User), aliased(User)
    return (
        select(Referral, Household.kk, Service.name, officer.full_name, coordinator.full_name, OfficeProfileVersion)
        .outerjoin(Referral.complaint)
        .outerjoin(Complaint.resident)
        .outerjoin(Referral.partner)
        .outerjoin(Household, Household.id == Resident.household_id)
        .outerjoin(Service, Service.id == Referral.service_id)
        .outerjoin(officer, officer.id == Referral.created_by_id)
        .outerjoin(coordinator, coordinator.id == Referral.approved_by_id)
        .outerjoin(OfficeProfileVersion, OfficeProfileVersion.id == office.version_id_at(Referral.referred_at))
        .where(Referral.number == bindparam("number"))
        .options(
            contains_eager(Referral.complaint).contains_eager(Complaint.resident), contains_eager(Referral.partner)
        )
    )


def registry_status_in(s: Session, nik: str | None) -> RegistryStatus:
    """What the office's registry extract says of this NIK: desil, ID and programme codes."""
    if not nik:
        return RegistryStatus(registered=False)
    rows = s.execute(_registry_statement(), {"nik": nik}).all()
    if not rows:
        return RegistryStatus(registered=False)
    first = rows[0]
    return RegistryStatus(
        registered=True,
        desil=first.desil,
        registry_id=first.registry_id,
        programmes=tuple(row.code for row in rows if row.code is not None),
        extract_date=first.extract_date,
    )


def _attached(s: Session, referral_id: int) -> tuple[str, ...]:
    """Scans kept on the referral (issue 20), named on the card so the destination knows they exist."""
    kinds = s.execute(_attached_statement(), {"referral_id": referral_id}).scalars()
    return tuple(f"{kind} (pindaian tersimpan)" for kind in dict.fromkeys(kinds))


@dataclass(frozen=True)
class _Loaded:
    """A referral read for its card, with what the card names of it (read in the same statement)."""

    ref: Referral
    kk: str | None
    service: str | None
    officer: str | None
    coordinator: str | None
    office: OfficeProfileVersion | None  # the letterhead of the referral's date; None: no version was ever kept


def _load(s: Session, number: str) -> _Loaded:
    """``referrals.load`` (the referral with its complaint, resident and partner) and, in the same statement, the
    KK, the service, both names and the profile version of the referral's date: one statement where there were
    four or five, for a card is printed at the desk while the resident waits (issue 21 §5)."""
    row = s.execute(_load_statement(), {"number": number.strip().upper()}).one_or_none()
    if row is None:
        raise NotFoundError("Rujukan {number} tidak ditemukan.", number=number)
    return _Loaded(*row)


def card_data(s: Session, loaded: _Loaded) -> ReferralCard:
    """A referral's card from what ``_load`` read; the registry's word on the resident and the referral's scans are
    read here."""
    ref = loaded.ref
    resident = ref.complaint.resident
    return ReferralCard(
        # No profile version kept: today's profile (or its refusal when there is none), as office_info_in does.
        office=office.info_of(loaded.office) if loaded.office is not None else printouts.office_info_in(s),
        number=ref.number,
        referred_at=ref.referred_at.date(),
        field=ref.field,
        resident=printouts.person_of(resident, loaded.kk),
        registry=registry_status_in(s, resident.nik),
        destination=ref.partner.name,
        service=loaded.service or "",
        reason=ref.reason,
        documents=tuple(line for line in ref.documents.splitlines() if line.strip()) + _attached(s, ref.id),
        officer_name=loaded.officer or "",
        coordinator_name=loaded.coordinator or "",
    )


def _paper_in(s: Session) -> str:
    """Today's paper of the office (the sheet of cards is printed on it)."""
    paper = s.execute(select(OfficeProfile.paper_size).where(OfficeProfile.id == 1)).scalar()
    if paper is None:
        return printouts.office_info_in(s).paper  # no profile: its own refusal
    return "F4" if paper == "F4" else "A4"


def _check_printable(ref: Referral) -> None:
    if ref.status == ReferralStatus.MENUNGGU.value:
        raise PrintRefused(
            "Kartu rujukan {number} belum dapat dicetak: rujukan masih menunggu persetujuan koordinator. "
            "Cetak setelah koordinator memberi persetujuan.",
            number=ref.number,
        )
    if ref.status == ReferralStatus.DIBATALKAN.value:
        raise PrintRefused("Rujukan {number} sudah dibatalkan; kartunya tidak dicetak.", number=ref.number)


# --- printing ---------------------------------------------------------------------------------------------


def card_printout(
    db: Database, actor: Actor, number: str, *, copy: bool = False, with_attachments: bool = False
) -> Printout:
    """One referral card on an A6 page, built and not yet recorded as printed. `with_attachments`: the scans kept
    on the referral follow the card (issue 20), a PDF's pages as they are, a photo on a page of its own."""
    card = _printout(db, actor, [number], sheet=False, copy=copy)
    if not with_attachments:
        return card
    # After the card was allowed (approved, not cancelled): only then are the scans read, and audited as printed.
    documents = attachments.documents_for_print(db, actor, number)
    with db.read() as s:
        paper = printouts.office_info_in(s).paper
    pdf = attached_pages.append_documents(card.pdf, documents, paper=paper, footer=printouts.footer(actor, copy=copy))
    return replace(card, pdf=pdf)


def cards_printout(db: Database, actor: Actor, numbers: Sequence[str], paper: str | None = None) -> Printout:
    """Several cards four-up on the office's A4 or F4 paper (or `paper`), not yet recorded as printed."""
    return _printout(db, actor, numbers, sheet=True, copy=False, paper=paper)


def print_card(db: Database, actor: Actor, number: str) -> bytes:
    """One referral card on an A6 page, recorded as printed at once."""
    return card_printout(db, actor, number).recorded(VIA_FILE)


def print_cards(db: Database, actor: Actor, numbers: Sequence[str], paper: str | None = None) -> bytes:
    """Several cards four-up, recorded as printed at once."""
    return cards_printout(db, actor, numbers, paper).recorded(VIA_FILE)


def reprint_card(db: Database, actor: Actor, number: str, *, with_attachments: bool = False) -> bytes:
    """A copy of a card already printed, marked SALINAN (`puskesos print card [--with-attachments]`)."""
    return card_printout(db, actor, number, copy=True, with_attachments=with_attachments).recorded(VIA_FILE)


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
        raise ValidationError("Paling banyak {max_cards} kartu sekali cetak.", "Rujukan", max_cards=MAX_CARDS)
    if paper is not None and paper not in ("A4", "F4"):
        raise ValidationError("Ukuran kertas harus A4 atau F4.", "Kertas")
    now = clock.now()

    def read(s: Session) -> _CardsRead:
        loaded = []
        for number in wanted:
            one = _load(s, number)
            _check_printable(one.ref)
            loaded.append(one)
        # Each card with the letterhead of its own date; the sheet on today's paper.
        cards = tuple(card_data(s, one) for one in loaded)
        # The office's paper only for a sheet (a single card is A6 on any printer): one statement less at the desk.
        return _CardsRead(tuple(one.ref.id for one in loaded), cards, _paper_in(s) if sheet else "A6")

    def render(r: _CardsRead) -> bytes:
        # Outside the transaction: a sheet of forty cards takes reportlab a while, no desk waits for the lock.
        footer = printouts.footer(actor, at=now)
        if sheet:
            return card_pdf.referral_cards_sheet(list(r.cards), paper=paper, copy=copy, footer=footer)
        return card_pdf.referral_card(r.cards[0], copy=copy, footer=footer)

    def record(s: Session, r: _CardsRead, via: str) -> None:
        note = f"Cetak {'salinan kartu' if copy else 'kartu'} rujukan"
        # The timeline's rows as one statement (history.referral_event's row, without loading each referral), for
        # the referrals still there when the print is recorded: the print is recorded while the resident waits
        # (issue 21 §5). On a server nothing reads its result: it travels with the COMMIT (db/pg_trips.py).
        conn = s.connection()
        if pg_trips.deferrable(conn):
            row = {"user_id": actor.user_id, "actor": actor.label, "note": note, "at": clock.now()}
            pg_trips.defer(conn, _PG_PRINT_EVENTS, {**row, "ids": list(r.referral_ids)})
        else:
            s.execute(
                insert(ReferralEvent).from_select(
                    ["referral_id", "user_id", "actor", "kind", "note"],
                    select(
                        Referral.id,
                        literal(actor.user_id, Integer),
                        literal(actor.label, String),
                        literal("print", String),
                        literal(note, Text),
                    )
                    .where(Referral.id.in_(r.referral_ids))
                    .order_by(Referral.id),
                )
            )
        audit.record(
            s,
            actor,
            AuditAction.CARD_REPRINT if copy else AuditAction.CARD_PRINT,
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
