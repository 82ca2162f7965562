"""The one way to work off the window's thread.

Rules this module makes impossible to break by accident:

- A worker is a plain Python thread. It gets a function that takes plain data (and, for long work, a
  ``JobControl`` to report progress and ask whether to stop). No QObject is created, owned or destroyed on a worker.
- The job (its function, its closure, the widgets the closure may hold, its result or error) is owned by the UI
  thread: the worker writes the outcome into the job and drops every reference it has *before* it posts the job's
  number, so the last reference to any of it always dies on the UI thread.
- Python's cyclic garbage collector runs only on the UI thread (``GarbageCollector``): an automatic collection
  triggered by an allocation on a worker could otherwise destroy a widget there, which is how the program crashed.
- Results, failures and progress reach the UI thread through one long-lived bridge that lives there.
- ``key``: the latest request wins (search as you type); an older job of the same key is asked to stop and its
  result is dropped.
- ``parent`` owns a job: once that window is deleted, the job's callbacks are not called.
- A failure nobody handles is shown in the UI language (ui/errors.py) and logged, never raised into Qt.
- ``topics``: the change topics a job declares are announced (``Jobs.topic_changed``) when it succeeds, so views
  refresh.
- ``idle``: emitted whenever the last job has been delivered; tests wait on it through one helper
  (tests/helpers/jobs.py).

Read Anki's aqt/operations (CollectionOp/QueryOp) and qutebrowser's GarbageCollector for the ideas behind it.
"""

from __future__ import annotations

import gc
import itertools
import logging
import queue
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from puskesos_desktop.core.errors import Cancelled
from puskesos_desktop.ui.topics import Topic

log = logging.getLogger(__name__)

T = TypeVar("T")

MAX_WORKERS = 3
SHOW_PROGRESS_AFTER_MS = 300  # quicker work finishes without a dialog flashing up
SHUTDOWN_WAIT_S = 10.0  # a write in progress at exit gets this long to commit


class JobControl:
    """What a long job may use from its worker thread: report progress, ask whether to stop."""

    def __init__(self, job: _Job[Any]) -> None:
        self._stop = job.stop
        self._post = job.post_progress

    def progress(self, done: int, total: int = 0) -> None:
        """``total`` 0: no measure (the bar just moves)."""
        self._post(int(done), int(total))

    def cancelled(self) -> bool:
        return self._stop.is_set()

    def check(self) -> None:
        """Raise Cancelled when the person pressed Cancel (or a newer job of the same key replaced this one)."""
        if self._stop.is_set():
            raise Cancelled()


@dataclass(eq=False)
class _Job(Generic[T]):
    seq: int
    fn: Callable[[JobControl], T] | None
    on_done: Callable[[T], None] | None
    on_error: Callable[[BaseException], None] | None
    on_cancel: Callable[[], None] | None
    key: str | None
    topics: tuple[Topic, ...]
    parent: QWidget | None
    stop: threading.Event = field(default_factory=threading.Event)
    # The outcome, written by the worker into this UI-owned object (so it is freed on the UI thread too).
    ran: bool = False
    result: Any = None
    error: BaseException | None = None
    dialog: QProgressDialog | None = None
    cancellable: bool = True
    dropped: bool = False  # cancel(): stop, and deliver nothing
    started_at: float = field(default_factory=time.monotonic)
    post_progress: Callable[[int, int], None] = lambda done, total: None


class _Bridge(QObject):
    """Lives on the UI thread for the life of the program. Workers emit ``wake``; Qt queues it here."""

    wake = Signal()


class GarbageCollector(QObject):
    """Python's cyclic garbage collection, done only on the UI thread.

    Automatic collection is switched off; a timer on the UI thread collects the generations whose thresholds were
    passed, as Python itself would. So a cycle that holds a widget is never destroyed on a worker thread.

    While work runs (``busy``), the older generations wait (at most ``DEFER_ROUNDS`` times their threshold): what a
    job allocates and still holds (a month's 16,000 export rows, each with ~20 distinct values to visit) is walked
    again by every collection of the generation it has reached, and a collection of generation 1 during the export
    cost 25–100 ms of the window's thread. Once the job has ended, its data is gone by reference counting and the
    collection walks only what stayed. The youngest generation is still collected every turn: its walk is short
    (a quarter of a second's allocations) and it finds a job's cyclic garbage while the job runs.
    """

    INTERVAL_MS = 250
    DEFER_ROUNDS = 3

    def __init__(self, parent: QObject, busy: Callable[[], bool] = lambda: False) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
        self.busy = busy
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.collect_due)
        self.timer.start()

    def collect_due(self) -> None:
        counts = gc.get_count()
        if counts[0] <= self.thresholds[0]:
            return
        generation = 0
        if counts[1] > self.thresholds[1]:
            generation = 1
            if counts[2] > self.thresholds[2]:
                generation = 2
        if generation and counts[1] <= self.thresholds[1] * self.DEFER_ROUNDS and self.busy():
            generation = 0
        gc.collect(generation)

    @staticmethod
    def freeze(full: bool = False) -> None:
        """What exists now lives as long as the program (modules, classes, the mappers, the window, the name
        index): out of the collector's sight, so a full collection walks only what came after. A full collection
        walked ~200,000 objects once the window was up: ~150 ms CPU on the window's thread, 0.7–1.2 s when the
        machine was busy. ``full`` (once, before the window shows): all garbage is collected first, so that frozen
        cycles are live ones. Later (printing warmed up, the name index built) nothing is collected first: that
        collection walked the young objects — the ~65,000 of the modules just imported — for 15–60 ms of the
        window's thread, to find 30–400 objects of garbage. Frozen garbage cycles are kept for good; counted at
        the end of the bench's session, there were as many (66–132 objects) either way."""
        if full:
            gc.collect(2)
        gc.freeze()


class Jobs(QObject):
    """All background work of the program (one instance, on the UI thread: ``jobs()``)."""

    idle = Signal()
    topic_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bridge = _Bridge(self)
        self._bridge.wake.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._seq = itertools.count(1)
        self._live: dict[int, _Job[Any]] = {}  # the UI thread's reference to every job not yet delivered
        self._latest: dict[str, int] = {}
        self._todo: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        # (seq, _END | _PROGRESS, payload): only numbers travel here, never a job's function or result.
        self._finished: deque[tuple[int, str, Any]] = deque()
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._idle_workers = 0
        self._queued = 0  # started, not yet taken by a worker
        self._closing = False
        self.gc = GarbageCollector(self, self._working)

    # --- starting work (UI thread) ---------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
        topics: Iterable[Topic] = (),
        parent: QWidget | None = None,
    ) -> int:
        """Run ``fn()`` on a worker; ``on_done(result)`` / ``on_error(exc)`` later on the UI thread.

        ``parent`` owns the job: once it is deleted, its callbacks are not called (the work's topics still are).
        Without ``on_error`` a failure is shown (in the UI language) over ``parent``. Returns the job's number.
        """
        return self._start(_no_control(fn), on_done, on_error, None, key, topics, parent, None, True)

    def run_with_progress(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        fn: Callable[[JobControl], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        cancellable: bool = True,
        topics: Iterable[Topic] = (),
        key: str | None = None,
    ) -> int:
        """Long work behind a window-modal progress dialog whose Cancel stops it at its next ``control.check()``.

        A cancelled job calls ``on_cancel`` (nothing it did is kept: its transaction rolls back). Without
        ``cancellable`` neither the button nor Escape nor closing the dialog stops the work."""
        dialog = QProgressDialog(label, "", 0, 0, parent)
        dialog.setCancelButtonText(self.tr("&Batal") if cancellable else "")
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.setWindowTitle(title)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumWidth(460)
        return self._start(fn, on_done, on_error, on_cancel, key, topics, parent, dialog, cancellable)

    def cancel(self, seq_or_key: int | str) -> None:
        """Ask a job (by number or key) to stop at its next step; none of its callbacks will be called."""
        seq = self._latest.get(seq_or_key) if isinstance(seq_or_key, str) else seq_or_key
        job = self._live.get(seq) if seq is not None else None
        if job is not None:
            job.dropped = True
            job.stop.set()

    def press_cancel(self, seq: int) -> None:
        """As if the person pressed the progress dialog's Cancel (a wizard closed meanwhile): a job that cannot be
        stopped goes on; one that can stops at its next step, and its ``on_cancel`` is called."""
        self._cancel_pressed(seq)

    def running(self, seq: int) -> bool:
        """The job is started and not yet delivered."""
        return seq in self._live

    def dialog(self, seq: int) -> QProgressDialog | None:
        """The progress dialog of a running job (tests press its Cancel)."""
        job = self._live.get(seq)
        return job.dialog if job is not None else None

    def is_running(self, key: str) -> bool:
        """A job of this key is started and not yet delivered."""
        return key in self._latest

    def pending(self) -> int:
        """Jobs started and not yet delivered."""
        return len(self._live)

    def is_idle(self) -> bool:
        return not self._live

    def _working(self) -> bool:
        return bool(self._live)

    def shutdown(self, wait_s: float = SHUTDOWN_WAIT_S) -> None:
        """At exit: no new work; let running work (a write, an import) finish or stop at its next step."""
        if self._closing:
            return
        self._closing = True
        for job in self._live.values():
            if job.dialog is not None and job.cancellable:  # the person is quitting: long work stops at its next step
                job.stop.set()
        for _ in self._threads:
            self._todo.put(None)
        deadline = time.monotonic() + wait_s
        for thread in self._threads:
            thread.join(max(0.0, deadline - time.monotonic()))
        self._threads.clear()

    def wait(self, timeout_s: float = 30.0) -> bool:
        """Block the UI thread until every job is delivered (for the self-test and scripts; tests use the helper)."""
        deadline = time.monotonic() + timeout_s
        while self._live and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.002)
        return not self._live

    # --- internals -----------------------------------------------------------------------------------------------

    def _start(
        self,
        fn: Callable[[JobControl], Any],
        on_done: Callable[[Any], None] | None,
        on_error: Callable[[BaseException], None] | None,
        on_cancel: Callable[[], None] | None,
        key: str | None,
        topics: Iterable[Topic],
        parent: QWidget | None,
        dialog: QProgressDialog | None,
        cancellable: bool,
    ) -> int:
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError("jobs are started on the UI thread only")
        if self._closing:
            if dialog is not None:
                dialog.deleteLater()
            return 0
        seq = next(self._seq)
        job: _Job[Any] = _Job(seq, fn, on_done, on_error, on_cancel, key, tuple(topics), parent)
        job.dialog = dialog
        job.cancellable = cancellable
        job.post_progress = self._progress_poster(seq, job.stop)
        if dialog is not None:
            # QProgressDialog also emits canceled on Escape and on closing it.
            dialog.canceled.connect(lambda: self._cancel_pressed(seq))
        if key is not None:
            older = self._latest.get(key)
            if older is not None and older in self._live:
                self._live[older].stop.set()
            self._latest[key] = seq
        self._live[seq] = job
        with self._lock:
            self._queued += 1
            spawn = self._idle_workers < self._queued and len(self._threads) < MAX_WORKERS
            if spawn:
                thread = threading.Thread(target=self._work, name=f"puskesos-job-{len(self._threads) + 1}", daemon=True)
                self._threads.append(thread)
        if spawn:
            thread.start()
        self._todo.put(seq)
        return seq

    def _progress_poster(self, seq: int, stop: threading.Event) -> Callable[[int, int], None]:
        last = [(-1, -1)]
        bridge, finished = self._bridge, self._finished

        def post(done: int, total: int) -> None:
            # Only when the bar would move: 100,000 rows must not flood the UI thread's queue.
            step = (done * 200 // total, total) if total > 0 else (done // 1000, 0)
            if step == last[0] or stop.is_set():
                return
            last[0] = step
            finished.append((seq, _PROGRESS, (done, total)))
            bridge.wake.emit()

        return post

    def _work(self) -> None:
        """A worker thread: take a job number, run its function, post the number back. Touches no QObject but the
        bridge's signal (emitting is thread-safe; the bridge lives on the UI thread)."""
        while True:
            with self._lock:
                self._idle_workers += 1
            seq = self._todo.get()
            with self._lock:
                self._idle_workers -= 1
                if seq is not None:
                    self._queued -= 1
            if seq is None:
                return
            self._run_one(seq)
            # _run_one's frame is gone: this thread holds nothing of the job (its function, closure, result or
            # error) when the UI thread hears of it, so the last reference to any of them dies there.
            self._finished.append((seq, _END, None))
            self._bridge.wake.emit()

    def _run_one(self, seq: int) -> None:
        job = self._live.get(seq)
        if job is None or job.fn is None:
            return
        try:
            if job.stop.is_set():
                raise Cancelled()
            job.result = job.fn(JobControl(job))
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which decides
            # The traceback starts below this frame: it must not keep this frame (and the job) alive in a cycle.
            job.error = exc.with_traceback(exc.__traceback__.tb_next if exc.__traceback__ else None)
        job.ran = True

    def _cancel_pressed(self, seq: int) -> None:
        job = self._live.get(seq)
        if job is None or job.stop.is_set() or not _alive(job.dialog):
            return
        dialog = job.dialog
        assert dialog is not None
        if not job.cancellable:
            dialog.show()  # Escape or the close button: this work cannot be stopped; keep saying it runs
            return
        job.stop.set()
        # Show that the work is winding down, without a second cancel.
        dialog.setLabelText(self.tr("Membatalkan… menunggu pekerjaan berhenti dengan aman."))
        dialog.setCancelButton(None)
        dialog.setRange(0, 0)
        dialog.show()

    def _deliver(self) -> None:
        while self._finished:
            seq, kind, payload = self._finished.popleft()
            job = self._live.get(seq)
            if job is None:
                continue
            try:
                if kind == _PROGRESS:
                    self._show_progress(job, payload)
                    continue
                del self._live[seq]
                superseded = job.key is not None and self._latest.get(job.key) != seq
                if job.key is not None and not superseded:
                    del self._latest[job.key]
                self._close_dialog(job)
                self._finish(job, superseded)
            except BaseException:  # noqa: BLE001 - a callback's fault must not end the program
                log.exception("job callback failed")
                from puskesos_desktop.ui import crashlog

                crashlog.report_exception_in_ui(*sys.exc_info())
            finally:
                if kind != _PROGRESS:
                    job.fn = job.on_done = job.on_error = job.on_cancel = None
                    job.result = job.error = None
            del job  # the job, its closure and its result are freed here, on the UI thread
        if not self._live:
            self.idle.emit()

    @staticmethod
    def _show_progress(job: _Job[Any], payload: tuple[int, int]) -> None:
        dialog = job.dialog
        if dialog is None or job.stop.is_set() or not _alive(dialog):
            return
        done, total = payload
        if total > 0:
            dialog.setRange(0, total)
            dialog.setValue(min(done, total))
        else:
            dialog.setRange(0, 0)

    def _finish(self, job: _Job[Any], superseded: bool) -> None:
        error = job.error if job.ran else Cancelled()
        if error is None:
            for topic in job.topics:  # the data changed, whoever asked
                self.topic_changed.emit(topic)
        if superseded or job.dropped:
            return
        owner_gone = job.parent is not None and not _alive(job.parent)
        if error is None:
            if job.on_done is not None and not owner_gone:
                job.on_done(job.result)
            return
        if isinstance(error, Cancelled):
            if job.on_cancel is not None and not owner_gone:
                job.on_cancel()
            return
        if job.on_error is not None and not owner_gone:
            job.on_error(error)
            return
        log.error("unhandled job failure", exc_info=(type(error), error, error.__traceback__))
        from puskesos_desktop.core.errors import PuskesosError
        from puskesos_desktop.ui import crashlog
        from puskesos_desktop.ui.errors import show_fault

        if not owner_gone:
            show_fault(job.parent, error)  # logs a fault (type and stack) to the crash log
        elif not isinstance(error, PuskesosError):  # a refusal is no fault of the program
            crashlog.log_exception(type(error), error, error.__traceback__, "job")

    @staticmethod
    def _close_dialog(job: _Job[Any]) -> None:
        dialog, job.dialog = job.dialog, None
        if dialog is not None and _alive(dialog):  # deleted already when its parent window went first
            dialog.close()
            dialog.deleteLater()


_END, _PROGRESS = "end", "progress"


def _no_control(fn: Callable[[], T]) -> Callable[[JobControl], T]:
    def call(_control: JobControl) -> T:
        return fn()

    return call


def _alive(widget: QObject | None) -> bool:
    if widget is None:
        return False
    try:
        from shiboken6 import isValid

        return bool(isValid(widget))
    except ImportError:  # pragma: no cover
        return True


_instance: Jobs | None = None


def jobs() -> Jobs:
    """The program's job runner (created on first use, on the UI thread, owned by the QApplication)."""
    global _instance
    if _instance is None or not _alive(_instance):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("jobs() needs a QApplication")
        _instance = Jobs(app)
        app.aboutToQuit.connect(_instance.shutdown)
    return _instance


def run(
    fn: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    key: str | None = None,
    topics: Iterable[Topic] = (),
    parent: QWidget | None = None,
) -> int:
    """Shortcut for ``jobs().run(...)``."""
    return jobs().run(fn, on_done, on_error, key=key, topics=topics, parent=parent)


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    fn: Callable[[JobControl], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    *,
    cancellable: bool = True,
    topics: Iterable[Topic] = (),
    key: str | None = None,
) -> int:
    """Shortcut for ``jobs().run_with_progress(...)``."""
    return jobs().run_with_progress(
        parent, title, label, fn, on_done, on_error, on_cancel, cancellable=cancellable, topics=topics, key=key
    )
