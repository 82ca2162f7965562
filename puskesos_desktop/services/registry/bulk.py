"""Many rows at once inside one write transaction, the way each engine takes them fastest (the registry and the
population imports share it: one code path choosing the bulk method by engine).

- New rows: executemany at the driver on SQLite; COPY on PostgreSQL with psycopg (one stream instead of a statement
  a row: issue 15 §10 measured 3,500 rows/s by executemany there). Values are converted the way SQLAlchemy stores
  them (``value``), so what is written equals what the ORM would write.
- Looking rows up by a list of keys: one statement whatever the number of keys (SQLite: ``json_each`` of one JSON
  array; PostgreSQL: ``= ANY`` of one array), never SQLAlchemy's expanding ``IN``, whose per-key compilation cost
  more than the lookups themselves.

Statements that bypass SQLAlchemy's execution events note the tables they wrote for the change notification here
(db/changes.py).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy import Table
from sqlalchemy.orm import Session

from puskesos_desktop.db import changes


class Bulk:
    """The write's own connection, with the bulk methods of its engine."""

    def __init__(self, s: Session, *, cache_kib: int = 0) -> None:
        self.conn = s.connection()
        self.dialect = self.conn.dialect
        self.sqlite = self.dialect.name == "sqlite"
        self.postgres = self.dialect.name == "postgresql"
        self.copies = self.postgres and self.dialect.driver == "psycopg"
        if self.sqlite and cache_kib:
            # This connection only (NullPool: one per session): a cache that holds the table and its indexes, so
            # that thousands of inserts in key order do not evict and re-read pages.
            self.conn.exec_driver_sql(f"PRAGMA cache_size = -{int(cache_kib)}")
        self.mark = "?" if self.dialect.paramstyle == "qmark" else "%s"
        self._copy_targets: dict[str, tuple[str, tuple[str, ...]]] = {}  # INSERT statement -> (table, columns)
        self._processors: dict[tuple[str, str], Callable[[Any], Any] | None] = {}

    # --- values as SQLAlchemy stores them --------------------------------------------------------------------

    def processor(self, table: Table, column: str) -> Callable[[Any], Any] | None:
        key = (table.name, column)
        if key not in self._processors:
            self._processors[key] = table.c[column].type.dialect_impl(self.dialect).bind_processor(self.dialect)
        return self._processors[key]

    def value(self, table: Table, column: str, value: Any) -> Any:
        process = self.processor(table, column)
        return process(value) if process is not None and value is not None else value

    # --- writing ---------------------------------------------------------------------------------------------

    def insert_sql(self, table: str, columns: Sequence[str]) -> str:
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join([self.mark] * len(columns))})"
        self._copy_targets[sql] = (table, tuple(columns))
        return sql

    def update_sql(self, table: str, columns: Sequence[str]) -> str:
        sets = ", ".join(f"{c} = {self.mark}" for c in columns)
        return f"UPDATE {table} SET {sets} WHERE id = {self.mark}"

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[tuple[Any, ...]]) -> None:
        self.run(self.insert_sql(table, columns), rows)

    def run(self, sql: str, rows: Iterable[tuple[Any, ...]]) -> None:
        """One statement for many rows: an INSERT made by ``insert_sql`` goes by COPY where the engine has it.
        ``rows`` may be a generator: each row is written as it is made, so that on PostgreSQL the server works on
        the rows already sent while the next ones are built (client and server on two cores, not one after the
        other; a COPY of no rows writes nothing)."""
        if isinstance(rows, list | tuple) and not rows:
            return
        target = self._copy_targets.get(sql) if self.copies else None
        if target is not None:
            self._copy(*target, rows)
            return
        # executemany (in-process SQLite: nothing to overlap) through SQLAlchemy, which takes a list.
        listed = rows if isinstance(rows, list) else list(rows)
        if listed:
            self.conn.exec_driver_sql(sql, listed)

    def _copy(self, table: str, columns: tuple[str, ...], rows: Iterable[tuple[Any, ...]]) -> None:
        """New rows on PostgreSQL by COPY, in the write's own transaction."""
        written: set[str] | None = self.conn.info.get(changes.WRITTEN)
        if written is not None:
            written.add(table)
        raw: Any = self.conn.connection.driver_connection
        with raw.cursor() as cur, cur.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)

    # --- reading by many keys --------------------------------------------------------------------------------

    def lookup(self, sql: str, keys: Sequence[Any]) -> list[tuple[Any, ...]]:
        """The rows of ``sql`` (a SELECT whose WHERE says ``column {keys}``) for these keys, in one statement;
        ``{keys}`` becomes the engine's "is one of these". Plain tuples from the driver's own cursor (SQLAlchemy's
        row handling, a call per row, cost as much as the lookup), values as the driver gives them."""
        if not keys:
            return []
        if self.sqlite:
            # One JSON array: no limit on the number of keys, nothing compiled per key; the subquery probes the
            # column's index once per key.
            statement = sql.format(keys="IN (SELECT value FROM json_each(?))")
            params: tuple[Any, ...] = (json.dumps(list(keys)),)
        else:
            # PostgreSQL (the other engine an office runs on): one array parameter.
            statement, params = sql.format(keys=f"= ANY({self.mark})"), (list(keys),)
        cursor = self.conn.connection.cursor()
        try:
            cursor.execute(statement, params)
            return cast(list[tuple[Any, ...]], cursor.fetchall())
        finally:
            cursor.close()

    def pairs(self, sql: str, keys: Sequence[Any]) -> dict[Any, Any]:
        """``lookup`` of two columns as {first: second}."""
        return {first: second for first, second in self.lookup(sql, keys)}
