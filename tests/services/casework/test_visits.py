from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core.errors import PermissionDenied, ValidationError
from puskesos_desktop.core.statuses import Channel
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.casework import complaints, visits
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents, search
from puskesos_desktop.services.reporting import lists
from tests.services.fo_data import resident


def test_visit_with_residents_and_complaints_is_one_record(
    db: Database, facilitator: Actor, front: Actor, fixed_now: dt.datetime
) -> None:
    v = visits.record_visit(
        db,
        facilitator,
        visits.VisitInput(fixed_now.date(), "Dusun III, RT 004", "6201021205900002\nKeluarga Pak Darto"),
    )
    assert v.facilitator == "Agus Salim" and v.households == ["6201021205900002", "Keluarga Pak Darto"]
    rid = resident(db, facilitator, "Siti Nurhaliza", "6201024506850001", "6201021506850001", visit_id=v.id)
    reg = complaints.register_complaint(
        db, facilitator, complaints.ComplaintInput(rid, "Sosial", "Atap bocor", visit_id=v.id)
    )
    c = complaints.get_complaint(db, None, reg.number)
    assert c.channel == Channel.FASILITATOR and c.facilitator_id == facilitator.user_id
    assert c.visit_date == fixed_now.date()
    detail = visits.get_visit(db, None, v.id)
    assert detail.residents[0][1] == "Siti Nurhaliza" and detail.complaints[0][0] == reg.number
    assert visits.list_visits(db, None)[0].complaint_count == 1
    # The front office sees the very same records at once, marked with the facilitator.
    rows = lists.list_records(db, "complaints")
    assert [r.as_json()["number"] for r in rows] == [reg.number] and rows[0].as_json()["channel"] == "Fasilitator"
    hit = search.search(db, None, "siti nurhaliza")[0]
    assert hit.resident_id == rid and hit.facilitator == "Agus Salim"
    assert residents.get_resident(db, None, rid).facilitator_id == facilitator.user_id


def test_visit_refusals(
    db: Database, facilitator: Actor, front: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    with pytest.raises(PermissionDenied):
        visits.record_visit(db, front, visits.VisitInput(fixed_now.date(), "Dusun I"))
    with pytest.raises(ValidationError) as err:
        visits.record_visit(db, facilitator, visits.VisitInput(fixed_now.date() + dt.timedelta(days=1), "Dusun I"))
    assert err.value.field == "Tanggal kunjungan"
    with pytest.raises(ValidationError) as err:
        visits.record_visit(db, facilitator, visits.VisitInput(fixed_now.date(), "  "))
    assert err.value.field == "Tempat"
    with pytest.raises(ValidationError) as err:
        visits.record_visit(db, coordinator, visits.VisitInput(fixed_now.date(), "Dusun I"))
    assert err.value.field == "Fasilitator"
    v = visits.record_visit(
        db, coordinator, visits.VisitInput(fixed_now.date(), "Dusun I", facilitator_id=facilitator.user_id)
    )
    updated = visits.update_visit(db, coordinator, v.id, visits.VisitInput(fixed_now.date(), "Dusun I, balai"))
    assert updated.place == "Dusun I, balai" and updated.facilitator_id == facilitator.user_id
    assert [f.username for f in visits.facilitators(db)] == ["fasil"]


def test_visit_list_per_facilitator(
    db: Database, facilitator: Actor, coordinator: Actor, fixed_now: dt.datetime
) -> None:
    earlier = fixed_now.date() - dt.timedelta(days=3)
    first = visits.record_visit(db, facilitator, visits.VisitInput(earlier, "Dusun I", ""))
    second = visits.record_visit(db, facilitator, visits.VisitInput(fixed_now.date(), "Dusun II", ""))
    mine = visits.list_visits(db, None, facilitator_id=facilitator.user_id)
    assert [v.id for v in mine] == [second.id, first.id]  # latest first
    assert mine[0].label == "23-11-2026 — Dusun II (Agus Salim)"
    assert visits.list_visits(db, None, facilitator_id=coordinator.user_id) == []
