"""services/reporting/lists.py (the command line's `list`): a month is [first day, first of the next) — December
rolls into January — a malformed month or an unknown kind refused, the month filter and the limit applied."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.reporting import lists
from tests.services import bo_helpers as h


def test_month_bounds() -> None:
    assert lists.month_bounds("2026-11") == (dt.datetime(2026, 11, 1), dt.datetime(2026, 12, 1))
    assert lists.month_bounds("2026-12") == (dt.datetime(2026, 12, 1), dt.datetime(2027, 1, 1))
    for bad in ("2026-13", "11-2026", "2026-1"):
        with pytest.raises(ValidationError, match="TTTT-BB"):
            lists.month_bounds(bad)


def test_the_month_filter_and_the_limit(db: Database, front: Actor) -> None:
    with clock.frozen_at(dt.datetime(2026, 10, 31, 23, 59)):
        october = h.complaint(db, front)
    with clock.frozen_at(dt.datetime(2026, 11, 1, 0, 0)):
        november = h.complaint(db, front, resident_id=october.resident_id)
        h.complaint(db, front, resident_id=october.resident_id, field="Sosial", service=None)
    assert [r.number for r in lists.list_records(db, "complaints", "2026-10")] == [october.complaint_number]
    listed = [r.number for r in lists.list_records(db, "complaints", "2026-11")]
    assert len(listed) == 2 and november.complaint_number in listed
    assert len(lists.list_records(db, "complaints")) == 3
    assert len(lists.list_records(db, "complaints", limit=1)) == 1
    assert lists.list_records(db, "complaints", "2026-12") == []
    with pytest.raises(ValueError, match="visits"):
        lists.list_records(db, "visits")
