"""The background-work stress run, in a process of its own (tests/ui/test_jobs_stress.py starts it).

Many jobs whose closures hold the last reference to widgets (a parentless dialog with a running timer and an edit,
plus a reference cycle around it) build PDFs with QR codes (reportlab's QR encoder, and the real receipt builder
every so often), while the UI thread forces ``gc.collect()``, opens and deletes dialogs and switches the main
window's tabs. Run under ``python -X faulthandler``: a crash prints every thread's stack and kills only this process.

It checks what must never happen even when nothing crashes: the last reference to what a job held (a widget, a
pixmap, a marker object) dropped off the UI thread, a widget destroyed there (its ``destroyed`` signal runs on the
destroying thread), and Qt's warnings about objects used from another thread. The last line of
its output is a JSON summary; the exit code is 0 only when every job was delivered and nothing went wrong.

``--runner-file`` loads another runner (a module with ``run_in_background`` or ``run``: fn, on_done, on_error), to
check that this test fails with an older design.
"""

from __future__ import annotations

import argparse
import gc
import importlib.util
import io
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QVBoxLayout
from reportlab.pdfgen.canvas import Canvas

from puskesos_desktop.printing import blocks, receipt
from puskesos_desktop.services.admin import users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.main_window import MainWindow
from tests.printing import samples

THREAD_WORDS = ("another thread", "different thread", "from another", "Cannot create children")
RECEIPT_EVERY = 50  # the full receipt takes ~50 ms; the rest build a one-page PDF with a fresh QR code
BATCH = 3  # jobs started per UI tick: a backlog for the workers, and many ticks of UI churn meanwhile
TIME_LIMIT_S = 600.0


def qr_pdf(value: str) -> bytes:
    buf = io.BytesIO()
    c = Canvas(buf)
    blocks.draw_qr(c, value, 72, 72, 144)
    c.drawString(72, 60, value)
    c.showPage()
    c.save()
    return buf.getvalue()


def load_runner(path: str | None) -> Callable[..., Any]:
    if not path:
        from puskesos_desktop.ui.jobs import run

        return run
    spec = importlib.util.spec_from_file_location("other_runner", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return getattr(module, "run_in_background", None) or module.run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", required=True)
    parser.add_argument("--jobs", type=int, default=500)
    parser.add_argument("--runner-file", default="")
    args = parser.parse_args(argv)

    ui_thread = threading.get_ident()
    warnings: list[str] = []
    off_ui: list[str] = []
    died_off_ui: list[int] = []

    def on_message(kind: QtMsgType, _context: object, message: str) -> None:
        if any(w in message for w in THREAD_WORDS):
            warnings.append(message)
        print(message, file=sys.stderr)

    qInstallMessageHandler(on_message)
    app = QApplication([sys.argv[0]])
    run = load_runner(args.runner_file)
    db = open_office_db(args.db if "://" in args.db else f"sqlite:///{args.db}")
    window = MainWindow(AppContext(db, users.get_user(db, "koordinator").actor()))
    window.resize(1366, 768)
    window.show()
    data = samples.receipt()
    total = args.jobs
    state = {"started": 0, "done": 0, "failed": 0, "ticks": 0, "collections": 0, "dialogs": 0}
    open_dialogs: list[QDialog] = []
    started_at = time.monotonic()

    def destroyed_here(name: str) -> Callable[[], None]:
        def note() -> None:
            if threading.get_ident() != ui_thread:
                off_ui.append(name)

        return note

    class Marker:
        """Dies with the job's closure: where the last reference to what a job held was dropped."""

        def __init__(self, i: int) -> None:
            self.i = i

        def __del__(self) -> None:
            if threading.get_ident() != ui_thread:
                died_off_ui.append(self.i)

    def widget_for(i: int) -> QDialog:
        # Parentless: Python owns it, so whoever drops the last reference destroys it — on that thread.
        holder = QDialog()
        layout = QVBoxLayout(holder)
        layout.addWidget(QLineEdit(f"warga {i}"))
        timer = QTimer(holder)
        timer.start(60_000)  # a running timer: destroying it off its thread is what Qt warns about
        holder.destroyed.connect(destroyed_here(f"job {i}"))
        return holder

    def start_one(i: int) -> None:
        holder: QDialog | None = widget_for(i)
        # A widget, a pixmap (not a QObject: nothing defers its destruction to its thread) and a marker.
        held: dict[str, Any] = {"widget": holder, "pixmap": QPixmap(64, 64), "marker": Marker(i)}
        if i % 2:
            held["self"] = held  # a reference cycle: garbage only the cycle collector frees
        value = f"RESI/6201022001/2026/11/{i:05d}"
        full = i % RECEIPT_EVERY == 0

        def work() -> int:
            assert held["widget"] is not None  # the closure holds the widget (it never touches it)
            pdf = receipt.complaint_receipt(data) if full else qr_pdf(value)
            return len(pdf)

        def done(size: int) -> None:
            state["done"] += 1 if size > 1000 else 0
            state["failed"] += 0 if size > 1000 else 1

        def failed(exc: BaseException) -> None:
            state["failed"] += 1
            print(f"job {i} failed: {type(exc).__name__}: {exc}", file=sys.stderr)

        run(work, done, failed)
        del holder  # from here the job (its closure, through the cycle) holds the only reference to the widget

    def tick() -> None:
        state["ticks"] += 1
        for _ in range(BATCH):
            if state["started"] < total:
                start_one(state["started"])
                state["started"] += 1
        if state["ticks"] % 3 == 0:
            gc.collect()
            state["collections"] += 1
        # Open a dialog, delete an older one, switch tabs: the UI thread is as busy as a person makes it.
        dialog = QDialog(window)
        QVBoxLayout(dialog).addWidget(QLineEdit("ketik"))
        dialog.show()
        open_dialogs.append(dialog)
        state["dialogs"] += 1
        if len(open_dialogs) > 3:
            old = open_dialogs.pop(0)
            old.close()
            old.deleteLater()
        tabs = window.tabs
        tabs.setCurrentIndex((tabs.currentIndex() + 1) % tabs.count())
        finished = state["done"] + state["failed"]
        if finished >= total or time.monotonic() - started_at > TIME_LIMIT_S:
            timer.stop()
            QTimer.singleShot(0, app.quit)

    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(tick)
    timer.start()
    app.exec()
    # What the jobs held is released by now (on the UI thread, or wherever the design let it go).
    for dialog in open_dialogs:
        dialog.deleteLater()
    app.processEvents()
    gc.collect()
    app.processEvents()
    summary = {
        "jobs": total,
        "done": state["done"],
        "failed": state["failed"],
        "ui_ticks": state["ticks"],
        "gc_collections": state["collections"],
        "dialogs_opened": state["dialogs"],
        "destroyed_off_ui": len(off_ui),
        "released_off_ui": len(died_off_ui),
        "thread_warnings": sorted(set(warnings))[:5],
        "seconds": round(time.monotonic() - started_at, 2),
    }
    print(json.dumps(summary), flush=True)
    ok = state["done"] == total and not off_ui and not died_off_ui and not warnings
    # Leave without the interpreter's teardown racing Qt's (not what is under test here).
    os._exit(0 if ok else 1)


if __name__ == "__main__":
    sys.exit(main())
