"""One source of 'now' so that tests can control time (overdue items, locks, numbering)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_now: Callable[[], dt.datetime] = dt.datetime.now


def now() -> dt.datetime:
    """Local wall-clock time without tzinfo, to the second (an office works in one time zone)."""
    return _now().replace(microsecond=0, tzinfo=None)


def today() -> dt.date:
    return now().date()


def set_clock(fn: Callable[[], dt.datetime] | None) -> None:
    global _now
    _now = fn if fn is not None else dt.datetime.now


@contextmanager
def frozen_at(moment: dt.datetime) -> Iterator[None]:
    """The clock stands at ``moment`` inside the block; the caller's clock (a test's fixed one, or the real one)
    comes back afterwards. The one way to set the clock for a while (the demo's stages, the soak)."""
    global _now
    saved = _now
    _now = lambda: moment  # noqa: E731
    try:
        yield
    finally:
        _now = saved
