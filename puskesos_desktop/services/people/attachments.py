"""Evidence on the case (issue 20): scans and photos attached to a resident, a complaint, a referral or a proposal.

The file is checked and shrunk first (core/evidence.py, outside any transaction: ~0.1 s for a phone photo), then
stored in the database's own `attachments` table in one write with its audit entry — so every backup, restore and
move of the office carries it. Attaching a kind that a complaint's documents checklist asks for ticks that line.

Who sees them: a KTP or KK scan shows a whole NIK, so only roles that may see whole numbers (SEE_FULL_NIK) see
attachments at all — never the penanggung jawab; a facilitator sees those of the cases they registered. Every
view, export and removal is in the audit trail; only the coordinator removes (ATTACHMENT_REMOVE).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, undefer

from puskesos_desktop.core import clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import NotFoundError, PermissionDenied, ValidationError, message_id
from puskesos_desktop.core.evidence import FIELD_FILE, Evidence, check_size, prepare
from puskesos_desktop.core.files import atomic_write_bytes
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import HOUSE_PHOTO_KINDS, AttachmentKind
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import (
    Attachment,
    Complaint,
    ComplaintDocument,
    Proposal,
    ProposalMember,
    Referral,
    Resident,
)
from puskesos_desktop.printing.data import AttachedDocument, ContactSheet, HousePhoto
from puskesos_desktop.services import audit, history
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.printouts import office_info_in

OWNER_TYPES = ("resident", "complaint", "referral", "proposal")
FIELD_KIND = "Jenis lampiran"
FIELD_OWNER = "Pemilik"
NO_POSITION = "Foto rumah tanpa lokasi GPS"

# Command-line spellings of the kinds (`--kind foto-depan`); the stored words are AttachmentKind's values.
KIND_ALIASES: dict[str, AttachmentKind] = {
    "ktp": AttachmentKind.KTP,
    "kk": AttachmentKind.KK,
    "sktm": AttachmentKind.SKTM,
    "akta": AttachmentKind.AKTA,
    "pengantar": AttachmentKind.PENGANTAR,
    "foto-depan": AttachmentKind.FOTO_DEPAN,
    "foto-dalam": AttachmentKind.FOTO_DALAM,
    "foto-toilet": AttachmentKind.FOTO_TOILET,
    "lainnya": AttachmentKind.LAINNYA,
}

# Which lines of a documents checklist each kind answers ("Fotokopi KTP", "Fotokopi Kartu Keluarga (KK)"…).
CHECKLIST_MATCH: dict[AttachmentKind, re.Pattern[str]] = {
    AttachmentKind.KTP: re.compile(r"\bktp\b", re.I),
    AttachmentKind.KK: re.compile(r"\bkk\b|kartu keluarga", re.I),
    AttachmentKind.SKTM: re.compile(r"\bsktm\b|keterangan tidak mampu", re.I),
    AttachmentKind.AKTA: re.compile(r"\bakta\b", re.I),
    AttachmentKind.PENGANTAR: re.compile(r"pengantar\s+(dari\s+)?(rt|rw)\b", re.I),
    AttachmentKind.FOTO_DEPAN: re.compile(r"foto rumah", re.I),
    AttachmentKind.FOTO_DALAM: re.compile(r"foto rumah", re.I),
    AttachmentKind.FOTO_TOILET: re.compile(r"foto rumah|foto (kamar mandi|toilet|jamban)", re.I),
}

NOT_SEEN = message_id(
    "Lampiran (pindaian KTP, KK, foto rumah) memuat data pribadi lengkap dan hanya dapat dilihat petugas yang "
    "menangani kasus. Minta koordinator atau petugas layanan."
)


@dataclass(frozen=True)
class Owner:
    type: str  # one of OWNER_TYPES
    id: int


@dataclass(frozen=True)
class AttachmentInfo:
    id: int
    owner: str  # the owner's number: RESI/…, RJK/…, USL/…, or the resident's NIK (#id without one)
    kind: str
    bytes: int
    sha256: str
    taken_at: dt.datetime | None
    gps: tuple[float, float] | None
    owner_type: str
    filename: str
    mime: str
    width: int | None
    height: int | None
    added_at: dt.datetime
    added_by: str
    flag: str  # NO_POSITION for a house photo without GPS, else ""

    def as_json(self) -> dict[str, Any]:
        """The command line's keys, exactly the issue's (item 5): `attach --json` and `list attachments --json`."""
        return {
            "id": self.id,
            "owner": self.owner,
            "kind": self.kind,
            "bytes": self.bytes,
            "sha256": self.sha256,
            "taken_at": self.taken_at.isoformat(timespec="seconds") if self.taken_at else None,
            "gps": list(self.gps) if self.gps else None,
        }


def parse_kind(text: str) -> AttachmentKind:
    t = text.strip()
    if t.lower() in KIND_ALIASES:
        return KIND_ALIASES[t.lower()]
    for k in AttachmentKind:
        if k.value.lower() == t.lower():
            return k
    raise ValidationError(
        "Jenis lampiran '{text}' tidak dikenal. Pilih salah satu: {kinds}.",
        FIELD_KIND,
        text=text,
        kinds=", ".join(KIND_ALIASES),
    )


# --- who may do what -----------------------------------------------------------------------------------------

_ATTACH_RIGHTS: dict[str, tuple[Permission, ...]] = {
    "resident": (Permission.RESIDENT_WRITE, Permission.BACK_OFFICE),
    "complaint": (Permission.COMPLAINT_REGISTER, Permission.BACK_OFFICE),
    "referral": (Permission.BACK_OFFICE,),
    "proposal": (Permission.PROPOSAL, Permission.PROPOSAL_DRAFT),
}


def may_see(actor: Actor) -> bool:
    """Whether attachments are shown to this actor at all (the window hides the panel otherwise)."""
    return actor.can(Permission.READ) and actor.can(Permission.SEE_FULL_NIK)


def may_see_with(rights: frozenset[Permission]) -> bool:
    """``may_see`` on the account's rights read beforehand (the window reads them on a worker with its data)."""
    return Permission.READ in rights and Permission.SEE_FULL_NIK in rights


def _require_see(actor: Actor) -> None:
    if not may_see(actor):
        raise PermissionDenied(NOT_SEEN)


def _require_attach(actor: Actor, owner_type: str) -> None:
    _require_see(actor)
    rights = _ATTACH_RIGHTS[owner_type]
    if not any(actor.can(p) for p in rights):
        actor.require(rights[0])  # raises with the usual sentence


def _visible_clause(actor: Actor) -> Any:
    """A facilitator (no COMPLAINT_READ_ALL) sees the attachments of the cases and people they registered."""
    if actor.can(Permission.COMPLAINT_READ_ALL) or actor.user_id is None:
        return None
    mine = select(Complaint.id).where(
        or_(Complaint.facilitator_id == actor.user_id, Complaint.registered_by_id == actor.user_id)
    )
    return or_(
        Attachment.added_by_id == actor.user_id,
        Attachment.complaint_id.in_(mine),
        Attachment.referral_id.in_(select(Referral.id).where(Referral.complaint_id.in_(mine))),
        Attachment.resident_id.in_(select(Complaint.resident_id).where(Complaint.id.in_(mine))),
    )


# --- owners --------------------------------------------------------------------------------------------------


def resolve_owner(db: Database, actor: Actor, number: str) -> Owner:
    """A case by its number: RESI/… (complaint), RJK/… (referral), USL/… (proposal), a 16-digit NIK or #id."""
    _require_see(actor)
    text = number.strip()
    with db.read() as s:
        return _resolve_in(s, text)


def _resolve_in(s: Session, text: str) -> Owner:
    upper = text.upper()
    found: int | None = None
    owner_type = "resident"
    if upper.startswith("RESI/"):
        owner_type, found = "complaint", s.scalar(select(Complaint.id).where(Complaint.number == upper))
    elif upper.startswith("RJK/"):
        owner_type, found = "referral", s.scalar(select(Referral.id).where(Referral.number == upper))
    elif upper.startswith("USL/"):
        owner_type, found = "proposal", s.scalar(select(Proposal.id).where(Proposal.number == upper))
    elif re.fullmatch(r"[0-9]{16}", text):
        found = s.scalar(select(Resident.id).where(Resident.nik == text))
    elif re.fullmatch(r"#[0-9]+", text):
        found = s.scalar(select(Resident.id).where(Resident.id == int(text[1:])))
    else:
        raise ValidationError(
            "'{text}' bukan nomor yang dikenal. Tulis nomor resi (RESI/…), rujukan (RJK/…), usulan (USL/…), "
            "NIK warga (16 angka) atau #id warga.",
            FIELD_OWNER,
            text=text,
        )
    if found is None:
        raise NotFoundError("{text} tidak ditemukan di database ini.", text=text)
    return Owner(owner_type, found)


def _owner_labels(s: Session, rows: list[Attachment]) -> dict[int, tuple[str, str]]:
    """attachment id -> (owner type, owner number) in four queries, however many rows."""

    def numbers(model: Any, column: Any, ids: set[int]) -> dict[int, str]:
        if not ids:
            return {}
        return {i: n for i, n in s.execute(select(model.id, column).where(model.id.in_(ids)))}

    res = numbers(Resident, Resident.nik, {a.resident_id for a in rows if a.resident_id})
    com = numbers(Complaint, Complaint.number, {a.complaint_id for a in rows if a.complaint_id})
    ref = numbers(Referral, Referral.number, {a.referral_id for a in rows if a.referral_id})
    pro = numbers(Proposal, Proposal.number, {a.proposal_id for a in rows if a.proposal_id})
    out: dict[int, tuple[str, str]] = {}
    for a in rows:
        if a.resident_id:
            out[a.id] = ("resident", res.get(a.resident_id) or f"#{a.resident_id}")
        elif a.complaint_id:
            out[a.id] = ("complaint", com.get(a.complaint_id, ""))
        elif a.referral_id:
            out[a.id] = ("referral", ref.get(a.referral_id, ""))
        else:
            out[a.id] = ("proposal", pro.get(a.proposal_id or 0, ""))
    return out


def _info(a: Attachment, owner: tuple[str, str]) -> AttachmentInfo:
    gps = (a.gps_lat, a.gps_lon) if a.gps_lat is not None and a.gps_lon is not None else None
    flag = NO_POSITION if a.kind in HOUSE_PHOTO_KINDS and gps is None else ""
    return AttachmentInfo(
        id=a.id,
        owner=owner[1],
        kind=a.kind,
        bytes=a.size,
        sha256=a.sha256,
        taken_at=a.taken_at,
        gps=gps,
        owner_type=owner[0],
        filename=a.filename,
        mime=a.mime,
        width=a.width,
        height=a.height,
        added_at=a.added_at,
        added_by=a.actor,
        flag=flag,
    )


# --- changes -------------------------------------------------------------------------------------------------


def read_file(path: Path | str) -> bytes:
    """The file's bytes, its size checked on disk first so that a 200 MB file is never read into memory."""
    p = Path(path)
    try:
        size = p.stat().st_size
    except OSError:
        raise ValidationError(
            "Berkas {name} tidak dapat dibuka. Periksa bahwa berkasnya masih ada.", FIELD_FILE, name=p.name
        ) from None
    if not p.is_file():
        raise ValidationError("{name} bukan berkas. Pilih satu berkas gambar atau PDF.", FIELD_FILE, name=p.name)
    check_size(size, p.name)
    with p.open("rb") as f:
        data = f.read(size + 1)  # never more than was checked, even if it grows meanwhile
    check_size(len(data), p.name)
    return data


def attach_file(db: Database, actor: Actor, owner: Owner, path: Path | str, kind: str) -> AttachmentInfo:
    """Attach a file from disk (file dialog, drag and drop, the scanner folder, a phone's photos)."""
    _require_attach(actor, owner.type)
    data = read_file(path)
    return attach_bytes(db, actor, owner, data, Path(path).name, kind)


def attach_bytes(db: Database, actor: Actor, owner: Owner, data: bytes, filename: str, kind: str) -> AttachmentInfo:
    if owner.type not in OWNER_TYPES:
        raise ValidationError("Lampiran tidak dapat dipasang pada '{type}'.", FIELD_OWNER, type=owner.type)
    _require_attach(actor, owner.type)
    k = parse_kind(kind)
    name = Path(filename).name[:255] or "berkas"
    evidence = prepare(data, name)  # the slow part, before the write transaction
    with db.write() as s:
        return _store_in(s, actor, owner, k, name, evidence)


def _store_in(s: Session, actor: Actor, owner: Owner, kind: AttachmentKind, name: str, e: Evidence) -> AttachmentInfo:
    model = {"resident": Resident, "complaint": Complaint, "referral": Referral, "proposal": Proposal}[owner.type]
    if s.get(model, owner.id) is None:
        raise NotFoundError("Pemilik lampiran ({type} #{id}) tidak ditemukan.", type=owner.type, id=owner.id)
    column = getattr(Attachment, f"{owner.type}_id")
    same = s.scalar(
        select(Attachment.id).where(column == owner.id, Attachment.source_sha256 == e.source_sha256).limit(1)
    )
    if same is not None:
        raise ValidationError(
            "Berkas {name} sudah dilampirkan di sini (lampiran #{same}).", FIELD_FILE, name=name, same=same
        )
    row = Attachment(
        added_at=clock.now(),
        kind=kind.value,
        filename=name,
        mime=e.mime,
        size=len(e.content),
        sha256=e.sha256,
        source_sha256=e.source_sha256,
        width=e.width,
        height=e.height,
        taken_at=e.taken_at,
        gps_lat=e.gps[0] if e.gps else None,
        gps_lon=e.gps[1] if e.gps else None,
        added_by_id=actor.user_id,
        actor=actor.label,
        content=e.content,
    )
    setattr(row, f"{owner.type}_id", owner.id)
    s.add(row)
    s.flush()
    label = _owner_labels(s, [row])[row.id]
    ticked = _tick_checklist_in(s, actor, owner, kind)
    audit.record(
        s,
        actor,
        AuditAction.ATTACHMENT_ADD,
        "attachment",
        row.id,
        {
            "owner": owner.type,
            "owner_id": owner.id,
            "kind": kind.value,
            "bytes": row.size,
            "sha256": row.sha256,
            "ticked": ticked,
        },
    )
    return _info(row, label)


def _tick_checklist_in(s: Session, actor: Actor, owner: Owner, kind: AttachmentKind) -> list[str]:
    """Tick the unticked checklist lines this kind answers, on the complaint(s) the owner belongs to."""
    pattern = CHECKLIST_MATCH.get(kind)
    if pattern is None:
        return []
    if owner.type == "complaint":
        complaint_ids = [owner.id]
    elif owner.type == "referral":
        complaint_ids = [c for c in [s.scalar(select(Referral.complaint_id).where(Referral.id == owner.id))] if c]
    elif owner.type == "resident":
        complaint_ids = list(
            s.scalars(select(Complaint.id).where(Complaint.resident_id == owner.id, Complaint.closed_at.is_(None)))
        )
    else:
        return []
    ticked: list[str] = []
    now = clock.now()
    for cid in complaint_ids:
        lines = s.scalars(
            select(ComplaintDocument).where(
                ComplaintDocument.complaint_id == cid, ComplaintDocument.received.is_(False)
            )
        ).all()
        got = [d for d in lines if pattern.search(d.name)]
        if not got:
            continue
        for d in got:
            d.received, d.received_at = True, now
        complaint = s.get(Complaint, cid)
        assert complaint is not None
        names = "; ".join(d.name for d in got)
        history.complaint_event(s, actor, complaint, "document", f"Diterima (lampiran {kind.value}): {names}")
        ticked += [f"{complaint.number}: {d.name}" for d in got]
    return ticked


def remove_attachment(db: Database, actor: Actor, attachment_id: int, reason: str) -> None:
    """Only the coordinator removes; the audit entry keeps what was removed (kind, owner, SHA-256) and why."""
    actor.require(Permission.ATTACHMENT_REMOVE)
    if not reason.strip():
        raise ValidationError("Tulis alasan menghapus lampiran ini.", "Alasan")
    with db.write() as s:
        row = s.get(Attachment, attachment_id)
        if row is None:
            raise NotFoundError("Lampiran #{attachment_id} tidak ditemukan.", attachment_id=attachment_id)
        owner_type, _number = _owner_labels(s, [row])[row.id]
        audit.record(
            s,
            actor,
            AuditAction.ATTACHMENT_REMOVE,
            "attachment",
            row.id,
            {"owner": owner_type, "kind": row.kind, "bytes": row.size, "sha256": row.sha256, "reason": reason.strip()},
        )
        s.delete(row)


# --- reads ---------------------------------------------------------------------------------------------------


def list_attachments(db: Database, actor: Actor, owner: Owner | None = None) -> list[AttachmentInfo]:
    """Attachments (no content), newest first; of one owner, or all the actor may see."""
    _require_see(actor)
    with db.read() as s:
        q = select(Attachment).order_by(Attachment.added_at.desc(), Attachment.id.desc())
        if owner is not None:
            q = q.where(getattr(Attachment, f"{owner.type}_id") == owner.id)
        clause = _visible_clause(actor)
        if clause is not None:
            q = q.where(clause)
        rows = list(s.scalars(q))
        labels = _owner_labels(s, rows)
        return [_info(a, labels[a.id]) for a in rows]


def _load_in(s: Session, actor: Actor, attachment_id: int) -> Attachment:
    q = select(Attachment).where(Attachment.id == attachment_id)
    clause = _visible_clause(actor)
    if clause is not None:
        q = q.where(clause)
    row = s.scalar(q)
    if row is None:
        raise NotFoundError("Lampiran #{attachment_id} tidak ditemukan.", attachment_id=attachment_id)
    return row


def _content(db: Database, actor: Actor, attachment_id: int, action: AuditAction) -> tuple[AttachmentInfo, bytes]:
    _require_see(actor)
    with db.write() as s:  # a write: the view or export is audited in the same transaction
        row = _load_in(s, actor, attachment_id)
        data = row.content
        info = _info(row, _owner_labels(s, [row])[row.id])
        audit.record(s, actor, action, "attachment", row.id, {"kind": row.kind, "owner": info.owner_type})
        return info, data


def view_attachment(db: Database, actor: Actor, attachment_id: int) -> tuple[AttachmentInfo, bytes]:
    """The stored file, to show on screen (audited as a view)."""
    return _content(db, actor, attachment_id, AuditAction.ATTACHMENT_VIEW)


def export_attachment(db: Database, actor: Actor, attachment_id: int, out: Path | str) -> AttachmentInfo:
    """Save the stored file, as it is, to a file (private; audited as an export)."""
    info, data = _content(db, actor, attachment_id, AuditAction.ATTACHMENT_EXPORT)
    atomic_write_bytes(out, data)
    return info


def export_attachment_by_id(db: Database, actor: Actor, number: str) -> bytes:
    """`puskesos print attachment ID`: the stored bytes (audited as an export)."""
    _require_see(actor)
    text = number.strip().lstrip("#")
    if not text.isdigit():
        raise ValidationError(
            "'{number}' bukan nomor lampiran; lihat `puskesos list attachments`.", "ID", number=number
        )
    return _content(db, actor, int(text), AuditAction.ATTACHMENT_EXPORT)[1]


@dataclass(frozen=True)
class StorageTotal:
    count: int
    bytes: int


def storage_total(db: Database, actor: Actor) -> StorageTotal:
    """How many attachments the office keeps and their size (Pengaturan)."""
    actor.require(Permission.READ)
    with db.read() as s:
        count, size = s.execute(select(func.count(Attachment.id), func.coalesce(func.sum(Attachment.size), 0))).one()
        return StorageTotal(int(count), int(size))


# --- contact sheets (item 4) ---------------------------------------------------------------------------------

_HOUSE_ORDER = {
    AttachmentKind.FOTO_DEPAN.value: 0,
    AttachmentKind.FOTO_DALAM.value: 1,
    AttachmentKind.FOTO_TOILET.value: 2,
}


def house_photos_in(s: Session, proposal_ids: Sequence[int]) -> list[HousePhoto]:
    """The house photos of these proposals, in their order: attached to the proposal itself, or to its applicant
    or a member (photos taken at the house before the proposal existed). Front, inside, toilet, then by time."""
    if not proposal_ids:
        return []
    props = {p.id: p for p in s.scalars(select(Proposal).where(Proposal.id.in_(proposal_ids)))}
    people: dict[int, set[int]] = {pid: {p.resident_id} for pid, p in props.items()}
    for pid, rid in s.execute(
        select(ProposalMember.proposal_id, ProposalMember.resident_id).where(
            ProposalMember.proposal_id.in_(proposal_ids)
        )
    ):
        people[pid].add(rid)
    applicants = {p.resident_id for p in props.values()}
    names = {i: n for i, n in s.execute(select(Resident.id, Resident.name).where(Resident.id.in_(applicants)))}
    kinds = [k.value for k in HOUSE_PHOTO_KINDS]
    out: list[HousePhoto] = []
    for pid in proposal_ids:
        p = props.get(pid)
        if p is None:
            continue
        rows = s.scalars(
            select(Attachment)
            .options(undefer(Attachment.content))
            .where(
                Attachment.kind.in_(kinds),
                or_(Attachment.proposal_id == pid, Attachment.resident_id.in_(people[pid])),
            )
        ).all()
        for a in sorted(rows, key=lambda a: (_HOUSE_ORDER[a.kind], a.taken_at or a.added_at, a.id)):
            gps = (a.gps_lat, a.gps_lon) if a.gps_lat is not None and a.gps_lon is not None else None
            out.append(HousePhoto(p.number, names.get(p.resident_id, ""), a.kind, a.content, a.taken_at, gps, a.id))
    return out


def proposal_photos_pdf(db: Database, actor: Actor, number: str) -> bytes:
    """`puskesos print photos USL/…`: a proposal's contact sheet of house photos (audited as an export)."""
    _require_see(actor)
    actor.require(Permission.PRINT_DOCUMENTS)
    with db.write() as s:
        owner = _resolve_in(s, number.strip())
        if owner.type != "proposal":
            raise ValidationError("Lembar foto rumah dicetak untuk usulan: tulis nomor usulan (USL/…).", FIELD_OWNER)
        photos = house_photos_in(s, [owner.id])
        office = office_info_in(s)
        record_printed_in(s, actor, [p.attachment_id for p in photos], f"Lembar foto rumah {number.strip().upper()}")
    sheet = ContactSheet(office, f"Foto rumah usulan {number.strip().upper()}", tuple(photos), clock.today())
    # Here, not at the top: the resident page (the Front Office, built before the window's first paint) imports
    # this module, and reportlab is imported only when something is printed (issue 21).
    from puskesos_desktop.printing.contact_sheet import contact_sheet

    return contact_sheet(sheet, footer=f"Dicetak {clock.now():%d-%m-%Y %H:%M} oleh {actor.full_name or actor.label}")


# --- printed with a document (item 4) ------------------------------------------------------------------------


def record_printed_in(s: Session, actor: Actor, attachment_ids: Sequence[int], printed_in: str) -> None:
    """One audit entry per attachment printed inside another document (a card, a proposal, the Musdes list), so
    the resident's data sheet shows who printed their KTP and when."""
    for attachment_id in dict.fromkeys(i for i in attachment_ids if i):
        audit.record(s, actor, AuditAction.ATTACHMENT_PRINT, "attachment", attachment_id, {"in": printed_in})


def log_printed(db: Database, actor: Actor, attachment_ids: Sequence[int], printed_in: str) -> None:
    """`record_printed_in` in a transaction of its own (for a document built from a read transaction)."""
    if any(attachment_ids) and not db.read_only:
        with db.write() as s:
            record_printed_in(s, actor, attachment_ids, printed_in)


def documents_for_print(db: Database, actor: Actor, number: str) -> tuple[AttachedDocument, ...]:
    """Every file attached to a case (a referral: RJK/…), oldest first, as pages to print after its card; each
    audited as printed. Only for those who may see attachments: the penanggung jawab is refused."""
    _require_see(actor)
    with db.write() as s:
        owner = _resolve_in(s, number.strip())
        q = (
            select(Attachment)
            .options(undefer(Attachment.content))
            .where(getattr(Attachment, f"{owner.type}_id") == owner.id)
            .order_by(Attachment.added_at, Attachment.id)
        )
        clause = _visible_clause(actor)
        if clause is not None:
            q = q.where(clause)
        rows = list(s.scalars(q))
        if not rows:
            return ()
        label = _owner_labels(s, rows[:1])[rows[0].id][1]
        record_printed_in(s, actor, [a.id for a in rows], label)
        total = len(rows)
        return tuple(
            AttachedDocument(f"Lampiran {i} dari {total} · {label} · {a.kind} · {a.filename}", a.mime, a.content)
            for i, a in enumerate(rows, 1)
        )
