"""Shared bookkeeping of the main window's tabs: refresh on data changes, errors shown the same way."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from puskesos_desktop.services.context import AccountRevoked
from puskesos_desktop.ui import errors
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.topics import Topic
from puskesos_desktop.ui.widgets.next_turn import next_turn


class BaseTab(QWidget):
    """A tab of the main window. Subclasses build their widgets in setup_ui() and reload in refresh()."""

    #: data kinds (AppContext.changed) that make this tab reload
    watches: frozenset[Topic] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        # The parts still to build, one a turn of the event loop once the tab shows (stage_build): the tab's first
        # showing is then a few short stalls instead of one long one (issue 12 §4). Empty: built.
        self._stages: list[Callable[[], None]] = []
        self._staging = False  # the next stage is queued
        ctx.data_changed.connect(self._on_changed)
        ctx.actor_changed.connect(self._on_actor_changed)

    # --- a build in stages ---------------------------------------------------------------------------------

    def stage_build(self, stages: Sequence[Callable[[], None]]) -> None:
        """Build these parts later, one a turn, from the tab's first showing on; the tab reads its data (refresh)
        once the last is built. Whoever needs the whole tab at once calls finish_build()."""
        self._stages = list(stages)

    def building(self) -> bool:
        """Parts of the tab are still to be built, or its first read to be started (a loading state shows)."""
        return bool(self._stages) or self._staging

    def finish_build(self) -> None:
        """Build what is left now (a test, the window's page(): callers that use the tab's widgets at once)."""
        if not self._stages:
            return
        while self._stages:
            self._stages.pop(0)()
        self._staging = False  # a queued _next_stage finds nothing left
        self.built()

    def _next_stage(self) -> None:
        self._staging = False
        if not self._stages:
            return
        self._stages.pop(0)()
        self._staging = True
        # The data's read (refresh) too starts on a turn of its own, after the last part is built.
        next_turn(self, self._next_stage if self._stages else self._last_stage_built)

    def _last_stage_built(self) -> None:
        self._staging = False
        self.built()

    def built(self) -> None:
        """The last part is built: read the data if the tab is on screen (its refresh waited for the widgets)."""
        if self._stale and self.isVisible():
            self._reload()
            self._stale = False

    def _reload(self) -> None:
        try:
            self.refresh()
        except AccountRevoked as exc:
            # Disabled while signed in: say so once; the session controller signs the person out.
            errors.show_error(self, exc)

    def _on_changed(self, what: str) -> None:
        if not self.watches or what in self.watches:
            self._stale = True
            if self.isVisible() and not self._stages:
                self._reload()
                self._stale = False

    def _on_actor_changed(self) -> None:
        self._stale = True
        self.apply_permissions()
        if self.isVisible() and not self._stages:
            self._reload()
            self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        if self._stages:
            if not self._staging:  # the rest is built on the next turns; refresh waits for it (built())
                self._staging = True
                next_turn(self, self._next_stage)
        elif self._stale:
            self._reload()
            self._stale = False
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload what the tab shows from the services."""

    def clear_personal_data(self) -> None:
        """The screen locks or another user signs in: forget searches and the lists of people on screen. The tab
        reloads from the services (as whoever is signed in then) when it is shown again."""
        self._stale = True

    def apply_permissions(self) -> None:
        """Hide or disable what the actor's role may not do (the services refuse it anyway)."""

    def title(self) -> str:
        raise NotImplementedError
