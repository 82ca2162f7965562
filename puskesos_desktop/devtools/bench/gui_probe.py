"""The cold-start child: the real program (`ui.app.run_gui`) on the benchmark database, watched from inside.

The parent starts `puskesos bench --child gui` with QT_QPA_PLATFORM=offscreen and the benchmark account in
PUSKESOS_BENCH_USER / PUSKESOS_BENCH_PASSWORD. This child takes them out of the environment and signs in the way a
person does, on either engine: the sign-in dialog shows, the account and password are typed into
it as key events at TYPE_MS a key (a quick typist: a slower one only gives the program more time), then Enter.
What the program does while the person types (the database opening, the window's modules: issue 21) overlaps the
typing, as it does for a person; the typing itself is not the program's time: `cold_start_s` (runner.py) is
process start to the main window's first paint minus `typing_s`, the dialog's first paint to Enter. Each
keystroke's wait (posted to seen in the field) is `key_lag_ms`: work overlapped with the typing must not freeze it.
On a server the dialog paints first from what this PC saw there last (db/first_look.server_look, written by every
sign-in) and the connection opens while the person types, as on the office file; a folder whose first start it is
(no server-look.json yet) connects first, as a PC does the first time (`early_dialog` says which way it went).

An event filter on the main window sees its first paint: the wall-clock times go to stdout and the process ends
(`os._exit`: no closing backup).

With `wait_index`, the process stays until the search name index (built in the background) is ready, timing the
gaps between ticks of a 10 ms timer on the UI thread meanwhile: the longest gap is how long the window froze.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from puskesos_desktop.devtools.bench import measure

TICK_MS = 10
TYPE_MS = 100  # a key every 0.1 s
INDEX_TIMEOUT_S = 180.0


def _emit(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)  # no closing backup, no saved geometry: the measurement is over


def run(workdir: Path, wait_index: bool = False) -> dict[str, Any]:
    """Start the program; never returns when the window shows (the process ends in _emit)."""
    from puskesos_desktop.ui import app as ui_app  # first, as the program imports it (before Qt: see ui/__init__)

    from PySide6.QtCore import QEvent, QObject, Qt, QTimer  # isort: skip
    from PySide6.QtGui import QKeyEvent  # isort: skip
    from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMainWindow, QTabWidget  # isort: skip

    from puskesos_desktop.config import data_dir, sqlite_path
    from puskesos_desktop.db.first_look import server_look
    from puskesos_desktop.devtools.bench.info import load_info, office_url

    info = load_info(workdir)
    marks: dict[str, Any] = {"imported_at": time.time(), "phases_cpu_s": {"imports": round(measure.cpu_seconds(), 2)}}
    phases: dict[str, float] = marks["phases_cpu_s"]
    url = office_url(info)
    # The dialog shows and is typed into on both engines (ui/app.py signs the account in without it while these
    # are set): a server's start measured the way its user sees it, the dialog first.
    username = os.environ.pop("PUSKESOS_BENCH_USER", "")
    password = os.environ.pop("PUSKESOS_BENCH_PASSWORD", "")
    marks["early_dialog"] = sqlite_path(url) is not None or server_look(url, data_dir()) is not None

    class Typist(QObject):
        """Types into the sign-in dialog once it has painted: key events posted as a keyboard would, then Enter."""

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.dialog: Any = None  # the LoginDialog, seen by its class name
            self.keys: list[tuple[QLineEdit, str]] = []
            self.posted = 0.0
            self.lags: list[float] = []
            self.timer = QTimer(self)
            self.timer.setInterval(TYPE_MS)
            self.timer.timeout.connect(self.key)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            # By class name: importing the dialog here would move its import cost out of the figure.
            if self.dialog is None and event.type() == QEvent.Type.Paint and type(watched).__name__ == "LoginDialog":
                assert isinstance(watched, QDialog)
                self.dialog = watched
                QTimer.singleShot(0, self.painted)  # after the paint in progress is done
            return False

        def painted(self) -> None:
            assert self.dialog is not None
            # Found: no more Python for every event of the program (it would be counted in the window's start).
            QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
            marks["dialog_painted_at"] = time.time()
            marks["dialog_cpu_s"] = round(measure.cpu_seconds(), 2)
            fields: list[QLineEdit] = [self.dialog.username, self.dialog.password]
            for field in fields:
                field.textEdited.connect(self.seen)
            self.keys = [(fields[0], c) for c in username] + [(fields[1], c) for c in password]
            login: Any = sys.modules[type(self.dialog).__module__]  # imported by now: the dialog is on screen
            authenticate = login._authenticate

            def timed_authenticate(*args: Any) -> Any:
                t0 = time.perf_counter()
                try:
                    return authenticate(*args)
                finally:
                    marks["sign_in_s"] = round(time.perf_counter() - t0, 3)

            login._authenticate = timed_authenticate
            self.timer.start()

        def seen(self, _text: str) -> None:
            self.lags.append((time.perf_counter() - self.posted) * 1000)

        def key(self) -> None:
            if self.keys:
                field, char = self.keys.pop(0)
                self.posted = time.perf_counter()
                QApplication.postEvent(field, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, char))
                return
            self.timer.stop()
            marks["typing_s"] = round(time.time() - marks["dialog_painted_at"], 3)
            marks["key_lag_ms"] = {"max": round(max(self.lags, default=0.0), 1), "keys": len(self.lags)}
            marks["enter_cpu_s"] = round(measure.cpu_seconds(), 2)
            # How much of the window's start was done while the person typed (ui/app.py WindowWarmer).
            marks["warmed_at_enter"] = {
                "modules": sum(m in sys.modules for m in ui_app.WINDOW_MODULES),
                "of": len(ui_app.WINDOW_MODULES),
                "frozen": gc.get_freeze_count(),
            }
            phases["to_dialog"] = marks["dialog_cpu_s"]
            phases["while_typing"] = round(marks["enter_cpu_s"] - marks["dialog_cpu_s"], 2)
            assert self.dialog is not None
            password_field = self.dialog.password
            QApplication.postEvent(
                password_field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
            )

    def phase(name: str, cpu0: float) -> None:
        phases[name] = round(measure.cpu_seconds() - cpu0, 2)

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
            from puskesos_desktop.services.people import search

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

    start, main_window = ui_app.start, ui_app.main_window

    def watched_start(db: Any, **kwargs: Any) -> QMainWindow | None:
        cpu0 = measure.cpu_seconds()
        window = start(db, **kwargs)
        if "sign_in_and_window" not in phases:
            phase("sign_in_and_window", cpu0)
        # start() builds the window through main_window (watched below): one probe a window.
        if window is not None and window.findChild(Probe) is None:
            window.installEventFilter(Probe(window, db))
        return window

    def watched_main_window(db: Any, user: Any, **kwargs: Any) -> QMainWindow:
        # The dialog's way: the password was checked on a worker after Enter; the window is built now.
        window = main_window(db, user, **kwargs)
        if "enter_cpu_s" in marks:
            phases["sign_in_and_window"] = round(measure.cpu_seconds() - marks["enter_cpu_s"], 2)
        window.installEventFilter(Probe(window, db))
        return window

    # run_gui looks these up when it runs.
    ui_app.start = watched_start
    ui_app.main_window = watched_main_window
    make = ui_app.make_application

    def watched_make(argv: list[str] | None = None) -> Any:
        app = make(argv)
        app.installEventFilter(Typist(app))
        return app

    ui_app.make_application = watched_make
    code = ui_app.run_gui(url)
    return {"error": f"the program ended without showing its window (exit {code})"}
