"""Who is acting: a signed-in user, or the command line (recorded with the operating-system account)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from puskesos_desktop.core import permissions
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.core.statuses import Role


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    full_name: str
    role: Role
    via: str = "gui"  # "gui" or "cli"

    @property
    def label(self) -> str:
        """How the actor appears in history and the audit trail."""
        return self.username

    def require(self, permission: Permission) -> None:
        permissions.require(self.role, permission)

    def can(self, permission: Permission) -> bool:
        return permissions.allowed(self.role, permission)


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
