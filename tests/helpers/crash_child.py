"""The real program (ui.app.run_gui) in a process of its own, for tests/ui/test_crashlog.py.

``--mode crash``: sign in, type a name and a NIK into the front office search, raise an exception in a slot (its
message holds that name and NIK), then crash for real (``faulthandler._sigsegv``): the crash log must hold stacks
only. ``--mode restart``: the next start; prints NOTICE when the program offers the crash report, then quits
normally.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import sys
import time
from typing import Any

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from puskesos_desktop.devtools import demo
from puskesos_desktop.ui import app as ui_app
from puskesos_desktop.ui import help as ui_help
from puskesos_desktop.ui.jobs import jobs
from tests.helpers.jobs import DEFAULT_TIMEOUT_MS

TYPED_NAME = "Ratna Sarimanah Wulandari"
TYPED_NIK = "6201024101900077"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--mode", choices=("crash", "restart"), required=True)
    args = parser.parse_args(argv)
    os.environ["PUSKESOS_BENCH_USER"] = "koordinator"  # signs in without the dialog (ui/app.py)
    os.environ["PUSKESOS_BENCH_PASSWORD"] = demo.DEMO_PASSWORD

    def die() -> None:
        print("STILL-RUNNING", flush=True)
        faulthandler._sigsegv()

    def critical(*_a: Any, **_k: Any) -> QMessageBox.StandardButton:
        print("FAULT-SHOWN", flush=True)
        if args.mode == "crash":
            QTimer.singleShot(0, die)  # after the fault was shown, on a later turn: the program went on
        return QMessageBox.StandardButton.Ok

    QMessageBox.critical = staticmethod(critical)  # type: ignore[method-assign]
    start = ui_app.start

    def started(db: Any, **kwargs: Any) -> QMainWindow | None:
        window = start(db, **kwargs)
        if window is not None:
            QTimer.singleShot(0, lambda: (crash if args.mode == "crash" else restart)(window))
        return window

    def type_and_wait(window: Any, text: str) -> None:
        box = window.tab_pages[0].search_box
        box.clear()
        QTest.keyClicks(box, text)
        # The search box waits for a pause in typing: until its timer has fired (and started the search).
        deadline = time.monotonic() + DEFAULT_TIMEOUT_MS / 1000
        while box.timer.isActive() and time.monotonic() < deadline:
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)
        jobs().wait(DEFAULT_TIMEOUT_MS / 1000)

    def crash(window: Any) -> None:
        type_and_wait(window, TYPED_NAME)
        type_and_wait(window, TYPED_NIK)

        def slot() -> None:
            raise ValueError(f"{TYPED_NAME} {TYPED_NIK}")

        QTimer.singleShot(0, slot)  # an exception in a slot: shown, logged, the program goes on
        # The crash comes once the fault was shown (critical above), not on a timer that a loaded machine could let
        # fire first; this one only ends a run where it never is (the test then fails on FAULT-SHOWN).
        QTimer.singleShot(DEFAULT_TIMEOUT_MS, die)

    def restart(_window: Any) -> None:
        # Quits once the notice was offered (notice below); this timer only ends a run where it never is.
        QTimer.singleShot(DEFAULT_TIMEOUT_MS, QApplication.quit)

    def notice(_self: Any) -> None:
        print("NOTICE", flush=True)
        QTimer.singleShot(0, QApplication.quit)

    ui_help.HelpMenu.offer_crash_report = notice  # type: ignore[method-assign]
    ui_app.start = started  # type: ignore[assignment]
    return ui_app.run_gui(args.db)


if __name__ == "__main__":
    sys.exit(main())
