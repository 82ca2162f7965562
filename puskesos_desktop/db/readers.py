"""The search's reading connections on SQLite, owned by the database layer (issue 18.3).

Plain sqlite3 and threading only — no SQLAlchemy — so that `puskesos find NIK`'s cold process can open its one
read-only connection here without paying for SQLAlchemy's import. `Database` (db/engine.py) keeps one
`ThreadReaders` and one read-only engine per office database; services ask the Database for them."""

from __future__ import annotations

import sqlite3
import threading


def read_only_connection(path: str) -> sqlite3.Connection:
    """A bare sqlite3 connection that can never write: the desk's whole-NIK readers and `find NIK` open it alike."""
    conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    return conn


class ThreadReaders:
    """One plain read-only sqlite3 connection per thread (a whole NIK at the desk: no pool checkout, ~0.03 ms, as
    long as SQLite takes to answer). All of them are closed by `close`."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[sqlite3.Connection] = []

    def get(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self.local, "conn", None)
        if conn is None:
            conn = read_only_connection(self.path)
            self.local.conn = conn
            with self.lock:
                self.opened.append(conn)
        return conn

    def close(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, []
        for conn in opened:
            conn.close()
