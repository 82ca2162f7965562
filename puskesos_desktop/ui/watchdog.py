"""Debug mode for "the window never freezes": PUSKESOS_SLOW_MS=100 logs every stall of the UI thread over 100 ms.

A timer on the UI thread marks each turn of the event loop; a watcher thread (plain Python, no Qt) looks every few
milliseconds and, when the UI thread has not come back for longer than the limit, logs where it is stuck (its
stack, once per stall) and, when it comes back, how long the stall lasted. Off unless the variable is set.

The stack is read with ``faulthandler.dump_traceback`` into a private temporary file, never through
``sys._current_frames()``: holding the UI thread's frame objects on this thread would make their locals (widgets,
jobs) die here when the reference goes, and nothing of the UI may be destroyed off the UI thread (ui/jobs.py).
"""

from __future__ import annotations

import faulthandler
import logging
import os
import re
import tempfile
import threading
import time

from PySide6.QtCore import QObject, QTimer

ENV = "PUSKESOS_SLOW_MS"
TICK_MS = 20
log = logging.getLogger("puskesos.slow")


class Watchdog(QObject):
    def __init__(self, limit_ms: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit_ms / 1000
        self.ui_thread = threading.get_ident()
        self.last = time.monotonic()
        self.stalls: list[float] = []  # durations (ms) of the stalls seen, for tests and the benchmark
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._watcher = threading.Thread(target=self._watch, name="puskesos-watchdog", daemon=True)
        self._watcher.start()

    def _tick(self) -> None:
        self.last = time.monotonic()

    def _watch(self) -> None:
        reported = 0.0  # the `last` of the stall already reported
        while not self._stop.wait(self.limit / 4):
            last = self.last
            late = time.monotonic() - last - TICK_MS / 1000
            if late > self.limit and reported != last:
                reported = last
                where = self._where()
                log.warning("UI thread busy for more than %d ms; it is at:\n%s", self.limit * 1000, where)
            elif reported and reported != last:
                # It came back: how long it was away.
                self.stalls.append(round((last - reported) * 1000, 1))
                log.warning("UI thread was busy for %.0f ms", self.stalls[-1])
                reported = 0.0

    def _where(self) -> str:
        """The UI thread's stack as text (faulthandler's dump of every thread; only plain text comes back)."""
        try:
            with tempfile.TemporaryFile() as fh:
                faulthandler.dump_traceback(fh, all_threads=True)
                fh.seek(0)
                dump = fh.read().decode("utf-8", "replace")
        except (OSError, ValueError):
            return "?"
        return ui_stack(dump, self.ui_thread)

    def stop(self) -> None:
        self._stop.set()
        self._timer.stop()


def ui_stack(dump: str, ident: int, limit: int = 12) -> str:
    """One thread's part of a faulthandler dump ("Thread 0x… (most recent call first):" then its lines)."""
    head = re.compile(rf"^(Current thread|Thread) 0x0*{ident:x} ", re.IGNORECASE)
    lines = dump.splitlines()
    for i, line in enumerate(lines):
        if head.match(line):
            body = []
            for frame in lines[i + 1 :]:
                if not frame.startswith("  "):
                    break
                body.append(frame.strip())
            return "\n".join(body[:limit]) or "?"
    return "?"


def install_if_asked(parent: QObject) -> Watchdog | None:
    """The watchdog when PUSKESOS_SLOW_MS is set (its value: the limit in milliseconds), else None."""
    raw = os.environ.get(ENV, "").strip()
    if not raw:
        return None
    try:
        limit = float(raw)
    except ValueError:
        limit = 100.0
    if not logging.getLogger().handlers:
        logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(name)s: %(message)s")
    return Watchdog(max(limit, TICK_MS * 2), parent)
