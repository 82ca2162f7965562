"""Long work off the UI thread with a progress dialog and a cancel button.

``run_with_progress(parent, title, label, fn, on_done, on_error)``: ``fn(progress, cancelled)`` runs in Qt's thread
pool; it calls ``progress(done, total)`` now and then (total 0: no measure, the bar just moves) and asks
``cancelled()`` between steps, raising ``Cancelled`` (excel.common) when it is. The result or the exception comes
back on the main thread. The function gets plain data only: the service opens its own database session there
(Database.write() opens a new connection per session), never one shared with the UI thread.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from puskesos_desktop.excel.common import Cancelled

ProgressFn = Callable[[int, int], None]
CancelledFn = Callable[[], bool]
Work = Callable[[ProgressFn, CancelledFn], Any]

SHOW_AFTER_MS = 300  # quicker work finishes without a dialog flashing up


class _Relay(QObject):
    # Created on the main thread: signals emitted by the worker are queued to it.
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Work, relay: _Relay, stop: threading.Event) -> None:
        super().__init__()
        self.fn = fn
        self.relay = relay
        self.stop = stop
        self.last = (-1, -1)

    def report(self, done: int, total: int) -> None:
        # Only when the bar would move: 100,000 rows must not flood the UI thread's queue.
        step = (done * 200 // total, total) if total > 0 else (done, 0)
        if step != self.last:
            self.last = step
            self.relay.progress.emit(int(done), int(total))

    def run(self) -> None:
        try:
            result = self.fn(self.report, self.stop.is_set)
        except BaseException as exc:  # noqa: BLE001 - handed to the main thread, which shows it
            self.relay.failed.emit(exc)
        else:
            self.relay.done.emit(result)


_alive: set[ProgressTask] = set()


class ProgressTask(QObject):
    """One piece of work and its dialog. ``finished`` is True once on_done/on_error/on_cancel has run."""

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        label: str,
        fn: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
        on_cancel: Callable[[], None] | None = None,
        *,
        cancellable: bool = True,
    ) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.on_cancel = on_cancel
        self.stop = threading.Event()
        self.finished = False
        self.dialog = QProgressDialog(label, self.tr("&Batal") if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(460)
        self.dialog.canceled.connect(self.cancel)
        self.relay = _Relay()
        self.relay.progress.connect(self._progress)
        self.relay.done.connect(self._done)
        self.relay.failed.connect(self._failed)
        _alive.add(self)
        QThreadPool.globalInstance().start(_Job(fn, self.relay, self.stop))

    def cancel(self) -> None:
        """Ask the work to stop; it stops at its next check and nothing it did is kept (its transaction rolls back)."""
        if self.finished or self.stop.is_set():
            return
        self.stop.set()
        # QProgressDialog hides itself on cancel; show that the work is winding down, without a second cancel.
        self.dialog.setLabelText(self.tr("Membatalkan… menunggu pekerjaan berhenti dengan aman."))
        self.dialog.setCancelButton(None)
        self.dialog.setRange(0, 0)
        self.dialog.show()

    @property
    def cancelled(self) -> bool:
        return self.stop.is_set()

    def _progress(self, done: int, total: int) -> None:
        if self.finished or self.stop.is_set():
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
        else:
            self.dialog.setRange(0, 0)

    def _finish(self) -> None:
        self.finished = True
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()
        self.relay.deleteLater()
        _alive.discard(self)

    def _done(self, result: Any) -> None:
        self._finish()
        self.on_done(result)

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            if self.on_cancel is not None:
                self.on_cancel()
            return
        if self.on_error is not None:
            self.on_error(exc)
        else:
            raise exc


def run_with_progress(
    parent: QWidget | None,
    title: str,
    label: str,
    fn: Work,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None] | None = None,
    on_cancel: Callable[[], None] | None = None,
    *,
    cancellable: bool = True,
) -> ProgressTask:
    """Start fn(progress, cancelled) off the UI thread behind a modal progress dialog."""
    return ProgressTask(parent, title, label, fn, on_done, on_error, on_cancel, cancellable=cancellable)


def pending() -> int:
    """Tasks started and not yet delivered (tests wait for 0)."""
    return len(_alive)
