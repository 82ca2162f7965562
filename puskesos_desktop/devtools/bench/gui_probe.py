"""The cold-start child: the real program (`ui.app.run_gui`) on the benchmark database, watched from inside.

The parent starts `puskesos bench --child gui` with QT_QPA_PLATFORM=offscreen and the benchmark account in
PUSKESOS_BENCH_USER / PUSKESOS_BENCH_PASSWORD (read by `ui.app.start` instead of showing the login dialog). This
module only wraps `ui.app.start` to put an event filter on the main window it returns: the moment the window's
first paint is done, the wall-clock time goes to stdout and the process ends (`os._exit`: no closing backup).

With `wait_index`, the process stays until the search name index (built in the background) is ready, timing the
gaps between ticks of a 10 ms timer on the UI thread meanwhile: the longest gap is how long the window froze.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from puskesos_desktop.devtools.bench import measure

TICK_MS = 10
INDEX_TIMEOUT_S = 180.0


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # no closing backup, no saved geometry: the measurement is over


def run(workdir: Path, wait_index: bool = False) -> dict[str, Any]:
    """Start the program; never returns when the window shows (the process ends in _emit)."""
    from puskesos_desktop.ui import app as ui_app  # first, as the program imports it (before Qt: see ui/__init__)

    from PySide6.QtCore import QEvent, QObject, QTimer  # isort: skip
    from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget  # isort: skip

    from puskesos_desktop.devtools.bench.info import load_info, office_url
    from puskesos_desktop.services import bootstrap
    from puskesos_desktop.services.admin import auth
    from puskesos_desktop.services.people import search

    info = load_info(workdir)
    marks: dict[str, Any] = {"imported_at": time.time(), "phases_cpu_s": {"imports": round(measure.cpu_seconds(), 2)}}
    phases: dict[str, float] = marks["phases_cpu_s"]

    def phase(name: str, cpu0: float) -> None:
        phases[name] = round(measure.cpu_seconds() - cpu0, 2)

    authenticate = auth.authenticate

    def timed_authenticate(*args: Any, **kwargs: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return authenticate(*args, **kwargs)
        finally:
            marks["sign_in_s"] = round(time.perf_counter() - t0, 3)

    auth.authenticate = timed_authenticate

    class Probe(QObject):
        def __init__(self, window: QMainWindow, db: Any) -> None:
            super().__init__(window)
            self.window = window
            self.db = db
            self.seen = False
            self.gaps: list[float] = []
            self.last = 0.0
            self.started = 0.0
            self.timer = QTimer(self)
            self.timer.setInterval(TICK_MS)
            self.timer.timeout.connect(self.tick)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self.seen and event.type() in (QEvent.Type.Paint, QEvent.Type.UpdateRequest):
                self.seen = True
                # After the paint in progress is done.
                QTimer.singleShot(0, self.shown)
            return False

        def shown(self) -> None:
            marks["shown_at"] = time.time()
            marks["shown_cpu_s"] = round(measure.cpu_seconds(), 2)
            marks["shown_rss_mb"] = measure.peak_rss_mb()
            marks["rss_now_mb"] = {"shown": measure.rss_mb()}
            if not wait_index:
                _emit(marks)
            self.started = self.last = time.perf_counter()
            self.timer.start()

        def tick(self) -> None:
            now = time.perf_counter()
            self.gaps.append((now - self.last) * 1000 - TICK_MS)
            self.last = now
            index = search.name_index(self.db)
            if index.ready or now - self.started > INDEX_TIMEOUT_S:
                marks["index_ready"] = index.ready
                marks["index_after_shown_s"] = round(now - self.started, 2)
                marks["ui_stall_ms"] = {
                    "max": round(max(self.gaps, default=0.0), 1),
                    "p99": round(measure.percentile(self.gaps, 99), 1) if self.gaps else 0.0,
                    "over_100ms": sum(g > 100 for g in self.gaps),
                }
                self.timer.stop()
                marks["rss_now_mb"]["index"] = measure.rss_mb()
                marks["first_show_of_tab_ms"] = self.visit_tabs()
                marks["rss_now_mb"]["tabs"] = measure.rss_mb()
                marks["rss_mb"] = measure.peak_rss_mb()
                marks["cpu_s"] = round(measure.cpu_seconds(), 2)
                _emit(marks)

        def visit_tabs(self) -> dict[str, float]:
            """Each tab's first showing (its lists load then, on the UI thread), painted: the longest freeze."""
            tabs = getattr(self.window, "tabs", None)
            if not isinstance(tabs, QTabWidget):
                return {}
            out: dict[str, float] = {}
            for i in [*range(1, tabs.count()), 0]:
                t0 = time.perf_counter()
                tabs.setCurrentIndex(i)
                QApplication.processEvents()
                out[tabs.tabText(i).replace("&", "")] = round((time.perf_counter() - t0) * 1000, 1)
            return out

    start, open_db = ui_app.start, bootstrap.open_office_db

    def watched_open(url: str) -> Any:
        cpu0 = measure.cpu_seconds()
        try:
            return open_db(url)
        finally:
            phase("open_database", cpu0)

    def watched_start(db: Any, **kwargs: Any) -> QMainWindow | None:
        cpu0 = measure.cpu_seconds()
        window = start(db, **kwargs)
        phase("sign_in_and_window", cpu0)
        if window is not None:
            window.installEventFilter(Probe(window, db))
        return window

    # run_gui looks these up when it runs (open_office_db in services.bootstrap, imported where it is called).
    ui_app.start = watched_start
    bootstrap.open_office_db = watched_open
    code = ui_app.run_gui(office_url(info))
    return {"error": f"the program ended without showing its window (exit {code})"}
