"""What the demo village's steps share: the summary they fill, the timeline they run on, the clock set for a while."""

from __future__ import annotations

import datetime as dt
import heapq
import random
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.db.engine import Database


@dataclass
class DemoSummary:
    residents: int = 0
    households: int = 0
    registry_records: int = 0
    complaints: int = 0
    extra: dict[str, int] = field(default_factory=dict)


clock_at = clock.frozen_at  # the stages' name for the one clock override (core/clock.py)


@contextmanager
def fast_build(db: Database) -> Iterator[None]:
    """While the demo builds on SQLite: no fsync per transaction and no WAL checkpoint per closed session.

    A demo database is made from scratch and thrown away when a build breaks, so durability buys nothing here, and
    each of the thousands of small transactions the services write would otherwise wait for the disk (the first
    `make run` took over two minutes, most of it in commit and close). One connection stays open meanwhile, so that
    closing a session's connection is never the last close (which checkpoints the WAL). Restored on the way out."""
    if not db.is_sqlite or db.path is None:
        yield
        return

    def _quick(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA synchronous=OFF")

    event.listen(db.engine, "connect", _quick)
    keeper = db.engine.connect()
    try:
        yield
    finally:
        keeper.close()
        event.remove(db.engine, "connect", _quick)


# A step of the village's year: a generator that yields the moment of its next action; the timeline sets the clock
# to that moment and resumes it, which does the action (through the services) and yields the next moment.
Step = Generator[dt.datetime, None, None]


class Timeline:
    """Runs every step of the demo in the order of time, so that each document series (receipts, referrals,
    letters, proposals, minutes) is numbered in the order things happened. Nothing runs after ``until``."""

    def __init__(self, until: dt.datetime) -> None:
        self.until = until
        self._queue: list[tuple[dt.datetime, int, Step]] = []
        self._seq = 0
        self.refused: list[str] = []

    def add(self, step: Step) -> None:
        try:
            self._push(next(step), step)
        except StopIteration:
            return

    def _push(self, moment: dt.datetime, step: Step) -> None:
        if moment > self.until:
            step.close()
            return
        self._seq += 1
        heapq.heappush(self._queue, (moment, self._seq, step))

    def run(self, progress: Callable[[dt.datetime], None] | None = None) -> None:
        while self._queue:
            moment, _seq, step = heapq.heappop(self._queue)
            if progress is not None:
                progress(moment)
            with clock_at(moment):
                try:
                    later = next(step)
                except StopIteration:
                    continue
                except PuskesosError as exc:
                    # A rule refused this step: the case stays where it is (kept to tell the demo's makers).
                    self.refused.append(f"{moment:%Y-%m-%d %H:%M}: {exc.message}")
                    continue
            self._push(max(later, moment), step)


def working_moment(moment: dt.datetime, days: int, rng: random.Random) -> dt.datetime:
    """``days`` calendar days later, moved off the weekend, at office hours (08:00–15:00)."""
    out = moment + dt.timedelta(days=days)
    while out.weekday() >= 5:
        out += dt.timedelta(days=1)
    at = out.replace(hour=rng.randint(8, 14), minute=rng.randint(0, 59), second=0, microsecond=0)
    return max(at, moment + dt.timedelta(minutes=1))
