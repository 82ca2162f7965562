"""Status changes with their history rows: the one place where a complaint, referral or proposal changes status."""

from __future__ import annotations

from sqlalchemy.orm import Session

from puskesos_desktop.core import clock, statuses
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED, ComplaintStatus
from puskesos_desktop.db.models import Complaint, ComplaintEvent, Proposal, ProposalEvent, Referral, ReferralEvent
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor


def complaint_event(session: Session, actor: Actor, complaint: Complaint, kind: str, note: str = "") -> None:
    session.add(
        ComplaintEvent(complaint_id=complaint.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note)
    )


def set_complaint_status(session: Session, actor: Actor, complaint: Complaint, new: str, note: str = "") -> None:
    old = complaint.status
    statuses.check_complaint_transition(old, new)
    complaint.status = new
    complaint.closed_at = clock.now() if new in COMPLAINT_CLOSED else None
    session.add(
        ComplaintEvent(
            complaint_id=complaint.id,
            user_id=actor.user_id,
            actor=actor.label,
            kind="status",
            from_status=old,
            to_status=new,
            note=note,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.COMPLAINT_STATUS,
        "complaint",
        complaint.number,
        {"from": old, "to": new, "note": note},
    )


def initial_complaint_event(session: Session, actor: Actor, complaint: Complaint) -> None:
    session.add(
        ComplaintEvent(
            complaint_id=complaint.id,
            user_id=actor.user_id,
            actor=actor.label,
            kind="status",
            from_status=None,
            to_status=ComplaintStatus.DITERIMA.value,
            note="Keluhan didaftarkan",
        )
    )


def set_referral_status(session: Session, actor: Actor, referral: Referral, new: str, note: str = "") -> None:
    old = referral.status
    statuses.check_referral_transition(old, new)
    referral.status = new
    session.add(
        ReferralEvent(
            referral_id=referral.id,
            user_id=actor.user_id,
            actor=actor.label,
            kind="status",
            from_status=old,
            to_status=new,
            note=note,
        )
    )
    session.flush()
    audit.record(
        session, actor, AuditAction.REFERRAL_STATUS, "referral", referral.number, {"from": old, "to": new, "note": note}
    )


def referral_event(session: Session, actor: Actor, referral: Referral, kind: str, note: str = "") -> None:
    session.add(ReferralEvent(referral_id=referral.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note))


def set_proposal_status(session: Session, actor: Actor, proposal: Proposal, new: str, note: str = "") -> None:
    old = proposal.status
    statuses.check_proposal_transition(old, new)
    proposal.status = new
    session.add(
        ProposalEvent(
            proposal_id=proposal.id,
            user_id=actor.user_id,
            actor=actor.label,
            kind="status",
            from_status=old,
            to_status=new,
            note=note,
        )
    )
    session.flush()
    audit.record(
        session,
        actor,
        AuditAction.PROPOSAL_STATUS,
        "proposal",
        proposal.number,
        {"from": old, "to": new, "note": note},
    )


def proposal_event(session: Session, actor: Actor, proposal: Proposal, kind: str, note: str = "") -> None:
    session.add(ProposalEvent(proposal_id=proposal.id, user_id=actor.user_id, actor=actor.label, kind=kind, note=note))
