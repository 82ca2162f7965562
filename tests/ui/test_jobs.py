"""ui/jobs.py, the one way to work off the window's thread (issue 12, item 1)."""

from __future__ import annotations

import gc
import threading
import time
from typing import Any

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from puskesos_desktop.core.errors import Cancelled, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.jobs import GarbageCollector, JobControl, jobs, run, run_with_progress
from tests.helpers.jobs import wait_for_jobs, wait_until


@pytest.fixture
def faults(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []

    def box(_parent: object, title: str, text: str, *a: Any, **k: Any) -> QMessageBox.StandardButton:
        shown.append(f"{title}: {text}")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "critical", staticmethod(box))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(box))
    return shown


def test_work_runs_off_the_ui_thread_and_the_result_comes_back_on_it(qtbot: QtBot) -> None:
    ui = threading.get_ident()
    seen: dict[str, Any] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def done(result: int) -> None:
        seen["result"], seen["callback"] = result, threading.get_ident()

    run(work, done)
    wait_for_jobs(qtbot)
    assert seen == {"worker": seen["worker"], "result": 42, "callback": ui} and seen["worker"] != ui


class Marker:
    """Records the thread on which the last reference to it was dropped."""

    def __init__(self, where: list[str]) -> None:
        self.where = where

    def __del__(self) -> None:
        self.where.append("ui" if threading.current_thread() is threading.main_thread() else "worker")


def test_what_a_job_holds_is_released_on_the_ui_thread(qtbot: QtBot) -> None:
    """The closure, the result and the error of a job die on the UI thread, never on a worker (the crash)."""
    where: list[str] = []

    def start(fail: bool) -> None:
        held = Marker(where)

        def work() -> object:
            assert held is not None
            if fail:
                local = Marker(where)  # a local of the failing frame travels with the traceback
                raise ValueError(str(id(local)))
            return Marker(where)  # the result too

        run(work, lambda _r: None, lambda _e: None)

    for i in range(20):
        start(fail=i % 2 == 1)
    wait_for_jobs(qtbot)
    gc.collect()
    assert len(where) == 40 and set(where) == {"ui"}


def test_garbage_is_collected_on_the_ui_thread_only(qtbot: QtBot) -> None:
    jobs()
    assert not gc.isenabled()  # automatic collection (which may start on any thread) is off
    where: list[str] = []

    def work() -> None:
        # Garbage that only the cycle collector frees, plenty of it: Python would have started collections on this
        # thread (one every 700 allocations).
        for _ in range(2000):
            cycle: list[object] = [Marker(where)]
            cycle.append(cycle)

    run(work)
    wait_for_jobs(qtbot)
    wait_until(qtbot, lambda: len(where) == 2000)  # the collector's timer on the UI thread
    assert set(where) == {"ui"}


def test_the_latest_request_of_a_key_wins(qtbot: QtBot) -> None:
    shown: list[str] = []
    gate = threading.Event()

    def slow(text: str) -> str:
        gate.wait(5)
        return text

    for text in ("m", "mo", "moh"):
        run(lambda t=text: slow(t), shown.append, key="search")  # type: ignore[misc]
    assert jobs().is_running("search")
    gate.set()
    wait_for_jobs(qtbot)
    assert shown == ["moh"] and not jobs().is_running("search")


def test_cancel_drops_the_callbacks(qtbot: QtBot) -> None:
    called: list[str] = []
    gate = threading.Event()
    seq = run(lambda: gate.wait(5), lambda _r: called.append("done"), lambda _e: called.append("error"))
    jobs().cancel(seq)
    gate.set()
    wait_for_jobs(qtbot)
    assert called == []


def test_a_deleted_owner_gets_no_callback_but_its_topics_still_refresh(
    qtbot: QtBot, db: Database, front: Actor
) -> None:
    ctx = AppContext(db, front)
    changed: list[str] = []
    ctx.data_changed.connect(changed.append)
    owner = QWidget()
    called: list[object] = []
    gate = threading.Event()
    run(lambda: gate.wait(5), called.append, parent=owner, topics=("complaints", "referrals"))
    owner.deleteLater()
    wait_until(qtbot, lambda: not _alive(owner))
    gate.set()
    wait_for_jobs(qtbot)
    assert called == [] and changed == ["complaints", "referrals"]


def _alive(widget: QWidget) -> bool:
    from shiboken6 import isValid

    return bool(isValid(widget))


def test_an_unhandled_failure_is_shown_in_the_ui_language(qtbot: QtBot, faults: list[str]) -> None:
    def broken() -> None:
        raise RuntimeError("rusak")

    run(broken)
    run(lambda: (_ for _ in ()).throw(ValidationError("NIK harus 16 angka.", field="NIK")))
    wait_for_jobs(qtbot)
    assert len(faults) == 2
    assert faults[0].startswith("Terjadi galat:") and "Data yang sudah tersimpan aman" in faults[0]
    assert "rusak" not in faults[0]  # the details go to the crash log, not the screen
    assert "NIK harus 16 angka." in faults[1]  # a refusal says what to fix


def test_a_failing_callback_does_not_stop_the_runner(qtbot: QtBot, faults: list[str]) -> None:
    def bad(_r: object) -> None:
        raise KeyError("x")

    seen: list[int] = []
    run(lambda: 1, bad)
    run(lambda: 2, seen.append)
    wait_for_jobs(qtbot)
    assert seen == [2] and jobs().is_idle()


def test_progress_dialog_shows_progress_and_cancel_stops_the_work(qtbot: QtBot) -> None:
    started = threading.Event()
    outcome: list[str] = []
    steps: list[int] = []

    def long_work(control: JobControl) -> None:
        started.set()
        for i in range(10_000):
            control.progress(i, 10_000)
            steps.append(i)
            control.check()
            time.sleep(0.001)

    parent = QWidget()
    qtbot.addWidget(parent)
    seq = run_with_progress(
        parent, "Uji", "Bekerja…", long_work,
        lambda _r: outcome.append("done"), lambda _e: outcome.append("error"), lambda: outcome.append("cancel"),
    )  # fmt: skip
    dialog = jobs().dialog(seq)
    assert dialog is not None and started.wait(5)
    wait_until(qtbot, lambda: dialog.value() > 0)  # progress reaches the bar
    dialog.canceled.emit()  # the Cancel button
    assert "Membatalkan" in dialog.labelText()
    wait_for_jobs(qtbot)
    assert outcome == ["cancel"] and len(steps) < 10_000


def test_work_that_cannot_be_stopped_ignores_escape(qtbot: QtBot) -> None:
    gate = threading.Event()
    outcome: list[object] = []

    def write(control: JobControl) -> str:
        gate.wait(5)
        control.check()  # would raise Cancelled had Escape stopped it
        return "tersimpan"

    parent = QWidget()
    qtbot.addWidget(parent)
    seq = run_with_progress(parent, "Uji", "Menyimpan…", write, outcome.append, cancellable=False)
    dialog = jobs().dialog(seq)
    assert dialog is not None
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    jobs().press_cancel(seq)  # a wizard closed meanwhile
    gate.set()
    wait_for_jobs(qtbot)
    assert outcome == ["tersimpan"]


def test_a_job_that_raises_cancelled_calls_on_cancel(qtbot: QtBot) -> None:
    outcome: list[str] = []

    def stop(_control: JobControl) -> None:
        raise Cancelled()

    run_with_progress(None, "Uji", "…", stop, None, None, lambda: outcome.append("cancel"))
    wait_for_jobs(qtbot)
    assert outcome == ["cancel"]


def test_idle_is_signalled_when_the_last_job_is_delivered(qtbot: QtBot) -> None:
    signalled: list[bool] = []

    def note() -> None:
        signalled.append(jobs().is_idle())

    jobs().idle.connect(note)
    try:
        run(lambda: time.sleep(0.05))
        run(lambda: time.sleep(0.1))
        wait_for_jobs(qtbot)
    finally:
        jobs().idle.disconnect(note)
    assert signalled and all(signalled)


def test_jobs_start_on_the_ui_thread_only(qtbot: QtBot) -> None:
    errors: list[BaseException] = []

    def from_worker() -> None:
        try:
            run(lambda: None)
        except RuntimeError as exc:
            errors.append(exc)

    thread = threading.Thread(target=from_worker)
    thread.start()
    thread.join(5)
    assert errors


def test_what_lives_from_the_start_is_left_out_of_later_full_collections(
    qtbot: QtBot, db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full collection on the window's thread walked every object of the start (~200,000 once the window was up,
    ~150 ms): the start's objects, and the name index once built, are frozen (issue 12)."""
    from puskesos_desktop.ui import app
    from tests.conftest import TEST_PASSWORD

    kept = [[i] for i in range(2000)]  # long-lived containers the collector would otherwise walk every time
    frozen_before = gc.get_freeze_count()
    monkeypatch.setenv("PUSKESOS_BENCH_USER", "fo")
    monkeypatch.setenv("PUSKESOS_BENCH_PASSWORD", TEST_PASSWORD)
    window = app.start(db, start_timers=False)
    assert window is not None
    qtbot.addWidget(window)
    assert gc.get_freeze_count() >= frozen_before + len(kept)
    assert not gc.isenabled()  # frozen or not, collections stay on the UI thread's timer


def _generations_collected(collect: Any) -> list[int]:
    seen: list[int] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append(info["generation"])

    gc.callbacks.append(record)
    try:
        collect()
    finally:
        gc.callbacks.remove(record)
    return seen


def test_the_older_generations_wait_while_work_runs(qtbot: QtBot) -> None:
    """A collection of generation 1 walks everything running jobs still hold (a month's export rows: 25–100 ms of the
    window's thread); while work runs only the youngest generation is collected, and the older ones when it has
    ended — or once they have waited DEFER_ROUNDS times their threshold."""
    busy = [True]
    owner = QObject()
    collector = GarbageCollector(owner, lambda: busy[0])
    collector.timer.stop()
    young, older = collector.thresholds[0], collector.thresholds[1]

    kept: list[list[int]] = []

    def due(rounds: int) -> None:
        """Generation 1 due after ``rounds`` collections of generation 0, and generation 0 due now."""
        gc.collect()
        for _ in range(rounds):
            gc.collect(0)
        kept.extend([] for _ in range(young + 1000))  # allocations (kept: freeing them would count them off)

    try:
        due(older + 1)
        assert _generations_collected(collector.collect_due) == [0]  # work runs: generation 1 waits
        busy[0] = False
        due(older + 1)
        assert _generations_collected(collector.collect_due) == [1]  # no work: collected as Python would
        busy[0] = True
        due(older * collector.DEFER_ROUNDS + 1)
        assert _generations_collected(collector.collect_due) == [1]  # waited long enough
    finally:
        owner.deleteLater()


def test_the_collector_hears_whether_jobs_run(qtbot: QtBot) -> None:
    release = threading.Event()
    run(lambda: release.wait(10))
    assert jobs().gc.busy()
    release.set()
    wait_for_jobs(qtbot)
    assert not jobs().gc.busy()


def test_freezing_after_the_start_walks_nothing() -> None:
    """GarbageCollector.freeze() once printing is warmed up or the name index built: collecting the young generations
    first walked the ~65,000 objects of the modules just imported (15–60 ms of the window's thread)."""
    kept = [[i] for i in range(2000)]
    frozen_before = gc.get_freeze_count()
    assert _generations_collected(GarbageCollector.freeze) == []
    assert gc.get_freeze_count() >= frozen_before + len(kept)
