"""Who is acting: a signed-in user, or the command line (recorded with the operating-system account).

A signed-in user's rights are those of the account as it is now, not as it was at sign-in: an Actor bound to the
database (`actor.bound(db)`, which the window's AppContext does for every session) re-reads the account's role and
active flag (one primary-key read) on every `require()`/`can()`. A coordinator who disables or demotes an account
takes effect on that person's next action, even in a session that is already open.
"""

from __future__ import annotations

import getpass
import sqlite3
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from puskesos_desktop.core import permissions
from puskesos_desktop.core.errors import PermissionDenied, message_id
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role
from puskesos_desktop.db.models import User

if TYPE_CHECKING:
    from puskesos_desktop.db.engine import Database


class AccountRevoked(PermissionDenied):
    """The signed-in account was disabled (or removed) since sign-in: the window signs the person out."""


REVOKED = message_id("Akun Anda telah dinonaktifkan oleh koordinator. Sesi ini ditutup; masuk dengan akun yang aktif.")


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role
    via: str = "gui"  # "gui" or "cli"
    # Set by bound(): where the account's current role and state are re-read before each action.
    db: Database | None = field(default=None, compare=False, repr=False)

    @property
    def label(self) -> str:
        """How the actor appears in history and the audit trail."""
        return self.username

    def bound(self, db: Database) -> Actor:
        """This actor, checked against its account in `db` on every action (see the module docstring)."""
        return replace(self, db=db)

    def current_role(self) -> Role:
        """The account's role now; AccountRevoked when it was disabled. Unbound actors keep their role."""
        if self.db is None or self.user_id is None:
            return self.role
        row = _account_on_server(self.db, self.user_id) if self.db.is_postgresql else _NO_READER
        if row is _NO_READER:
            # A bare connection, not a Session: the check is on every action and this halves its cost (~0.7 ms).
            with self.db.engine.connect() as c:
                row = c.execute(select(User.role, User.active).where(User.id == self.user_id)).one_or_none()
        if row is None or not row[1]:
            raise AccountRevoked(REVOKED)
        return Role(row[0])

    def require(self, permission: Permission) -> None:
        permissions.require(self.current_role(), permission)

    def can(self, permission: Permission) -> bool:
        """For choosing what to show or do next; a disabled account may do nothing (require() says why)."""
        try:
            role = self.current_role()
        except AccountRevoked:
            return False
        return permissions.allowed(role, permission)


_NO_READER: Any = object()
_ACCOUNT_PG = "SELECT role, active FROM users WHERE id = %(id)s"


def _account_on_server(db: Database, user_id: int) -> Any:
    """(role, active) of the account, or None, read on the thread's bare server connection (db/readers.py): one
    prepared round trip where a pooled connection takes four (ping, BEGIN, the query, ROLLBACK). The window asks
    on its own thread before every button it enables, so each round trip is a wait it shows (issue 15 §10).
    _NO_READER when that connection is not there or failed (the server restarted): the pooled way answers."""
    try:
        raw = db.nik_reader()
        if raw is None or isinstance(raw, sqlite3.Connection):
            return _NO_READER
        return raw.execute(_ACCOUNT_PG, {"id": user_id}, prepare=True).fetchone()
    except Exception as exc:
        if type(exc).__module__.split(".")[0] != "psycopg":
            raise
        db.drop_nik_reader()
        return _NO_READER


def cli_actor() -> Actor:
    """The command line needs no login: whoever can run it can read the database file anyway."""
    try:
        os_user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no account name on some systems
        os_user = "tidak-diketahui"
    return Actor(
        user_id=None,
        username=f"cli:{os_user}",
        full_name=f"Baris perintah ({os_user})",
        role=Role.KOORDINATOR,
        via="cli",
    )


SYSTEM = Actor(user_id=None, username="sistem", full_name="Sistem", role=Role.KOORDINATOR, via="system")
