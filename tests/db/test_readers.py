"""Issue 18.3: the database layer owns the search's reading connections (db/readers.py, Database.reading)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from puskesos_desktop.db import readers
from puskesos_desktop.db.engine import Database


@pytest.mark.sqlite_only
def test_the_readers_never_write_and_open_again_after_release(db: Database) -> None:
    raw = db.nik_reader()
    assert raw is not None and db.nik_reader() is raw  # one per thread, kept
    with pytest.raises(sqlite3.OperationalError):
        raw.execute("CREATE TABLE x (a)")
    with db.reading() as conn:
        assert conn.execute(text("SELECT count(*) FROM residents")).scalar_one() >= 0
        with pytest.raises(Exception, match="readonly|read-only|query_only|attempt to write"):
            conn.execute(text("CREATE TABLE y (a)"))
    other: list[sqlite3.Connection | None] = []
    worker = threading.Thread(target=lambda: other.append(db.nik_reader()))
    worker.start()
    worker.join()
    assert other[0] is not None and other[0] is not raw  # another thread: its own connection
    db.release_readers()
    with pytest.raises(sqlite3.ProgrammingError):
        raw.execute("SELECT 1")  # closed
    again = db.nik_reader()
    assert again is not None and again is not raw
    assert again.execute("SELECT 1").fetchone() == (1,)


def test_read_only_connection_refuses_writes(tmp_path: Path) -> None:
    path = str(tmp_path / "x.sqlite3")
    sqlite3.connect(path).close()
    conn = readers.read_only_connection(path)
    try:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("CREATE TABLE x (a)")
    finally:
        conn.close()


def test_the_server_reader_never_writes_and_comes_back_after_a_broken_connection(db: Database) -> None:
    """Issue 15 §10: on PostgreSQL the desk's whole NIK reads through a bare psycopg connection of its thread,
    read-only and outside any transaction; one the server closed is replaced and the search still answers."""
    if not db.is_postgresql:
        pytest.skip("PostgreSQL's reader")
    import psycopg

    from puskesos_desktop.services.people import search

    raw = db.nik_reader()
    assert raw is not None and not isinstance(raw, sqlite3.Connection) and db.nik_reader() is raw
    assert raw.execute("SELECT current_setting('application_name')").fetchone()[0].startswith("puskesos ")
    with pytest.raises(psycopg.errors.ReadOnlySqlTransaction):
        raw.execute("CREATE TABLE x (a int)")
    assert raw.info.transaction_status == psycopg.pq.TransactionStatus.IDLE  # nothing held open between queries
    raw.close()  # as a server restart leaves it
    assert search.search(db, None, "6201020101700001") == []  # the general path answered
    again = db.nik_reader()
    assert again is not None and again is not raw and not again.closed
    db.release_readers()
    assert again.closed


def test_a_thread_that_ended_leaves_no_open_reader(db: Database) -> None:
    """Each thread's reader lives as long as the thread: the next thread that opens one closes those of threads
    that ended (a server connection must not linger for every short-lived thread)."""
    got: list[object] = []
    worker = threading.Thread(target=lambda: got.append(db.nik_reader()))
    worker.start()
    worker.join()
    assert got[0] is not None
    mine = db.nik_reader()
    assert mine is not None
    with pytest.raises(Exception, match="closed"):
        got[0].execute("SELECT 1")  # type: ignore[attr-defined]
    assert mine.execute("SELECT 1").fetchone() == (1,)
    db.release_readers()
