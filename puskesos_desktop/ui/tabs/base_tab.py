"""Shared bookkeeping of the main window's tabs: refresh on data changes, errors shown the same way."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from puskesos_desktop.services.context import AccountRevoked
from puskesos_desktop.ui import errors
from puskesos_desktop.ui.context import AppContext
from puskesos_desktop.ui.topics import Topic


class BaseTab(QWidget):
    """A tab of the main window. Subclasses build their widgets in setup_ui() and reload in refresh()."""

    #: data kinds (AppContext.changed) that make this tab reload
    watches: frozenset[Topic] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        ctx.data_changed.connect(self._on_changed)
        ctx.actor_changed.connect(self._on_actor_changed)

    def _reload(self) -> None:
        try:
            self.refresh()
        except AccountRevoked as exc:
            # Disabled while signed in: say so once; the session controller signs the person out.
            errors.show_error(self, exc)

    def _on_changed(self, what: str) -> None:
        if not self.watches or what in self.watches:
            self._stale = True
            if self.isVisible():
                self._reload()
                self._stale = False

    def _on_actor_changed(self) -> None:
        self._stale = True
        self.apply_permissions()
        if self.isVisible():
            self._reload()
            self._stale = False

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
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
