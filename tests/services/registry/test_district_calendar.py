"""The district's DTSEN calendar (issue 16 §7): next dates (monthly, quarterly, short months), the reminder with the
Draf count, the monthly report's dates; the setting is the coordinator's and bad values change nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.registry import district_calendar as cal
from puskesos_desktop.services.registry import proposals
from puskesos_desktop.services.reporting import reports
from tests.services.fo_data import resident


def test_next_dates_monthly_quarterly_and_short_months() -> None:
    c = cal.DistrictCalendar((1, 14), (1, 11), (1, 7))
    got = cal.next_occurrences(c, dt.date(2026, 11, 23))  # every window of November is over
    assert [(o.key, o.start, o.end) for o in got] == [
        ("musdesus", dt.date(2026, 12, 1), dt.date(2026, 12, 14)),
        ("siks_ng", dt.date(2026, 12, 1), dt.date(2026, 12, 11)),
        ("pbi", dt.date(2026, 12, 1), dt.date(2026, 12, 7)),
    ]
    assert got[0].text == "Musdesus 1–14 Desember 2026"
    now = cal.next_occurrences(c, dt.date(2026, 12, 9))  # the PBI window is over, the others still open
    assert [(o.key, o.start.month) for o in now] == [("musdesus", 12), ("siks_ng", 12), ("pbi", 1)]
    quarterly = cal.DistrictCalendar((15, 22), (1, 11), (25, 31), cadence="triwulanan")
    q = {o.key: (o.start, o.end) for o in cal.next_occurrences(quarterly, dt.date(2026, 11, 23))}
    assert q["musdesus"] == (dt.date(2027, 1, 15), dt.date(2027, 1, 22))
    feb = {o.key: o.end for o in cal.next_occurrences(cal.DistrictCalendar((1, 14), (1, 11), (25, 31)),
                                                      dt.date(2027, 2, 20))}  # fmt: skip
    assert feb["pbi"] == dt.date(2027, 2, 28)  # day 31 in February is its last day


def test_reminder_counts_drafts_and_report_shows_dates(db: Database, coordinator: Actor, front: Actor) -> None:
    cal.set_calendar(db, coordinator, cal.DistrictCalendar((1, 14), (1, 11), (1, 7), reminder_days=3))
    with clock.frozen_at(dt.datetime(2026, 12, 2, 9)):
        rid = resident(db, front, "Sri Wahyuni", "6201024506800003", "6201021205900012", sex="P")
        proposals.propose_addition(db, front, rid, "belum terdaftar")
        assert cal.calendar_line(db, front).reminder == ""  # nothing closes within 3 days
    with clock.frozen_at(dt.datetime(2026, 12, 9, 9)):
        line = cal.calendar_line(db, front)
        assert [o.key for o in line.closing] == ["siks_ng"] and line.drafts == 1
        assert line.reminder == "Input SIKS-NG ditutup 11 Desember 2026 (2 hari lagi): 1 usulan masih Draf."
        assert line.text.startswith("Jadwal DTSEN: Musdesus 1–14 Desember 2026; Input SIKS-NG 1–11 Desember 2026")
        rep = reports.monthly_report(db, coordinator, "2026-11")
    windows = rep.to_json()["calendar"]
    assert windows[0] == {"window": "musdesus", "label": "Musdesus", "start": "2026-12-01", "end": "2026-12-14"}
    assert rep.calendar_text.startswith("Jadwal DTSEN berikutnya: Musdesus 1–14 Desember 2026")


def test_setting_rights_and_bad_values(db: Database, coordinator: Actor, front: Actor) -> None:
    default = cal.get_calendar(db)
    assert default.musdesus == (1, 14) and default.siks_ng == (1, 11) and default.cadence == "bulanan"
    with pytest.raises(PermissionDenied):
        cal.set_calendar(db, front, cal.DistrictCalendar((1, 10), (1, 11), (1, 7)))
    for bad, key, field in (
        (cal.DistrictCalendar((14, 1), (1, 11), (1, 7)), FormField.MUSDESUS_WINDOW, "Musdesus"),
        (cal.DistrictCalendar((1, 14), (0, 11), (1, 7)), FormField.SIKS_NG_WINDOW, "Input SIKS-NG"),
        (cal.DistrictCalendar((1, 14), (1, 11), (1, 32)), FormField.PBI_WINDOW, "Usulan PBI-JK"),
        (cal.DistrictCalendar((1, 14), (1, 11), (1, 7), cadence="tahunan"), FormField.CADENCE, "Siklus"),
        (cal.DistrictCalendar((1, 14), (1, 11), (1, 7), reminder_days=-1), FormField.REMINDER_DAYS, "Pengingat"),
    ):
        with pytest.raises(ValidationError) as err:
            cal.set_calendar(db, coordinator, bad)
        assert (err.value.key, err.value.field) == (key, field)  # the form's key, the message's word
    assert cal.get_calendar(db) == default
    saved = cal.set_calendar(db, coordinator, cal.DistrictCalendar((15, 22), (1, 11), (1, 7), "triwulanan", 5))
    assert cal.get_calendar(db) == saved
