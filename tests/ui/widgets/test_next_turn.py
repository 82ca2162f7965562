"""next_turn: a piece of work on a later turn, after what was already due (a zero timer ran before it)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.widgets.next_turn import exec_next_turn, next_turn
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


def test_a_dialog_is_shown_a_turn_after_it_was_opened(qtbot: QtBot) -> None:
    """exec_next_turn: what was due when the dialog was built (the heartbeat, a paint) runs before it shows."""
    order: list[str] = []
    dialog = QDialog()
    qtbot.addWidget(dialog)
    due = QTimer()
    due.setInterval(0)
    due.setSingleShot(True)
    due.timeout.connect(lambda: order.append("due" if not dialog.isVisible() else "due, shown"))

    def shown() -> int:
        order.append("exec")
        return 7

    def opened() -> None:
        due.start()
        order.append(str(exec_next_turn(dialog, shown)))

    QTimer.singleShot(0, opened)
    wait_until(qtbot, lambda: "7" in order)
    assert order == ["due", "exec", "7"]


def test_a_dialog_deleted_before_its_turn_is_not_shown(qtbot: QtBot) -> None:
    dialog = QDialog()
    shown: list[int] = []
    results: list[int] = []

    def opened() -> None:
        QTimer.singleShot(0, dialog.deleteLater)  # its owner closed meanwhile
        results.append(exec_next_turn(dialog, lambda: shown.append(1) or 1))

    QTimer.singleShot(0, opened)
    wait_until(qtbot, lambda: results)
    assert results == [0] and shown == []
