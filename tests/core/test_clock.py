"""core/clock.py: one 'now' for the whole program, to the second and without a time zone; a test or the demo sets it
for a while and the caller's clock comes back, even after an error."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.core import clock

MOMENT = dt.datetime(2026, 11, 20, 9, 15, 42, 123456, tzinfo=dt.timezone(dt.timedelta(hours=7)))


def test_now_is_local_to_the_second_without_a_zone() -> None:
    clock.set_clock(lambda: MOMENT)
    try:
        assert clock.now() == dt.datetime(2026, 11, 20, 9, 15, 42)
        assert clock.now().tzinfo is None
        assert clock.today() == dt.date(2026, 11, 20)
    finally:
        clock.set_clock(None)
    # None gives the real clock back.
    before = dt.datetime.now().replace(microsecond=0)
    assert before <= clock.now() <= dt.datetime.now()


def test_frozen_at_restores_the_callers_clock_even_after_an_error() -> None:
    fixed = dt.datetime(2026, 1, 1, 8, 0)
    clock.set_clock(lambda: fixed)
    try:
        with clock.frozen_at(dt.datetime(2026, 6, 1, 12, 0)):
            assert clock.now() == dt.datetime(2026, 6, 1, 12, 0)
            with clock.frozen_at(dt.datetime(2027, 1, 1)):  # nested: each level restores its own
                assert clock.today() == dt.date(2027, 1, 1)
            assert clock.today() == dt.date(2026, 6, 1)
        assert clock.now() == fixed
        with pytest.raises(RuntimeError), clock.frozen_at(dt.datetime(2030, 1, 1)):
            raise RuntimeError("di tengah jalan")
        assert clock.now() == fixed
    finally:
        clock.set_clock(None)
