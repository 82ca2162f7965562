"""Lists that load off the window's thread: a visible "loading" state over a list, and the one way to start a load.

``ListLoader.load(fn, on_done)`` runs ``fn`` (plain data in, plain rows out: no widget, no QObject) through
ui/jobs.py under the loader's own key, so the latest request wins (a filter changed twice quickly shows the second
answer only). While it runs, the list is covered by "Memuat…"; the answer is shown only if the widget still exists.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from puskesos_desktop.ui.jobs import jobs

T = TypeVar("T")

_ids = itertools.count(1)


def _alive(obj: QObject) -> bool:
    try:
        from shiboken6 import isValid

        return bool(isValid(obj))
    except ImportError:  # pragma: no cover
        return True


class LoadingOverlay(QLabel):
    """A "loading" note laid over a list (its parent) while the list's rows are read; it follows the list's size."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._cover = parent
        self.setObjectName("loading")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setStyleSheet("QLabel#loading { background: rgba(255, 255, 255, 200); color: #12355b; font-size: 11pt; }")
        self.setText(self.tr("Memuat daftar…"))
        self.hide()
        parent.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._cover and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._cover.rect())
        return False

    def start(self) -> None:
        self.setText(self.tr("Memuat daftar…"))
        self.setGeometry(self._cover.rect())
        self.raise_()
        self.show()

    def stop(self) -> None:
        self.hide()


class ListLoader:
    """One list's loading: its key (latest request wins), its overlay, whether a load is under way."""

    def __init__(self, owner: QWidget, cover: QWidget | None, name: str) -> None:
        """``cover``: the list the "loading" note lies over (None: no note, e.g. a filter's choices)."""
        self.owner = owner
        self.key = f"{name}#{next(_ids)}"  # per widget: two tabs of the same kind never cancel each other
        self.overlay = LoadingOverlay(cover) if cover is not None else None
        self.loading = False

    def load(
        self,
        fn: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> int:
        owner, overlay = self.owner, self.overlay
        self.loading = True
        if overlay is not None:
            overlay.start()

        def done(result: T) -> None:
            if not _alive(owner):
                return
            self.loading = False
            if overlay is not None:
                overlay.stop()
            on_done(result)

        def failed(exc: BaseException) -> None:
            if not _alive(owner):
                return
            self.loading = False
            if overlay is not None:
                overlay.stop()
            if on_error is not None:
                on_error(exc)
                return
            report_failure(owner, exc)

        return jobs().run(fn, done, failed, key=self.key, parent=owner)


def report_failure(owner: QWidget, exc: BaseException) -> None:
    """As ui/jobs.py does for a failure nobody handles: a fault goes to the crash log, then a plain message."""
    from puskesos_desktop.core.errors import PuskesosError
    from puskesos_desktop.ui import crashlog
    from puskesos_desktop.ui.errors import show_fault

    if not isinstance(exc, PuskesosError):
        crashlog.log_exception(type(exc), exc, exc.__traceback__)
    show_fault(owner, exc)

