"""Working days: Monday to Friday, less the holidays the coordinator lists."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection


def add_working_days(start: dt.date, days: int, holidays: Collection[dt.date] = ()) -> dt.date:
    """The date `days` working days after start (start itself not counted)."""
    current = start
    remaining = days
    while remaining > 0:
        current += dt.timedelta(days=1)
        if current.weekday() < 5 and current not in holidays:
            remaining -= 1
    return current

