"""A button's service call (a write with its audit entry, a PDF built, a file decoded or written) run as a job
(ui/jobs.py), so the window's thread only paints and reacts (issue 12).

One action at a time per widget: while it runs the widget shows the busy cursor and its ``state`` hook disables
its buttons (it asks ``acting(key)``); pressed again meanwhile, nothing is started twice. The answer comes back on
the UI thread: ``on_done(result)``, or a refusal shown as before (or ``on_refused``), or a fault in plain words with
its stack in the crash log.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.ui import jobs
from puskesos_desktop.ui.errors import show_fault
from puskesos_desktop.ui.topics import Topic

T = TypeVar("T")


def action_key(owner: QWidget, name: str = "") -> str:
    """The key of a widget's action: its actions never run two at a time (or, named, each never twice at once)."""
    return f"action.{type(owner).__name__}.{id(owner)}.{name}"


def acting(owner: QWidget, name: str = "") -> bool:
    """An action of ``owner`` is running (its buttons stay disabled meanwhile)."""
    return jobs.jobs().is_running(action_key(owner, name))


def run_action(
    owner: QWidget,
    work: Callable[[], T],
    on_done: Callable[[T], None],
    *,
    on_refused: Callable[[PuskesosError], None] | None = None,
    on_failed: Callable[[BaseException], None] | None = None,
    state: Callable[[], None] | None = None,
    topics: Iterable[Topic] = (),
    name: str = "",
) -> bool:
    """Run ``work`` (a service call on plain data read from the widgets beforehand: it touches no widget) as a job
    owned by ``owner``. ``on_failed``, when given, answers every failure instead. ``state`` (the widget's "enable my
    buttons") is called once the action counts as running and again when it has answered, before ``on_done``. False
    when an action of ``owner`` is still running (with ``name``: that same action; differently named ones run side
    by side)."""
    key = action_key(owner, name)
    runner = jobs.jobs()
    if runner.is_running(key):
        return False

    def finish() -> None:
        owner.unsetCursor()
        if state is not None:
            state()

    def done(result: T) -> None:
        finish()
        on_done(result)

    def failed(exc: BaseException) -> None:
        finish()
        if on_failed is not None:
            on_failed(exc)
        elif isinstance(exc, PuskesosError) and on_refused is not None:
            on_refused(exc)
        else:
            show_fault(owner, exc)  # a refusal as a warning; a fault in plain words, its stack to the crash log

    runner.run(work, done, failed, key=key, topics=topics, parent=owner)
    owner.setCursor(Qt.CursorShape.BusyCursor)
    if state is not None:
        state()
    return True
