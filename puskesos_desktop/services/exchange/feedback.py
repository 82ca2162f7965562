"""The district's feedback on a batch: Rujukan and/or Usulan DTKS sheets whose Status, Tanggal Hasil and
Keterangan Hasil were filled in at the district (the file layer is excel.feedback).

``preview_feedback`` shows each change from what to what, the numbers the office does not know and the rows it
refuses (a status the rules do not allow, a rejection without its reason…), and changes nothing.
``apply_feedback`` plans again inside one transaction (the database may have moved since the preview) and
writes every change into the record's history: referral outcomes as the back office records them (status event,
outcome date and note, source "Berkas umpan balik kabupaten", the resident to be informed again), proposal
statuses through history.set_proposal_status. A row equal to what the office has is unchanged, so the same file
twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from puskesos_desktop.core import clock, statuses
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import FormField, TransitionError, ValidationError
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import REFERRAL_OUTCOMES, ProposalStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, Proposal, Referral
from puskesos_desktop.excel.batch import Feedback, FeedbackRow, read_feedback
from puskesos_desktop.excel.batch_columns import SHEET_PROPOSALS, SHEET_REFERRALS
from puskesos_desktop.excel.common import RowIssue
from puskesos_desktop.services import audit, history
from puskesos_desktop.services.context import Actor

SOURCE = "Berkas umpan balik kabupaten"  # one of referrals.OUTCOME_SOURCES
# What the district may answer; the office's own steps (approval, cancelling, the deliberation) stay the office's.
PROPOSAL_ANSWERS = frozenset(
    {ProposalStatus.DIUSULKAN, ProposalStatus.DIVERIFIKASI, ProposalStatus.DITERIMA, ProposalStatus.DITOLAK}
)


@dataclass(frozen=True)
class FeedbackChange:
    sheet: str  # "Rujukan" or "Usulan DTKS"
    row_number: int
    number: str
    name: str  # the resident (applicant), to show staff whom it concerns
    old_status: str
    new_status: str
    old_date: dt.date | None
    new_date: dt.date | None
    old_note: str
    new_note: str

    @property
    def status_changes(self) -> bool:
        return self.old_status != self.new_status


@dataclass(frozen=True)
class FeedbackPreview:
    filename: str
    sha256: str
    changes: list[FeedbackChange]
    unknown: list[RowIssue]  # numbers the office does not know
    refused: list[RowIssue]  # rows the rules refuse (nothing is written for them)
    issues: list[RowIssue]  # rows the file itself spoils (unknown status words, bad dates, repeated numbers)
    unchanged: int
    unknown_sheets: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[RowIssue]:
        return sorted(self.unknown + self.refused + self.issues, key=lambda i: (i.column, i.row_number))

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.filename,
            "sha256": self.sha256,
            "changes": [
                {
                    "sheet": c.sheet,
                    "row": c.row_number,
                    "number": c.number,
                    "name": c.name,
                    "from": c.old_status,
                    "to": c.new_status,
                    "date_from": c.old_date,
                    "date_to": c.new_date,
                    "note_from": c.old_note,
                    "note_to": c.new_note,
                }  # fmt: skip
                for c in self.changes
            ],
            "unchanged": self.unchanged,
            "unknown": [{"row": i.row_number, "sheet": i.column, "number": i.value} for i in self.unknown],
            "refused": [_issue_json(i) for i in self.refused],
            "issues": [_issue_json(i) for i in self.issues],
            "unknown_sheets": self.unknown_sheets,
        }


@dataclass(frozen=True)
class FeedbackResult:
    preview: FeedbackPreview
    applied: int
    referrals: int
    proposals: int

    def as_json(self) -> dict[str, Any]:
        data = self.preview.as_json()
        data.update(applied=self.applied, referrals_changed=self.referrals, proposals_changed=self.proposals)
        return data


def _issue_json(i: RowIssue) -> dict[str, Any]:
    return {"row": i.row_number, "column": i.column, "value": i.value, "reason": i.reason}


# --- planning -------------------------------------------------------------------------------------------------


@dataclass
class _Plan:
    changes: list[tuple[FeedbackChange, Referral | Proposal]] = field(default_factory=list)
    unknown: list[RowIssue] = field(default_factory=list)
    refused: list[RowIssue] = field(default_factory=list)
    unchanged: int = 0


def _key(number: str) -> str:
    return " ".join(number.split()).upper()


def _refuse(plan: _Plan, fb: FeedbackRow, reason: str) -> None:
    plan.refused.append(RowIssue(fb.row_number, f"Status ({fb.sheet})", fb.number, reason))


def _dated(plan: _Plan, fb: FeedbackRow, since: dt.date, *, needs_date: bool) -> tuple[bool, dt.date | None]:
    """The outcome date to record: as written, or today when the district left it empty."""
    today = clock.today()
    day = fb.outcome_date if fb.outcome_date is not None else (today if needs_date else None)
    if day is not None and day > today:
        _refuse(plan, fb, f"Tanggal Hasil {day:%d-%m-%Y} ada di masa depan.")
        return False, None
    if day is not None and day < since:
        _refuse(plan, fb, f"Tanggal Hasil {day:%d-%m-%Y} sebelum tanggal rujukan/usulan ({since:%d-%m-%Y}).")
        return False, None
    return True, day


def _plan_referral(plan: _Plan, fb: FeedbackRow, ref: Referral) -> None:
    new, old = fb.status, ref.status
    note = fb.note
    if new == old:
        if new not in {s.value for s in REFERRAL_OUTCOMES}:
            plan.unchanged += 1
            return
        same_date = fb.outcome_date is None or fb.outcome_date == ref.outcome_date
        same_note = not note or note == ref.outcome_note
        if same_date and same_note:
            plan.unchanged += 1
            return
        ok, day = _dated(plan, fb, ref.referred_at.date(), needs_date=False)
        if not ok:
            return
        new_date, new_note = day or ref.outcome_date, note or ref.outcome_note
    else:
        if new not in {s.value for s in REFERRAL_OUTCOMES}:
            _refuse(
                plan, fb,
                f"Status '{new}' tidak dicatat dari umpan balik kabupaten (hanya Disetujui, Ditolak atau "
                "Ditelaah Lebih Lanjut).",
            )  # fmt: skip
            return
        if old == ReferralStatus.MENUNGGU.value:
            _refuse(plan, fb, "Rujukan ini belum dikirim (masih menunggu persetujuan koordinator).")
            return
        try:
            statuses.check_referral_transition(old, new)
        except TransitionError as exc:
            _refuse(plan, fb, exc.message)
            return
        if new == ReferralStatus.DITOLAK.value and not note:
            _refuse(plan, fb, "Rujukan ditolak tanpa alasan: Keterangan Hasil wajib diisi.")
            return
        ok, day = _dated(plan, fb, ref.referred_at.date(), needs_date=True)
        if not ok:
            return
        new_date, new_note = day, note
    change = FeedbackChange(
        fb.sheet, fb.row_number, ref.number, ref.complaint.resident.name, old, new, ref.outcome_date, new_date,
        ref.outcome_note, new_note,
    )  # fmt: skip
    plan.changes.append((change, ref))


def _plan_proposal(plan: _Plan, fb: FeedbackRow, p: Proposal) -> None:
    new, old = fb.status, p.status
    note = fb.note
    answers = {s.value for s in PROPOSAL_ANSWERS}
    if new == old:
        same_date = fb.outcome_date is None or fb.outcome_date == p.outcome_date
        same_note = not note or note == p.outcome_note
        if new not in answers or (same_date and same_note):
            plan.unchanged += 1
            return
        ok, day = _dated(plan, fb, p.proposed_at.date(), needs_date=False)
        if not ok:
            return
        new_date, new_note = day or p.outcome_date, note or p.outcome_note
    else:
        if new not in answers:
            _refuse(
                plan, fb,
                f"Status '{new}' tidak dicatat dari umpan balik kabupaten (hanya Diusulkan, Diverifikasi, Diterima "
                "atau Ditolak).",
            )  # fmt: skip
            return
        if old == ProposalStatus.DRAF.value:
            _refuse(plan, fb, "Usulan ini belum disahkan Musyawarah Desa; belum dapat diproses kabupaten.")
            return
        try:
            statuses.check_proposal_transition(old, new)
        except TransitionError as exc:
            _refuse(plan, fb, exc.message)
            return
        ok, day = _dated(plan, fb, p.proposed_at.date(), needs_date=True)
        if not ok:
            return
        new_date, new_note = day, note
    change = FeedbackChange(
        fb.sheet, fb.row_number, p.number, p.resident.name, old, new, p.outcome_date, new_date, p.outcome_note,
        new_note,
    )  # fmt: skip
    plan.changes.append((change, p))


def _plan(s: Session, feedback: Feedback) -> _Plan:
    plan = _Plan()
    numbers = [_key(r.number) for r in feedback.referrals]
    refs = {
        r.number: r
        for r in s.execute(
            select(Referral)
            .where(Referral.number.in_(numbers))
            .options(selectinload(Referral.complaint).selectinload(Complaint.resident))
        ).scalars()
    } if numbers else {}  # fmt: skip
    for fb in feedback.referrals:
        ref = refs.get(_key(fb.number))
        if ref is None:
            plan.unknown.append(RowIssue(fb.row_number, SHEET_REFERRALS, fb.number, "Nomor rujukan tidak dikenal."))
        else:
            _plan_referral(plan, fb, ref)
    numbers = [_key(r.number) for r in feedback.proposals]
    props = {
        p.number: p
        for p in s.execute(
            select(Proposal).where(Proposal.number.in_(numbers)).options(selectinload(Proposal.resident))
        ).scalars()
    } if numbers else {}  # fmt: skip
    for fb in feedback.proposals:
        p = props.get(_key(fb.number))
        if p is None:
            plan.unknown.append(RowIssue(fb.row_number, SHEET_PROPOSALS, fb.number, "Nomor usulan tidak dikenal."))
        else:
            _plan_proposal(plan, fb, p)
    return plan


def _preview(path: Path, feedback: Feedback, plan: _Plan) -> FeedbackPreview:
    return FeedbackPreview(
        filename=path.name,
        sha256=feedback.sha256,
        changes=[c for c, _ in plan.changes],
        unknown=plan.unknown,
        refused=plan.refused,
        issues=list(feedback.issues),
        unchanged=plan.unchanged,
        unknown_sheets=list(feedback.unknown_sheets),
    )


def preview_feedback(db: Database, actor: Actor, path: str | Path, password: str | None = None) -> FeedbackPreview:
    """What the file would change, changing nothing."""
    actor.require(Permission.IMPORT)
    path = Path(path)
    feedback = read_feedback(path, password)
    with db.read() as s:
        return _preview(path, feedback, _plan(s, feedback))


# --- applying -------------------------------------------------------------------------------------------------


def _apply_referral(s: Session, actor: Actor, c: FeedbackChange, ref: Referral, filename: str) -> None:
    ref.outcome_date = c.new_date
    ref.outcome_note = c.new_note
    ref.outcome_source = SOURCE
    text = f"Umpan balik kabupaten ({filename})" + (f". {c.new_note}" if c.new_note else "")
    # A new answer must reach the resident again (as when the back office records it by hand).
    ref.informed_at = None
    ref.informed_channel = ""
    ref.informed_by_id = None
    if c.status_changes:
        history.set_referral_status(s, actor, ref, c.new_status, text)
        history.complaint_event(s, actor, ref.complaint, "outcome", f"Hasil rujukan {ref.number}: {c.new_status}")
    else:
        history.referral_event(s, actor, ref, "hasil", text)


def _apply_proposal(s: Session, actor: Actor, c: FeedbackChange, p: Proposal, filename: str) -> None:
    p.outcome_date = c.new_date
    p.outcome_note = c.new_note
    text = f"Umpan balik kabupaten ({filename})" + (f". {c.new_note}" if c.new_note else "")
    if c.status_changes:
        history.set_proposal_status(s, actor, p, c.new_status, text)
    else:
        history.proposal_event(s, actor, p, "hasil", text)


def apply_feedback(
    db: Database,
    actor: Actor,
    path: str | Path,
    password: str | None = None,
    *,
    expected_sha256: str | None = None,
) -> FeedbackResult:
    """Apply the file's changes in one transaction. ``expected_sha256``: the file the preview showed."""
    actor.require(Permission.IMPORT)
    path = Path(path)
    feedback = read_feedback(path, password)
    if expected_sha256 and feedback.sha256 != expected_sha256:
        raise ValidationError(
            "Berkas {name} berubah sejak pratinjau. Buka pratinjaunya lagi.", FormField.FILE, name=path.name
        )
    with db.write() as s:
        plan = _plan(s, feedback)
        preview = _preview(path, feedback, plan)
        referrals = proposals = 0
        for change, record in plan.changes:
            if isinstance(record, Referral):
                _apply_referral(s, actor, change, record, path.name)
                referrals += 1
            else:
                _apply_proposal(s, actor, change, record, path.name)
                proposals += 1
        audit.record(
            s,
            actor,
            AuditAction.FEEDBACK_IMPORT,
            "feedback",
            path.name,
            {
                "file": path.name,
                "sha256": feedback.sha256,
                "referrals_changed": referrals,
                "proposals_changed": proposals,
                "unchanged": plan.unchanged,
                "unknown": len(plan.unknown),
                "refused": len(plan.refused),
                "issues": len(feedback.issues),
            },
        )
    return FeedbackResult(preview, referrals + proposals, referrals, proposals)
