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
