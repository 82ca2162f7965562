"""The front office's service calls as jobs: off the window's thread, one of each at a time, a busy cursor meanwhile,
a refusal shown as a message box, a fault as a fault."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.ui.dialogs.front import service_calls
from puskesos_desktop.ui.dialogs.front.service_calls import ServiceCalls
from tests.helpers.jobs import wait_for_jobs, wait_until


@pytest.fixture
def owner(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_the_call_runs_on_a_worker_and_answers_on_the_window_thread(qtbot: QtBot, owner: QWidget) -> None:
    calls = ServiceCalls(owner)
    threads: list[str] = []
    gate = threading.Event()

    def work() -> int:
        threads.append(threading.current_thread().name)
        gate.wait(10)
        return 42

    answers: list[tuple[int, bool]] = []
    assert calls.run("save", work, lambda n: answers.append((n, threading.current_thread() is threading.main_thread())))
    assert calls.busy("save") and calls.busy() and owner.cursor().shape() == Qt.CursorShape.BusyCursor
    assert not calls.run("save", work, lambda n: answers.append((n, False)))  # pressed twice: started once
    gate.set()
    wait_for_jobs(qtbot)
    assert answers == [(42, True)]
    assert threads and threads[0] != threading.main_thread().name
    assert not calls.busy() and owner.cursor().shape() == Qt.CursorShape.ArrowCursor
    assert calls.run("save", lambda: 1, lambda _n: None)  # free again once answered


def test_different_actions_run_side_by_side(qtbot: QtBot, owner: QWidget) -> None:
    calls = ServiceCalls(owner)
    gate = threading.Event()
    done: list[str] = []
    assert calls.run("a", lambda: gate.wait(10), lambda _r: done.append("a"))
    assert calls.run("b", lambda: "b", done.append)
    wait_until(qtbot, lambda: done == ["b"])
    assert calls.busy("a") and owner.cursor().shape() == Qt.CursorShape.BusyCursor  # still one on its way
    gate.set()
    wait_for_jobs(qtbot)
    assert sorted(done) == ["a", "b"] and not calls.busy()


def test_a_refusal_is_shown_and_a_fault_goes_to_show_fault(
    qtbot: QtBot, owner: QWidget, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused: list[str] = []
    faults: list[str] = []
    monkeypatch.setattr(service_calls, "show_error", lambda _w, exc: refused.append(exc.message))
    monkeypatch.setattr(service_calls, "show_fault", lambda _w, exc: faults.append(type(exc).__name__))
    calls = ServiceCalls(owner)
    answered: list[Any] = []

    def refuse() -> None:
        raise ValidationError("Akun ini tidak aktif.", field="Nama")

    def crash() -> None:
        raise RuntimeError("boom")

    calls.run("refuse", refuse, answered.append)
    calls.run("crash", crash, answered.append)
    wait_for_jobs(qtbot)
    assert refused == ["Akun ini tidak aktif."] and faults == ["RuntimeError"] and answered == []
    assert not calls.busy() and owner.cursor().shape() == Qt.CursorShape.ArrowCursor
    own: list[Any] = []
    calls.run("refuse", refuse, answered.append, own.append)  # the caller's own way of showing it
    wait_for_jobs(qtbot)
    assert len(own) == 1 and refused == ["Akun ini tidak aktif."]
