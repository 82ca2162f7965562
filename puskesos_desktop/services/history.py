"""Status changes with their history rows: the one place where a complaint, referral or proposal changes status."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, statuses
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED, ComplaintStatus
from puskesos_desktop.db.models import Complaint, ComplaintEvent, Proposal, ProposalEvent, Referral, ReferralEvent
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor


def _add_complaint_event(session: Session, complaint: Complaint, event: ComplaintEvent) -> None:
    """A complaint not written yet takes its events in its own collection: they are written in the same flush as
    the complaint (which gives them its id), and a status set meanwhile goes into its INSERT instead of an UPDATE
    after it. A written complaint's event is added on its own (its events are not loaded for that)."""
    if complaint.id is None:
        complaint.events.append(event)
    else:
        session.add(event)


def complaint_event(session: Session, actor: Actor, complaint: Complaint, kind: str, note: str = "") -> None:
    event = ComplaintEvent(complaint_id=complaint.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note)
    _add_complaint_event(session, complaint, event)


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
    session.add(ReferralEvent(referral_id=referral.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note))


def set_proposal_status(session: Session, actor: Actor, proposal: Proposal, new: str, note: str = "") -> None:
    old = proposal.status
    statuses.check_proposal_transition(old, new)
    proposal.status = new
    event = ProposalEvent(proposal_id=proposal.id, **_status_fields(actor, old, new, note))
    _record_status(session, actor, event, AuditAction.PROPOSAL_STATUS, "proposal", proposal.number, old, new, note)


def proposal_event(session: Session, actor: Actor, proposal: Proposal, kind: str, note: str = "") -> None:
    session.add(ProposalEvent(proposal_id=proposal.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note))
