"""db/server_faults.py: a failed connection to the office's server is one sentence of its kind (unreachable, login,
no database) that never holds the password; anything else is not a failed connection."""

from __future__ import annotations

import os
import socket

import pytest
from sqlalchemy.engine import make_url

from puskesos_desktop import connection
from puskesos_desktop.db.engine import Database, explain_fault
from puskesos_desktop.db.server_faults import FaultKind, classify
from puskesos_desktop.services.admin import server_link

PASSWORD = "Kata-sandi-server-77"


def closed_port() -> int:
    """A port nothing listens on (bound, then let go)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


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
