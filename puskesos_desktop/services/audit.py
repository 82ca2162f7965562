"""The audit trail: append-only entries chained by SHA-256, so that editing, deleting or reordering is detected."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import atomic_write_bytes
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services.context import Actor

GENESIS = "0" * 64


def _digest(prev_hash: str, at: dt.datetime, actor: str, action: str, entity: str, entity_id: str, details: str) -> str:
    payload = json.dumps(
        [prev_hash, at.isoformat(), actor, action, entity, entity_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _json(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)


def record(
    session: Session,
    actor: Actor,
    action: str,
    entity: str = "",
    entity_id: object = "",
    details: dict[str, Any] | None = None,
) -> AuditEntry:
    """Append one entry inside the caller's transaction (the write lock is held, so the chain cannot fork)."""
    last = session.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    prev = last or GENESIS
    at = clock.now()
    text = _json(details)
    entry = AuditEntry(
        at=at,
        user_id=actor.user_id,
        actor=actor.label,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        details=text,
        prev_hash=prev,
        hash=_digest(prev, at, actor.label, action, entity, str(entity_id), text),
    )
    session.add(entry)
    session.flush()
    return entry


def log(db: Database, actor: Actor, action: str, entity: str = "", entity_id: object = "", **details: Any) -> None:
    """An audit entry in a transaction of its own (logins, prints, exports)."""
    with db.write() as s:
        record(s, actor, action, entity, entity_id, details)


def latest_hash(db: Database) -> str:
    with db.read() as s:
        last = s.execute(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).scalar()
    return last or GENESIS


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""


def verify(db: Database) -> VerifyResult:
    """Walk the chain in id order; name the first entry whose link or content does not match."""
    prev = GENESIS
    checked = 0
    last_id = 0
    with db.read() as s:
        for entry in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
            if entry.id <= last_id:
                return VerifyResult(False, checked, entry.id, "urutan entri rusak")
            if entry.prev_hash != prev:
                return VerifyResult(False, checked, entry.id, "rantai terputus: hash entri sebelumnya tidak cocok")
            expected = _digest(
                entry.prev_hash, entry.at, entry.actor, entry.action, entry.entity, entry.entity_id, entry.details
            )
            if expected != entry.hash:
                return VerifyResult(False, checked, entry.id, "isi entri telah diubah")
            prev = entry.hash
            last_id = entry.id
            checked += 1
    return VerifyResult(True, checked)


def find_hash(db: Database, chain_hash: str) -> int | None:
    """The id of the entry whose hash this is (a hash printed on a report that already left the office)."""
    h = chain_hash.strip().lower()
    with db.read() as s:
        found = s.execute(select(AuditEntry.id).where(AuditEntry.hash == h)).scalar()
    return int(found) if found is not None else None


# --- the coordinator's viewer ---------------------------------------------------------------------------------

# What the viewer calls each action; actions not listed are shown as written.
ACTION_LABELS: dict[str, str] = {
    "login": "Masuk",
    "login.failed": "Gagal masuk",
    "logout": "Keluar",
    "unlock": "Membuka kunci layar",
    "unlock.failed": "Gagal membuka kunci layar",
    "screen.lock": "Layar dikunci",
    "user.create": "Akun dibuat",
    "user.update": "Akun diubah",
    "user.disable": "Akun dinonaktifkan",
    "user.enable": "Akun diaktifkan",
    "user.reset_password": "Kata sandi direset",
    "user.change_password": "Kata sandi diganti",
    "user.change_password.failed": "Gagal mengganti kata sandi",
    "user.unlock": "Kunci akun dibuka",
    "office.create": "Profil kantor dibuat",
    "office.update": "Profil kantor diubah",
    "setup.complete": "Penyiapan awal selesai",
    "setting.update": "Pengaturan diubah",
    "resident.create": "Warga didaftarkan",
    "resident.update": "Data warga diubah",
    "complaint.create": "Keluhan didaftarkan",
    "complaint.status": "Status keluhan",
    "referral.status": "Status rujukan",
    "proposal.status": "Status usulan",
    "backup.create": "Cadangan dibuat",
    "backup.auto": "Cadangan otomatis",
    "backup.restore": "Database dipulihkan",
    "audit.export": "Jejak audit diekspor",
}


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: dt.datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    details: dict[str, Any]
    hash: str

    @property
    def action_label(self) -> str:
        return ACTION_LABELS.get(self.action, self.action)

    @property
    def summary(self) -> str:
        return describe(self.details)


@dataclass(frozen=True)
class AuditFilter:
    date_from: dt.date | None = None
    date_to: dt.date | None = None  # inclusive
    actor: str = ""  # exact account name ("cli:…" for the command line)
    action: str = ""  # exact action, or a prefix ending in "." ("user." = every account change)
    text: str = ""  # anywhere in the entity id or the details
    limit: int = 5000


def describe(details: dict[str, Any]) -> str:
    """'role: front_office → back_office; phone: … → …' — old → new pairs read as changes."""
    parts = []
    for key, value in details.items():
        if isinstance(value, list) and len(value) == 2:
            parts.append(f"{key}: {_short(value[0])} → {_short(value[1])}")
        elif key in ("old", "new"):
            continue
        else:
            parts.append(f"{key}: {_short(value)}")
    if "old" in details or "new" in details:
        parts.append(f"{_short(details.get('old'))} → {_short(details.get('new'))}")
    return "; ".join(parts)


def _short(value: object, width: int = 80) -> str:
    text = "∅" if value is None or value == "" else str(value)
    text = text.replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def _row(e: AuditEntry) -> AuditRow:
    try:
        details = json.loads(e.details) if e.details else {}
    except ValueError:
        details = {"teks": e.details}
    if not isinstance(details, dict):
        details = {"nilai": details}
    return AuditRow(e.id, e.at, e.actor, e.action, e.entity, e.entity_id, details, e.hash)


def _filtered(flt: AuditFilter) -> Any:
    q = select(AuditEntry).order_by(AuditEntry.id.desc())
    if flt.date_from is not None:
        q = q.where(AuditEntry.at >= dt.datetime.combine(flt.date_from, dt.time()))
    if flt.date_to is not None:
        q = q.where(AuditEntry.at < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time()))
    if flt.actor.strip():
        q = q.where(AuditEntry.actor == flt.actor.strip())
    action = flt.action.strip()
    if action.endswith("."):
        q = q.where(AuditEntry.action.startswith(action, autoescape=True))
    elif action:
        q = q.where(AuditEntry.action == action)
    if flt.text.strip():
        needle = flt.text.strip()
        q = q.where(
            AuditEntry.entity_id.contains(needle, autoescape=True)
            | AuditEntry.details.contains(needle, autoescape=True)
        )
    return q


def query(db: Database, actor: Actor, flt: AuditFilter | None = None) -> list[AuditRow]:
    """Entries newest first, filtered; for the coordinator only."""
    actor.require(Permission.AUDIT)
    flt = flt or AuditFilter()
    with db.read() as s:
        return [_row(e) for e in s.execute(_filtered(flt).limit(max(1, flt.limit))).scalars()]


def choices(db: Database, actor: Actor) -> tuple[list[str], list[str]]:
    """The accounts and the actions that occur in the trail (for the viewer's filter lists)."""
    actor.require(Permission.AUDIT)
    with db.read() as s:
        actors = sorted(str(a) for a in s.execute(select(AuditEntry.actor).distinct()).scalars())
        actions = sorted(str(a) for a in s.execute(select(AuditEntry.action).distinct()).scalars())
    return actors, actions


EXPORT_HEADERS = ["No", "Waktu", "Pengguna", "Tindakan", "Kode tindakan", "Objek", "ID objek", "Rincian", "Hash"]


@dataclass(frozen=True)
class ExportResult:
    path: Path
    count: int
    encrypted: bool


def export(
    db: Database, actor: Actor, flt: AuditFilter | None, path: Path | str, password: str | None = None
) -> ExportResult:
    """The filtered entries to .xlsx (text stays text; optional password) or .csv. The export is itself audited."""
    actor.require(Permission.AUDIT)
    target = Path(path)
    kind = target.suffix.lower()
    if kind not in (".xlsx", ".csv"):
        raise ValidationError("Pilih berkas .xlsx atau .csv.", "Berkas")
    if password and kind == ".csv":
        raise ValidationError("Kata sandi hanya dapat dipasang pada berkas .xlsx.", "Kata sandi")
    rows = query(db, actor, flt or AuditFilter(limit=10_000_000))
    table = [[r.id, r.at, r.actor, r.action_label, r.action, r.entity, r.entity_id, r.summary, r.hash] for r in rows]
    if kind == ".csv":
        _write_csv(target, table)
    else:
        _write_xlsx(target, table, password or None)
    log(
        db,
        actor,
        "audit.export",
        "audit",
        "",
        count=len(rows),
        format=kind.lstrip("."),
        encrypted=bool(password),
        file=target.name,
    )
    return ExportResult(target, len(rows), bool(password))


def _csv_cell(value: object) -> str:
    text = value.isoformat(sep=" ") if isinstance(value, dt.datetime) else str(value)
    # A spreadsheet opening the CSV would run "=…" as a formula: a leading apostrophe keeps it text.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _write_csv(target: Path, table: list[list[object]]) -> None:
    import csv
    import io

    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(EXPORT_HEADERS)
    for row in table:
        writer.writerow([_csv_cell(v) for v in row])
    atomic_write_bytes(target, buf.getvalue().encode("utf-8-sig"))


def _write_xlsx(target: Path, table: list[list[object]], password: str | None) -> None:
    import io

    from puskesos_desktop.excel import safe

    buf = io.BytesIO()
    wb = safe.new_workbook(buf)
    formats = safe.Formats(wb)
    ws = wb.add_worksheet("Jejak audit")
    for col, header in enumerate(EXPORT_HEADERS):
        safe.write_text(ws, 0, col, header, formats.header)
    for r, row in enumerate(table, start=1):
        for col, value in enumerate(row):
            safe.write_value(ws, r, col, value, formats, column=EXPORT_HEADERS[col])
    for col, width in enumerate([7, 19, 18, 26, 22, 14, 30, 70, 66]):
        ws.set_column(col, col, width)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(1, len(table)), len(EXPORT_HEADERS) - 1)
    wb.close()
    data = buf.getvalue()
    if password:
        data = encrypt_xlsx(data, password)
    atomic_write_bytes(target, data)


def encrypt_xlsx(data: bytes, password: str) -> bytes:
    """Password-protect a workbook the way Excel does (Excel and LibreOffice ask for it on opening)."""
    import io

    from msoffcrypto.format.ooxml import OOXMLFile

    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()
