"""The front office's printed documents, built from the database through the printing package.

Every print and every reprint is one audit entry. Reprints are marked SALINAN (copy). The PDF is built outside
the write transaction (reportlab takes tens of milliseconds); the audit entry is written after it succeeded.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, fmt
from puskesos_desktop.core.errors import NotFoundError, PuskesosError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import ComplaintStatus, LetterKind, ProposalStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Complaint,
    Household,
    Letter,
    OfficeProfile,
    Programme,
    Proposal,
    ProposalMember,
    Resident,
    Service,
    User,
)
from puskesos_desktop.printing import letters as letter_docs
from puskesos_desktop.printing import receipt as receipt_docs
from puskesos_desktop.printing import slips
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
from puskesos_desktop.services import audit, consent, history, office
from puskesos_desktop.services.context import Actor

RECEIPT_LAYOUTS = {"A5": "A5", "80mm": "thermal"}


def office_info_in(s: Session) -> OfficeInfo:
    row = s.get(OfficeProfile, 1)
    if row is None:
        raise PuskesosError("Profil kantor belum diisi (Pengaturan › Profil kantor): kop surat tidak dapat dibuat.")
    return OfficeInfo(
        village_name=row.village_name,
        village_code=row.village_code,
        kecamatan=row.kecamatan_name,
        kabupaten=row.kabupaten_name,
        province=row.province_name,
        address=row.address,
        phone=row.phone,
        head_name=row.head_name,
        head_title=row.head_title,
        coordinator_name=row.coordinator_name,
        logo_png=row.logo_png,
        paper="F4" if row.paper_size == "F4" else "A4",
        email=row.email,
    )


def _footer(actor: Actor, copy: bool) -> str:
    who = actor.full_name or actor.username
    what = "Salinan dicetak" if copy else "Dicetak"
    return f"{what} {fmt.tanggal_jam(clock.now())} oleh {who}"


def _canonical(number: str) -> str:
    from puskesos_desktop.services.search import canonical_number

    return canonical_number(number, default_prefix="RESI") or number.strip().upper()


# --- the receipt ---------------------------------------------------------------------------------------------


def _person(r: Resident, kk: str | None) -> Person:
    return Person(
        name=r.name,
        nik=r.nik,
        kk=kk,
        sex=r.sex,
        birth_place=r.birth_place,
        birth_date=r.birth_date,
        address=r.address,
        rt=r.rt,
        rw=r.rw,
        phone=r.phone,
    )


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
        raise NotFoundError(f"Keluhan {number} tidak ditemukan.")
    resident = c.resident
    kk = s.execute(select(Household.kk).where(Household.id == resident.household_id)).scalar()
    service = s.get(Service, c.service_id) if c.service_id else None
    officer = s.get(User, c.registered_by_id) if c.registered_by_id else None
    facilitator = s.get(User, c.facilitator_id) if c.facilitator_id else None
    channel = c.channel + (f" ({facilitator.full_name})" if facilitator else "")
    open_ = c.status not in (ComplaintStatus.SELESAI.value, ComplaintStatus.DIBATALKAN.value)
    return ComplaintReceipt(
        office=office_info_in(s),
        number=c.number,
        registered_at=c.registered_at,
        resident=_person(resident, kk),
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


def _record_print(db: Database, actor: Actor, kind: str, number: str, copy: bool, complaint_id: int | None) -> None:
    with db.write() as s:
        if complaint_id is not None:
            c = s.get(Complaint, complaint_id)
            if c is not None:
                history.complaint_event(s, actor, c, "cetak", "Salinan resi dicetak" if copy else "Resi dicetak")
        audit.record(s, actor, "document.reprint" if copy else "document.print", kind, number, {"copy": copy})


def receipt_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False, layout: str | None = None) -> bytes:
    """The receipt (surat resi keluhan): A5, or the 80 mm roll when the setting `receipt_layout` says "80mm"."""
    actor.require(Permission.PRINT_DOCUMENTS)
    number = _canonical(number)
    chosen = layout or str(office.get_setting(db, "receipt_layout") or "A5")
    with db.read() as s:
        data = receipt_data_in(s, number)
        complaint_id = s.execute(select(Complaint.id).where(Complaint.number == number)).scalar()
    pdf = receipt_docs.complaint_receipt(
        data,
        layout="thermal" if RECEIPT_LAYOUTS.get(chosen) == "thermal" else "A5",
        copy=copy,
        footer=_footer(actor, copy),
    )
    _record_print(db, actor, "receipt", number, copy, complaint_id)
    return pdf


def reprint_receipt(db: Database, actor: Actor, number: str) -> bytes:
    return receipt_pdf(db, actor, number, copy=True)


def missing_documents_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """The list of documents a resident still has to bring for a complaint."""
    actor.require(Permission.PRINT_DOCUMENTS)
    number = _canonical(number)
    with db.read() as s:
        data = receipt_data_in(s, number)
    if not data.missing_documents:
        raise ValidationError("Semua dokumen untuk keluhan ini sudah lengkap.", "Dokumen")
    pdf = slips.missing_documents_slip(
        MissingDocumentsSlip(
            office=data.office,
            complaint_number=data.number,
            date=clock.today(),
            resident=data.resident,
            field=data.field,
            service=data.service,
            documents=data.missing_documents,
            return_date=data.return_date,
            officer_name=actor.full_name,
        ),
        footer=_footer(actor, False),
    )
    audit.log(db, actor, "document.print", "missing_documents", number)
    return pdf


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
        raise NotFoundError(f"Surat {number} tidak ditemukan.")
    if letter.kind != kind:
        other = (
            "surat keterangan (certificate)" if kind == LetterKind.REKOMENDASI.value else "surat rekomendasi (letter)"
        )
        raise ValidationError(f"Nomor {number} bukan jenis ini; cetak sebagai {other}.", "Nomor")
    return letter


def _letter_pdf(db: Database, actor: Actor, number: str, kind: str, copy: bool) -> bytes:
    actor.require(Permission.PRINT_DOCUMENTS)
    number = _canonical(number)
    with db.read() as s:
        letter = _letter_row(s, number, kind)
        details: dict[str, Any] = json.loads(letter.details or "{}")
        office_now = office_info_in(s)
    signer_d = details.get("signer") or {}
    signer = Signer(title=signer_d.get("title", ""), name=signer_d.get("name", "")) if signer_d else None
    paper = details.get("paper") or office_now.paper
    footer = _footer(actor, copy)
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
            number=letter.number,
            date=letter.issued_at.date(),
            person=_person_from(details.get("person", {})),
            members=members if len(members) > 1 else (),
            request=details.get("request") or "penerbitan Nomor Induk Kependudukan (NIK) dan Kartu Keluarga (KK)",
            note=details.get("note", ""),
            signer=signer,
        )
        pdf = letter_docs.dukcapil_recommendation(rec, paper=paper, copy=copy, footer=footer)
        what = "letter"
    else:
        reg = details.get("registry", {})
        cert = RegistryCertificate(
            office=office_now,
            number=letter.number,
            date=letter.issued_at.date(),
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
        pdf = letter_docs.registry_certificate(cert, paper=paper, copy=copy, footer=footer)
        what = "certificate"
    with db.write() as s:
        row = s.get(Letter, letter.id)
        if row is not None:
            row.print_count += 1
        audit.record(s, actor, "document.reprint" if copy else "document.print", what, number, {"copy": copy})
    return pdf


def letter_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False) -> bytes:
    """The recommendation letter to Dukcapil (REK/…)."""
    return _letter_pdf(db, actor, number, LetterKind.REKOMENDASI.value, copy)


def reprint_letter(db: Database, actor: Actor, number: str) -> bytes:
    return letter_pdf(db, actor, number, copy=True)


def certificate_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False) -> bytes:
    """The registry certificate (SKT/…)."""
    return _letter_pdf(db, actor, number, LetterKind.KETERANGAN_DTKS.value, copy)


def reprint_certificate(db: Database, actor: Actor, number: str) -> bytes:
    return certificate_pdf(db, actor, number, copy=True)


def document_pdf(db: Database, actor: Actor, number: str, *, copy: bool = False) -> bytes:
    """Any of the front office's documents by its number (RESI, REK or SKT)."""
    number = _canonical(number)
    if number.startswith("RESI/"):
        return receipt_pdf(db, actor, number, copy=copy)
    if number.startswith("REK/"):
        return letter_pdf(db, actor, number, copy=copy)
    if number.startswith("SKT/"):
        return certificate_pdf(db, actor, number, copy=copy)
    raise ValidationError("Nomor dokumen tidak dikenal (RESI/…, REK/… atau SKT/…).", "Nomor")


# --- requirements list ---------------------------------------------------------------------------------------


def requirements_pdf(
    db: Database, actor: Actor, *, service_id: int | None = None, programme_id: int | None = None
) -> bytes:
    """What a resident must bring for a service or a programme of the catalogue."""
    actor.require(Permission.PRINT_DOCUMENTS)
    with db.read() as s:
        office_now = office_info_in(s)
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
            ref = f"service:{sv.code}"
        elif programme_id is not None:
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
            ref = f"programme:{pg.code}"
        else:
            raise ValidationError("Pilih layanan atau program.", "Layanan")
    pdf = slips.requirements_slip(data, footer=_footer(actor, False))
    audit.log(db, actor, "document.print", "requirements", ref)
    return pdf
