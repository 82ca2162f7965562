"""services/casework/work_queue.py: the back office's queue — overdue counted, every filter, the sorts, mine and
unassigned, closed cases only when asked."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.statuses import ComplaintStatus, ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Partner, Referral
from puskesos_desktop.services.casework import backoffice
from puskesos_desktop.services.casework.backoffice import QueueFilter, QueueSort
from puskesos_desktop.services.context import Actor
from tests.services import bo_helpers as h


def test_queue_overdue_counts_filters_and_sort(db: Database, front: Actor, back: Actor) -> None:
    moment = [dt.datetime(2026, 11, 23, 9, 0)]  # Monday
    clock.set_clock(lambda: moment[0])
    bpjs = h.complaint(db, front)  # 7 working days: due Wednesday 2 December
    rid2 = h.resident(db, front, "Yohanes Lado", "6201021505800003", "6201021505800004")
    moment[0] = dt.datetime(2026, 11, 25, 9, 0)
    fire = h.complaint(db, front, field="Sosial", service="KEBAKARAN", resident_id=rid2)  # 3 days: 30 November
    school = h.complaint(db, front, field="Pendidikan", service=None, description="Seragam", resident_id=rid2)
    moment[0] = dt.datetime(2026, 12, 1, 9, 0)
    q = backoffice.work_queue(db, None)
    assert [i.number for i in q.items] == [fire.complaint_number, bpjs.complaint_number, school.complaint_number]
    first = q.items[0]
    assert first.overdue and first.days_overdue == 1 and first.age_days == 6
    assert not q.items[1].overdue and not q.items[2].overdue  # no service: no target date
    assert q.overdue == 1 and q.total == 3
    assert q.counts_by_field["Kesehatan"] == 1 and q.counts_by_field["Sosial"] == 1
    assert q.counts_by_field["Pendidikan"] == 1 and q.counts_by_field["Adminduk"] == 0
    moment[0] = dt.datetime(2026, 12, 3, 9, 0)  # now the BPJS complaint is late too
    assert backoffice.work_queue(db, None).overdue == 2
    only_health = backoffice.work_queue(db, None, QueueFilter(field="Kesehatan"))
    assert [i.id for i in only_health.items] == [bpjs.complaint_id]
    assert only_health.counts_by_field["Sosial"] == 1  # counts ignore the field filter
    by_age = QueueFilter(overdue_only=True, sort=QueueSort.AGE)
    assert [i.id for i in backoffice.work_queue(db, None, by_age).items] == [
        bpjs.complaint_id,
        fire.complaint_id,
    ]
    assert len(backoffice.work_queue(db, None, QueueFilter(min_age_days=9)).items) == 1
    assert len(backoffice.work_queue(db, None, QueueFilter(text="yohanes")).items) == 2
    assert len(backoffice.work_queue(db, None, QueueFilter(text=h.NIK[:10])).items) == 1
    assert len(backoffice.work_queue(db, None, QueueFilter(service_id=h.service_id(db, "KEBAKARAN"))).items) == 1
    assert len(backoffice.work_queue(db, None, QueueFilter(due_before=dt.date(2026, 11, 30))).items) == 1
    by_name = backoffice.work_queue(db, None, QueueFilter(sort=QueueSort.NAME, descending=True))
    assert by_name.items[0].resident_name == "Yohanes Lado"
    # Assigning an officer; filtering by officer and by nobody.
    officer = next(o for o in backoffice.officers(db) if o.full_name == "Budi Santoso")
    assert {o.role for o in backoffice.officers(db)} == {"back_office", "koordinator"}
    backoffice.assign_officer(db, back, fire.complaint_id, officer.id)
    mine = QueueFilter(officer_id=officer.id)
    assert [i.id for i in backoffice.work_queue(db, None, mine).items] == [fire.complaint_id]
    assert len(backoffice.work_queue(db, None, QueueFilter(officer_id=backoffice.UNASSIGNED)).items) == 2
    # Closed complaints leave the queue unless asked for, and a closed one is never overdue.
    backoffice.answer_resident(db, back, fire.complaint_id, "Bantuan diproses dinas")
    backoffice.close_complaint(db, back, fire.complaint_id)
    assert fire.complaint_id not in [i.id for i in backoffice.work_queue(db, None).items]
    closed = backoffice.work_queue(db, None, QueueFilter(include_closed=True))
    assert next(i for i in closed.items if i.id == fire.complaint_id).overdue is False
    selesai = backoffice.work_queue(db, None, QueueFilter(status=ComplaintStatus.SELESAI.value))
    assert [i.id for i in selesai.items] == [fire.complaint_id]


def test_queue_counts_referrals_waiting_and_to_follow_up(db: Database, front: Actor) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 12, 21, 9, 0))
    ids = h.complaint(db, front)
    with db.write() as s:
        partner = s.execute(select(Partner).where(Partner.field == "Kesehatan")).scalars().first()
        assert partner is not None
        for n, status, sent in [
            (1, ReferralStatus.MENUNGGU.value, None),  # waiting for the coordinator's approval
            (2, ReferralStatus.DIKIRIM.value, dt.datetime(2026, 11, 23, 10, 0)),  # sent four weeks ago, no answer
        ]:
            s.add(
                Referral(
                    number=f"RJK/TEST/{n}",
                    complaint_id=ids.complaint_id,
                    field="Kesehatan",
                    partner_id=partner.id,
                    reason="Perlu PBI",
                    status=status,
                    referred_at=dt.datetime(2026, 11, 23, 10, 0),
                    sent_at=sent,
                )
            )
    (item,) = backoffice.work_queue(db, None).items
    assert (item.referrals_waiting_approval, item.followup) == (1, True)
