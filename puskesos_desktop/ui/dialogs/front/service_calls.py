"""The front office's actions as jobs (ui/jobs.py): a service call never runs on the window's thread.

One ``ServiceCalls`` per window (the Front Office tab, the resident's page). ``run(name, work, done)`` starts
``work`` (a service call on plain data read from the widgets beforehand: it touches no widget) on a worker and
calls ``done(result)`` on the window's thread; the same action pressed again while it is on its way does nothing
(Enter twice registers once). Meanwhile the window shows a busy cursor. A refusal is shown as before (a message
box saying what to fix, ``ui.errors.show_error``), anything else as a fault (``ui.errors.show_fault``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.ui.errors import show_error, show_fault
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.busy_action import acting, run_action

T = TypeVar("T")


class ServiceCalls:
    """A window's named actions, each through ``busy_action.run_action`` under its own name (what runs is the job
    runner's to say: nothing is kept here that could disagree with it)."""

    def __init__(self, owner: QWidget) -> None:
        self.owner = owner
        self.names: set[str] = set()

    def busy(self, name: str | None = None) -> bool:
        """``name`` on its way (any action when None)."""
        return any(acting(self.owner, n) for n in self.names) if name is None else acting(self.owner, name)

    def run(
        self,
        name: str,
        work: Callable[[], T],
        done: Callable[[T], None],
        refused: Callable[[PuskesosError], None] | None = None,
        *,
        topics: Iterable[Topic] = (),
    ) -> bool:
        """Start ``work``; False (and nothing started) while the same action is still on its way."""

        def answered() -> None:
            if self.busy():  # run_action gave the cursor back while another action is still on its way
                self.owner.setCursor(Qt.CursorShape.BusyCursor)

        def ok(result: T) -> None:
            answered()
            done(result)

        def failed(exc: BaseException) -> None:
            answered()
            if isinstance(exc, PuskesosError):
                (refused or self.refused)(exc)
            else:
                show_fault(self.owner, exc)  # an Indonesian sentence; the stack to the crash log

        self.names.add(name)
        return run_action(self.owner, work, ok, on_failed=failed, topics=topics, name=name)

    def refused(self, exc: PuskesosError) -> None:
        """As ``base_tab.attempt`` showed it: a message box, nothing changed."""
        show_error(self.owner, exc)
