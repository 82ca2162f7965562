"""The search's bare reading connections, owned by the database layer (issue 18.3; on PostgreSQL issue 15 §10).

Plain sqlite3 / psycopg and threading only — no SQLAlchemy — so that `puskesos find NIK`'s cold process can open
its one read-only connection here without paying for SQLAlchemy's import. `Database` (db/engine.py) keeps one
`ThreadReaders` (and on SQLite one read-only engine) per office database; services ask the Database for them."""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar, Union

if TYPE_CHECKING:
    import psycopg

    PgConnection = psycopg.Connection[tuple[Any, ...]]
    # What `Database.nik_reader()` hands out: the thread's own connection, engine by engine.
    Reader = Union[sqlite3.Connection, PgConnection]  # noqa: UP007 - evaluated at run time by no one

C = TypeVar("C")

# A server that is switched off fails in seconds, not after the system's TCP timeout (as db/server_faults does).
PG_CONNECT_TIMEOUT_S = 5


def read_only_connection(path: str) -> sqlite3.Connection:
    """A bare sqlite3 connection that can never write: the desk's whole-NIK readers and `find NIK` open it alike."""
    conn = sqlite3.connect(path, timeout=10, check_same_thread=False)
    conn.execute("PRAGMA query_only=ON")
    return conn


def pg_conninfo(url: str) -> str:
    """libpq's URI for an SQLAlchemy PostgreSQL URL ('postgresql+psycopg://u:pw@host/db' -> 'postgresql://…'):
    both decode the same %-escapes, so the password reaches the server as the office engine sends it."""
    return "postgresql" + url[url.index("://") :]


def pg_application_name(label: str) -> str:
    """The application_name of every server connection of this process (db/engine.pg_identity): a restore tells
    this program's connections from others' by it."""
    return f"puskesos {os.getpid()}@{socket.gethostname()}: {label}"[:63]


def pg_read_only_connection(url: str, label: str) -> PgConnection:
    """A bare psycopg connection that can never write, outside any transaction (each statement sees the latest
    commit and nothing stays open between queries)."""
    import psycopg

    from puskesos_desktop.db.pg_cursor import connect_kwargs

    kwargs: dict[str, Any] = connect_kwargs()  # results turned into rows a slice at a time (db/pg_cursor.py)
    if "connect_timeout=" not in url:
        kwargs["connect_timeout"] = PG_CONNECT_TIMEOUT_S
    return psycopg.connect(
        pg_conninfo(url),
        autocommit=True,
        application_name=pg_application_name(label),
        options="-c default_transaction_read_only=on",
        **kwargs,
    )


class ThreadReaders(Generic[C]):
    """One plain read-only connection per thread (a whole NIK at the desk, the account check on a server: no pool
    checkout, no ping, no reset — about as long as the database takes to answer). All of them are closed by
    `close`; `drop` forgets this thread's (a connection the server closed); a thread that ended leaves its
    connection to be closed by the next thread that opens one (a server connection must not linger)."""

    def __init__(self, connect: Callable[[], C]) -> None:
        self.connect = connect
        self.local = threading.local()
        self.lock = threading.Lock()
        self.opened: list[tuple[threading.Thread, C]] = []

    def get(self) -> C:
        conn: C | None = getattr(self.local, "conn", None)
        if conn is None:
            conn = self.connect()
            self.local.conn = conn
            with self.lock:
                ended = [pair for pair in self.opened if not pair[0].is_alive()]
                self.opened = [pair for pair in self.opened if pair[0].is_alive()]
                self.opened.append((threading.current_thread(), conn))
            for _thread, old in ended:
                _close(old)
        return conn

    def drop(self) -> None:
        conn: C | None = getattr(self.local, "conn", None)
        self.local.conn = None
        if conn is None:
            return
        with self.lock:
            self.opened = [pair for pair in self.opened if pair[1] is not conn]
        _close(conn)

    def close(self) -> None:
        with self.lock:
            opened, self.opened = self.opened, []
        for _thread, conn in opened:
            _close(conn)


def _close(conn: Any) -> None:
    try:
        conn.close()
    except Exception:  # noqa: BLE001 - a connection the server already closed: nothing left to free
        pass
