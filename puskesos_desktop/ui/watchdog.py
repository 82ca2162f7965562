"""Debug mode for "the window never freezes": PUSKESOS_SLOW_MS=100 logs every stall of the UI thread over 100 ms.

A timer on the UI thread marks each turn of the event loop; a watcher thread (plain Python, no Qt) looks every few
milliseconds and, when the UI thread has not come back for longer than the limit, logs where it is stuck (its
stack) and, when it comes back, how long the stall lasted, how much of it was the UI thread's own CPU time (on a
loaded machine a stall can be mostly waiting for a core) and where it was at each further limit's worth of the
stall (a long stall is often several things in a row). Garbage collections that take longer than
``SLOW_GC_MS`` are logged too (they run on the UI thread: ui/jobs.GarbageCollector). Off unless the variable is set.

The stack is read with ``faulthandler.dump_traceback`` into a private temporary file, never through
``sys._current_frames()``: holding the UI thread's frame objects on this thread would make their locals (widgets,
jobs) die here when the reference goes, and nothing of the UI may be destroyed off the UI thread (ui/jobs.py).
"""

from __future__ import annotations

import faulthandler
import gc
import logging
import os
import re
import tempfile
import threading
import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

ENV = "PUSKESOS_SLOW_MS"
TICK_MS = 20
SLOW_GC_MS = 20.0
log = logging.getLogger("puskesos.slow")


class Watchdog(QObject):
    def __init__(self, limit_ms: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = limit_ms / 1000
        self.ui_thread = threading.get_ident()
        self.last = time.monotonic()
        # (wall, the UI thread's CPU time) at the last tick: one tuple, so the watcher reads a consistent pair.
        self.mark = (self.last, time.thread_time())
        self.stalls: list[float] = []  # durations (ms) of the stalls seen, for tests and the benchmark
        self.stall_cpu: list[float] = []  # the UI thread's CPU time (ms) in each of them
        self.slow_gc: list[tuple[int, float]] = []  # (generation, ms) of each collection over SLOW_GC_MS
        self._gc_started = self._gc_cpu = 0.0
        gc.callbacks.append(self._gc_event)
        self._stop = threading.Event()
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        self._watcher = threading.Thread(target=self._watch, name="puskesos-watchdog", daemon=True)
        self._watcher.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.mark = (now, time.thread_time())
        self.last = now

    def _gc_event(self, phase: str, info: dict[str, int]) -> None:
        # Collections run on the UI thread only (ui/jobs.py), so this is the UI thread's time.
        if phase == "start":
            self._gc_started, self._gc_cpu = time.perf_counter(), time.thread_time()
            return
        ms = (time.perf_counter() - self._gc_started) * 1000
        if ms > SLOW_GC_MS:
            self.slow_gc.append((info.get("generation", -1), round(ms, 1)))
            log.warning(
                "garbage collection of generation %s took %.0f ms (CPU %.0f ms, %s objects freed)",
                info.get("generation"),
                ms,
                (time.thread_time() - self._gc_cpu) * 1000,
                info.get("collected"),
            )

    def _watch(self) -> None:
        stalled: tuple[float, float] | None = None  # the mark the UI thread has not come back from
        next_look = 0.0
        while not self._stop.wait(self.limit / 4):
            mark = self.mark
            now = time.monotonic()
            if stalled is None and now - mark[0] - TICK_MS / 1000 > self.limit:
                stalled, next_look = mark, now + self.limit
                log.warning("UI thread busy for more than %d ms; it is at:\n%s", self.limit * 1000, self._where())
            elif stalled is not None and mark is stalled and now >= next_look:
                # Still away: where it is now (a long stall is often several slow things in a row).
                next_look = now + self.limit
                log.warning("UI thread still busy after %.0f ms; now at:\n%s", (now - stalled[0]) * 1000, self._where())
            elif stalled is not None and mark is not stalled:
                # It came back: how long it was away, and how much of that was its own work.
                self.stalls.append(round((mark[0] - stalled[0]) * 1000, 1))
                self.stall_cpu.append(round((mark[1] - stalled[1]) * 1000, 1))
                log.warning("UI thread was busy for %.0f ms (CPU %.0f ms)", self.stalls[-1], self.stall_cpu[-1])
                stalled = None

    def _where(self) -> str:
        """The UI thread's stack as text (faulthandler's dump of every thread; only plain text comes back)."""
        try:
            with tempfile.TemporaryFile() as fh:
                faulthandler.dump_traceback(fh, all_threads=True)
                fh.seek(0)
                dump = fh.read().decode("utf-8", "replace")
        except (OSError, ValueError):
            return "?"
        where = ui_stack(dump, self.ui_thread)
        others = busy_threads(dump, {self.ui_thread, threading.get_ident()})
        # What the other threads were doing then: a worker holding the GIL (a C call converting rows, say) stalls
        # the window without any work of the window's own.
        return f"{where}\n-- other threads --\n{others}" if others else where

    def stop(self) -> None:
        self._stop.set()
        self._timer.stop()
        if self._gc_event in gc.callbacks:
            gc.callbacks.remove(self._gc_event)


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


_HEAD = re.compile(r"^(?:Current thread|Thread) 0x0*([0-9a-f]+) ", re.IGNORECASE)
# A thread whose innermost frame is one of these waits (for work, a lock, the server) without the GIL.
_IDLE = re.compile(r'File ".*(?:threading|queue|selectors|psycopg[/\\]connection)\.py", line \d+ in ')


def busy_threads(dump: str, skip: set[int], limit: int = 6) -> str:
    """The stacks of the threads in a faulthandler dump other than ``skip`` that are not waiting idle."""
    out: list[str] = []
    current: list[str] | None = None
    for line in [*dump.splitlines(), ""]:
        head = _HEAD.match(line)
        if line.startswith("  ") and current is not None:
            current.append(line.strip())
            continue
        if current and len(current) > 1 and not current[1].startswith("<") and not _IDLE.match(current[1]):
            out.append("\n".join(current[: limit + 1]))
        current = None
        if head is not None and int(head.group(1), 16) not in skip:
            current = [line.split(" (")[0]]
    return "\n".join(out)


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


def slow_log(path: Path) -> None:
    """When PUSKESOS_SLOW_MS is set, the stalls also go to ``path`` (the soak's and the benchmark's children: their
    standard error is not kept)."""
    if not os.environ.get(ENV, "").strip():
        return
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.WARNING)
