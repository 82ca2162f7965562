"""Cetak data warga: everything the office holds about one resident, as a PDF for that resident (UU 27/2022).

Personal data, the registry's view, consent, household, complaints (with their timelines and documents),
referrals, DTKS proposals, letters, the times the resident was informed, the history of their record, and who
saw or changed any of it (the audit trail). Each print is one audit entry. Household members are listed with a
masked NIK: their numbers are their own data, not the resident's.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import audit_actions, clock, fmt, identity
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, ValidationError
from puskesos_desktop.core.identity import mask_nik
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import SEX_LABELS
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Attachment,
    AuditEntry,
    Complaint,
    FieldVisit,
    Household,
    Letter,
    Partner,
    Proposal,
    ProposalMember,
    Referral,
    Resident,
    ResidentRevision,
    Service,
    User,
)
from puskesos_desktop.printing.resident_sheet import Fields, Grid, ResidentDataSheet, Section
from puskesos_desktop.services import audit, printouts
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.documents import letters
from puskesos_desktop.services.people import consent
from puskesos_desktop.services.people.resident_page import FIELD_LABELS
from puskesos_desktop.services.registry import registry_view

SECTION_TITLES = (
    "Data diri",
    "Status DTKS/DTSEN",
    "Persetujuan penggunaan data",
    "Keluarga (satu Kartu Keluarga)",
    "Keluhan",
    "Rujukan",
    "Usulan DTKS/DTSEN",
    "Surat",
    "Pemberitahuan kepada warga",
    "Riwayat perubahan data",
    "Siapa yang melihat atau mengubah data (jejak audit)",
    "Lampiran (pindaian dan foto)",
)

# What the audit section calls each action (beyond the audit viewer's own labels).
def _t(moment: Any) -> str:
    return fmt.tanggal_jam(moment, empty="-") if moment is not None else "-"


def _d(day: Any) -> str:
    return fmt.tanggal(day, empty="-") if day is not None else "-"


def _yes(value: bool) -> str:
    return "ya" if value else "tidak"


def _plain(value: object) -> str:
    if value is None or value == "":
        return "-"
    if value is True:
        return "ya"
    if value is False:
        return "tidak"
    return str(value)


def _address(address: str, rt: str, rw: str) -> str:
    parts = [address.strip(), f"RT {rt}" if rt else "", f"RW {rw}" if rw else ""]
    return ", ".join(p for p in parts if p) or "-"


def find_resident(db: Database, actor: Actor, text: str) -> int:
    """The resident id for a whole NIK, or '#123' (the record number) for a resident without NIK."""
    actor.require(Permission.READ)
    value = text.strip()
    with db.read() as s:
        if value.startswith("#") and value[1:].isdigit():
            rid = s.execute(select(Resident.id).where(Resident.id == int(value[1:]))).scalar()
        else:
            nik = identity.parse_nik(value, "NIK").nik
            rid = s.execute(select(Resident.id).where(Resident.nik == nik)).scalar()
    if rid is None:
        raise NotFoundError("Warga {value} tidak ditemukan di data kantor.", value=value)
    return int(rid)


def resident_data_by_key(db: Database, actor: Actor, key: str) -> bytes:
    """`puskesos print resident NIK`: the sheet of the resident with that NIK (or '#id')."""
    return resident_data_pdf(db, actor, find_resident(db, actor, key))


def resident_data_pdf(db: Database, actor: Actor, resident_id: int) -> bytes:
    """The resident's own data as a PDF, on the office's paper; one audit entry once it is built."""
    actor.require(Permission.PRINT_DOCUMENTS)
    actor.require(Permission.SEE_FULL_NIK)  # the copy is the resident's whole record, numbers included
    with db.read() as s:
        data = sheet_in(s, resident_id, actor)
    from puskesos_desktop.printing import resident_data as sheet  # reportlab only when printing (issue 21)

    pdf = sheet.resident_data(data, footer=f"Dicetak {fmt.tanggal_jam(data.printed_at)} oleh {data.officer_name}")
    with db.write() as s:
        audit.record(
            s,
            actor,
            AuditAction.RESIDENT_DATA_PRINT,
            "resident",
            resident_id,
            {"sections": [sec.title for sec in data.sections if sec.parts]},
        )
    return pdf


def sheet_in(s: Session, resident_id: int, actor: Actor) -> ResidentDataSheet:
    r = s.get(Resident, resident_id)
    if r is None:
        raise NotFoundError("Warga tidak ditemukan.")
    if r.anonymised_at is not None:
        raise ValidationError(
            "Data warga ini sudah dianonimkan (masa retensi): tidak ada lagi data pribadi yang dapat dicetak.", "Warga"
        )
    users = {u.id: u for u in s.execute(select(User)).scalars()}
    names = {u.id: u.full_name for u in users.values()}
    by_login = {u.username: u.full_name for u in users.values()}
    household = s.get(Household, r.household_id) if r.household_id else None
    complaints = list(
        s.execute(
            select(Complaint)
            .where(Complaint.resident_id == resident_id)
            .options(
                selectinload(Complaint.documents),
                selectinload(Complaint.events),
                selectinload(Complaint.service),
                selectinload(Complaint.referrals).selectinload(Referral.events),
            )
            .order_by(Complaint.registered_at, Complaint.id)
        ).scalars()
    )
    referrals = [f for c in complaints for f in c.referrals]
    as_member = select(ProposalMember.proposal_id).where(ProposalMember.resident_id == resident_id)
    proposals = list(
        s.execute(
            select(Proposal)
            .where(or_(Proposal.resident_id == resident_id, Proposal.id.in_(as_member)))
            .options(selectinload(Proposal.events), selectinload(Proposal.members))
            .order_by(Proposal.proposed_at, Proposal.id)
        ).scalars()
    )
    letter_rows = list(
        s.execute(
            select(Letter).where(Letter.resident_id == resident_id).order_by(Letter.issued_at, Letter.id)
        ).scalars()
    )
    kept = _attachment_rows(s, resident_id, complaints, referrals, proposals)
    sections = (
        _personal(s, r, household, names),
        _registry(s, r),
        _consent(s, r),
        _household(s, r, household),
        _complaints(complaints, names),
        _referrals(s, referrals),
        _proposals(s, proposals, resident_id),
        _letters(letter_rows),
        _informed(complaints, names),
        _revisions(s, r, names),
        _audit(s, r, complaints, referrals, proposals, letter_rows, by_login, [a.id for a in kept]),
        _attachments(kept),
    )
    return ResidentDataSheet(
        office=printouts.office_info_in(s),
        resident_name=r.name,
        reference=f"Warga #{r.id}",
        printed_at=clock.now(),
        officer_name=actor.full_name or actor.username,
        sections=sections,
    )


def _personal(s: Session, r: Resident, household: Household | None, names: dict[int, str]) -> Section:
    visit = s.get(FieldVisit, r.visit_id) if r.visit_id else None
    flags = [label for on, label in ((r.disability, "disabilitas"), (r.elderly, "lansia"), (r.pregnant, "hamil")) if on]
    rows = [
        ("Nama", r.name),
        ("NIK", r.nik or f"belum ada ({r.no_nik_reason or '-'})"),
        ("No. KK", (household.kk if household else None) or "belum ada"),
        ("Jenis kelamin", SEX_LABELS.get(r.sex, r.sex)),
        ("Tempat, tanggal lahir", ", ".join(x for x in (r.birth_place, _d(r.birth_date) if r.birth_date else "") if x)),
        ("Hubungan keluarga", r.family_relation),
        ("Alamat", _address(r.address, r.rt, r.rw)),
        ("Alamat keluarga (KK)", _address(household.address, household.rt, household.rw) if household else "-"),
        ("Telepon", r.phone),
        ("Kondisi", ", ".join(flags)),
        ("Catatan petugas", r.notes),
        ("Didaftarkan", f"{_t(r.created_at)} oleh {names.get(r.created_by_id or -1, '-')}"),
        ("Terakhir diubah", _t(r.updated_at)),
    ]
    if r.facilitator_id:
        where = f" (kunjungan {_d(visit.visit_date)}, {visit.place})" if visit else ""
        rows.append(("Didaftarkan fasilitator", names.get(r.facilitator_id, "-") + where))
    return Section(SECTION_TITLES[0], (Fields(tuple((k, _plain(v)) for k, v in rows)),))


def _registry(s: Session, r: Resident) -> Section:
    view = registry_view.view_in(s, r.nik)
    rows = [("Status", view.label)]
    if view.in_registry:
        rows += [
            ("ID DTKS/DTSEN", view.registry_id or "-"),
            ("Desil", str(view.desil) if view.desil is not None else "-"),
            ("Program diterima", ", ".join(f"{p.name} ({p.code})" for p in view.programmes) or "-"),
            ("Data per", _d(view.extract_date)),
        ]
    return Section(
        SECTION_TITLES[1],
        (Fields(tuple(rows)),),
        note="Salinan data DTKS/DTSEN yang diterima kantor dari kabupaten, dicocokkan dengan NIK.",
    )


def _consent(s: Session, r: Resident) -> Section:
    rows = tuple(
        (
            _t(c.at),
            _yes(c.data_use),
            c.contact_channel if c.contact else "tidak",
            c.complaint_number or "-",
            c.recorded_by,
        )
        for c in consent.history_in(s, r.id)
    )
    if not rows:
        return Section(SECTION_TITLES[2], empty="Belum ada persetujuan tercatat.")
    return Section(
        SECTION_TITLES[2],
        (
            Grid(
                ("Waktu", "Data dipakai untuk layanan", "Boleh dihubungi", "Saat keluhan", "Dicatat oleh"),
                rows,
                (0.18, 0.15, 0.16, 0.33, 0.18),
            ),
        ),
        note="Yang teratas adalah persetujuan yang berlaku.",
    )


def _household(s: Session, r: Resident, household: Household | None) -> Section:
    if household is None:
        return Section(SECTION_TITLES[3], empty="Tidak tercatat dalam satu keluarga (KK) di kantor.")
    members = s.execute(
        select(Resident)
        .where(Resident.household_id == household.id, Resident.id != r.id)
        .order_by(Resident.birth_date, Resident.id)
    ).scalars()
    rows = tuple(
        (
            m.name,
            mask_nik(m.nik) if m.nik else "belum ada",
            m.family_relation or "-",
            SEX_LABELS.get(m.sex, m.sex),
            _d(m.birth_date),
        )
        for m in members
    )
    if not rows:
        return Section(SECTION_TITLES[3], empty="Tidak ada anggota keluarga lain yang tercatat.")
    return Section(
        SECTION_TITLES[3],
        (Grid(("Nama", "NIK", "Hubungan", "Jenis kelamin", "Tanggal lahir"), rows, (0.32, 0.2, 0.18, 0.13, 0.17)),),
        note="Anggota lain dengan No. KK yang sama. NIK mereka disamarkan: itu data pribadi mereka sendiri.",
    )


def _complaints(complaints: list[Complaint], names: dict[int, str]) -> Section:
    parts: list[Fields | Grid] = []
    for c in complaints:
        docs = "; ".join(f"{d.name} ({'dibawa' if d.received else 'belum'})" for d in c.documents)
        rows = [
            ("Didaftarkan", f"{_t(c.registered_at)} oleh {names.get(c.registered_by_id or -1, '-')}"),
            ("Melalui", c.channel + (f" ({names.get(c.facilitator_id, '')})" if c.facilitator_id else "")),
            ("Bidang", c.field),
            ("Layanan", c.service.name if c.service else "-"),
            ("Kemendesakan", c.urgency),
            ("Uraian keluhan", c.description),
            ("Status", c.status),
            ("Target selesai", _d(c.due_date)),
            ("Jawaban", c.answer),
            ("Dokumen persyaratan", docs),
            ("Ditangani oleh", names.get(c.assigned_to_id or -1, "-")),
            ("Ditutup", _t(c.closed_at) if c.closed_at else "-"),
        ]
        parts.append(Fields(tuple((k, _plain(v)) for k, v in rows), heading=f"Keluhan {c.number}"))
        events = tuple(
            (_t(e.at), e.actor, _event_what(e.kind, e.from_status, e.to_status), e.note or "-") for e in c.events
        )
        if events:
            parts.append(Grid(("Waktu", "Oleh", "Kejadian", "Keterangan"), events, (0.19, 0.15, 0.24, 0.42)))
    return Section(SECTION_TITLES[4], tuple(parts), empty="Belum pernah mendaftarkan keluhan.")


# The timelines' event kinds, in words for the resident.
_EVENT_LABELS = {
    "status": "Status",
    "answer": "Jawaban",
    "note": "Catatan",
    "catatan": "Catatan",
    "informed": "Warga diberi tahu",
    "document": "Dokumen",
    "handled": "Ditangani di desa",
    "print": "Dicetak",
    "cetak": "Dicetak",
    "referral": "Dirujuk",
    "outcome": "Hasil rujukan",
    "hasil": "Hasil",
    "usulan": "Usulan DTKS/DTSEN",
    "surat": "Surat",
    "assign": "Ditugaskan",
    "anggota": "Anggota usulan",
}


def _event_what(kind: str, old: str | None, new: str | None) -> str:
    label = _EVENT_LABELS.get(kind, kind)
    if old or new:
        return f"{label}: {old or '-'} → {new or '-'}"
    return label


def _referrals(s: Session, referrals: list[Referral]) -> Section:
    parts: list[Fields | Grid] = []
    for f in sorted(referrals, key=lambda x: (x.referred_at, x.id)):
        partner = s.get(Partner, f.partner_id)
        service = s.get(Service, f.service_id) if f.service_id else None
        complaint_number = s.execute(select(Complaint.number).where(Complaint.id == f.complaint_id)).scalar()
        rows = [
            ("Untuk keluhan", complaint_number or "-"),
            ("Dirujuk", _t(f.referred_at)),
            ("Bidang", f.field),
            ("Tujuan", partner.name if partner else "-"),
            ("Layanan", service.name if service else "-"),
            ("Alasan rujukan", f.reason),
            ("Dokumen dilampirkan", f.documents.replace("\n", "; ")),
            ("Status", f.status),
            ("Hasil", f"{_d(f.outcome_date)}: {f.outcome_note or '-'}" if f.outcome_date else (f.outcome_note or "-")),
            ("Sumber hasil", f.outcome_source),
            ("Alasan dibatalkan", f.cancel_reason),
        ]
        parts.append(Fields(tuple((k, _plain(v)) for k, v in rows), heading=f"Rujukan {f.number}"))
        events = tuple(
            (_t(e.at), e.actor, _event_what(e.kind, e.from_status, e.to_status), e.note or "-") for e in f.events
        )
        if events:
            parts.append(Grid(("Waktu", "Oleh", "Kejadian", "Keterangan"), events, (0.19, 0.15, 0.24, 0.42)))
    return Section(SECTION_TITLES[5], tuple(parts), empty="Belum pernah dirujuk.")


def _proposals(s: Session, proposals: list[Proposal], resident_id: int) -> Section:
    parts: list[Fields | Grid] = []
    for p in proposals:
        member_ids = [m.resident_id for m in p.members]
        member_names = [
            n for (n,) in s.execute(select(Resident.name).where(Resident.id.in_(member_ids)).order_by(Resident.id))
        ]
        rows = [
            ("Tanggal", _t(p.proposed_at)),
            ("Jenis", p.kind),
            ("Peran warga", "pemohon" if p.resident_id == resident_id else "anggota keluarga yang diusulkan"),
            ("Anggota yang diusulkan", ", ".join(member_names)),
            ("Alasan", p.reason),
            ("Status", p.status),
            ("Hasil", f"{_d(p.outcome_date)}: {p.outcome_note or '-'}" if p.outcome_date else (p.outcome_note or "-")),
        ]
        parts.append(Fields(tuple((k, _plain(v)) for k, v in rows), heading=f"Usulan {p.number}"))
        events = tuple(
            (_t(e.at), e.actor, _event_what(e.kind, e.from_status, e.to_status), e.note or "-") for e in p.events
        )
        if events:
            parts.append(Grid(("Waktu", "Oleh", "Kejadian", "Keterangan"), events, (0.19, 0.15, 0.24, 0.42)))
    return Section(SECTION_TITLES[6], tuple(parts), empty="Tidak pernah diusulkan.")


def _letters(rows: list[Letter]) -> Section:
    out = []
    for letter in rows:
        try:
            details = json.loads(letter.details or "{}")
        except ValueError:
            details = {}
        what = details.get("request") or details.get("purpose") or ""
        note = details.get("note") or ""
        out.append(
            (
                letter.number,
                letters.KIND_LABELS.get(letter.kind, letter.kind),
                _t(letter.issued_at),
                "; ".join(x for x in (what, note) if x) or "-",
                letter.signatory or "-",
                str(letter.print_count),
            )
        )
    if not out:
        return Section(SECTION_TITLES[7], empty="Belum pernah dibuatkan surat.")
    return Section(
        SECTION_TITLES[7],
        (
            Grid(
                ("Nomor", "Jenis", "Tanggal", "Keperluan", "Penanda tangan", "Dicetak"),
                tuple(out),
                (0.22, 0.2, 0.14, 0.22, 0.14, 0.08),
            ),
        ),
    )


def _informed(complaints: list[Complaint], names: dict[int, str]) -> Section:
    """Every time the office told the resident something: at the desk, by phone or WhatsApp, through a visit."""
    rows: list[tuple[Any, str, str, str]] = []
    for c in complaints:
        for e in c.events:
            if e.kind == "informed":
                rows.append((e.at, c.number, e.actor, e.note))
        for f in c.referrals:
            for fe in f.events:
                if fe.kind == "informed":
                    rows.append((fe.at, f.number, fe.actor, fe.note))
    rows.sort(key=lambda x: x[0])
    if not rows:
        return Section(SECTION_TITLES[8], empty="Belum ada catatan pemberitahuan kepada warga.")
    return Section(
        SECTION_TITLES[8],
        (
            Grid(
                ("Waktu", "Tentang", "Dicatat oleh", "Keterangan"),
                tuple((_t(a), b, c, d or "-") for a, b, c, d in rows),
                (0.19, 0.27, 0.14, 0.4),
            ),
        ),
    )


def _revisions(s: Session, r: Resident, names: dict[int, str]) -> Section:
    rows = [(_t(r.created_at), names.get(r.created_by_id or -1, "-"), "Data warga dicatat pertama kali")]
    for rev in s.execute(
        select(ResidentRevision).where(ResidentRevision.resident_id == r.id).order_by(ResidentRevision.id)
    ).scalars():
        try:
            changes: dict[str, Any] = json.loads(rev.changes)
        except ValueError:
            changes = {}
        what = "; ".join(
            f"{FIELD_LABELS.get(k, k)}: {_plain(v[0])} → {_plain(v[1])}"
            if isinstance(v, list) and len(v) == 2
            else f"{FIELD_LABELS.get(k, k)}: {_plain(v)}"
            for k, v in changes.items()
        )
        rows.append((_t(rev.at), rev.actor, what or "-"))
    return Section(
        SECTION_TITLES[9],
        (Grid(("Waktu", "Oleh", "Perubahan (lama → baru)"), tuple(rows), (0.19, 0.17, 0.64)),),
    )


def _attachment_rows(
    s: Session, resident_id: int, complaints: list[Complaint], referrals: list[Referral], proposals: list[Proposal]
) -> list[Attachment]:
    """Scans and photos kept on the resident or on their complaints, referrals and proposals (issue 20)."""
    return list(
        s.execute(
            select(Attachment)
            .where(
                or_(
                    Attachment.resident_id == resident_id,
                    Attachment.complaint_id.in_([c.id for c in complaints]),
                    Attachment.referral_id.in_([f.id for f in referrals]),
                    Attachment.proposal_id.in_([p.id for p in proposals]),
                )
            )
            .order_by(Attachment.added_at, Attachment.id)
        ).scalars()
    )


def _attachments(rows: list[Attachment]) -> Section:
    out = [
        (str(a.id), a.kind, _t(a.added_at), a.actor, _t(a.taken_at), "ada" if a.gps_lat is not None else "-",
         f"{a.size // 1024} KB")
        for a in rows
    ]  # fmt: skip
    if not out:
        return Section(SECTION_TITLES[11], empty="Tidak ada pindaian atau foto yang disimpan.")
    return Section(
        SECTION_TITLES[11],
        (
            Grid(
                ("No", "Jenis", "Disimpan", "Oleh", "Diambil", "Lokasi", "Ukuran"),
                tuple(out),
                (0.07, 0.2, 0.19, 0.13, 0.19, 0.09, 0.13),
            ),
        ),
        note="Salinan berkas dapat diminta kepada koordinator.",
    )


def _audit(
    s: Session,
    r: Resident,
    complaints: list[Complaint],
    referrals: list[Referral],
    proposals: list[Proposal],
    letter_rows: list[Letter],
    by_login: dict[str, str],
    attachment_ids: Sequence[int] = (),
) -> Section:
    numbers = {c.number for c in complaints} | {f.number for f in referrals}
    numbers |= {p.number for p in proposals} | {x.number for x in letter_rows}
    entries = s.execute(
        select(AuditEntry)
        .where(
            or_(
                (AuditEntry.entity == "resident") & (AuditEntry.entity_id == str(r.id)),
                AuditEntry.entity_id.in_(sorted(numbers)),
                (AuditEntry.entity == "attachment") & AuditEntry.entity_id.in_([str(i) for i in attachment_ids]),
            )
        )
        .order_by(AuditEntry.at, AuditEntry.id)
    ).scalars()
    rows = []
    for e in entries:
        who = by_login.get(e.actor)
        label = audit_actions.label(e.action)
        rows.append(
            (
                _t(e.at),
                f"{who} ({e.actor})" if who else e.actor,
                label,
                "data warga" if e.entity == "resident" else e.entity_id,
            )
        )
    if not rows:
        return Section(SECTION_TITLES[10], empty="Tidak ada entri.")
    return Section(
        SECTION_TITLES[10],
        (Grid(("Waktu", "Petugas", "Tindakan", "Data"), tuple(rows), (0.18, 0.24, 0.23, 0.35)),),
        note="Dari jejak audit kantor, yang tidak dapat diubah tanpa ketahuan. 'cli:' berarti baris perintah.",
    )
