"""Status changes with their history rows: the one place where a complaint, referral or proposal changes status."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, statuses
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED, ComplaintStatus
from puskesos_desktop.db import pg_trips
from puskesos_desktop.db.models import Complaint, ComplaintEvent, Proposal, ProposalEvent, Referral, ReferralEvent
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor

_EVENT_COLUMNS = ("at", "user_id", "actor", "kind", "from_status", "to_status", "note")


def _event_sql(table: str, owner: str) -> str:
    columns = (owner, *_EVENT_COLUMNS)
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join(f'%({c})s' for c in columns)})"


# The plain events' rows in psycopg's placeholders, for the server's deferred statements (db/pg_trips.py).
_PG_EVENTS = {
    ComplaintEvent: _event_sql("complaint_events", "complaint_id"),
    ReferralEvent: _event_sql("referral_events", "referral_id"),
    ProposalEvent: _event_sql("proposal_events", "proposal_id"),
}
_INSERTS = {model: cast(Table, model.__table__).insert() for model in _PG_EVENTS}  # built once


def _write_event(session: Session, model: type[ComplaintEvent | ReferralEvent | ProposalEvent], **row: Any) -> None:
    """One timeline row that nothing reads back as an object. With nothing else waiting in the session it is a Core
    insert, which on a server travels with the transaction's next statement or its COMMIT (no round trip of its
    own, no flush); otherwise it is added to the session, so that it is written in order after what waits."""
    if session.new or session.dirty or session.deleted:
        session.add(model(**row))
        return
    conn = session.connection()
    row = {"at": clock.now(), "from_status": None, "to_status": None, "note": "", **row}
    if pg_trips.deferrable(conn):
        pg_trips.defer(conn, _PG_EVENTS[model], row)
    else:
        conn.execute(_INSERTS[model], row)


def _add_complaint_event(session: Session, complaint: Complaint, event: ComplaintEvent) -> None:
    """A complaint not written yet takes its events in its own collection: they are written in the same flush as
    the complaint (which gives them its id), and a status set meanwhile goes into its INSERT instead of an UPDATE
    after it. A written complaint's event is added on its own (its events are not loaded for that)."""
    if complaint.id is None:
        complaint.events.append(event)
    else:
        session.add(event)


def complaint_event(session: Session, actor: Actor, complaint: Complaint, kind: str, note: str = "") -> None:
    fields = {"user_id": actor.user_id, "actor": actor.label, "kind": kind, "note": note}
    if complaint.id is None:
        _add_complaint_event(session, complaint, ComplaintEvent(**fields))
    else:
        _write_event(session, ComplaintEvent, complaint_id=complaint.id, **fields)


def _status_fields(actor: Actor, old: str | None, new: str, note: str) -> dict[str, Any]:
    """The columns every status event shares (complaint, referral and proposal events alike)."""
    return {
        "user_id": actor.user_id,
        "actor": actor.label,
        "kind": "status",
        "from_status": old,
        "to_status": new,
        "note": note,
    }


def _record_status(
    session: Session,
    actor: Actor,
    event: object,
    action: AuditAction,
    entity: str,
    number: str,
    old: str,
    new: str,
    note: str,
) -> None:
    """The history event and the audit entry of one status change, in the caller's transaction."""
    session.add(event)  # written with the transaction's next flush (the audit entry needs nothing of it)
    audit.record(session, actor, action, entity, number, {"from": old, "to": new, "note": note})


def set_complaint_status(session: Session, actor: Actor, complaint: Complaint, new: str, note: str = "") -> None:
    old = complaint.status
    statuses.check_complaint_transition(old, new)
    complaint.status = new
    complaint.closed_at = clock.now() if new in COMPLAINT_CLOSED else None
    event = ComplaintEvent(complaint_id=complaint.id, **_status_fields(actor, old, new, note))
    _add_complaint_event(session, complaint, event)
    _record_status(session, actor, event, AuditAction.COMPLAINT_STATUS, "complaint", complaint.number, old, new, note)


def initial_complaint_event(session: Session, actor: Actor, complaint: Complaint) -> None:
    fields = _status_fields(actor, None, ComplaintStatus.DITERIMA.value, "Keluhan didaftarkan")
    _add_complaint_event(session, complaint, ComplaintEvent(complaint_id=complaint.id, **fields))


def set_referral_status(session: Session, actor: Actor, referral: Referral, new: str, note: str = "") -> None:
    old = referral.status
    statuses.check_referral_transition(old, new)
    referral.status = new
    event = ReferralEvent(referral_id=referral.id, **_status_fields(actor, old, new, note))
    _record_status(session, actor, event, AuditAction.REFERRAL_STATUS, "referral", referral.number, old, new, note)


def referral_event(session: Session, actor: Actor, referral: Referral, kind: str, note: str = "") -> None:
    _write_event(
        session, ReferralEvent, referral_id=referral.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note
    )


def set_proposal_status(session: Session, actor: Actor, proposal: Proposal, new: str, note: str = "") -> None:
    old = proposal.status
    statuses.check_proposal_transition(old, new)
    proposal.status = new
    event = ProposalEvent(proposal_id=proposal.id, **_status_fields(actor, old, new, note))
    _record_status(session, actor, event, AuditAction.PROPOSAL_STATUS, "proposal", proposal.number, old, new, note)


def proposal_event(session: Session, actor: Actor, proposal: Proposal, kind: str, note: str = "") -> None:
    _write_event(
        session, ProposalEvent, proposal_id=proposal.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note
    )


def proposal_created_event(session: Session, actor: Actor, proposal: Proposal, note: str) -> None:
    """A new (flushed) proposal's first timeline row: Draf."""
    fields = _status_fields(actor, None, statuses.ProposalStatus.DRAF.value, note)
    _write_event(session, ProposalEvent, proposal_id=proposal.id, **fields)
