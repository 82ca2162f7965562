"""Numbered letters: the recommendation to Dukcapil (REK) for a resident without NIK/KK, and the registry
certificate (SKT, Surat Keterangan Terdaftar DTKS/DTSEN).

A letter stores a snapshot of what it states (person, household, registry data, signatory, paper), so that a
reprint years later says exactly what the original said.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, validate
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import LetterKind
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Household, Letter, RegistryRecord, Resident
from puskesos_desktop.services import audit, numbering, printouts, privacy
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.registry import registry_view

KIND_LABELS = {
    LetterKind.REKOMENDASI.value: "Surat Rekomendasi Dukcapil",
    LetterKind.KETERANGAN_DTKS.value: "Surat Keterangan Terdaftar DTKS/DTSEN",
}


@dataclass(frozen=True)
class LetterInfo:
    id: int
    number: str
    kind: str
    issued_at: dt.datetime
    resident_id: int
    resident_name: str
    complaint_id: int | None
    signatory: str
    print_count: int
    details: dict[str, Any]
    created: bool = False  # this call issued it (False: an earlier letter was found)

    @property
    def label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)


def _info(letter: Letter, resident_name: str, created: bool = False) -> LetterInfo:
    return LetterInfo(
        id=letter.id,
        number=letter.number,
        kind=letter.kind,
        issued_at=letter.issued_at,
        resident_id=letter.resident_id,
        resident_name=resident_name,
        complaint_id=letter.complaint_id,
        signatory=letter.signatory,
        print_count=letter.print_count,
        details=json.loads(letter.details or "{}"),
        created=created,
    )


def _person(r: Resident, kk: str | None) -> dict[str, Any]:
    return {
        "name": r.name,
        "nik": r.nik,
        "kk": kk,
        "sex": r.sex,
        "birth_place": r.birth_place,
        "birth_date": r.birth_date.isoformat() if r.birth_date else None,
        "address": r.address,
        "rt": r.rt,
        "rw": r.rw,
        "phone": r.phone,
    }


def _signer(s: Session) -> dict[str, str]:
    office = printouts.office_info_in(s)
    from puskesos_desktop.printing.letters import head_signer  # reportlab only when printing (issue 21)

    signer = head_signer(office)
    if not signer.name.strip():
        raise ValidationError(
            "Nama kepala desa (penanda tangan surat) belum diisi di Pengaturan › Profil kantor.", "Penanda tangan"
        )
    return {"title": signer.title, "name": signer.name, "paper": office.paper}


def missing_papers(r: Resident, kk: str | None) -> str:
    """What a recommendation asks Dukcapil for; empty when the resident has both NIK and KK."""
    if not r.nik and not kk:
        return "penerbitan Nomor Induk Kependudukan (NIK) dan Kartu Keluarga (KK)"
    if not r.nik:
        return "penerbitan Nomor Induk Kependudukan (NIK)"
    if not kk:
        return "penerbitan Kartu Keluarga (KK)"
    return ""


def existing_recommendation_in(s: Session, resident_id: int) -> Letter | None:
    return s.execute(
        select(Letter)
        .where(Letter.resident_id == resident_id, Letter.kind == LetterKind.REKOMENDASI.value)
        .order_by(Letter.id.desc())
        .limit(1)
    ).scalar_one_or_none()


def recommendation_in(
    s: Session,
    actor: Actor,
    resident: Resident,
    *,
    complaint_id: int | None = None,
    note: str = "",
    reuse: bool = True,
) -> LetterInfo:
    """Inside an open transaction: the resident's recommendation letter, issued now, or the earlier one
    when `reuse` (a second complaint by the same person does not need a second letter)."""
    actor.require(Permission.LETTER_ISSUE)
    household = s.get(Household, resident.household_id) if resident.household_id else None
    kk = household.kk if household else None
    request = missing_papers(resident, kk)
    if not request:
        raise ValidationError("Warga ini sudah memiliki NIK dan No. KK; surat rekomendasi tidak diperlukan.", "NIK")
    if reuse:
        earlier = existing_recommendation_in(s, resident.id)
        if earlier is not None:
            return _info(earlier, resident.name)
    note = validate.text(note, "Keterangan", max_len=800, multiline=True)
    members: list[dict[str, Any]] = []
    if household is not None:
        for m in s.execute(
            select(Resident).where(Resident.household_id == household.id).order_by(Resident.birth_date)
        ).scalars():
            members.append(
                {
                    "name": m.name,
                    "relation": m.family_relation,
                    "sex": m.sex,
                    "birth_place": m.birth_place,
                    "birth_date": m.birth_date.isoformat() if m.birth_date else None,
                    "nik": m.nik,
                }
            )
    signer = _signer(s)
    now = clock.now()
    details = {
        "person": _person(resident, kk),
        "members": members,
        "request": request,
        "note": note,
        "signer": {"title": signer["title"], "name": signer["name"]},
        "paper": signer["paper"],
    }
    letter = _issue_in(
        s, actor, numbering.Prefix.REK, LetterKind.REKOMENDASI, resident, details, signer["name"], now,
        complaint_id=complaint_id, audited={"complaint_id": complaint_id},
    )
    return _info(letter, resident.name, created=True)


def _issue_in(
    s: Session,
    actor: Actor,
    prefix: numbering.Prefix,
    kind: LetterKind,
    resident: Resident,
    details: dict[str, Any],
    signatory: str,
    now: dt.datetime,
    *,
    complaint_id: int | None = None,
    audited: dict[str, Any],
) -> Letter:
    """A letter numbered, stored and audited inside the caller's transaction (both kinds of letter)."""
    letter = Letter(
        number=numbering.next_number(s, prefix, now),
        kind=kind.value,
        issued_at=now,
        resident_id=resident.id,
        complaint_id=complaint_id,
        details=json.dumps(details, ensure_ascii=False),
        signatory=signatory,
        created_by_id=actor.user_id,
    )
    s.add(letter)
    s.flush()
    audit.record(
        s, actor, AuditAction.LETTER_ISSUE, "letter", letter.number,
        {"kind": letter.kind, "resident_id": resident.id, **audited},
    )
    return letter


def issue_recommendation(
    db: Database, actor: Actor, resident_id: int, note: str = "", complaint_number: str | None = None
) -> LetterInfo:
    """A new recommendation letter to Dukcapil (a reissue gets a new number; use reprint for a copy)."""
    actor.require(Permission.LETTER_ISSUE)
    with db.write() as s:
        resident = s.get(Resident, resident_id)
        if resident is None:
            raise NotFoundError("Warga tidak ditemukan.")
        complaint_id = None
        if complaint_number:
            complaint_id = s.execute(
                select(Complaint.id).where(Complaint.number == complaint_number.strip().upper())
            ).scalar()
            if complaint_id is None:
                raise ValidationError(
                    "Keluhan {complaint_number} tidak ditemukan.", "Nomor resi", complaint_number=complaint_number
                )
        return recommendation_in(s, actor, resident, complaint_id=complaint_id, note=note, reuse=False)


def issue_certificate(
    db: Database,
    actor: Actor,
    *,
    resident_id: int | None = None,
    registry_record_id: int | None = None,
    purpose: str = "",
) -> LetterInfo:
    """Surat Keterangan Terdaftar DTKS/DTSEN. Someone listed who is not yet a client becomes one.

    Refused for a person the latest extract does not list: the office proposes them instead.
    """
    actor.require(Permission.LETTER_ISSUE)
    purpose = validate.text(purpose, "Keperluan", max_len=300)
    with db.write() as s:
        if resident_id is not None:
            resident = s.get(Resident, resident_id)
            if resident is None:
                raise NotFoundError("Warga tidak ditemukan.")
        elif registry_record_id is not None:
            rec = s.get(RegistryRecord, registry_record_id)
            if rec is None or not rec.active:
                raise NotFoundError("Data DTKS/DTSEN tidak ditemukan.")
            actor.require(Permission.RESIDENT_WRITE)
            resident = residents.client_from_registry_in(s, actor, rec)
        else:
            raise ValidationError("Pilih warga.", "Warga")
        view = registry_view.view_in(s, resident.nik)
        if not view.in_registry:
            raise ValidationError(
                "{name} tidak terdaftar di DTKS/DTSEN menurut data terbaru. "
                "Surat keterangan tidak dapat dibuat; ajukan usulan DTSEN untuk keluarganya.",
                "DTKS/DTSEN",
                name=resident.name,
            )
        household = s.get(Household, resident.household_id) if resident.household_id else None
        signer = _signer(s)
        now = clock.now()
        printable = view.printable()
        details = {
            "person": _person(resident, household.kk if household else (view.kk or None)),
            "registry": {
                "registered": True,
                "desil": printable.desil,
                "registry_id": printable.registry_id,
                "programmes": list(printable.programmes),
                "extract_date": printable.extract_date.isoformat() if printable.extract_date else None,
            },
            "purpose": purpose,
            "signer": {"title": signer["title"], "name": signer["name"]},
            "paper": signer["paper"],
        }
        letter = _issue_in(
            s, actor, numbering.Prefix.SKT, LetterKind.KETERANGAN_DTKS, resident, details, signer["name"], now,
            audited={"purpose": purpose},
        )
        return _info(letter, resident.name, created=True)


@privacy.shielded
def get_letter(db: Database, actor: Actor | None, number: str) -> LetterInfo:
    from puskesos_desktop.services.people.search import canonical_number

    wanted = canonical_number(number) or number.strip().upper()
    with db.read() as s:
        row = s.execute(
            select(Letter, Resident.name)
            .join(Resident, Resident.id == Letter.resident_id)
            .where(Letter.number == wanted)
        ).first()
        if row is None:
            raise NotFoundError("Surat {number} tidak ditemukan.", number=number)
        return _info(row[0], row[1])


@privacy.shielded
def for_resident(db: Database, actor: Actor | None, resident_id: int) -> list[LetterInfo]:
    with db.read() as s:
        rows = s.execute(
            select(Letter, Resident.name)
            .join(Resident, Resident.id == Letter.resident_id)
            .where(Letter.resident_id == resident_id)
            .order_by(Letter.issued_at, Letter.id)
        ).all()
        return [_info(letter, name) for letter, name in rows]
