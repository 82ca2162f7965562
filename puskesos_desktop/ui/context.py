"""What every window shares: the database, the signed-in actor, and a signal when data changes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from puskesos_desktop.core.permissions import ROLE_PERMISSIONS, Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import office
from puskesos_desktop.services.context import AccountRevoked, Actor
from puskesos_desktop.ui.topics import Topic


def rights_of(actor: Actor) -> frozenset[Permission]:
    """The account's permissions now (one read of the account; none when it was disabled). Qt-free: a dialog's
    job calls it on a worker with the rest of its data, so that greying buttons reads nothing on the window's
    thread. Only what to show: every service checks the right again when it acts."""
    try:
        role = actor.current_role()
    except AccountRevoked:
        return frozenset()
    return ROLE_PERMISSIONS[role]


class AppContext(QObject):
    data_changed = Signal(str)  # what changed: a Topic (ui/topics.py)
    actor_changed = Signal()

    def __init__(self, db: Database, actor: Actor) -> None:
        super().__init__()
        self.db = db
        # Bound: every action re-reads the account's role and state (services/context.py), so a session keeps no
        # right the coordinator has taken away since sign-in.
        self._actor = actor.bound(db)
        # The change topics a background job declares refresh the views when it ends (ui/jobs.py).
        from puskesos_desktop.ui.jobs import jobs

        jobs().topic_changed.connect(self.changed)

    @property
    def actor(self) -> Actor:
        return self._actor

    def set_actor(self, actor: Actor) -> None:
        self._actor = actor.bound(self.db)
        self.actor_changed.emit()

    def rights(self) -> frozenset[Permission]:
        """Every permission the account has now, in one read: a view enabling many buttons at once asks once, not
        once per button (each ``actor.can`` reads the account: five of them on every row chosen in a list).
        A dialog reads them on a worker with its data instead (``rights_of``): this is a read on the calling
        thread."""
        return rights_of(self.actor)

    def office(self) -> office.OfficeData | None:
        return office.get_profile(self.db)

    def changed(self, what: Topic) -> None:
        self.data_changed.emit(what)
