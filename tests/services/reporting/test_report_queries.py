"""The report's shared parts: the period a month means, a figure's list masking only its number columns, and a
record's status as it stood on the report day, read from its history."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint
from puskesos_desktop.services.casework import backoffice, complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents
from puskesos_desktop.services.reporting import report_queries

pytestmark = pytest.mark.pg


def test_a_month_that_has_ended_is_reported_to_its_last_day(fixed_now: dt.datetime) -> None:
    oct_ = report_queries.period("2026-10")
    assert (oct_.start, oct_.end, oct_.as_of) == (dt.date(2026, 10, 1), dt.date(2026, 10, 31), dt.date(2026, 10, 31))
    assert oct_.start_at == dt.datetime(2026, 10, 1) and oct_.end_at == dt.datetime(2026, 11, 1)
    assert oct_.cutoff == dt.datetime(2026, 11, 1) and oct_.label == "Oktober 2026"
    with clock.frozen_at(dt.datetime(2028, 3, 5)):
        feb = report_queries.period("2028-02")  # a leap year
        dec = report_queries.period("2027-12")
    assert feb.end == dt.date(2028, 2, 29) and dec.end == dt.date(2027, 12, 31)


def test_the_running_month_is_reported_to_today(fixed_now: dt.datetime) -> None:
    assert report_queries.current_month() == "2026-11"
    nov = report_queries.period("2026-11")
    assert nov.end == dt.date(2026, 11, 30) and nov.as_of == dt.date(2026, 11, 23)
    assert nov.cutoff == dt.datetime(2026, 11, 24)


@pytest.mark.parametrize(
    ("month", "words"), [("2026-12", "belum dimulai"), ("2026-13", "TTTT-BB"), ("11-2026", "TTTT-BB")]
)
def test_a_month_not_begun_or_mistyped_is_refused(fixed_now: dt.datetime, month: str, words: str) -> None:
    with pytest.raises(ValidationError, match=words):
        report_queries.period(month)


def test_a_list_masks_its_number_columns_only(head: Actor, coordinator: Actor) -> None:
    columns = (("name", "Nama"), ("nik", "NIK"), ("kk", "No KK"), ("notes", "Catatan"))
    rows = [("Budi", "6201020101900001", "6201020202020001", "biasa"), ("Ani", "6201024101900002", None, "")]
    masked = report_queries.record_list(head, "Daftar", columns, rows, 2)
    assert masked.column("name") == ["Budi", "Ani"] and masked.column("notes") == ["biasa", ""]
    assert all("*" in str(n) for n in masked.column("nik")) and masked.column("kk")[1] is None
    assert "*" in str(masked.column("kk")[0]) and not masked.truncated
    whole = report_queries.record_list(coordinator, "Daftar", columns, rows, 3)
    assert whole.rows[0].values == rows[0] and whole.truncated


def test_a_complaints_status_on_the_report_day_comes_from_its_history(db: Database, coordinator: Actor) -> None:
    with clock.frozen_at(dt.datetime(2026, 10, 5, 9, 0)):
        r = residents.create_resident(
            db, coordinator, residents.ResidentInput(name="Warga Uji", sex="L", no_nik_reason="belum punya")
        )
        made = complaints.register_complaint(db, coordinator, complaints.ComplaintInput(r.id, "Sosial", "Rumah bocor"))
    with clock.frozen_at(dt.datetime(2026, 11, 2, 10, 0)):
        backoffice.cancel_complaint(db, coordinator, made.id, "Warga pindah ke luar desa")

    def status_at(cutoff: dt.datetime) -> str:
        with db.read() as s:
            return str(s.scalar(select(report_queries.complaint_status_at(cutoff)).where(Complaint.id == made.id)))

    assert status_at(dt.datetime(2026, 11, 1)) == made.status  # October's report: still open on its last day
    assert status_at(dt.datetime(2026, 11, 3)) == "Dibatalkan"
