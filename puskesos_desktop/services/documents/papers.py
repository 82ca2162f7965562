"""The front office's printed documents, built from the database through the printing package.

Each document comes in two forms: ``*_printout`` builds it without recording it (the window records it when the
print job finished or the PDF was saved: services/printouts.py), ``*_pdf`` builds and records at once (the CLI,
which writes the file straight away). Every print and every reprint is one audit entry. Reprints are marked
SALINAN (copy). The PDF is always rendered outside any transaction (reportlab takes tens of milliseconds).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, PrintRefused, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ComplaintStatus, LetterKind, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    ComplaintEvent,
    Household,
    Letter,
    Programme,
    Proposal,
    ProposalMember,
    Service,
    User,
)
from puskesos_desktop.printing.data import (
    ComplaintReceipt,
    DukcapilRecommendation,
    HouseholdMember,
    MissingDocumentsSlip,
    OfficeInfo,
    Person,
    RegistryCertificate,
    RegistryStatus,
    RequirementsSlip,
    Signer,
)
from puskesos_desktop.services import audit, history, office, printouts
from puskesos_desktop.services.context import Actor

# One letterhead for every document, of the document's own date when it has one.
from puskesos_desktop.services.people import consent
from puskesos_desktop.services.printouts import VIA_FILE, Printout

RECEIPT_LAYOUTS = {"A5": "A5", "80mm": "thermal"}
PRINT_EVENT = "cetak"  # the complaint history's entry for a receipt handed out


def _canonical(number: str) -> str:
    from puskesos_desktop.services.people.search import canonical_number

    return canonical_number(number, default_prefix="RESI") or number.strip().upper()


@dataclass(frozen=True)
class _SlipRead:
    complaint_id: int
    data: MissingDocumentsSlip


# --- the receipt ---------------------------------------------------------------------------------------------


def _next_steps(s: Session, c: Complaint) -> str:
    """What happens next, in the words a resident understands."""
    lines: list[str] = []
    if c.status == ComplaintStatus.SELESAI.value and c.answer:
        lines.append(f"Keluhan telah dijawab di meja layanan: {c.answer}")
    elif c.status == ComplaintStatus.DIBATALKAN.value:
        lines.append("Keluhan ini dibatalkan.")
    else:
        lines.append("Keluhan diteruskan ke Bagian Layanan dan Rujukan untuk ditindaklanjuti.")
    if any(not d.received for d in c.documents):
        lines.append("Lengkapi dokumen yang masih kurang.")
    on_proposal = select(ProposalMember.proposal_id).where(ProposalMember.resident_id == c.resident_id)
    proposal = s.execute(
        select(Proposal.number)
        .where(Proposal.id.in_(on_proposal), Proposal.status == ProposalStatus.DRAF.value)
        .limit(1)
    ).scalar()
    if proposal:
        lines.append(f"Keluarga diusulkan masuk DTKS/DTSEN ({proposal}) melalui Musyawarah Desa.")
    letter = s.execute(
        select(Letter.number)
        .where(Letter.resident_id == c.resident_id, Letter.kind == LetterKind.REKOMENDASI.value)
        .order_by(Letter.id.desc())
        .limit(1)
    ).scalar()
    if letter:
        lines.append(f"Bawa surat rekomendasi {letter} ke Dukcapil untuk mengurus NIK/KK.")
    return "\n".join(lines)


def receipt_data_in(s: Session, number: str) -> ComplaintReceipt:
    c = s.execute(
        select(Complaint)
        .where(Complaint.number == number)
        .options(selectinload(Complaint.documents), selectinload(Complaint.resident))
    ).scalar_one_or_none()
    if c is None:
        raise NotFoundError("Keluhan {number} tidak ditemukan.", number=number)
    resident = c.resident
    kk = s.execute(select(Household.kk).where(Household.id == resident.household_id)).scalar()
    service = s.get(Service, c.service_id) if c.service_id else None
    officer = s.get(User, c.registered_by_id) if c.registered_by_id else None
    facilitator = s.get(User, c.facilitator_id) if c.facilitator_id else None
    channel = c.channel + (f" ({facilitator.full_name})" if facilitator else "")
    open_ = c.status not in (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value)
    return ComplaintReceipt(
        office=printouts.office_info_in(s, c.registered_at),
        number=c.number,
        registered_at=c.registered_at,
        resident=printouts.person_of(resident, kk),
        field=c.field,
        service=service.name if service else "",
        description=c.description,
        missing_documents=tuple(d.name for d in c.documents if not d.received),
        next_steps=_next_steps(s, c),
        return_date=c.due_date if open_ else None,
        officer_name=officer.full_name if officer else "",
        channel=channel,
        consent=consent.receipt_line_in(s, c.id, c.resident_id, c.registered_at),
    )


def receipt_printed_in(s: Session, complaint_id: int | None) -> bool:
    """Whether a print of this receipt was recorded (handed out): the next one is then a SALINAN."""
    if complaint_id is None:
        return False
    found = s.execute(
        select(ComplaintEvent.id)
        .where(ComplaintEvent.complaint_id == complaint_id, ComplaintEvent.kind == PRINT_EVENT)
        .limit(1)
    ).scalar()
    return found is not None


@dataclass(frozen=True)
class _ReceiptRead:
    data: ComplaintReceipt
    complaint_id: int | None
    copy: bool


def _record_receipt_in(s: Session, actor: Actor, number: str, r: _ReceiptRead, via: str) -> None:
    if r.complaint_id is not None:
        c = s.get(Complaint, r.complaint_id)
        if c is not None:
            history.complaint_event(s, actor, c, PRINT_EVENT, "Salinan resi dicetak" if r.copy else "Resi dicetak")
    action = AuditAction.DOCUMENT_REPRINT if r.copy else AuditAction.DOCUMENT_PRINT
    audit.record(s, actor, action, "receipt", number, {"copy": r.copy, "via": via})


def receipt_printout(
    db: Database, actor: Actor, number: str, *, copy: bool | None = None, layout: str | None = None
) -> Printout:
    """The receipt (surat resi keluhan), built and not yet recorded: A5, or the 80 mm roll when the setting
    `receipt_layout` says "80mm". ``copy`` None: a SALINAN only when an earlier print was recorded, so a print
    that was cancelled or failed leaves the next one the original."""
    actor.require(Permission.PRINT_DOCUMENTS)
    number = _canonical(number)
    chosen = layout or office.load_settings(db).receipt_layout
    thermal = RECEIPT_LAYOUTS.get(chosen) == "thermal"

    def read(s: Session) -> _ReceiptRead:
        data = receipt_data_in(s, number)
        complaint_id = s.execute(select(Complaint.id).where(Complaint.number == number)).scalar()
        marked = receipt_printed_in(s, complaint_id) if copy is None else copy
        return _ReceiptRead(data, complaint_id, marked)

    def render(r: _ReceiptRead) -> bytes:
        from puskesos_desktop.printing import receipt as receipt_docs  # reportlab only when printing (issue 21)

        return receipt_docs.complaint_receipt(
            r.data, layout="thermal" if thermal else "A5", copy=r.copy, footer=printouts.footer(actor, copy=r.copy)
        )

    def record(s: Session, r: _ReceiptRead, via: str) -> None:
        _record_receipt_in(s, actor, number, r, via)

    return printouts.build(db, read, render, record, kind="receipt", number=number, copy=lambda r: r.copy)


def receipt_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False, layout: str | None = None) -> bytes:
    """The receipt, recorded as printed at once (CLI, self-test, bench: the bytes go straight to a file)."""
    return receipt_printout(db, actor, number, copy=copy, layout=layout).recorded(VIA_FILE)


def reprint_receipt(db: Database, actor: Actor, number: str) -> bytes:
    return receipt_pdf(db, actor, number, copy=True)


def missing_documents_printout(db: Database, actor: Actor, number: str, note: str = "") -> Printout:
    """Daftar Dokumen yang Masih Kurang: what the resident still has to bring for a complaint (not yet recorded).
    The front desk prints it from the status desk, the back office from the workspace: one paper, one record."""
    actor.require(Permission.PRINT_DOCUMENTS)
    number = _canonical(number)
    now = clock.now()

    def read(s: Session) -> _SlipRead:
        data = receipt_data_in(s, number)
        if not data.missing_documents:
            raise PrintRefused("Semua dokumen sudah diterima; tidak ada daftar kekurangan untuk dicetak.")
        complaint_id = s.execute(select(Complaint.id).where(Complaint.number == number)).scalar_one()
        slip = MissingDocumentsSlip(
            office=data.office,
            complaint_number=data.number,
            date=now.date(),
            resident=data.resident,
            field=data.field,
            service=data.service,
            documents=data.missing_documents,
            # Only an open complaint's target date, and not one already past: no date to ask the resident for.
            return_date=data.return_date if data.return_date and data.return_date >= now.date() else None,
            note=note,
            officer_name=actor.full_name,
        )
        return _SlipRead(complaint_id, slip)

    def render(r: _SlipRead) -> bytes:
        from puskesos_desktop.printing import slips  # reportlab only when printing (issue 21)

        return slips.missing_documents_slip(r.data, footer=printouts.footer(actor, at=now))

    def record(s: Session, r: _SlipRead, via: str) -> None:
        complaint = s.get(Complaint, r.complaint_id)
        missing = list(r.data.documents)
        if complaint is not None:
            # "print", not PRINT_EVENT: that one marks the receipt as handed out (its next print is a SALINAN).
            history.complaint_event(s, actor, complaint, "print", f"Cetak daftar kekurangan dokumen ({len(missing)})")
        audit.record(s, actor, AuditAction.SLIP_PRINT, "complaint", number, {"missing": missing, "via": via})

    return printouts.build(db, read, render, record, kind="missing_documents", number=number)


def missing_documents_pdf(db: Database, actor: Actor, number: str, note: str = "") -> bytes:
    """The slip, recorded as printed at once."""
    return missing_documents_printout(db, actor, number, note).recorded(VIA_FILE)


# --- letters -------------------------------------------------------------------------------------------------


def _date(value: Any) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _person_from(d: dict[str, Any]) -> Person:
    return Person(
        name=d.get("name", ""),
        nik=d.get("nik"),
        kk=d.get("kk"),
        sex=d.get("sex", ""),
        birth_place=d.get("birth_place", ""),
        birth_date=_date(d.get("birth_date")),
        address=d.get("address", ""),
        rt=d.get("rt", ""),
        rw=d.get("rw", ""),
        phone=d.get("phone", ""),
    )


def _letter_row(s: Session, number: str, kind: str) -> Letter:
    letter = s.execute(select(Letter).where(Letter.number == number)).scalar_one_or_none()
    if letter is None:
        raise NotFoundError("Surat {number} tidak ditemukan.", number=number)
    if letter.kind != kind:
        other = (
            "surat keterangan (certificate)" if kind == LetterKind.REKOMENDASI.value else "surat rekomendasi (letter)"
        )
        raise ValidationError(
            "Nomor {number} bukan jenis ini; cetak sebagai {other}.", "Nomor", number=number, other=other
        )
    return letter


@dataclass(frozen=True)
class _LetterRead:
    letter_id: int
    number: str
    issued_on: dt.date
    details: dict[str, Any]
    office: OfficeInfo
    copy: bool


def _letter_printout(db: Database, actor: Actor, number: str, kind: str, copy: bool | None) -> Printout:
    actor.require(Permission.PRINT_DOCUMENTS)
    number = _canonical(number)
    what = "letter" if kind == LetterKind.REKOMENDASI.value else "certificate"

    def read(s: Session) -> _LetterRead:
        letter = _letter_row(s, number, kind)
        marked = letter.print_count > 0 if copy is None else copy
        details: dict[str, Any] = json.loads(letter.details or "{}")
        office_then = printouts.office_info_in(s, letter.issued_at)
        return _LetterRead(letter.id, letter.number, letter.issued_at.date(), details, office_then, marked)

    def render(r: _LetterRead) -> bytes:
        return _render_letter(r, kind, printouts.footer(actor, copy=r.copy))

    def record(s: Session, r: _LetterRead, via: str) -> None:
        row = s.get(Letter, r.letter_id)
        if row is not None:
            row.print_count += 1
        action = AuditAction.DOCUMENT_REPRINT if r.copy else AuditAction.DOCUMENT_PRINT
        audit.record(s, actor, action, what, number, {"copy": r.copy, "via": via})

    return printouts.build(db, read, render, record, kind=what, number=number, copy=lambda r: r.copy)


def _render_letter(r: _LetterRead, kind: str, footer: str) -> bytes:
    details, office_now, copy = r.details, r.office, r.copy
    signer_d = details.get("signer") or {}
    signer = Signer(title=signer_d.get("title", ""), name=signer_d.get("name", "")) if signer_d else None
    paper = details.get("paper") or office_now.paper
    if kind == LetterKind.REKOMENDASI.value:
        members = tuple(
            HouseholdMember(
                name=m.get("name", ""),
                relation=m.get("relation", ""),
                sex=m.get("sex", ""),
                birth_place=m.get("birth_place", ""),
                birth_date=_date(m.get("birth_date")),
                nik=m.get("nik"),
            )
            for m in details.get("members", [])
        )
        rec = DukcapilRecommendation(
            office=office_now,
            number=r.number,
            date=r.issued_on,
            person=_person_from(details.get("person", {})),
            members=members if len(members) > 1 else (),
            request=details.get("request") or "penerbitan Nomor Induk Kependudukan (NIK) dan Kartu Keluarga (KK)",
            note=details.get("note", ""),
            signer=signer,
        )
        from puskesos_desktop.printing import letters as letter_docs  # reportlab only when printing (issue 21)

        return letter_docs.dukcapil_recommendation(rec, paper=paper, copy=copy, footer=footer)
    reg = details.get("registry", {})
    cert = RegistryCertificate(
        office=office_now,
        number=r.number,
        date=r.issued_on,
        person=_person_from(details.get("person", {})),
        registry=RegistryStatus(
            registered=True,
            desil=reg.get("desil"),
            registry_id=reg.get("registry_id", ""),
            programmes=tuple(reg.get("programmes", [])),
            extract_date=_date(reg.get("extract_date")),
        ),
        purpose=details.get("purpose", ""),
        signer=signer,
    )
    from puskesos_desktop.printing import letters as letter_docs  # reportlab only when printing (issue 21)

    return letter_docs.registry_certificate(cert, paper=paper, copy=copy, footer=footer)


def letter_printout(db: Database, actor: Actor, number: str, *, copy: bool | None = None) -> Printout:
    """The recommendation letter to Dukcapil (REK/…), not yet recorded; ``copy`` None: SALINAN once printed."""
    return _letter_printout(db, actor, number, LetterKind.REKOMENDASI.value, copy)


def certificate_printout(db: Database, actor: Actor, number: str, *, copy: bool | None = None) -> Printout:
    """The registry certificate (SKT/…), not yet recorded; ``copy`` None: SALINAN once printed."""
    return _letter_printout(db, actor, number, LetterKind.KETERANGAN_DTKS.value, copy)


def letter_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False) -> bytes:
    """The recommendation letter to Dukcapil (REK/…), recorded as printed at once."""
    return letter_printout(db, actor, number, copy=copy).recorded(VIA_FILE)


def reprint_letter(db: Database, actor: Actor, number: str) -> bytes:
    return letter_pdf(db, actor, number, copy=True)


def certificate_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False) -> bytes:
    """The registry certificate (SKT/…), recorded as printed at once."""
    return certificate_printout(db, actor, number, copy=copy).recorded(VIA_FILE)


def reprint_certificate(db: Database, actor: Actor, number: str) -> bytes:
    return certificate_pdf(db, actor, number, copy=True)


def document_printout(db: Database, actor: Actor, number: str, *, copy: bool | None = None) -> Printout:
    """Any of the front office's documents by its number (RESI, REK or SKT), not yet recorded."""
    number = _canonical(number)
    if number.startswith("RESI/"):
        return receipt_printout(db, actor, number, copy=copy)
    if number.startswith("REK/"):
        return letter_printout(db, actor, number, copy=copy)
    if number.startswith("SKT/"):
        return certificate_printout(db, actor, number, copy=copy)
    raise ValidationError("Nomor dokumen tidak dikenal (RESI/…, REK/… atau SKT/…).", "Nomor")


def document_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False) -> bytes:
    """Any of the front office's documents by its number, recorded as printed at once."""
    return document_printout(db, actor, number, copy=copy).recorded(VIA_FILE)


# --- requirements list ---------------------------------------------------------------------------------------


def requirements_printout(
    db: Database, actor: Actor, *, service_id: int | None = None, programme_id: int | None = None
) -> Printout:
    """What a resident must bring for a service or a programme of the catalogue (not yet recorded)."""
    actor.require(Permission.PRINT_DOCUMENTS)

    def read(s: Session) -> tuple[RequirementsSlip, str]:
        office_now = printouts.office_info_in(s)
        if service_id is not None:
            sv = s.get(Service, service_id, options=[selectinload(Service.requirements)])
            if sv is None:
                raise NotFoundError("Layanan tidak ditemukan.")
            provider = sv.default_partner.name if sv.default_partner else ""
            data = RequirementsSlip(
                office=office_now,
                name=sv.name,
                kind="Layanan",
                field=sv.field,
                provider=provider,
                description=sv.description,
                documents=tuple(r.text for r in sv.requirements),
                note=f"Target penyelesaian: {sv.target_days} hari kerja." if sv.target_days else "",
                printed_on=clock.today(),
            )
            return data, f"service:{sv.code}"
        if programme_id is not None:
            pg = s.get(Programme, programme_id)
            if pg is None:
                raise NotFoundError("Program tidak ditemukan.")
            data = RequirementsSlip(
                office=office_now,
                name=pg.name,
                kind="Program",
                provider=pg.organiser,
                description=pg.description,
                criteria=tuple(x.strip() for x in pg.criteria.split(";") if x.strip()),
                documents=tuple(x for x in pg.documents.splitlines() if x.strip()),
                printed_on=clock.today(),
            )
            return data, f"programme:{pg.code}"
        raise ValidationError("Pilih layanan atau program.", "Layanan")

    def render(r: tuple[RequirementsSlip, str]) -> bytes:
        from puskesos_desktop.printing import slips  # reportlab only when printing (issue 21)

        return slips.requirements_slip(r[0], footer=printouts.footer(actor))

    def record(s: Session, r: tuple[RequirementsSlip, str], via: str) -> None:
        audit.record(s, actor, AuditAction.DOCUMENT_PRINT, "requirements", r[1], {"via": via})

    return printouts.build(db, read, render, record, kind="requirements")


def requirements_pdf(
    db: Database, actor: Actor, *, service_id: int | None = None, programme_id: int | None = None
) -> bytes:
    """What a resident must bring, recorded as printed at once."""
    return requirements_printout(db, actor, service_id=service_id, programme_id=programme_id).recorded(VIA_FILE)
