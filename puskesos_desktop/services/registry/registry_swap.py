"""A large registry import without blocking the desk (issue 13 §7): stage, build beside, switch in a moment.

1. **Stage.** The rows read from the file go, as they are read, into a private SQLite file in the data folder
   (``.puskesos-impor-*.tmp``). Nothing in the office database is touched or locked; memory stays small.
2. **Figures.** How many rows are new, changed, unchanged and how many people would no longer be listed are
   counted from the stage against the live registry (reading only), so that a damaged file is stopped before
   anything is written.
3. **Build.** Complete new copies of ``registry_records`` and ``registry_programmes`` (``…__new``, with their
   indexes) are written in short transactions of a few thousand rows: between two of them a complaint is
   registered at once. The live tables are not changed, so a kill here leaves the old registry whole (the next
   import removes the leftovers).
4. **Switch.** One short transaction renames the live tables aside, the new ones in, gives their indexes the
   canonical names, records the import and its audit entry. It commits whole or not at all: a kill leaves the
   old registry or the new one. The old tables are dropped afterwards.

Only one import runs at a time (a lock file beside the database); records keep their ids, so the search index
and everything linked to a record id stays valid.
"""

from __future__ import annotations

import os
import re
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Any

from puskesos_desktop.core.errors import PuskesosError, message_id
from puskesos_desktop.excel.registry_rows import RegistryRow, StagedValues, Staging
from puskesos_desktop.services import locks

RECORDS = "registry_records"
LINKS = "registry_programmes"
NEW = "__new"
OLD = "__old"
STAGE_PREFIX = ".puskesos-impor-"
FLUSH = 5000
CHUNK = 5000  # stage rows in the first build transaction; then as many as take ~HOLD s of write lock
HOLD = 0.4
MIN_CHUNK, MAX_CHUNK = 200, 200_000
CACHE_KIB = 64 * 1024
BUSY_SECONDS = 10.0
PAUSE = 0.12  # s between two chunks: longer than the busy handler's longest sleep (100 ms)
PACE_AFTER = 0.01  # s: a chunk that held the lock this briefly needs no pause after it

_COLUMNS = (
    "nik", "kk", "name", "name_key", "sex", "birth_place", "birth_date", "address", "rt", "rw", "registry_id",
    "desil", "region_code",
)  # fmt: skip
# A staged row's values (excel/registry_rows.Staging); its seq is the table's own next number (rows are only added,
# in order, until the repeats are dropped after reading).
_INSERT_ROW = (
    "INSERT INTO rows (nik, kk, name, name_key, sex, birth_place, birth_date, address, rt, rw, registry_id, desil, "
    f"region_code, row_hash, codes, number) VALUES ({', '.join('?' * 16)})"
)
_CODES = 14  # a staged row's programmes: their codes sorted and joined by commas


class ImportBusy(locks.Busy):
    """Another import of the registry is running (in this window, another window or the command line)."""


@dataclass(frozen=True)
class Figures:
    """What the staged extract would do to the live registry."""

    staged: int
    new: int
    changed: int
    unchanged: int
    removed: int  # active people this extract does not list (0 for a partial list)
    active_before: int


# --- the lock: one import at a time ---------------------------------------------------------------------------


@contextmanager
def import_lock(db_path: Path) -> Iterator[None]:
    """An exclusive lock on ``<database>.impor.lock``, released by the system if the process dies."""
    message = message_id(
        "Impor DTKS/DTSEN lain sedang berjalan (di jendela ini, jendela lain atau baris perintah). "
        "Tunggu sampai selesai, lalu ulangi."
    )
    try:
        with locks.exclusive(db_path.with_name(db_path.name + ".impor.lock"), message):
            yield
    except locks.Busy as exc:
        raise ImportBusy(exc.said) from None


# --- 1. the stage ---------------------------------------------------------------------------------------------


class Stage:
    """The extract's accepted rows in a private temporary SQLite file (deleted by ``close``)."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=STAGE_PREFIX, suffix=".tmp", dir=folder)
        os.close(fd)
        self.path = Path(name)
        os.chmod(self.path, 0o600)
        self.conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        # A scratch file: a crash simply leaves it to be removed; no journal, no fsync.
        self.conn.execute("PRAGMA journal_mode=OFF")
        self.conn.execute("PRAGMA synchronous=OFF")
        self.conn.execute(
            "CREATE TABLE rows (seq INTEGER PRIMARY KEY, nik TEXT NOT NULL, kk TEXT, name TEXT, name_key TEXT, "
            "sex TEXT, birth_place TEXT, birth_date TEXT, address TEXT, rt TEXT, rw TEXT, registry_id TEXT, "
            "desil INTEGER, region_code TEXT, row_hash TEXT, codes TEXT, number INTEGER)"
        )
        # A row's programmes are its ``codes``; each set of them (a few dozen in a whole file) is spelt out once in
        # ``sets`` at the end (``finish``): a million rows' memberships are never a table of millions of rows here.
        self.conn.execute("CREATE TABLE sets (codes TEXT NOT NULL, code TEXT NOT NULL)")
        self.count = 0  # rows staged (repeated NIKs dropped)
        self.last = 0  # the highest seq given: new records take base + seq as their id
        self._rows: list[StagedValues] = []
        self._sets: set[str] = set()  # every row's ``codes``
        self._staging = Staging()  # the name's search key and the row's hash, as a checking process makes them
        self._indexed = False

    def add(self, row: RegistryRow) -> None:
        self.count += 1
        self.last += 1
        values = self._staging.values(row)
        self._rows.append(values)
        self._sets.add(values[_CODES])
        if len(self._rows) >= FLUSH:
            self.flush()

    def add_staged(self, values: list[StagedValues]) -> None:
        """Rows made ready in a checking process (``excel/registry_pipe``), inserted as they are: this process does
        no work per row but the insert."""
        self.flush()
        self.count += len(values)  # each row's seq: the next free one, in order (the table's own numbering)
        self.last += len(values)
        self._sets.update(map(itemgetter(_CODES), values))
        self.conn.execute("BEGIN")
        self.conn.executemany(_INSERT_ROW, values)
        self.conn.execute("COMMIT")

    def flush(self) -> None:
        if not self._rows:
            return
        self.conn.execute("BEGIN")
        self.conn.executemany(_INSERT_ROW, self._rows)
        self.conn.execute("COMMIT")
        self._rows.clear()

    def _index(self) -> None:
        if not self._indexed:
            self.flush()
            self._staging.key.words.clear()
            self.conn.execute("CREATE INDEX rows_nik ON rows (nik, seq)")
            self._indexed = True

    def drop_repeats(self) -> list[tuple[int, str, int]]:
        """Rows whose NIK an earlier staged row has, removed: (row number, NIK, the first row's number).

        The reader keeps no NIKs (a million of them would hold ~100 MB): the stage's index finds the repeats."""
        self._index()
        c = self.conn
        repeats = c.execute(
            "SELECT s.seq, s.number, s.nik, f.number FROM (SELECT nik, min(seq) AS first FROM rows GROUP BY nik "
            "HAVING count(*) > 1) d JOIN rows f ON f.seq = d.first JOIN rows s ON s.nik = d.nik AND s.seq > d.first "
            "ORDER BY s.seq"
        ).fetchall()
        if repeats:
            gone = [(seq,) for seq, *_ in repeats]
            c.execute("BEGIN")
            c.executemany("DELETE FROM rows WHERE seq = ?", gone)
            c.execute("COMMIT")
            self.count -= len(repeats)
        return [(number, nik, first) for _, number, nik, first in repeats]

    def first_rows(self, niks: Sequence[str]) -> dict[str, int]:
        self._index()
        found: dict[str, int] = {}
        for nik in niks:
            row = self.conn.execute("SELECT min(number) FROM rows WHERE nik = ?", (nik,)).fetchone()
            if row[0] is not None:
                found[nik] = row[0]
        return found

    def finish(self) -> None:
        self._index()
        # Each set of programmes the rows have, code by code (the build joins a row's ``codes`` to them).
        self.conn.execute("BEGIN")
        self.conn.executemany(
            "INSERT INTO sets VALUES (?, ?)",
            [(codes, code) for codes in sorted(self._sets) if codes for code in codes.split(",")],
        )
        self.conn.execute("COMMIT")
        self.conn.execute("CREATE INDEX sets_codes ON sets (codes)")

    def figures(self, db_path: Path, partial: bool) -> Figures:
        """Counted against the live registry, reading only."""
        c = self.conn
        c.execute("ATTACH DATABASE ? AS live", (str(db_path),))
        try:
            c.execute("BEGIN")
            active = c.execute(f"SELECT count(*) FROM live.{RECORDS} WHERE active").fetchone()[0]
            new = c.execute(
                f"SELECT count(*) FROM rows s WHERE NOT EXISTS (SELECT 1 FROM live.{RECORDS} o WHERE o.nik = s.nik)"
            ).fetchone()[0]
            unchanged = c.execute(
                f"SELECT count(*) FROM rows s JOIN live.{RECORDS} o ON o.nik = s.nik "
                "WHERE o.row_hash = s.row_hash AND o.active"
            ).fetchone()[0]
            removed = 0
            if not partial:
                removed = c.execute(
                    f"SELECT count(*) FROM live.{RECORDS} o WHERE o.active "
                    "AND NOT EXISTS (SELECT 1 FROM rows s WHERE s.nik = o.nik)"
                ).fetchone()[0]
            c.execute("COMMIT")
        finally:
            c.execute("DETACH DATABASE live")
        return Figures(self.count, new, self.count - new - unchanged, unchanged, removed, active)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            self.path.unlink(missing_ok=True)


def remove_leftover_stages(folder: Path) -> None:
    """Stage files of imports that were killed (call while holding the import lock)."""
    try:
        for leftover in folder.glob(STAGE_PREFIX + "*.tmp"):
            leftover.unlink(missing_ok=True)
    except OSError:
        pass


# --- 3. the build ---------------------------------------------------------------------------------------------

_TABLE_HEAD = re.compile(r'^CREATE TABLE\s+"?(\w+)"?', re.IGNORECASE)
_INDEX_SQL = re.compile(
    r'^CREATE (UNIQUE )?INDEX\s+"?(\w+)"?\s+ON\s+"?(\w+)"?\s*(\(.*\))\s*$', re.IGNORECASE | re.DOTALL
)


@dataclass(frozen=True)
class Snapshot:
    """The live registry when the build began; the switch refuses if it changed meanwhile."""

    count: int
    max_id: int
    last_update: str | None
    next_import_id: int


def connect(db_path: Path) -> sqlite3.Connection:
    """A connection for the build: foreign keys are not checked here (the new tables refer to an import row that
    the switch writes), the write lock is taken per chunk with BEGIN IMMEDIATE.

    Its commits do not wait for the disk (synchronous NORMAL: in WAL mode the database stays whole after a crash or
    a power cut; only the last chunks of the new tables could be lost, and they are scratch until the switch, which
    commits through the program's own connection, synchronous FULL). A million-row build commits a few hundred
    chunks, each rewriting the new NIK index's pages (tens of MB) to the WAL: each waited for its sync before."""
    conn = sqlite3.connect(str(db_path), timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute(f"PRAGMA busy_timeout={int(BUSY_SECONDS * 1000)}")
    conn.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
    return conn


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def drop_leftovers(conn: sqlite3.Connection) -> None:
    """The ``__new``/``__old`` tables of an import that was killed or cancelled (children first)."""
    present = _tables(conn)
    stale = [t + suffix for suffix in (NEW, OLD) for t in (LINKS, RECORDS) if t + suffix in present]
    if not stale:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in stale:
            conn.execute(f'DROP TABLE "{table}"')
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _index_sql(conn: sqlite3.Connection, table: str) -> list[tuple[str, str, str]]:
    """(unique, name, column list) of a table's own indexes (not the automatic ones of UNIQUE constraints)."""
    out = []
    for (sql,) in conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL", (table,)
    ):
        m = _INDEX_SQL.match(sql)
        if m is None:
            raise PuskesosError("Susunan indeks {table} tidak dikenal; impor dibatalkan tanpa perubahan.", table=table)
        out.append((m.group(1) or "", m.group(2), m.group(4)))
    return out


def prepare(conn: sqlite3.Connection) -> Snapshot:
    """Create the empty new tables beside the live ones (one short transaction); ``build`` adds their indexes."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        for table in (RECORDS, LINKS):
            (sql,) = conn.execute(
                "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", (table,)
            ).fetchone()
            sql = _TABLE_HEAD.sub(f'CREATE TABLE "{table}{NEW}"', sql, count=1)
            if table == LINKS:
                # The new memberships refer to the new records; the rename at the switch makes it registry_records.
                sql = re.sub(rf'\bREFERENCES\s+"?{RECORDS}"?', f'REFERENCES "{RECORDS}{NEW}"', sql)
            conn.execute(sql)  # its own indexes come last (build)
        count, max_id, last = conn.execute(f"SELECT count(*), max(id), max(updated_at) FROM {RECORDS}").fetchone()
        next_import = (conn.execute("SELECT max(id) FROM registry_imports").fetchone()[0] or 0) + 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return Snapshot(count, max_id or 0, last, next_import)


def snapshot_now(conn: Any) -> tuple[int, int, str | None, int]:
    """The same figures as a Snapshot, read inside the switch's transaction (``conn``: SQLAlchemy connection)."""
    count, max_id, last = conn.exec_driver_sql(f"SELECT count(*), max(id), max(updated_at) FROM {RECORDS}").one()
    next_import = (conn.exec_driver_sql("SELECT max(id) FROM registry_imports").scalar() or 0) + 1
    return count, max_id or 0, last, next_import


_RECORD_COLUMNS = (
    "id, nik, kk, name, name_key, sex, birth_place, birth_date, address, rt, rw, registry_id, desil, region_code, "
    "active, row_hash, import_id, extract_date, first_seen_at, updated_at"
)
_SAME = "o.row_hash = s.row_hash AND o.active"


def build(
    conn: sqlite3.Connection,
    stage: Stage,
    snap: Snapshot,
    *,
    import_id: int,
    extract: str | None,
    now: str,
    partial: bool,
    step: Callable[[int], None],
) -> None:
    """Fill the new tables in short transactions. ``step(n)`` reports progress and raises Cancelled on request."""
    conn.execute("ATTACH DATABASE ? AS stage", (str(stage.path),))
    pacer = _Pacer()
    try:
        new_records, new_links = f'"{RECORDS}{NEW}"', f'"{LINKS}{NEW}"'
        listed_params = {"base": snap.max_id, "imp": import_id, "extract": extract, "now": now}
        # Rows the extract lists unchanged: copied as they are, checked against this extract (its date).
        copy_same = (
            f"INSERT INTO {new_records} ({_RECORD_COLUMNS}) SELECT o.id, o.nik, o.kk, o.name, o.name_key, o.sex, "
            "o.birth_place, o.birth_date, o.address, o.rt, o.rw, o.registry_id, o.desil, o.region_code, o.active, "
            "o.row_hash, o.import_id, CASE WHEN :extract IS NOT NULL AND (o.extract_date IS NULL OR "
            "o.extract_date < :extract) THEN :extract ELSE o.extract_date END, o.first_seen_at, o.updated_at "
            f"FROM stage.rows s JOIN main.{RECORDS} o ON o.nik = s.nik WHERE s.seq > :lo AND s.seq <= :hi AND {_SAME}"
        )
        links_same = (
            f"INSERT INTO {new_links} (record_id, programme_id) SELECT l.record_id, l.programme_id "
            f"FROM stage.rows s JOIN main.{RECORDS} o ON o.nik = s.nik JOIN main.{LINKS} l ON l.record_id = o.id "
            f"WHERE s.seq > :lo AND s.seq <= :hi AND {_SAME}"
        )
        # New and changed rows (and people listed again): the extract's values; a new person gets an id above
        # every id the registry had (base + position in the file), an existing one keeps theirs.
        write_listed = (
            f"INSERT INTO {new_records} ({_RECORD_COLUMNS}) SELECT coalesce(o.id, :base + s.seq), s.nik, s.kk, "
            "s.name, s.name_key, s.sex, s.birth_place, s.birth_date, s.address, s.rt, s.rw, s.registry_id, s.desil, "
            "s.region_code, 1, s.row_hash, :imp, :extract, coalesce(o.first_seen_at, :now), :now "
            f"FROM stage.rows s LEFT JOIN main.{RECORDS} o ON o.nik = s.nik "
            f"WHERE s.seq > :lo AND s.seq <= :hi AND NOT (o.id IS NOT NULL AND {_SAME})"
        )
        links_listed = (
            f"INSERT INTO {new_links} (record_id, programme_id) SELECT coalesce(o.id, :base + s.seq), p.id "
            f"FROM stage.rows s LEFT JOIN main.{RECORDS} o ON o.nik = s.nik "
            "JOIN stage.sets k ON k.codes = s.codes JOIN main.programmes p ON p.code = k.code "
            f"WHERE s.seq > :lo AND s.seq <= :hi AND s.codes <> '' AND NOT (o.id IS NOT NULL AND {_SAME})"
        )
        lo = 0
        while lo < stage.last:
            hi = lo + pacer.rows
            params = listed_params | {"lo": lo, "hi": hi}
            pacer.chunk(
                conn, [(copy_same, params), (links_same, params), (write_listed, params), (links_listed, params)]
            )
            step(min(hi, stage.last) - lo)
            lo = hi
        # People the extract does not list: kept, marked as no longer listed (unless the list is partial).
        gone = (
            f"INSERT INTO {new_records} ({_RECORD_COLUMNS}) SELECT o.id, o.nik, o.kk, o.name, o.name_key, o.sex, "
            "o.birth_place, o.birth_date, o.address, o.rt, o.rw, o.registry_id, o.desil, o.region_code, "
            "CASE WHEN :partial THEN o.active ELSE 0 END, o.row_hash, o.import_id, o.extract_date, o.first_seen_at, "
            "CASE WHEN o.active AND NOT :partial THEN :now ELSE o.updated_at END "
            f"FROM main.{RECORDS} o WHERE o.id > :lo AND o.id <= :hi "
            "AND NOT EXISTS (SELECT 1 FROM stage.rows s WHERE s.nik = o.nik)"
        )
        links_gone = (
            f"INSERT INTO {new_links} (record_id, programme_id) SELECT l.record_id, l.programme_id "
            f"FROM main.{RECORDS} o JOIN main.{LINKS} l ON l.record_id = o.id WHERE o.id > :lo AND o.id <= :hi "
            "AND NOT EXISTS (SELECT 1 FROM stage.rows s WHERE s.nik = o.nik)"
        )
        lo = 0
        while lo < snap.max_id:
            hi = lo + pacer.rows
            params = {"lo": lo, "hi": hi, "partial": 1 if partial else 0, "now": now}
            pacer.chunk(conn, [(gone, params), (links_gone, params)])
            step(0)
            lo = hi
        # The new tables' indexes last, each in one statement: SQLite sorts the column once. Kept up row by row
        # through the chunks above, five indexes in random order cost more than the rest of the build and wrote
        # most of their pages to the WAL again at every commit (puskesos bench: 7.6 -> 4.2 s CPU for 200,000 rows).
        for table in (RECORDS, LINKS):
            for unique, name, cols in _index_sql(conn, table):
                pacer.chunk(conn, [(f'CREATE {unique}INDEX "{name}{NEW}" ON "{table}{NEW}" {cols}', {})])
                step(0)
    finally:
        conn.execute("DETACH DATABASE stage")


class _Pacer:
    """Leaves the write lock free between two chunks long enough for a waiting writer to take it.

    SQLite's busy handler sleeps up to 100 ms between tries: a builder that began its next chunk right after a
    commit would starve a complaint registration until its busy timeout ran out ("database is locked").
    """

    def __init__(self) -> None:
        self.held = 0.0
        self.rows = CHUNK  # rows in the next chunk: sized so that a chunk holds the lock about HOLD seconds

    def chunk(self, conn: sqlite3.Connection, statements: list[tuple[str, dict[str, Any]]]) -> None:
        if self.held > PACE_AFTER:
            time.sleep(PAUSE)
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for sql, params in statements:
                conn.execute(sql, params)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        self.held = time.perf_counter() - started
        # Every pause costs PAUSE whatever the chunk did: a fast PC takes more rows at a time, a slow one fewer, and
        # a waiting writer never waits much longer than HOLD (a million rows: ~200 pauses after 5,000 were 25 s).
        scale = min(2.0, HOLD / max(self.held, 0.001))
        self.rows = max(MIN_CHUNK, min(MAX_CHUNK, int(self.rows * scale)))


# --- 4. the switch --------------------------------------------------------------------------------------------


def switch(conn: Any) -> None:
    """Inside the caller's write transaction (SQLAlchemy connection): the new tables take the live names.

    ALTER TABLE moves the tables and the references between them; the indexes keep their names through a
    rename, so their entries in the schema are renamed the documented way (writable_schema, then a new
    schema_version so that every other connection reloads the schema).
    """
    run = conn.exec_driver_sql
    run(f'ALTER TABLE "{LINKS}" RENAME TO "{LINKS}{OLD}"')
    run(f'ALTER TABLE "{RECORDS}" RENAME TO "{RECORDS}{OLD}"')
    run(f'ALTER TABLE "{RECORDS}{NEW}" RENAME TO "{RECORDS}"')
    run(f'ALTER TABLE "{LINKS}{NEW}" RENAME TO "{LINKS}"')
    renames: list[tuple[str, str, str]] = []
    for table in (RECORDS, LINKS):
        for name, sql in run(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (?, ?)",
            (table, table + OLD),
        ).all():
            m = _INDEX_SQL.match(sql)
            if m is None:
                raise PuskesosError(
                    "Susunan indeks {table} tidak dikenal; impor dibatalkan tanpa perubahan.", table=table
                )
            target = name[: -len(NEW)] if name.endswith(NEW) else name + OLD
            renames.append((name, target, f'CREATE {m.group(1) or ""}INDEX "{target}" ON "{m.group(3)}" {m.group(4)}'))
    version = run("PRAGMA schema_version").scalar()
    run("PRAGMA writable_schema=ON")
    try:
        # Two steps, so that no two entries ever share a name.
        for name, target, _sql in renames:
            run("UPDATE sqlite_master SET name = ? WHERE type = 'index' AND name = ?", (target + "~", name))
        for _name, target, sql in renames:
            run(
                "UPDATE sqlite_master SET name = ?, sql = ? WHERE type = 'index' AND name = ?",
                (target, sql, target + "~"),
            )
        run(f"PRAGMA schema_version={int(version) + 1}")
    finally:
        run("PRAGMA writable_schema=OFF")


def drop_old(conn: sqlite3.Connection) -> None:
    """After the switch: the previous tables go (their pages are reused by the next import)."""
    drop_leftovers(conn)
