"""A button's service call as a job (ui/widgets/busy_action.py): off the window's thread, one at a time per widget,
the widget told when it starts and ends, a refusal shown (or handed over), a fault in plain words."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.ui.widgets.busy_action import acting, run_action
from tests.helpers.jobs import wait_for_jobs


def _widget(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_one_action_at_a_time_off_the_window_thread(qtbot: QtBot) -> None:
    widget = _widget(qtbot)
    release = threading.Event()
    on_main: list[bool] = []
    states: list[bool] = []
    results: list[int] = []

    def work() -> int:
        on_main.append(threading.current_thread() is threading.main_thread())
        release.wait(10)
        return 7

    assert run_action(widget, work, results.append, state=lambda: states.append(acting(widget)))
    assert acting(widget) and widget.cursor().shape() == Qt.CursorShape.BusyCursor
    assert not run_action(widget, work, results.append)  # pressed again: nothing started
    release.set()
    wait_for_jobs(qtbot)
    assert on_main == [False] and results == [7] and states == [True, False]
    assert not acting(widget) and widget.cursor().shape() != Qt.CursorShape.BusyCursor
    assert run_action(widget, lambda: 8, results.append)  # answered: the next one runs
    wait_for_jobs(qtbot)
    assert results == [7, 8]


def _refuse() -> None:
    raise ValidationError("Alasan wajib diisi.", field="Alasan")


def _break() -> None:
    raise RuntimeError("NIK 6201011234560001 rusak")  # a fault's message never reaches the screen


def test_a_refusal_is_shown_or_handed_over_and_a_fault_said_plainly(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(("warning", text)))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a, **k: said.append(("critical", text)))
    monkeypatch.setattr("puskesos_desktop.ui.crashlog.log_exception", lambda *a, **k: None)
    widget = _widget(qtbot)
    done: list[object] = []
    run_action(widget, _refuse, done.append)
    wait_for_jobs(qtbot)
    assert said == [("warning", "Alasan: Alasan wajib diisi.")] and done == []
    refused: list[PuskesosError] = []
    run_action(widget, _refuse, done.append, on_refused=refused.append)
    wait_for_jobs(qtbot)
    assert len(refused) == 1 and len(said) == 1
    run_action(widget, _break, done.append)
    wait_for_jobs(qtbot)
    assert said[-1][0] == "critical" and "6201011234560001" not in said[-1][1] and done == []
    assert not acting(widget)
