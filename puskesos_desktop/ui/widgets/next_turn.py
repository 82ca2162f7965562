"""A piece of work on a later turn of the event loop, after what is due now (a paint, a key, a timer).

``QTimer.singleShot(0, …)`` does not do this: in Qt 6 a zero timer is a posted event, and the event loop runs the
posted events before the timers that are already overdue, so a build split into "this turn, then singleShot(0)"
was still one stall (measured: two 50 ms pieces chained by zero timers froze the window 114 ms; by a 1 ms timer,
57 ms). A 1 ms timer is due only after the pass that handles what was waiting, so each piece is a turn of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QObject, QTimer
from PySide6.QtWidgets import QDialog
from shiboken6 import isValid

NEXT_TURN_MS = 1


def next_turn(owner: QObject, fn: Callable[[], object]) -> None:
    """Run ``fn`` on a later turn, unless ``owner`` is deleted first (the timer is tied to it)."""
    QTimer.singleShot(NEXT_TURN_MS, owner, fn)


def exec_next_turn(dialog: QDialog, exec_now: Callable[[], int], parts: list[Callable[[], None]] | None = None) -> int:
    """``exec_now()`` (the dialog's ``QDialog.exec``) a turn after this one, each of ``parts`` (what is left of the
    dialog's build, taken from the list as they run) on a turn of its own before that: a dialog built in the turn
    that opened it is shown and first painted in a turn of its own, so building and showing are not one stall
    (issue 12 §7: the complaint form's build and show were one ~70 ms turn). Each turn is a nested event loop ended
    by a 1 ms timer (as ``next_turn``); Rejected (0) when the dialog was deleted meanwhile (its owner closed)."""
    parts = parts if parts is not None else []
    while True:
        loop = QEventLoop()
        QTimer.singleShot(NEXT_TURN_MS, loop.quit)  # tied to nothing that can go away: the loop always ends
        loop.exec()
        if not isValid(dialog):
            return 0
        if not parts:
            return exec_now()
        parts.pop(0)()
