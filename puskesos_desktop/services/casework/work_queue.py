"""The back office's work queue: complaints forwarded to it, filtered and sorted, counted per field, with the
overdue flag computed from the service's target date and core.clock (so tests control it)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import COMPLAINT_CLOSED, REFERRAL_FINAL, ComplaintStatus, Field, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, ComplaintDocument, Referral, Resident, Service, User
from puskesos_desktop.services import privacy
from puskesos_desktop.services.casework import referrals
from puskesos_desktop.services.context import Actor

# The complaints the back office works on; closed ones show only when asked for.
QUEUE_STATUSES: tuple[str, ...] = (
    ComplaintStatus.DITERUSKAN.value,
    ComplaintStatus.DITANGANI_DESA.value,
    ComplaintStatus.DIRUJUK.value,
)
UNASSIGNED = 0  # officer filter: complaints nobody is assigned to


class QueueSort(StrEnum):
    PRIORITY = "prioritas"  # overdue first, then nearest due date, then oldest
    AGE = "umur"
    DUE = "tenggat"
    FIELD = "bidang"
    SERVICE = "layanan"
    STATUS = "status"
    OFFICER = "petugas"
    NAME = "nama"


@dataclass(frozen=True)
class QueueFilter:
    field: str | None = None
    service_id: int | None = None
    status: str | None = None
    officer_id: int | None = None  # UNASSIGNED for nobody
    min_age_days: int = 0
    due_before: dt.date | None = None
    overdue_only: bool = False
    text: str = ""
    include_closed: bool = False
    sort: QueueSort = QueueSort.PRIORITY
    descending: bool = False


@dataclass(frozen=True)
class QueueItem:
    id: int
    number: str
    registered_at: dt.datetime
    age_days: int
    resident_name: str
    nik: str | None
    field: str
    service_id: int | None
    service: str
    status: str
    urgency: str
    due_date: dt.date | None
    overdue: bool
    days_overdue: int
    officer_id: int | None
    officer: str
    referrals_total: int
    referrals_open: int
    referrals_waiting_approval: int
    followup: bool  # a referral without an answer after the follow-up days
    missing_documents: int


@dataclass(frozen=True)
class Queue:
    items: list[QueueItem]
    counts_by_field: dict[str, int]  # every filter but the field's, so each field's number is visible
    total: int
    overdue: int


def is_overdue(status: str, due: dt.date | None, today: dt.date) -> bool:
    """Past the service's target days and not closed."""
    return due is not None and status not in COMPLAINT_CLOSED and today > due


@privacy.shielded
def work_queue(db: Database, actor: Actor | None, flt: QueueFilter = QueueFilter()) -> Queue:  # noqa: B008 - frozen, never mutated
    """The queue as plain rows: only the columns the list shows (no ORM objects: at 10,000 complaints a month,
    building them cost ~0.4 s). The window calls this on a worker (ui/jobs.py)."""
    today = clock.today()
    with db.read() as s:
        q = (
            select(
                Complaint.id,
                Complaint.number,
                Complaint.registered_at,
                Complaint.field,
                Complaint.service_id,
                Complaint.status,
                Complaint.urgency,
                Complaint.due_date,
                Complaint.assigned_to_id,
                Resident.name,
                Resident.nik,
                Service.name,
                User.full_name,
            )
            .join(Resident, Resident.id == Complaint.resident_id)
            .outerjoin(Service, Service.id == Complaint.service_id)
            .outerjoin(User, User.id == Complaint.assigned_to_id)
        )
        if flt.status:
            q = q.where(Complaint.status == flt.status)
        elif not flt.include_closed:
            q = q.where(Complaint.status.in_(QUEUE_STATUSES))
        else:
            q = q.where(Complaint.status != ComplaintStatus.DITERIMA.value)
        if flt.service_id is not None:
            q = q.where(Complaint.service_id == flt.service_id)
        if flt.officer_id is not None:
            q = q.where(
                Complaint.assigned_to_id.is_(None)
                if flt.officer_id == UNASSIGNED
                else Complaint.assigned_to_id == flt.officer_id
            )
        if flt.due_before is not None:
            q = q.where(Complaint.due_date.is_not(None), Complaint.due_date <= flt.due_before)
        text = flt.text.strip()
        if text:
            like = f"%{text}%"
            q = q.where(or_(Resident.name.ilike(like), Resident.nik.like(like), Complaint.number.ilike(like)))
        rows = s.execute(q).all()
        # Grouped over the whole table (a village's few thousand rows) rather than a long IN list.
        ref_stats = _referral_stats(s, referrals.followup_days_in(s), today)
        missing: dict[int, int] = {
            cid: n
            for cid, n in s.execute(
                select(ComplaintDocument.complaint_id, func.count())
                .where(ComplaintDocument.received.is_(False))
                .group_by(ComplaintDocument.complaint_id)
            )
        }
    items: list[QueueItem] = []
    for row in rows:
        cid, number, registered, field, service_id, status, urgency, due, officer_id, name, nik, service, officer = row
        overdue = is_overdue(status, due, today)
        total, open_, waiting, follow = ref_stats.get(cid, (0, 0, 0, False))
        items.append(
            QueueItem(
                id=cid,
                number=number,
                registered_at=registered,
                age_days=(today - registered.date()).days,
                resident_name=name,
                nik=nik,
                field=field,
                service_id=service_id,
                service=service or "",
                status=status,
                urgency=urgency,
                due_date=due,
                overdue=overdue,
                days_overdue=(today - due).days if overdue and due else 0,
                officer_id=officer_id,
                officer=officer or "",
                referrals_total=total,
                referrals_open=open_,
                referrals_waiting_approval=waiting,
                followup=follow,
                missing_documents=int(missing.get(cid, 0)),
            )
        )
    items = [i for i in items if i.age_days >= flt.min_age_days and (i.overdue or not flt.overdue_only)]
    counts = Counter(i.field for i in items)
    if flt.field:
        items = [i for i in items if i.field == flt.field]
    items.sort(key=_sort_key(flt.sort), reverse=flt.descending)
    return Queue(
        items=items,
        counts_by_field={f.value: counts.get(f.value, 0) for f in Field},
        total=len(items),
        overdue=sum(1 for i in items if i.overdue),
    )


def _sort_key(sort: QueueSort) -> Callable[[QueueItem], Any]:
    far = dt.date.max
    keys: dict[QueueSort, Callable[[QueueItem], Any]] = {
        QueueSort.PRIORITY: lambda i: (not i.overdue, i.due_date or far, i.registered_at, i.id),
        QueueSort.AGE: lambda i: (-i.age_days, i.registered_at, i.id),
        QueueSort.DUE: lambda i: (i.due_date or far, i.registered_at, i.id),
        QueueSort.FIELD: lambda i: (i.field, i.registered_at, i.id),
        QueueSort.SERVICE: lambda i: (i.service.lower(), i.registered_at, i.id),
        QueueSort.STATUS: lambda i: (QUEUE_STATUSES.index(i.status) if i.status in QUEUE_STATUSES else 9, i.id),
        QueueSort.OFFICER: lambda i: (i.officer == "", i.officer.lower(), i.registered_at, i.id),
        QueueSort.NAME: lambda i: (i.resident_name.lower(), i.id),
    }
    return keys[QueueSort(sort)]


def _referral_stats(s: Session, followup_days: int, today: dt.date) -> dict[int, tuple[int, int, int, bool]]:
    """Per complaint: referrals in all, still open, waiting for approval, and whether one needs following up."""
    out: dict[int, tuple[int, int, int, bool]] = {}
    q = select(Referral.complaint_id, Referral.status, Referral.sent_at)
    for cid, status, sent in s.execute(q):
        total, open_, waiting, follow = out.get(cid, (0, 0, 0, False))
        total += 1
        if status not in REFERRAL_FINAL:
            open_ += 1
        if status == ReferralStatus.MENUNGGU.value:
            waiting += 1
        if status in referrals.AWAITING_ANSWER and sent is not None and (today - sent.date()).days >= followup_days:
            follow = True
        out[cid] = (total, open_, waiting, follow)
    return out
