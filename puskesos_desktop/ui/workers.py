"""Named background jobs: a service call runs in a thread pool; only the newest job of a name has its result
applied, on the UI thread. (ui/widgets/background.py is the one-shot variant.)"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Bridge(QObject):
    """Lives on the UI thread; signals emitted from a pool thread arrive there (queued)."""

    done = Signal(str, int, object)
    failed = Signal(str, int, object)


class _Job(QRunnable):
    def __init__(self, bridge: _Bridge, name: str, seq: int, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.bridge, self.name, self.seq, self.fn = bridge, name, seq, fn

    def run(self) -> None:
        failed = False
        try:
            result: object = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which shows it
            failed, result = True, exc
        try:
            (self.bridge.failed if failed else self.bridge.done).emit(self.name, self.seq, result)
        except RuntimeError:
            pass  # the tab was closed meanwhile


class Runner(QObject):
    """Named background jobs: only the newest job of a name has its result applied."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.bridge = _Bridge(self)
        self.bridge.done.connect(self._done)
        self.bridge.failed.connect(self._failed)
        self._seq = itertools.count(1)
        self._latest: dict[str, int] = {}
        self._handlers: dict[str, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)

    @property
    def busy(self) -> bool:
        return bool(self._latest)

    def run(
        self,
        name: str,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
    ) -> None:
        seq = next(self._seq)
        self._latest[name] = seq
        self._handlers[name] = (on_done, on_error)
        self.pool.start(_Job(self.bridge, name, seq, fn))

    def _take(self, name: str, seq: int) -> tuple[Callable[[Any], None], Callable[[BaseException], None]] | None:
        if self._latest.get(name) != seq:
            return None
        del self._latest[name]
        return self._handlers.pop(name)

    def _done(self, name: str, seq: int, result: object) -> None:
        handlers = self._take(name, seq)
        if handlers is not None:
            handlers[0](result)

    def _failed(self, name: str, seq: int, exc: object) -> None:
        handlers = self._take(name, seq)
        if handlers is not None and isinstance(exc, BaseException):
            handlers[1](exc)

    def wait(self, msecs: int = 30_000) -> bool:
        return self.pool.waitForDone(msecs)
