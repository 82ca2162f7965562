"""The audit trail: append-only entries chained by SHA-256, so that editing, deleting or reordering is detected."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
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
