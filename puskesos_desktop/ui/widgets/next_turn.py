"""A piece of work on a later turn of the event loop, after what is due now (a paint, a key, a timer).

``QTimer.singleShot(0, …)`` does not do this: in Qt 6 a zero timer is a posted event, and the event loop runs the
posted events before the timers that are already overdue, so a build split into "this turn, then singleShot(0)"
was still one stall (measured: two 50 ms pieces chained by zero timers froze the window 114 ms; by a 1 ms timer,
57 ms). A 1 ms timer is due only after the pass that handles what was waiting, so each piece is a turn of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

NEXT_TURN_MS = 1


def next_turn(owner: QObject, fn: Callable[[], object]) -> None:
    """Run ``fn`` on a later turn, unless ``owner`` is deleted first (the timer is tied to it)."""
    QTimer.singleShot(NEXT_TURN_MS, owner, fn)
