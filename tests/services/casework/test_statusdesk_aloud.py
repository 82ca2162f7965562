"""The status desk read aloud to a resident (issue 17, item 5): Indonesian words only, people's names, events in the
order they happened, the service named in an outcome, and the receipt's serial alone accepted."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import NotFoundError
from puskesos_desktop.core.statuses import ReferralStatus
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints, referrals, statusdesk
from puskesos_desktop.services.context import Actor
from tests.services import bo_helpers as h
from tests.services.fo_data import resident

BPJS = "BPJS-PBI-AKTIF"


def _complaint(db: Database, front: Actor) -> str:
    rid = resident(db, front, "Budi Santoso", "6201020101700006", "6201020101700007")
    return complaints.register_complaint(db, front, complaints.ComplaintInput(rid, "Kesehatan", "BPJS mati")).number


def test_outcome_words_names_and_service(
    db: Database, front: Actor, back: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    ids = h.complaint(db, front)
    made = referrals.create_referral(
        db,
        back,
        ids.complaint_id,
        referrals.ReferralInput(
            "Kesehatan", h.partner_id(db, "Dinas Sosial Kabupaten"), "PBI", service_id=h.service_id(db, BPJS)
        ),
    )
    referrals.approve_referral(db, coordinator, made.number)
    referrals.record_outcome(
        db, back, made.number, ReferralStatus.DITOLAK.value, dt.date(2026, 11, 23), "Telepon", "Sudah terdaftar"
    )
    story = statusdesk.lookup(db, front, ids.complaint_number)
    texts = " ".join(str(t.text) for t in story.timeline)
    assert "Outcome" not in texts and "Hasil rujukan" in texts
    assert {t.who for t in story.timeline} <= {"Dewi Lestari", "Budi Santoso", "Sri Wahyuni"}  # not "fo" / "bo"
    (ref,) = story.referrals
    assert "menolak rujukan Pengaktifan kembali BPJS" in str(ref.plain)
    moments = [t.at for t in story.timeline]
    assert moments == sorted(moments)


def test_serial_alone_this_month_and_last(db: Database, front: Actor) -> None:
    with clock.frozen_at(dt.datetime(2026, 10, 30, 9, 0)):
        october = _complaint(db, front)
    with clock.frozen_at(dt.datetime(2026, 11, 23, 9, 30)):
        assert october.endswith("/2026/10/0001")
        assert statusdesk.lookup(db, front, "0001").number == october  # none yet this month: last month's
        november = complaints.register_complaint(
            db, front, complaints.ComplaintInput(statusdesk.lookup(db, front, october).resident_id, "Sosial", "x")
        ).number
        assert statusdesk.lookup(db, front, "1").number == november  # this month's first
        with pytest.raises(NotFoundError):
            statusdesk.lookup(db, front, "0042")
