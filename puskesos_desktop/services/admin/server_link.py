"""This PC and the office server: set it (Pengaturan › Server kantor), leave it, try it. Qt-free.

The setting belongs to the PC (connection.py keeps it in the data folder), not to the office database: it says
which database to open before there is one. Setting it from the window is still a coordinator's act and is written
to the audit trail of the database the PC uses now — the server's address and role, never the password.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass

from puskesos_desktop import connection
from puskesos_desktop.config import data_dir
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.permissions import Permission
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.server_faults import ServerCheck, check_server
from puskesos_desktop.services import audit
from puskesos_desktop.services.context import Actor


@dataclass(frozen=True)
class SavedLink:
    settings: connection.ServerSettings
    password_store: connection.Store | None  # where a new password went; None: the stored one was kept


def current() -> connection.ServerSettings | None:
    return connection.load(data_dir())


@dataclass(frozen=True)
class PasswordState:
    stored: bool  # a password is kept for the saved server
    store: connection.Store  # where a password saved now goes


def password_state(settings: connection.ServerSettings | None) -> PasswordState:
    """Asks the credential store, which can be slow or ask to be unlocked: off the UI thread."""
    stored = settings is not None and connection.load_password(data_dir(), settings) is not None
    return PasswordState(stored, connection.password_store())


def save_link(db: Database, actor: Actor, settings: connection.ServerSettings, password: str | None) -> SavedLink:
    """Save this PC's server (used from the next start); a new password replaces the stored one."""
    actor.require(Permission.SETTINGS)
    with db.write() as s:
        # The file first, inside the transaction: when it cannot be written, no audit entry claims it was.
        where = connection.save(data_dir(), settings, password)
        audit.record(
            s,
            actor,
            AuditAction.SERVER_CONNECTION,
            "computer",
            platform.node(),
            details={
                "server": settings.shown(),
                "dipakai": settings.enabled,
                "kata_sandi_baru": bool(password),
                "kata_sandi_di": where or "",
            },
        )
    return SavedLink(settings, where)


def forget_link(db: Database, actor: Actor) -> None:
    """This PC goes back to its own database file from the next start; the stored password is removed."""
    actor.require(Permission.SETTINGS)
    previous = current()
    with db.write() as s:
        connection.forget(data_dir())
        audit.record(
            s,
            actor,
            AuditAction.SERVER_CONNECTION,
            "computer",
            platform.node(),
            details={"server": previous.shown() if previous else "", "dipakai": False, "dihapus": True},
        )


def try_link(settings: connection.ServerSettings, password: str | None) -> ServerCheck:
    """Connect once with these values (the stored password when none is typed). Raises the driver's error, which
    server_faults.classify() words; changes nothing. Slow when the server is away: run it off the UI thread."""
    if not password:
        password = connection.load_password(data_dir(), settings)
    return check_server(settings.url(password))
