"""The registry import on a server (PostgreSQL): staged as it is read, written in one transaction (issue 15 §10).

1. **Stage.** Every accepted row goes, as the reader makes it, into one COPY stream to a TEMP table of a
   connection of this import's own (``pg_temp.registry_stage``): the server stores the rows already sent while
   the next ones are read and checked, and memory stays bounded whatever the file. A TEMP table, not an UNLOGGED
   one: it is private to this connection (two PCs importing at once never see each other's rows), written without
   WAL, and the server drops it when the connection ends — a killed import leaves nothing behind to clean up.
2. **Write.** One ``Database.write()`` transaction on that same connection (the advisory write lock: one writer
   at a time) counts new, changed, unchanged and no longer listed rows against the live registry, checks the
   office's limits before changing anything, then updates, inserts and marks in a few set statements, and writes
   the import row and its one audit entry. It commits whole or not at all: a kill leaves the registry as before.

The rules are those of the SQLite import (the same reader, the same content hash, the same counts).
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Callable, Sequence
from contextlib import ExitStack
from hashlib import sha256
from typing import Any, cast

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from puskesos_desktop.core.text import NameKeys
from puskesos_desktop.db import changes
from puskesos_desktop.excel import headers
from puskesos_desktop.excel.registry_rows import RegistryRow, StagedValues

STAGE = "pg_temp.registry_stage"
_STAGE_COLUMNS = (
    "seq", "nik", "kk", "name", "name_key", "sex", "birth_place", "birth_date", "address", "rt", "rw",
    "registry_id", "desil", "region_code", "row_hash", "codes", "number",
)  # fmt: skip
# The stage's columns the import's statements join, filter or order on: the only ones whose statistics the planner
# uses (ANALYZE of the whole stage spent ~1 s of the server's time on names and addresses; these, ~0.3 s).
_JOINED = ("seq", "nik", "codes", "old_id", "same", "id")
# Work memory for this transaction only (SET LOCAL needs no superuser): the joins of 100,000 rows against the
# registry hash in memory instead of spilling to disk.
WORK_MEM = "64MB"

# SQLSTATEs of a lock not had within lock_timeout and of a role that may not alter the table.
LOCK_NOT_AVAILABLE = "55P03"
INSUFFICIENT_PRIVILEGE = "42501"

#: Development hook (the per-stage measurement in docs/BENCHMARKS.md): called with each stage's name and the
#: server backend's pid after the stage ends, so that a script can read the client's and the backend's CPU.
on_stage: Callable[[str, int], None] | None = None


class ServerStage:
    """The extract's accepted rows in a TEMP table of ``conn`` (a RowSink for excel.registry_reader)."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.raw = cast(Any, conn.connection.driver_connection)
        self.backend = int(self.raw.info.backend_pid)
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGE}")
        conn.exec_driver_sql(
            f"CREATE TEMP TABLE {STAGE.split('.')[1]} (seq integer PRIMARY KEY, nik text NOT NULL, kk text, "
            "name text, name_key text, sex text, birth_place text, birth_date date, address text, rt text, rw text, "
            "registry_id text, desil integer, region_code text, row_hash text, codes text, number integer, "
            "old_id integer, same boolean NOT NULL DEFAULT false, id integer)"
        )
        self.count = 0  # rows staged (repeated NIKs dropped)
        self.last = 0
        self._key = NameKeys()
        self._listed: dict[frozenset[str], str] = {}
        self._stack = ExitStack()
        cursor = self._stack.enter_context(self.raw.cursor())
        # One COPY for the whole read: each row is sent as it is made (no batch held, no round trip per batch).
        self._copy: Any = self._stack.enter_context(
            cursor.copy(f"COPY {STAGE} ({', '.join(_STAGE_COLUMNS)}) FROM STDIN")
        )
        self._open = True

    def add(self, row: RegistryRow) -> None:
        self.count += 1
        self.last += 1
        programmes = row.programmes
        listed = self._listed.get(programmes)
        if listed is None:
            listed = self._listed[programmes] = ",".join(sorted(programmes))
        birth = row.birth_date
        nik, kk, name, place, sex, address, rt, rw, registry_id, desil, region = (
            row.nik, row.kk, row.name, row.birth_place, row.sex, row.address, row.rt, row.rw, row.registry_id,
            row.desil, row.region_code,
        )  # fmt: skip
        # RegistryRow.content_hash, inline (a test compares the two).
        row_hash = sha256(
            "\x1f".join(
                (nik, kk, name, place, birth.isoformat() if birth else "", sex, address, rt, rw, registry_id,
                 "" if desil is None else str(desil), region, listed)
            ).encode("utf-8")
        ).hexdigest()  # fmt: skip
        self._copy.write_row(
            (self.last, nik, kk, name, self._key(name), sex, place, birth, address, rt, rw, registry_id, desil,
             region, row_hash, listed, row.row_number)
        )  # fmt: skip

    def add_staged(self, values: list[StagedValues]) -> None:
        """Rows made ready by a checking process (excel/registry_pipe: a big CSV), sent on the same COPY."""
        for nik, kk, name, key, sex, place, birth, address, rt, rw, registry_id, desil, region, row_hash, listed, \
                number in values:  # fmt: skip
            self.count += 1
            self.last += 1
            self._copy.write_row(
                (self.last, nik, kk, name, key, sex, place, birth, address, rt, rw, registry_id, desil, region,
                 row_hash, listed, number)
            )  # fmt: skip

    def _end_copy(self) -> None:
        if self._open:
            self._open = False
            self._stack.close()
            self._key.words.clear()

    def drop_repeats(self) -> list[tuple[int, str, int]]:
        """Rows whose NIK an earlier staged row has, removed: (row number, NIK, the first row's number)."""
        self._end_copy()
        repeats = self.conn.exec_driver_sql(
            f"WITH d AS (SELECT nik, min(seq) AS first FROM {STAGE} GROUP BY nik HAVING count(*) > 1) "
            f"DELETE FROM {STAGE} s USING d, {STAGE} f WHERE s.nik = d.nik AND s.seq > d.first AND f.seq = d.first "
            "RETURNING s.seq, s.number, s.nik, f.number"
        ).all()
        self.count -= len(repeats)
        return [(number, nik, first) for _, number, nik, first in sorted(repeats)]

    def first_rows(self, niks: Sequence[str]) -> dict[str, int]:
        self._end_copy()
        found = self.conn.exec_driver_sql(
            f"SELECT nik, min(number) FROM {STAGE} WHERE nik = ANY(%s) GROUP BY nik", (list(niks),)
        ).all()
        return {nik: number for nik, number in found}

    def finish(self) -> None:
        """The stage complete: committed (a TEMP table's rows live until the connection ends), its statistics
        taken (no autovacuum looks at a TEMP table; without them the planner guesses the joins)."""
        self._end_copy()
        self.conn.exec_driver_sql(f"ANALYZE {STAGE} ({', '.join(_JOINED)})")
        self.conn.commit()

    def close(self) -> None:
        """Stop a COPY under way (an error or a cancel mid-read: the server discards it) and drop the table, so
        that the pooled connection carries nothing on."""
        try:
            if self._open:
                self._open = False
                self._stack.__exit__(RuntimeError, RuntimeError("impor dihentikan"), None)
        except Exception:  # noqa: BLE001 - the COPY's own error; the connection is rolled back below
            pass
        try:
            self.conn.rollback()
            self.conn.exec_driver_sql(f"DROP TABLE IF EXISTS {STAGE}")
            self.conn.commit()
        except Exception:  # noqa: BLE001 - a broken connection: the server dropped the table with it
            self.conn.invalidate()


def mark(stage: str, backend: int) -> None:
    if on_stage is not None:
        on_stage(stage, backend)


def _stage_sql(s: Any, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
    """A statement on the stage only, at the driver: it writes nothing another PC sees, so the change
    notification (db/changes.py looks at every statement SQLAlchemy runs) must not hear of it."""
    cursor = s.connection().connection.cursor()
    try:
        cursor.execute(sql, params)
        return list(cursor.fetchall()) if cursor.description else []
    finally:
        cursor.close()


def counts(s: Any, partial: bool) -> tuple[int, int, int, int, int]:
    """(staged, new, unchanged, removed, active before) against the live registry, inside the write.

    Each staged row learns its record (``old_id``), whether it is unchanged (``same``) and the id it will have
    (``id``: new rows take a block of the sequence in one step, the write lock held), so that the writes below join
    the stage by primary key and never search the table they are filling."""
    _stage_sql(
        s,
        f"UPDATE {STAGE} s SET old_id = o.id, id = o.id, same = (o.row_hash = s.row_hash AND o.active) "
        "FROM registry_records o WHERE o.nik = s.nik",
    )
    staged, new, unchanged = _stage_sql(
        s, f"SELECT count(*), count(*) FILTER (WHERE old_id IS NULL), count(*) FILTER (WHERE same) FROM {STAGE}"
    )[0]
    if new:
        (last,) = _stage_sql(
            s, f"SELECT setval(q, nextval(q) + {int(new) - 1}) FROM pg_get_serial_sequence('registry_records', 'id') q"
        )[0]
        _stage_sql(
            s,
            f"UPDATE {STAGE} s SET id = n.id FROM (SELECT seq, %s + row_number() OVER (ORDER BY seq) AS id "
            f"FROM {STAGE} WHERE old_id IS NULL) n WHERE s.seq = n.seq",
            (int(last) - int(new),),
        )
    active = s.execute(text("SELECT count(*) FROM registry_records WHERE active")).scalar() or 0
    removed = 0
    if not partial:
        removed = (
            s.execute(
                text(
                    "SELECT count(*) FROM registry_records o WHERE o.active "
                    f"AND NOT EXISTS (SELECT 1 FROM {STAGE} s WHERE s.nik = o.nik)"
                )
            ).scalar()
            or 0
        )
    return staged, new, unchanged, removed, active


STATEMENTS = 5  # in ``write`` and ``memberships``: ``step`` is called after each


def write(
    s: Any, *, import_id: int, extract: dt.date | None, now: dt.datetime, partial: bool, step: Callable[[], None]
) -> None:
    """Changed rows updated, new rows inserted (ids from the sequence, in file order), memberships of changed rows
    deleted, people not listed marked; every statement one pass over the stage. ``memberships`` writes the new
    memberships afterwards."""
    written: set[str] | None = s.connection().info.get(changes.WRITTEN)
    if written is not None:
        written.update(("registry_records", "registry_programmes"))
    params = {"imp": import_id, "extract": extract, "now": now}
    values = (
        "kk = s.kk, name = s.name, name_key = s.name_key, sex = s.sex, birth_place = s.birth_place, "
        "birth_date = s.birth_date, address = s.address, rt = s.rt, rw = s.rw, registry_id = s.registry_id, "
        "desil = s.desil, region_code = s.region_code, active = true, row_hash = s.row_hash, import_id = :imp, "
        "extract_date = :extract, updated_at = :now"
    )
    s.execute(
        text(f"UPDATE registry_records o SET {values} FROM {STAGE} s WHERE o.id = s.old_id AND NOT s.same"),
        params,
    )
    step()
    # Memberships of changed records are rewritten whole (the extract is the truth about them).
    s.execute(
        text(f"DELETE FROM registry_programmes l USING {STAGE} s WHERE l.record_id = s.old_id AND NOT s.same"),
        params,
    )
    step()
    s.execute(
        text(
            "INSERT INTO registry_records (id, nik, kk, name, name_key, sex, birth_place, birth_date, address, rt, rw, "
            "registry_id, desil, region_code, active, row_hash, import_id, extract_date, updated_at, first_seen_at) "
            "SELECT s.id, s.nik, s.kk, s.name, s.name_key, s.sex, s.birth_place, s.birth_date, s.address, s.rt, s.rw, "
            "s.registry_id, s.desil, s.region_code, true, s.row_hash, :imp, :extract, :now, :now "
            f"FROM {STAGE} s WHERE s.old_id IS NULL ORDER BY s.seq"
        ),
        params,
    )
    step()
    if not partial:
        s.execute(
            text(
                "UPDATE registry_records o SET active = false, updated_at = :now WHERE o.active "
                f"AND NOT EXISTS (SELECT 1 FROM {STAGE} s WHERE s.nik = o.nik)"
            ),
            params,
        )
    step()


def memberships(s: Any, *, step: Callable[[], None]) -> None:
    """The memberships of new and changed records, written after ``write`` and everything else that touches the
    registry: with many of them their foreign keys are checked once at the end (``_unchecked``), and the registry is
    then this transaction's alone until its COMMIT."""
    insert = text(
        "INSERT INTO registry_programmes (record_id, programme_id) SELECT s.id, p.id "
        f"FROM {STAGE} s "
        "CROSS JOIN LATERAL unnest(string_to_array(s.codes, ',')) AS c(code) "
        "JOIN programmes p ON p.code = c.code WHERE NOT s.same AND s.codes <> '' AND p.code = ANY(:codes)"
    )
    insert_params = {"codes": list(headers.PROGRAMME_CODES)}
    (rows,) = _stage_sql(s, f"SELECT count(*) FROM {STAGE} WHERE NOT same AND codes <> ''")[0]
    if rows < BULK_ROWS or not _unchecked(s, lambda: s.execute(insert, insert_params)):
        s.execute(insert, insert_params)
    step()


#: Staged rows with memberships from which the memberships are written with their foreign keys checked once, at
#: the end, instead of row by row (a first import of a village: 100,000 rows, ~275,000 memberships).
BULK_ROWS = 20_000
#: How long the import tries to have the registry to itself while other PCs read it; past that it writes the
#: memberships the ordinary way (row by row checked) rather than wait.
BULK_LOCK_WAIT_S = 2.0
_LOCK_RETRY_S = 0.05
#: The tables whose foreign-key triggers a drop of registry_programmes' keys removes, taken together (see _unchecked).
_BULK_TABLES = "registry_records, programmes, registry_programmes"


def _unchecked(s: Any, insert: Callable[[], object]) -> bool:
    """Run insert with registry_programmes' foreign keys dropped, then added back (checked in one join each).

    PostgreSQL checks a foreign key of an inserted row with one query per row: ~275,000 memberships, two keys
    each, were most of the server's work in a first import (EXPLAIN ANALYZE: 4.9 of the memberships' 6.7 s).
    Adding a key back checks every row in one join. The price: from the drop to the COMMIT, registry_records,
    programmes and registry_programmes are this transaction's alone (ACCESS EXCLUSIVE), so the other PCs' searches
    wait for the import's last second or so — which is why this is the write's last statement and only for big
    writes.

    The three locks are taken in one LOCK … NOWAIT, never one by one while waiting: dropping the keys one after
    the other deadlocked with another PC's search that held one of the tables and waited for the next (measured).
    Not had at once (a read under way elsewhere), tried again until BULK_LOCK_WAIT_S; then, or for a role that does
    not own the table, everything is as it was (a savepoint) and the answer is False."""
    keys = _stage_sql(
        s,
        "SELECT conname, pg_get_constraintdef(oid) FROM pg_constraint "
        "WHERE conrelid = 'registry_programmes'::regclass AND contype = 'f' ORDER BY conname",
    )
    deadline = time.monotonic() + BULK_LOCK_WAIT_S
    while True:
        s.execute(text("SAVEPOINT registry_bulk"))
        try:
            s.execute(text(f"LOCK TABLE {_BULK_TABLES} IN ACCESS EXCLUSIVE MODE NOWAIT"))
            for name, _ in keys:
                s.execute(text(f'ALTER TABLE registry_programmes DROP CONSTRAINT "{name}"'))
            break
        except DBAPIError as exc:
            state = getattr(exc.orig, "sqlstate", None)
            if state not in (LOCK_NOT_AVAILABLE, INSUFFICIENT_PRIVILEGE):
                raise
            s.execute(text("ROLLBACK TO SAVEPOINT registry_bulk"))
            if state == INSUFFICIENT_PRIVILEGE or time.monotonic() >= deadline:
                return False
        time.sleep(_LOCK_RETRY_S)
    s.execute(text("RELEASE SAVEPOINT registry_bulk"))
    insert()
    for name, definition in keys:
        s.execute(text(f'ALTER TABLE registry_programmes ADD CONSTRAINT "{name}" {definition}'))
    return True
