"""services/admin/server_link.py: setting this PC's server is the coordinator's, audited without the password.
How a failed connection is worded is tests/db/test_server_faults.py."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from puskesos_desktop import connection
from puskesos_desktop.config import data_dir
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.services.admin import server_link
from puskesos_desktop.services.context import Actor

PASSWORD = "Kata-sandi-server-77"
pytestmark = pytest.mark.usefixtures("no_credential_store")
SETTINGS = connection.ServerSettings("192.168.1.10", 5432, "puskesos", "puskesos")


def _trail(db: Database) -> str:
    with db.read() as s:
        rows = s.execute(select(AuditEntry)).scalars().all()
        return "\n".join(json.dumps([r.action, r.entity, r.entity_id, r.details], default=str) for r in rows)


def test_the_coordinator_saves_the_server_and_the_trail_never_holds_the_password(
    db: Database, coordinator: Actor
) -> None:
    assert server_link.password_state(SETTINGS) == server_link.PasswordState(False, "file")
    assert not server_link.password_state(None).stored
    saved = server_link.save_link(db, coordinator, SETTINGS, PASSWORD)
    assert saved.password_store == "file"
    assert server_link.password_state(SETTINGS).stored
    assert connection.load(data_dir()) == SETTINGS
    trail = _trail(db)
    assert AuditAction.SERVER_CONNECTION.value in trail and "192.168.1.10:5432/puskesos" in trail
    assert PASSWORD not in trail
    # Nothing the program wrote in the data folder holds it, except the private password file itself.
    for path in data_dir().rglob("*"):
        if path.is_file() and path != connection.password_path(data_dir()):
            assert PASSWORD not in path.read_text(encoding="utf-8", errors="replace"), path
    server_link.forget_link(db, coordinator)
    assert connection.load(data_dir()) is None
    assert not connection.password_path(data_dir()).exists()
    assert PASSWORD not in _trail(db)


def test_only_the_coordinator_may(db: Database, front: Actor) -> None:
    with pytest.raises(PermissionDenied):
        server_link.save_link(db, front, SETTINGS, PASSWORD)
    assert connection.load(data_dir()) is None
