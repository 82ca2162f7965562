"""The one way to work off the window's thread.

Rules this module makes impossible to break by accident:

- A worker is a plain Python thread. It gets a function that takes plain data (and, for long work, a
  ``JobControl`` to report progress and ask whether to stop). No QObject is created, owned or destroyed on a worker.
- The job (its function, its closure, the widgets the closure may hold) is owned by the UI thread: the worker drops
  every reference it has *before* it posts the result, so the last reference always dies on the UI thread.
- Python's cyclic garbage collector runs only on the UI thread (``GarbageCollector``): an automatic collection
  triggered by an allocation on a worker could otherwise destroy a widget there, which is how the program crashed.
- Results, failures and progress reach the UI thread through one long-lived bridge that lives there.
- ``key``: the latest request wins (search as you type); an older job of the same key is asked to stop and its
  result is dropped.
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
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from puskesos_desktop.core.errors import Cancelled

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
    topics: tuple[str, ...]
    parent: QWidget | None
    stop: threading.Event = field(default_factory=threading.Event)
    result: Any = None
    error: BaseException | None = None
    dialog: QProgressDialog | None = None
    last_step: tuple[int, int] = (-1, -1)
    progress_value: tuple[int, int] | None = None
    started_at: float = field(default_factory=time.monotonic)
    post_progress: Callable[[int, int], None] = lambda done, total: None


class _Bridge(QObject):
    """Lives on the UI thread for the life of the program. Workers emit ``wake``; Qt queues it here."""

    wake = Signal()


class GarbageCollector(QObject):
    """Python's cyclic garbage collection, done only on the UI thread.

    Automatic collection is switched off; a timer on the UI thread collects the generations whose thresholds were
    passed, as Python itself would. So a cycle that holds a widget is never destroyed on a worker thread.
    """

    INTERVAL_MS = 250

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.thresholds = gc.get_threshold()
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
        gc.collect(generation)


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
        self._finished: deque[tuple[int, str, Any]] = deque()  # (seq, "done"|"failed"|"progress", payload)
        self._lock = threading.Lock()
        self._threads: list[threading.Thread] = []
        self._idle_workers = 0
        self._closing = False
        self.gc = GarbageCollector(self)

    # --- starting work (UI thread) ---------------------------------------------------------------------------

    def run(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        key: str | None = None,
        topics: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> int:
        """Run ``fn()`` on a worker; ``on_done(result)`` / ``on_error(exc)`` later on the UI thread.

        Without ``on_error`` a failure is shown (in the UI language) over ``parent``. Returns the job's number.
        """
        return self._start(lambda control: fn(), on_done, on_error, None, key, topics, parent, None)

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
        topics: Iterable[str] = (),
        key: str | None = None,
    ) -> int:
        """Long work behind a window-modal progress dialog whose Cancel stops it at its next ``control.check()``.

        A cancelled job calls ``on_cancel`` (nothing it did is kept: its transaction rolls back)."""
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
        return self._start(fn, on_done, on_error, on_cancel, key, topics, parent, dialog)

    def cancel(self, seq_or_key: int | str) -> None:
        """Ask a job (by number or key) to stop at its next step; its result will not be delivered."""
        seq = self._latest.get(seq_or_key) if isinstance(seq_or_key, str) else seq_or_key
        job = self._live.get(seq) if seq is not None else None
        if job is not None:
            job.stop.set()

    def pending(self) -> int:
        """Jobs started and not yet delivered."""
        return len(self._live)

    def is_idle(self) -> bool:
        return not self._live

    def shutdown(self, wait_s: float = SHUTDOWN_WAIT_S) -> None:
        """At exit: no new work; let running work (a write, an import) finish or stop at its next step."""
        self._closing = True
        for job in self._live.values():
            if job.dialog is not None:  # the person is quitting: long work stops at its next step
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
        topics: Iterable[str],
        parent: QWidget | None,
        dialog: QProgressDialog | None,
    ) -> int:
        if self._closing:
            return 0
        seq = next(self._seq)
        job: _Job[Any] = _Job(seq, fn, on_done, on_error, on_cancel, key, tuple(topics), parent)
        job.dialog = dialog
        job.post_progress = self._progress_poster(seq, job.stop)
        if dialog is not None:
            dialog.canceled.connect(lambda: self._cancel_pressed(seq))
        if key is not None:
            older = self._latest.get(key)
            if older is not None and older in self._live:
                self._live[older].stop.set()
            self._latest[key] = seq
        self._live[seq] = job
        self._ensure_worker()
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
            finished.append((seq, "progress", (done, total)))
            bridge.wake.emit()

        return post

    def _ensure_worker(self) -> None:
        with self._lock:
            if self._idle_workers > 0 or len(self._threads) >= MAX_WORKERS:
                return
            thread = threading.Thread(target=self._work, name=f"puskesos-job-{len(self._threads) + 1}", daemon=True)
            self._threads.append(thread)
        thread.start()

    def _work(self) -> None:
        """A worker thread: take a job number, run its function, post the outcome. Touches no QObject but the
        bridge's signal (emitting is thread-safe; the bridge lives on the UI thread)."""
        while True:
            with self._lock:
                self._idle_workers += 1
            seq = self._todo.get()
            with self._lock:
                self._idle_workers -= 1
            if seq is None:
                return
            job = self._live.get(seq)
            if job is None or job.fn is None:
                continue
            fn, control = job.fn, JobControl(job)
            stop = job.stop
            del job  # from here on the UI thread holds the only reference to the job and its closure
            outcome: tuple[int, str, Any]
            try:
                if stop.is_set():
                    raise Cancelled()
                outcome = (seq, "done", fn(control))
            except BaseException as exc:  # noqa: BLE001 - handed to the UI thread, which decides
                exc.__traceback__ = _strip_locals(exc.__traceback__)
                outcome = (seq, "failed", exc)
                del exc
            del fn, control
            self._finished.append(outcome)
            del outcome
            self._bridge.wake.emit()

    def _cancel_pressed(self, seq: int) -> None:
        job = self._live.get(seq)
        if job is None or job.stop.is_set():
            return
        job.stop.set()
        if job.dialog is not None:  # show that the work is winding down, without a second cancel
            job.dialog.setLabelText(self.tr("Membatalkan… menunggu pekerjaan berhenti dengan aman."))
            job.dialog.setCancelButton(None)
            job.dialog.setRange(0, 0)
            job.dialog.show()

    def _deliver(self) -> None:
        while self._finished:
            seq, kind, payload = self._finished.popleft()
            job = self._live.get(seq)
            if job is None:
                continue
            if kind == "progress":
                if job.dialog is not None and not job.stop.is_set():
                    done, total = payload
                    if total > 0:
                        job.dialog.setRange(0, total)
                        job.dialog.setValue(min(done, total))
                    else:
                        job.dialog.setRange(0, 0)
                continue
            del self._live[seq]
            superseded = job.key is not None and self._latest.get(job.key) != seq
            if job.key is not None and not superseded:
                del self._latest[job.key]
            self._close_dialog(job)
            try:
                self._finish(job, kind, payload, superseded)
            except BaseException:  # noqa: BLE001 - a callback's fault must not end the program
                log.exception("job callback failed")
                from puskesos_desktop.ui import crashlog

                crashlog.report_exception_in_ui(*_exc_info())
            finally:
                job.fn = job.on_done = job.on_error = job.on_cancel = None
        if not self._live:
            self.idle.emit()

    def _finish(self, job: _Job[Any], kind: str, payload: Any, superseded: bool) -> None:
        if superseded:
            return
        if kind == "done":
            if job.stop.is_set() and job.dialog is not None:
                # Cancel pressed after the last step: the work is done and kept; say nothing more.
                pass
            for topic in job.topics:
                self.topic_changed.emit(topic)
            if job.on_done is not None:
                job.on_done(payload)
            return
        if isinstance(payload, Cancelled):
            if job.on_cancel is not None:
                job.on_cancel()
            return
        if job.on_error is not None:
            job.on_error(payload)
            return
        log.error("unhandled job failure", exc_info=(type(payload), payload, payload.__traceback__))
        from puskesos_desktop.ui import crashlog
        from puskesos_desktop.ui.errors import show_fault

        if not isinstance(payload, Exception) or type(payload).__module__.split(".")[0] != "puskesos_desktop":
            crashlog.log_exception(type(payload), payload, payload.__traceback__)
        show_fault(job.parent if _alive(job.parent) else None, payload)

    @staticmethod
    def _close_dialog(job: _Job[Any]) -> None:
        if job.dialog is not None:
            job.dialog.close()
            job.dialog.deleteLater()
            job.dialog = None


def _exc_info() -> tuple[Any, Any, Any]:
    import sys

    return sys.exc_info()


def _strip_locals(tb: Any) -> Any:
    """Clear the frames of a worker's traceback: their locals (closures, widgets) must not travel with it."""
    node = tb
    while node is not None:
        try:
            node.tb_frame.clear()
        except RuntimeError:
            pass  # a frame still running (the worker's own) cannot be cleared; it holds nothing of the job
        node = node.tb_next
    return tb


def _alive(widget: QWidget | None) -> bool:
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
    if _instance is None or not _alive_qobject(_instance):
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("jobs() needs a QApplication")
        _instance = Jobs(app)
        app.aboutToQuit.connect(_instance.shutdown)
    return _instance


def _alive_qobject(obj: QObject) -> bool:
    try:
        from shiboken6 import isValid

        return bool(isValid(obj))
    except ImportError:  # pragma: no cover
        return True


def run(
    fn: Callable[[], T],
    on_done: Callable[[T], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    *,
    key: str | None = None,
    topics: Iterable[str] = (),
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
    topics: Iterable[str] = (),
    key: str | None = None,
) -> int:
    """Shortcut for ``jobs().run_with_progress(...)``."""
    return jobs().run_with_progress(
        parent, title, label, fn, on_done, on_error, on_cancel, cancellable=cancellable, topics=topics, key=key
    )
