"""core/workdays.py: target dates count Monday to Friday, less the office's holidays."""

from __future__ import annotations

import datetime as dt

from puskesos_desktop.core.workdays import add_working_days

FRIDAY = dt.date(2026, 11, 27)


def test_weekends_are_skipped() -> None:
    assert add_working_days(FRIDAY, 1) == dt.date(2026, 11, 30)  # Monday
    assert add_working_days(FRIDAY, 5) == dt.date(2026, 12, 4)


def test_holidays_are_skipped_and_the_start_is_not_counted() -> None:
    monday = dt.date(2026, 11, 30)
    assert add_working_days(FRIDAY, 1, {monday}) == dt.date(2026, 12, 1)
    assert add_working_days(FRIDAY, 0) == FRIDAY
