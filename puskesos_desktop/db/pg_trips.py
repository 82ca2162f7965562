"""Fewer round trips to an office server (issue 15 §10, issue 21 §5).

On a server every statement is a round trip, and a transaction adds two (psycopg's BEGIN, then COMMIT). psycopg's
pipeline mode sends several statements in one flight and reads their results together; SQLAlchemy knows nothing of
it, so it is used only where the results are whole when SQLAlchemy reads them (the pipeline block has ended):

- a transaction's BEGIN goes with its first statement (psycopg queues it in the pipeline);
- statements whose results nobody reads (an audit entry's insert, the change notification) are *deferred*: kept on
  the connection and sent, in order, in the same flight as the transaction's next statement or its COMMIT. An error
  in one of them fails that flight, and so the transaction, which is rolled back whole as before.

Server-side cursors and COPY cannot run in a pipeline: a deferred statement is sent on its own before them. A
connection in autocommit (CREATE DATABASE and the like) is left alone.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import Connection

from puskesos_desktop.db import changes

#: Connection.info key (the DBAPI connection's own dict): statements waiting for the next flight.
PENDING = "puskesos.pending"

#: Connection.info key: set while a Database.write() transaction runs, which ends with commit() below.
MANAGED = "puskesos.pipelined_write"

Deferred = tuple[str, Mapping[str, Any] | None]


def deferrable(conn: Connection) -> bool:
    """True inside a Database.write() transaction on a server through psycopg: a statement may wait there."""
    return bool(conn.info.get(MANAGED))


def defer(conn: Connection, sql: str, params: Mapping[str, Any] | None = None) -> None:
    """Send sql (psycopg's %(name)s placeholders) with the transaction's next statement or its COMMIT."""
    info = conn.info
    info.setdefault(PENDING, []).append((sql, params))
    # The statement event (db/changes.py) never sees it: the table it writes is noted here.
    written: set[str] | None = info.get(changes.WRITTEN)
    table = changes.written_table(sql)
    if written is not None and table is not None:
        written.add(table)


def forget(info: dict[Any, Any]) -> None:
    """A transaction that ends without its COMMIT (a rollback) drops what it deferred."""
    info.pop(PENDING, None)


def _info(context: Any) -> dict[Any, Any]:
    try:
        return context.root_connection.info  # type: ignore[no-any-return]
    except NotImplementedError:  # the dialect's first look at a new connection: nothing can wait there
        return {}


def _raw(cursor: Any) -> Any:
    return cursor.connection


def _idle(raw: Any) -> bool:
    from psycopg.pq import TransactionStatus

    return bool(raw.pgconn.transaction_status == TransactionStatus.IDLE)


def _send(raw: Any, pending: list[Deferred], last: Callable[[], object] | None) -> None:
    """The deferred statements, then last, in one flight; the results are all in when the block ends."""
    with raw.pipeline():
        for sql, params in pending:
            raw.execute(sql, params)
        if last is not None:
            last()


def _run(cursor: Any, call: Callable[[], object], info: dict[Any, Any]) -> bool:
    raw = _raw(cursor)
    if raw.autocommit:
        return False
    pending: list[Deferred] = info.pop(PENDING, None) or []
    from psycopg import ServerCursor

    if isinstance(cursor, ServerCursor):  # not in a pipeline: what waits goes first, on its own
        if pending:
            _send(raw, pending, None)
        return False
    if not pending and not _idle(raw):
        return False  # in a transaction with nothing waiting: the plain way, no pipeline to set up
    _send(raw, pending, call)
    return True


def install(engine: Engine) -> None:
    """Send BEGIN and deferred statements with the next statement on this (psycopg) engine's connections."""

    @event.listens_for(engine, "do_execute")
    def _execute(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        return _run(cursor, lambda: cursor.execute(statement, parameters), _info(context))

    @event.listens_for(engine, "do_execute_no_params")
    def _execute_plain(cursor: Any, statement: str, context: Any) -> bool:
        return _run(cursor, lambda: cursor.execute(statement), _info(context))

    @event.listens_for(engine, "commit")
    def _before_commit(conn: Connection) -> None:
        # A commit that did not come through commit() below still sends what waits (one more round trip).
        pending = conn.info.pop(PENDING, None)
        if pending:
            _send(conn.connection.driver_connection, pending, None)

    @event.listens_for(engine, "rollback")
    def _before_rollback(conn: Connection) -> None:
        if not conn.invalidated:  # a lost connection's info goes with it (and asking would reconnect)
            conn.info.pop(PENDING, None)

    @event.listens_for(engine, "do_executemany")
    def _execute_many(cursor: Any, statement: str, parameters: Any, context: Any) -> bool:
        pending = _info(context).pop(PENDING, None)
        if pending:  # executemany pipelines by itself: what waits goes first
            _send(_raw(cursor), pending, None)
        return False


def commit(conn: Connection) -> None:
    """COMMIT in the same flight as the deferred statements (the change notification, the last audit entry).

    The caller has flushed its session: nothing else is sent on this transaction afterwards, and SQLAlchemy's own
    commit then finds the connection idle (psycopg sends nothing)."""
    raw = conn.connection.driver_connection
    pending: list[Deferred] = conn.info.pop(PENDING, None) or []
    if raw is None or _idle(raw):
        if pending:
            raise RuntimeError("deferred statements outside a transaction")
        return
    _send(raw, pending, raw.commit)
