"""Work off the UI thread: a function runs in Qt's thread pool, its result comes back on the main thread.

The function gets only plain data (the Database opens its own connection per session), never a widget.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    # Created on the main thread: signals emitted from the worker arrive there, queued.
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay

    def run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # noqa: BLE001 - handed to the main thread, which shows it
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_alive: set[_Relay] = set()


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[Exception], None] | None = None,
) -> None:
    """Run fn() in the thread pool; on_done(result) or on_error(exception) is called on the main thread."""
    relay = _Relay()
    _alive.add(relay)

    def finish(callback: Callable[[Any], None] | None, value: Any) -> None:
        _alive.discard(relay)
        relay.deleteLater()
        if callback is not None:
            callback(value)

    relay.done.connect(lambda value: finish(on_done, value))
    relay.failed.connect(lambda exc: finish(on_error, exc) if on_error else finish(_raise, exc))
    QThreadPool.globalInstance().start(_Job(fn, relay))


def _raise(exc: Exception) -> None:
    raise exc


def pending() -> int:
    """Jobs started and not yet delivered (tests wait for 0)."""
    return len(_alive)
