"""The audit trail: append-only entries chained by SHA-256, so that editing, deleting or reordering is detected.

Each entry's hash covers every other stored field (its number, time, account id and name, action, object, details
and the previous entry's hash); numbers run 1, 2, 3… with no gap. A chain that was trimmed at the end, or rewritten
and recomputed, still links up by itself: what finds that are the anchors — points of the chain that a copy outside
the trail vouches for (each monthly batch, each backup, each printed monthly report). `verify` checks the chain and
every anchor; the batches that left the office carry the digests themselves (sheet "Rantai Audit"), so that
`audit_batches.check_batches` can check them without the office's database. docs/SECURITY.md says what is and is
not detected.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, event, select
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, SessionTransaction

from puskesos_desktop.core import audit_actions, clock
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.audit_chain import AuditChain
from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.core.files import atomic_write_bytes
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db import pg_trips
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditAnchor, AuditEntry
from puskesos_desktop.services.context import Actor

GENESIS = "0" * 64


def _digest(
    entry_id: int,
    prev_hash: str,
    at: dt.datetime,
    user_id: int | None,
    actor: str,
    action: str,
    entity: str,
    entity_id: str,
    details: str,
) -> str:
    """Every stored field but the hash itself: changing any of them (user_id and the number too) is detected."""
    payload = json.dumps(
        ["puskesos-audit-2", entry_id, prev_hash, at.isoformat(), user_id, actor, action, entity, entity_id, details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _legacy_digest(e: AuditEntry) -> str:
    """The first format (before user_id and the number were hashed): only to say why an old chain fails."""
    payload = json.dumps(
        [e.prev_hash, e.at.isoformat(), e.actor, e.action, e.entity, e.entity_id, e.details],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def entry_digest(e: AuditEntry) -> str:
    return _digest(e.id, e.prev_hash, e.at, e.user_id, e.actor, e.action, e.entity, e.entity_id, e.details)


def _json(details: dict[str, Any] | None) -> str:
    return json.dumps(details or {}, ensure_ascii=False, sort_keys=True, default=str)


@dataclass(frozen=True)
class PlannedEntry:
    """An entry computed before it is written (a batch carries its own export entry's hash)."""

    id: int
    prev_hash: str
    at: dt.datetime
    user_id: int | None
    actor: str
    action: str
    entity: str
    entity_id: str
    details: str
    hash: str


class ChainMoved(PuskesosError):
    """Another entry was written between planning an entry and writing it."""


# The entry this transaction appended last: under the write lock it stays the chain's head until the transaction
# ends, so a second entry in one transaction (a complaint and its proposal) need not read the head again.
_HEAD = "audit_head"


def _head_in(session: Session) -> tuple[int, str]:
    head: tuple[int, str] | None = session.info.get(_HEAD)
    if head is not None:
        return head
    last = session.execute(select(AuditEntry.id, AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1)).first()
    return (int(last[0]), str(last[1])) if last is not None else (0, GENESIS)


@event.listens_for(Session, "after_transaction_end")
def _forget_head(session: Session, transaction: SessionTransaction) -> None:
    # The real transaction's end, and a savepoint's (an entry rolled back with its savepoint is no head). Not the
    # inner transaction every flush opens and ends: forgetting the head there read it again after each flush.
    if transaction.nested or transaction.parent is None:
        session.info.pop(_HEAD, None)


def _plan_in(
    session: Session, actor: Actor, action: AuditAction, entity: str, entity_id: object, details: dict[str, Any] | None
) -> PlannedEntry:
    last_id, prev = _head_in(session)
    at = clock.now()
    text = _json(details)
    new_id = last_id + 1  # numbered here, under the write lock, so numbers never skip (a sequence could)
    digest = _digest(new_id, prev, at, actor.user_id, actor.label, action, entity, str(entity_id), text)
    return PlannedEntry(new_id, prev, at, actor.user_id, actor.label, action, entity, str(entity_id), text, digest)


_ENTRY_INSERT = cast(Table, AuditEntry.__table__).insert()
_ANCHOR_INSERT = cast(Table, AuditAnchor.__table__).insert()
_PG_ENTRY_INSERT = (
    "INSERT INTO audit_entries (id, at, user_id, actor, action, entity, entity_id, details, prev_hash, hash) VALUES"
    " (%(id)s, %(at)s, %(user_id)s, %(actor)s, %(action)s, %(entity)s, %(entity_id)s, %(details)s, %(prev_hash)s,"
    " %(hash)s)"
)
_PG_ANCHOR_INSERT = (
    "INSERT INTO audit_anchors (kind, label, at, entry_id, hash)"
    " VALUES (%(kind)s, %(label)s, %(at)s, %(entry_id)s, %(hash)s)"
)


def _insert(session: Session, p: PlannedEntry) -> PlannedEntry:
    # A Core insert on the transaction's connection: the entry never needs the ORM's unit of work (nothing reads it
    # back as an object), and a flush of everything pending at each of a registration's three entries cost ~1 ms.
    conn = session.connection()
    row = {
        "id": p.id,
        "at": p.at,
        "user_id": p.user_id,
        "actor": p.actor,
        "action": p.action,
        "entity": p.entity,
        "entity_id": p.entity_id,
        "details": p.details,
        "prev_hash": p.prev_hash,
        "hash": p.hash,
    }
    label = _anchor_label(p.action, p.entity_id, p.details)
    anchor = None
    if label is not None:
        anchor = {"kind": ANCHOR_ACTIONS[p.action], "label": label, "at": p.at, "entry_id": p.id, "hash": p.hash}
    if pg_trips.deferrable(conn):
        # A server write: the entry travels with the transaction's next statement or its COMMIT (no round trip).
        pg_trips.defer(conn, _PG_ENTRY_INSERT, row)
        if anchor is not None:
            pg_trips.defer(conn, _PG_ANCHOR_INSERT, anchor)
    else:
        conn.execute(_ENTRY_INSERT, row)
        if anchor is not None:
            conn.execute(_ANCHOR_INSERT, anchor)
    session.info[_HEAD] = (p.id, p.hash)
    return p


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    entity: str = "",
    entity_id: object = "",
    details: dict[str, Any] | None = None,
) -> PlannedEntry:
    """Append one entry inside the caller's transaction (the write lock is held, so the chain cannot fork)."""
    return _insert(session, _plan_in(session, actor, action, entity, entity_id, details))


def plan(
    db: Database,
    actor: Actor,
    action: AuditAction,
    entity: str = "",
    entity_id: object = "",
    details: dict[str, Any] | None = None,
) -> PlannedEntry:
    """The entry that would be appended now; `record_planned` writes it if nothing was appended meanwhile."""
    with db.read() as s:
        return _plan_in(s, actor, action, entity, entity_id, details)


def record_planned(session: Session, planned: PlannedEntry) -> PlannedEntry:
    """Write a planned entry inside the caller's transaction; ChainMoved when the chain grew since it was planned."""
    if _head_in(session) != (planned.id - 1, planned.prev_hash):
        raise ChainMoved("Jejak audit bertambah selama berkas ditulis.")
    return _insert(session, planned)


def log(
    db: Database, actor: Actor, action: AuditAction, entity: str = "", entity_id: object = "", **details: Any
) -> None:
    """An audit entry in a transaction of its own (logins, prints, exports).

    Nothing on a read-only database (read-only media): reading, printing and backing up work there and the trail
    cannot grow; docs/SECURITY.md says so."""
    if db.read_only:
        return
    with db.write() as s:
        record(s, actor, action, entity, entity_id, details)


def latest_hash(db: Database) -> str:
    with db.read() as s:
        return _head_in(s)[1]


def head(db: Database) -> tuple[int, str]:
    """(number of the last entry = entries in the chain, its hash); (0, GENESIS) for an empty trail."""
    with db.read() as s:
        return _head_in(s)


# --- anchors --------------------------------------------------------------------------------------------------

# Actions whose entry is itself an anchor: the copy it makes leaves the trail up to there outside the database.
ANCHOR_ACTIONS: dict[str, str] = {
    AuditAction.BATCH_EXPORT: "batch",
    AuditAction.BACKUP_CREATE: "backup",
    AuditAction.BACKUP_AUTO: "backup",
}


def _anchor_label(action: str, entity_id: str, details: str) -> str | None:
    kind = ANCHOR_ACTIONS.get(action)
    if kind is None:
        return None
    if kind == "batch":
        try:
            d = json.loads(details)
            return f"batch {d['month']} #{d['batch']}"
        except (ValueError, KeyError, TypeError):
            return f"batch {entity_id}"
    prefix = "cadangan otomatis" if action == AuditAction.BACKUP_AUTO else "cadangan"
    return f"{prefix} {entity_id}"[:200]


def anchor_printed(db: Database, label: str, chain_hash: str) -> None:
    """A printed paper carries this hash (the monthly report): the chain must keep that entry. Once per hash.

    Best effort: a database opened read-only, or busy past the timeout, still prints (the paper carries the hash).
    """
    try:
        _anchor_printed(db, label, chain_hash)
    except (PuskesosError, OperationalError):
        pass


def _anchor_printed(db: Database, label: str, chain_hash: str) -> None:
    with db.write() as s:
        entry_id = s.execute(select(AuditEntry.id).where(AuditEntry.hash == chain_hash)).scalar()
        if entry_id is None:
            return
        known = s.execute(
            select(AuditAnchor.id).where(AuditAnchor.kind == "report", AuditAnchor.hash == chain_hash)
        ).first()
        if known is None:
            s.add(
                AuditAnchor(kind="report", label=label[:200], at=clock.now(), entry_id=int(entry_id), hash=chain_hash)
            )


@dataclass(frozen=True)
class AnchorStatus:
    id: int
    kind: str  # batch | backup | report
    label: str
    at: dt.datetime
    entry_id: int
    hash: str
    status: str  # "cocok" | "hilang" (the entry is gone) | "berbeda" (the entry's hash changed)


def anchors(db: Database) -> list[AnchorStatus]:
    """Every anchor the program recorded, oldest first, each with whether the chain still holds it."""
    with db.read() as s:
        rows = s.execute(select(AuditAnchor).order_by(AuditAnchor.entry_id, AuditAnchor.id)).scalars().all()
        wanted = {a.entry_id for a in rows}
        have: dict[int, str] = {}
        if wanted:
            found = s.execute(select(AuditEntry.id, AuditEntry.hash).where(AuditEntry.id.in_(wanted)))
            have = {int(i): str(h) for i, h in found}
    out = []
    for a in rows:
        got = have.get(a.entry_id)
        status = "hilang" if got is None else ("cocok" if got == a.hash else "berbeda")
        out.append(AnchorStatus(a.id, a.kind, a.label, a.at, a.entry_id, a.hash, status))
    return out


def anchor_problem(a: AnchorStatus, last_id: int) -> str:
    """The sentence `audit verify` prints for an anchor the chain no longer holds."""
    if a.status == "hilang" and a.entry_id > last_id:
        return f"entri sesudah #{last_id} hilang; {a.label} mencatat {a.entry_id} entri"
    if a.status == "hilang":
        return f"entri #{a.entry_id} hilang; {a.label} mencatat entri itu"
    return f"entri #{a.entry_id} berbeda dari yang dicatat {a.label}: jejak audit ditulis ulang sampai titik ini"


# --- verification ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    ok: bool
    checked: int
    first_broken_id: int | None = None
    reason: str = ""
    anchors_checked: int = 0
    anchor_problems: tuple[str, ...] = field(default_factory=tuple)  # every anchor the chain no longer holds
    restores: tuple[RestoreNote, ...] = field(default_factory=tuple)  # the trails restores replaced


@dataclass(frozen=True)
class RestoreNote:
    """A restore replaced the trail: batches (and printed hashes) made after the backup belong to that trail."""

    entry_id: int
    at: dt.datetime
    file: str
    replaced_entries: int | None  # None: the replaced database could not be read
    replaced_head: str

    def sentence(self) -> str:
        when = self.at.strftime("%d-%m-%Y %H:%M")
        if self.replaced_entries is None:
            return f"entri #{self.entry_id}: dipulihkan dari {self.file} pada {when}; jejak yang diganti tidak terbaca"
        return (
            f"entri #{self.entry_id}: dipulihkan dari {self.file} pada {when}; jejak yang diganti berisi "
            f"{self.replaced_entries} entri (hash terakhir {self.replaced_head[:16]}…). Batch yang dibuat sesudah "
            "cadangan itu dan sebelum pemulihan tidak bersambung dengan rantai ini."
        )


def restores(db: Database) -> list[RestoreNote]:
    """Every restore recorded in the trail, oldest first, with the trail it replaced."""
    out = []
    with db.read() as s:
        rows = s.execute(
            select(AuditEntry.id, AuditEntry.at, AuditEntry.details)
            .where(AuditEntry.action == AuditAction.BACKUP_RESTORE.value)
            .order_by(AuditEntry.id)
        ).all()
    for entry_id, at, details in rows:
        try:
            d = json.loads(details or "{}")
        except ValueError:
            d = {}
        trail = d.get("replaced_trail") if isinstance(d, dict) else None
        entries = int(trail["entries"]) if isinstance(trail, dict) and "entries" in trail else None
        head = str(trail.get("head", "")) if isinstance(trail, dict) else ""
        out.append(RestoreNote(int(entry_id), at, str(d.get("file", "")) if isinstance(d, dict) else "", entries, head))
    return out


def verify(db: Database) -> VerifyResult:
    """Walk the chain in number order, then check every anchor; name the first entry that does not match."""
    prev = GENESIS
    checked = 0
    last_id = 0
    broken: tuple[int, str] | None = None
    with db.read() as s:
        for entry in s.execute(select(AuditEntry).order_by(AuditEntry.id)).yield_per(2000).scalars():
            if entry.id != last_id + 1:
                what = f"entri #{last_id + 1} hilang" if entry.id > last_id + 1 else "urutan entri rusak"
                broken = (entry.id, f"rantai terputus: {what}")
                break
            if entry.prev_hash != prev:
                broken = (entry.id, "rantai terputus: hash entri sebelumnya tidak cocok")
                break
            if entry_digest(entry) != entry.hash:
                why = "isi entri telah diubah"
                if entry.id == 1 and _legacy_digest(entry) == entry.hash:
                    why = "jejak audit ini dibuat oleh versi lama program (format hash lama); buat ulang database ini"
                broken = (entry.id, why)
                break
            prev = entry.hash
            last_id = entry.id
            checked += 1
        present = _head_in(s)[0]
    marks = anchors(db)
    problems = tuple(anchor_problem(a, present) for a in marks if a.status != "cocok")
    notes = tuple(restores(db))
    if broken is not None:
        return VerifyResult(False, checked, broken[0], broken[1], len(marks), problems, notes)
    first = next((a for a in marks if a.status != "cocok"), None)
    if first is not None:
        first_id = present + 1 if first.status == "hilang" and first.entry_id > present else first.entry_id
        return VerifyResult(False, checked, first_id, problems[0], len(marks), problems, notes)
    return VerifyResult(True, checked, None, "", len(marks), (), notes)


def find_hash(db: Database, chain_hash: str) -> int | None:
    """The id of the entry whose hash this is (a hash printed on a report that already left the office)."""
    h = chain_hash.strip().lower()
    with db.read() as s:
        found = s.execute(select(AuditEntry.id).where(AuditEntry.hash == h)).scalar()
    return int(found) if found is not None else None


# --- the digests a batch carries ------------------------------------------------------------------------------


def batch_extract(db: Database, planned: PlannedEntry) -> AuditChain:
    """What the batch whose export entry is `planned` carries: no content, only numbers and hashes."""
    with db.read() as s:
        since = s.execute(
            select(AuditAnchor.entry_id, AuditAnchor.hash)
            .where(AuditAnchor.kind == "batch", AuditAnchor.entry_id < planned.id)
            .order_by(AuditAnchor.entry_id.desc())
            .limit(1)
        ).first()
        prev_id, prev_hash = (int(since[0]), str(since[1])) if since is not None else (0, GENESIS)
        if prev_id:
            # The chain's own hash there when it still has the entry: a rewrite since the last batch then shows as
            # a break between the two batches.
            prev_hash = s.execute(select(AuditEntry.hash).where(AuditEntry.id == prev_id)).scalar() or prev_hash
        rows = s.execute(
            select(AuditEntry.id, AuditEntry.hash)
            .where(AuditEntry.id > prev_id, AuditEntry.id < planned.id)
            .order_by(AuditEntry.id)
        ).all()
    return AuditChain(prev_id, prev_hash, (*((int(i), str(h)) for i, h in rows), (planned.id, planned.hash)))


# --- the coordinator's viewer ---------------------------------------------------------------------------------

# What the viewer calls each action; actions not listed are shown as written.


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
        return audit_actions.label(self.action)

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


def _no_nul(value: str) -> str:
    """A NUL typed in the filter matches nothing, as on SQLite; PostgreSQL would refuse it in the query."""
    return value.replace("\x00", "\ufffd")


def _filtered(flt: AuditFilter) -> Any:
    q = select(AuditEntry).order_by(AuditEntry.id.desc())
    flt = dataclasses.replace(flt, actor=_no_nul(flt.actor), action=_no_nul(flt.action), text=_no_nul(flt.text))
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
        # Case-insensitive on both engines (SQLite's LIKE already is for ASCII; PostgreSQL's is not).
        q = q.where(
            AuditEntry.entity_id.icontains(needle, autoescape=True)
            | AuditEntry.details.icontains(needle, autoescape=True)
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
        AuditAction.AUDIT_EXPORT,
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
