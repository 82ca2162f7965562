"""Waiting for the window's background work: the one way tests wait (ui/jobs.py), with one default timeout."""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from puskesos_desktop.ui.jobs import jobs

#: The one default timeout for anything a UI test waits for (ms). Generous for a loaded 2-core CI machine;
#: a passing test returns as soon as the work is delivered.
DEFAULT_TIMEOUT_MS = 30_000


def wait_for_jobs(qtbot: QtBot, timeout: int = DEFAULT_TIMEOUT_MS) -> None:
    """Until every job started so far has been delivered (its callbacks ran on the UI thread)."""
    runner = jobs()
    if runner.is_idle():
        qtbot.wait(0)
        return
    qtbot.waitUntil(runner.is_idle, timeout=timeout)


def wait_until(qtbot: QtBot, condition: Callable[[], object], timeout: int = DEFAULT_TIMEOUT_MS) -> None:
    """Until ``condition()`` is true (background work keeps being delivered meanwhile)."""
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def drain(timeout: int = DEFAULT_TIMEOUT_MS) -> None:
    """``wait_for_jobs`` where no qtbot is at hand (a helper called from inside a recorder). Fails on timeout."""
    if not jobs().wait(timeout / 1000):
        raise AssertionError(f"background work still running after {timeout} ms")
