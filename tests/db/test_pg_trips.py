"""Statements that wait for the next flight of a server write (db/pg_trips.py, issue 15 §10)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from puskesos_desktop.core.audit_actions import AuditAction
from puskesos_desktop.db import engine as engine_module
from puskesos_desktop.db import pg_trips
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit, numbering
from puskesos_desktop.services.context import Actor


def test_the_first_flight_fills_the_keys_audit_and_numbering_read() -> None:
    assert engine_module.AUDIT_HEAD == audit._HEAD
    assert engine_module.VILLAGE_CODE == numbering._VILLAGE_CODE


def _server(db: Database) -> None:
    if not db.is_postgresql:
        pytest.skip("PostgreSQL only (PUSKESOS_TEST_PG)")


def test_what_waits_is_dropped_with_a_rollback(db: Database, front: Actor) -> None:
    _server(db)
    before = audit.head(db)
    with pytest.raises(RuntimeError), db.write() as s:
        audit.record(s, front, AuditAction.LOGIN, "user", 1)
        raise RuntimeError("stop")
    assert audit.head(db) == before
    with db.write() as s:  # the same pooled connection: nothing left over is sent with the next write
        audit.record(s, front, AuditAction.LOGIN, "user", 2)
    assert audit.head(db)[0] == before[0] + 1
    assert audit.verify(db).ok


def test_a_waiting_statement_that_fails_fails_its_write(db: Database, front: Actor) -> None:
    """Sent with the COMMIT: its error is the write's, and nothing of the write is kept."""
    _server(db)
    before = audit.head(db)
    with pytest.raises(DBAPIError), db.write() as s:
        audit.record(s, front, AuditAction.LOGIN, "user", 1)
        pg_trips.defer(s.connection(), "SELECT 1 / 0")
    assert audit.head(db) == before
    with db.read() as s:  # the pool's connection is whole again
        assert s.execute(text("SELECT 1")).scalar() == 1


def test_a_commit_outside_write_still_sends_what_waits(db: Database) -> None:
    """The safety net: a statement left waiting on a connection that SQLAlchemy commits itself is sent first."""
    _server(db)
    with db.engine.connect() as conn:
        conn.execute(text("CREATE TEMP TABLE t_wait (n int) ON COMMIT PRESERVE ROWS"))
        conn.commit()
        pg_trips.defer(conn, "INSERT INTO t_wait VALUES (%(n)s)", {"n": 7})
        conn.commit()
        assert conn.execute(text("SELECT n FROM t_wait")).scalar() == 7


def test_a_deferred_table_is_announced(db: Database, front: Actor) -> None:
    """db/changes.py learns of the tables a waiting statement writes, as of the others."""
    _server(db)
    seen: list[set[str]] = []
    with db.write() as s:
        audit.record(s, front, AuditAction.LOGIN, "user", 1)
        seen.append(set(s.connection().info[engine_module.changes.WRITTEN]))
    assert "audit_entries" in seen[0]
