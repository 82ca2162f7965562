"""next_turn: a piece of work on a later turn, after what was already due (a zero timer ran before it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.widgets.next_turn import next_turn
from tests.helpers.jobs import wait_until


def test_a_due_timer_runs_between_the_two_pieces(qtbot: QtBot) -> None:
    order: list[str] = []
    owner = QObject()
    due = QTimer()  # stands for the heartbeat, a paint, a key: due before the second piece is asked for
    due.setInterval(0)
    due.setSingleShot(True)
    due.timeout.connect(lambda: order.append("due"))

    def first() -> None:
        order.append("first")
        due.start()
        next_turn(owner, lambda: order.append("second"))

    QTimer.singleShot(0, first)
    wait_until(qtbot, lambda: "second" in order)
    assert order == ["first", "due", "second"]


def test_nothing_runs_for_a_deleted_owner(qtbot: QtBot) -> None:
    ran: list[int] = []
    owner = QObject()
    next_turn(owner, lambda: ran.append(1))
    owner.deleteLater()
    later = QObject()
    done: list[int] = []
    next_turn(later, lambda: done.append(1))
    wait_until(qtbot, lambda: done)  # due after the first one: it would have run by now
    assert ran == []
