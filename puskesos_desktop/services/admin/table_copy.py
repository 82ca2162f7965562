"""Copying an office database table by table between engines (SQLite ⇄ PostgreSQL): backups of a server database,
restoring any backup onto either engine, moving an office (services/admin/move_db.py).

Rows stream in primary-key order, in chunks bounded by row count and by bytes (scans and photos are stored in the
database), so memory stays small whatever the office holds. Tables go in foreign-key order, so the target's
constraints hold at every insert. Both sides are plain SQLAlchemy connections: the caller owns the transactions.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, LargeBinary, Table, func, select, text
from sqlalchemy.exc import DBAPIError

from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Base

CHUNK_ROWS = 500
CHUNK_BYTES = 8 * 1024 * 1024  # about this much row data held at once (attachments are megabytes each)
# Tables an office's first start fills by itself (the seed catalogue): their rows alone do not make a target
# "an office with data".
SEEDED = frozenset({"programmes", "partners", "services", "service_requirements"})

Progress = Callable[[int, int], None]


class CopyError(PuskesosError):
    """A table copy could not be completed (the caller's transaction rolls back: the target keeps what it had)."""


def _insert(dst: Connection, table: Table, batch: list[dict[str, Any]]) -> None:
    try:
        dst.execute(table.insert(), batch)
    except DBAPIError as exc:
        # Say which table: a value one engine accepts and the other refuses (a text longer than its column,
        # which SQLite does not enforce) must be found and fixed, not shown as a traceback.
        detail = str(getattr(exc, "orig", exc)).splitlines()[0][:160]
        raise CopyError(
            "Tabel {name}: baris tidak dapat disalin ke database tujuan ({detail}).", name=table.name, detail=detail
        ) from None


def tables() -> list[Table]:
    """Every table of the office schema, parents before children."""
    return list(Base.metadata.sorted_tables)


def _order(table: Table) -> list[Any]:
    return list(table.primary_key.columns) or list(table.columns)


def _size(row: dict[str, Any]) -> int:
    total = 0
    for value in row.values():
        if isinstance(value, (bytes, bytearray, memoryview, str)):
            total += len(value)
        else:
            total += 8
    return total


def row_counts(conn: Connection, names: Iterable[str] | None = None) -> dict[str, int]:
    wanted = set(names) if names is not None else None
    return {
        t.name: int(conn.execute(select(func.count()).select_from(t)).scalar_one())
        for t in tables()
        if wanted is None or t.name in wanted
    }


def holds_data(conn: Connection) -> list[str]:
    """The tables of conn that hold rows, seeded catalogue tables left out (empty: a new office)."""
    return [name for name, n in row_counts(conn).items() if n and name not in SEEDED]


def clear(conn: Connection) -> None:
    """Delete every row of the office tables (children first), in the caller's transaction."""
    if conn.dialect.name == "postgresql":
        names = ", ".join(conn.dialect.identifier_preparer.quote(t.name) for t in tables())
        conn.execute(text(f"TRUNCATE {names}"))  # noqa: S608 - the schema's own table names
        return
    for table in reversed(tables()):
        conn.execute(table.delete())


@dataclass(frozen=True)
class CopyResult:
    counts: dict[str, int]
    bytes: int


def copy_rows(
    src: Connection,
    dst: Connection,
    progress: Progress | None = None,
    check: Callable[[], None] | None = None,
) -> CopyResult:
    """Copy every row of every office table from src into dst (whose tables the caller emptied)."""
    todo = row_counts(src)
    total = sum(todo.values())
    done = 0
    moved = 0
    counts: dict[str, int] = {}
    for table in tables():
        binary = any(isinstance(c.type, LargeBinary) for c in table.columns)
        per_fetch = 20 if binary else CHUNK_ROWS
        # Per statement: Connection.execution_options would change the caller's connection for good.
        result = src.execute(
            select(table).order_by(*_order(table)),
            execution_options={"stream_results": True, "yield_per": per_fetch},
        )
        batch: list[dict[str, Any]] = []
        held = 0
        n = 0
        for row in result.mappings():
            item = dict(row)
            batch.append(item)
            held += _size(item)
            if len(batch) >= CHUNK_ROWS or held >= CHUNK_BYTES:
                _insert(dst, table, batch)
                n += len(batch)
                moved += held
                done += len(batch)
                batch, held = [], 0
                if progress is not None:
                    progress(done, total)
                if check is not None:
                    check()
        if batch:
            _insert(dst, table, batch)
            n += len(batch)
            moved += held
            done += len(batch)
            if progress is not None:
                progress(done, total)
        counts[table.name] = n
        if n != todo[table.name]:
            raise CopyError(
                "Tabel {name}: {n} baris tersalin dari {todo}.", name=table.name, n=n, todo=todo[table.name]
            )
    return CopyResult(counts, moved)


_IDENT = re.compile(r"^[a-z_][a-z0-9_]*$")


def reset_sequences(conn: Connection) -> int:
    """PostgreSQL: move every id sequence past the highest id copied in (rows were inserted with their own ids,
    which does not advance a sequence). Returns how many sequences were set."""
    if conn.dialect.name != "postgresql":
        return 0
    set_ = 0
    for table in tables():
        for column in table.primary_key.columns:
            if not (_IDENT.match(table.name) and _IDENT.match(column.name)):
                continue
            seq = conn.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"), {"t": table.name, "c": column.name}
            ).scalar()
            if not seq:
                continue
            conn.execute(
                text(
                    f"SELECT setval(:seq, coalesce((SELECT max({column.name}) FROM {table.name}), 1), "  # noqa: S608
                    f"(SELECT max({column.name}) FROM {table.name}) IS NOT NULL)"
                ),
                {"seq": seq},
            )
            set_ += 1
    return set_


@contextmanager
def snapshot(db: Database) -> Iterator[Connection]:
    """A read-only connection that sees one consistent state of db for as long as it is open (PostgreSQL:
    REPEATABLE READ; SQLite: one read transaction, which WAL keeps consistent)."""
    with db.engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            conn = conn.execution_options(isolation_level="REPEATABLE READ")
            conn.begin()
            conn.execute(text("SET TRANSACTION READ ONLY"))
        else:
            conn.begin()
        try:
            yield conn
        finally:
            conn.rollback()


def revision(conn: Connection) -> str:
    row = conn.execute(text("SELECT version_num FROM alembic_version")).first()
    return str(row[0]) if row else ""


def copy_into_sqlite(
    src: Connection, target: Path, progress: Progress | None = None, check: Callable[[], None] | None = None
) -> CopyResult:
    """Build a new SQLite office database at target (an empty or missing file) holding every row src sees."""
    from puskesos_desktop.config import sqlite_url

    new = Database(sqlite_url(target), claim_file=False, check=False)
    try:
        new.migrate()
        with new.engine.connect() as dst:
            dst = dst.execution_options(sqlite_immediate=True)
            dst.begin()
            if revision(dst) != revision(src):
                raise CopyError("Skema {src} dan {dst} berbeda.", src=revision(src), dst=revision(dst))
            clear(dst)
            result = copy_rows(src, dst, progress, check)
            dst.commit()
    finally:
        new.dispose()
    conn = sqlite3.connect(str(target))
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return result


def write_sqlite_copy(
    db: Database, target: Path, progress: Progress | None = None, check: Callable[[], None] | None = None
) -> CopyResult:
    """A backup-format copy of db (any engine) at target, from one consistent snapshot."""
    with snapshot(db) as src:
        return copy_into_sqlite(src, target, progress, check)
