"""services/admin/server_link.py: setting this PC's server is the coordinator's, audited without the password;
a failed connection is worded (db/server_faults.py), on a closed port and on a wrong password."""

from __future__ import annotations

import json
import os
import socket
from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.engine import make_url

from puskesos_desktop import connection
from puskesos_desktop.config import data_dir
from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.core.errors import PermissionDenied
from puskesos_desktop.db.engine import Database, explain_fault
from puskesos_desktop.db.models import AuditEntry
from puskesos_desktop.db.server_faults import FaultKind, classify
from puskesos_desktop.services.admin import server_link
from puskesos_desktop.services.context import Actor
from tests.helpers import keyrings

PASSWORD = "Kata-sandi-server-77"
SETTINGS = connection.ServerSettings("192.168.1.10", 5432, "puskesos", "puskesos")


@pytest.fixture(autouse=True)
def _no_credential_store() -> Iterator[None]:
    with keyrings.none_there():
        yield


def closed_port() -> int:
    """A port nothing listens on (bound, then let go)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _trail(db: Database) -> str:
    with db.read() as s:
        rows = s.execute(select(AuditEntry)).scalars().all()
        return "\n".join(json.dumps([r.action, r.entity, r.entity_id, r.details], default=str) for r in rows)


def test_the_coordinator_saves_the_server_and_the_trail_never_holds_the_password(
    db: Database, coordinator: Actor
) -> None:
    saved = server_link.save_link(db, coordinator, SETTINGS, PASSWORD)
    assert saved.password_store == "file"
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


def test_a_closed_port_is_one_sentence() -> None:
    settings = connection.ServerSettings("127.0.0.1", closed_port(), "puskesos", "puskesos")
    with pytest.raises(Exception) as caught:
        server_link.try_link(settings, PASSWORD)
    fault = classify(caught.value, settings.shown())
    assert fault is not None and fault.kind is FaultKind.UNREACHABLE
    assert settings.shown() in fault.message and PASSWORD not in fault.message
    assert explain_fault(caught.value, settings.shown()) == fault.message  # the command line's line


def test_something_else_is_not_a_failed_connection() -> None:
    assert classify(ValueError("connection failed")) is None


@pytest.mark.skipif(not os.environ.get("PUSKESOS_TEST_PG"), reason="needs a PostgreSQL server (PUSKESOS_TEST_PG)")
def test_a_wrong_password_and_a_missing_database_are_told_apart(db: Database) -> None:
    url = make_url(db.url)
    settings = connection.ServerSettings(
        url.host or "localhost", url.port or 5432, url.database or "", url.username or ""
    )
    with pytest.raises(Exception) as caught:
        server_link.try_link(settings, "salah-" + PASSWORD)
    fault = classify(caught.value, settings.shown())
    assert fault is not None and fault.kind is FaultKind.LOGIN
    missing = connection.ServerSettings(settings.host, settings.port, "tidak_ada_db", settings.user)
    with pytest.raises(Exception) as caught:
        server_link.try_link(missing, url.password)
    fault = classify(caught.value)
    assert fault is not None and fault.kind is FaultKind.NO_DATABASE
    check = server_link.try_link(settings, url.password)
    assert check.has_schema and check.version
