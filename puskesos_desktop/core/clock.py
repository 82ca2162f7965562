"""One source of 'now' so that tests can control time (overdue items, locks, numbering)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_now: Callable[[], dt.datetime] = dt.datetime.now


def now() -> dt.datetime:
    """Local wall-clock time without tzinfo, to the second (an office works in one time zone)."""
    return _now().replace(microsecond=0, tzinfo=None)


def today() -> dt.date:
    return now().date()


def set_clock(fn: Callable[[], dt.datetime] | None) -> None:
    global _now
    _now = fn if fn is not None else dt.datetime.now
