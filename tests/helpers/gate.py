"""Holding a service call on its worker until the test lets it go: to look at a widget while its job runs (busy,
buttons disabled) and to press a button a second time meanwhile."""

from __future__ import annotations

import threading
from typing import Any

import pytest

#: How long a held call waits at most (a test that failed before letting it go must not keep a worker forever).
HOLD_S = 20.0


class Gate:
    """Counts the calls that reached the worker; ``open()`` lets them go on."""

    def __init__(self) -> None:
        self._release = threading.Event()
        self._lock = threading.Lock()
        self.calls = 0
        self.threads: list[bool] = []  # per call: was it on the window's (main) thread?

    def enter(self) -> None:
        with self._lock:
            self.calls += 1
            self.threads.append(threading.current_thread() is threading.main_thread())
        self._release.wait(HOLD_S)

    def open(self) -> None:
        self._release.set()


def hold(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> Gate:
    """``module.name`` (a service function, as the UI calls it) waits at the gate before doing its work."""
    gate = Gate()
    real = getattr(module, name)

    def held(*args: Any, **kwargs: Any) -> Any:
        gate.enter()
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, held)
    return gate
