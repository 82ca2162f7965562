"""The debug mode that logs freezes of the window (PUSKESOS_SLOW_MS, issue 9)."""

from __future__ import annotations

import logging
import time

import pytest
from PySide6.QtCore import QObject, QTimer
from pytestqt.qtbot import QtBot

from puskesos_desktop.ui import watchdog
from tests.helpers.jobs import wait_until


def _busy() -> None:
    time.sleep(0.35)  # a slow call on the UI thread


def test_a_stall_is_logged_with_where_it_happened(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(watchdog.ENV, "100")
    owner = QObject()
    dog = watchdog.install_if_asked(owner)
    assert dog is not None
    try:
        with caplog.at_level(logging.WARNING, logger="puskesos.slow"):
            first = dog.last
            wait_until(qtbot, lambda: dog.last != first)  # the watchdog's timer ticks
            QTimer.singleShot(0, _busy)
            wait_until(qtbot, lambda: bool(dog.stalls))
        text = caplog.text
        assert "busy for more than 100 ms" in text and "_busy" in text
        assert dog.stalls[0] >= 250
    finally:
        dog.stop()


def test_off_unless_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(watchdog.ENV, raising=False)
    assert watchdog.install_if_asked(QObject()) is None


def test_the_stack_comes_from_faulthandler_not_from_frames_held_on_the_watchers_thread(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    import sys

    def forbidden() -> dict[int, object]:
        raise AssertionError("the watchdog must not hold the UI thread's frames")

    monkeypatch.setattr(sys, "_current_frames", forbidden)
    monkeypatch.setenv(watchdog.ENV, "100")
    owner = QObject()
    dog = watchdog.install_if_asked(owner)
    assert dog is not None
    try:
        with caplog.at_level(logging.WARNING, logger="puskesos.slow"):
            first = dog.last
            wait_until(qtbot, lambda: dog.last != first)
            QTimer.singleShot(0, _busy)
            wait_until(qtbot, lambda: bool(dog.stalls))
        assert "_busy" in caplog.text and "test_watchdog.py" in caplog.text
    finally:
        dog.stop()


def test_a_stall_says_how_much_was_the_ui_threads_own_work_and_slow_collections_are_logged(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """On a loaded machine a stall can be mostly waiting for a core: the CPU time tells the work from the wait."""
    import gc

    monkeypatch.setenv(watchdog.ENV, "100")
    monkeypatch.setattr(watchdog, "SLOW_GC_MS", -1.0)  # every collection counts as slow here
    owner = QObject()
    dog = watchdog.install_if_asked(owner)
    assert dog is not None
    try:
        with caplog.at_level(logging.WARNING, logger="puskesos.slow"):
            first = dog.last
            wait_until(qtbot, lambda: dog.last != first)
            QTimer.singleShot(0, _busy)  # asleep: no work of its own
            wait_until(qtbot, lambda: bool(dog.stalls))
            gc.collect(0)
        assert len(dog.stall_cpu) == len(dog.stalls) and dog.stall_cpu[0] < dog.stalls[0] / 2
        assert "(CPU " in caplog.text
        assert dog.slow_gc and "garbage collection of generation 0" in caplog.text
    finally:
        dog.stop()
    assert dog._gc_event not in gc.callbacks  # stopped: no more callbacks from the collector


def test_the_other_threads_busy_then_are_logged_and_the_idle_ones_are_not() -> None:
    dump = (
        "Thread 0x00007f01 (most recent call first):\n"
        '  File "/py/threading.py", line 327 in wait\n'
        '  File "/py/threading.py", line 629 in wait\n\n'
        "Thread 0x00007f02 (most recent call first):\n"
        '  File "/app/services/people/search.py", line 287 in _load_pg\n'
        '  File "/app/ui/jobs.py", line 90 in run\n\n'
        "Thread 0x00007f03 (most recent call first):\n"
        "  <no Python frame>\n"
        "Current thread 0x00007f04 (most recent call first):\n"
        '  File "/app/ui/watchdog.py", line 99 in _where\n'
    )
    text = watchdog.busy_threads(dump, {0x7F04})
    assert "search.py" in text and "_load_pg" in text and "0x00007f02" in text
    assert "threading.py" not in text and "watchdog.py" not in text and "0x00007f03" not in text
