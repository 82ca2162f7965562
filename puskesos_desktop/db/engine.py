"""The one database gateway: engine set-up, sessions and transactions, migrations with a backup first.

Opening a database file checks it before anything else touches it (``inspect_file``): a folder, an empty file, a
file that is not SQLite, another application's database, a damaged schema, or a database of a newer version of the
program is refused with one Indonesian sentence that names the file and what to do — never a new empty office in
its place, never a traceback. A database on read-only media opens read-only: reading, printing, exporting to files
and backing up work; every write is refused with a message. Every Database holds a shared claim on its file
(db/claim.py) for as long as it lives, so that a restore can refuse while a program has it open.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import shutil
import sqlite3
import threading
import time
import uuid
import weakref
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from puskesos_desktop import __version__
from puskesos_desktop.config import backups_dir_for, sqlite_path, working_place
from puskesos_desktop.core.errors import Message, PuskesosError, msg
from puskesos_desktop.db import changes, claim, pg_trips, readers, tempfiles
from puskesos_desktop.db.schema_files import migrations_dir, script_heads, script_revisions

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and Pygments) takes ~0.3 s of CPU to import: every start would pay it only to learn that the
# schema is already current. The revision ids are read from the scripts' text instead; Alembic is imported when
# there is something to do.
BUSY_TIMEOUT_MS = 10_000
# A write that cannot even begin (another program holds the write lock, a long import say) is tried again: nothing
# of it has happened yet, so trying again is always safe. After this long the caller gets "database is locked".
WRITE_WAIT_S = 30.0

# PostgreSQL advisory lock keys ("PSKS" + 1 / + 2). One writer at a time, as BEGIN IMMEDIATE gives on SQLite:
# document numbers and the audit chain are read-then-written, so two writers interleaving would reuse a number or
# fork the chain. Measured with three processes writing at once: 90/90 complaints kept, one chain.
PG_WRITE_LOCK = 0x50534B53 + 1
PG_MIGRATE_LOCK = 0x50534B53 + 2
# Session.info keys that a server write fills in the round trip of its lock (services/audit.py and
# services/numbering.py read them before asking the database; tests/db/test_pg_trips.py checks the names agree).
AUDIT_HEAD = "audit_head"
VILLAGE_CODE = "numbering_village_code"
_PG_PRELUDE = text(
    "SELECT (SELECT village_code FROM office_profile WHERE id = 1), head.id, head.hash"
    " FROM (SELECT 1) AS one"
    " LEFT JOIN (SELECT id, hash FROM audit_entries ORDER BY id DESC LIMIT 1) AS head ON true"
)

SQLITE_MAGIC = b"SQLite format 3\x00"
# PRAGMA application_id of an office database ("PSKS"): another application's SQLite file is told apart at once.
APPLICATION_ID = 0x50534B53
OFFICE_TABLES = {"alembic_version", "office_profile", "audit_entries", "users"}


def version_number(version: str = __version__) -> int:
    """ "1.2.3" -> 10203, kept in PRAGMA user_version: an older program can name the version a database needs."""
    parts = [int(p) for p in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    return parts[0] * 10_000 + parts[1] * 100 + parts[2]


def version_text(number: int) -> str:
    return f"{number // 10_000}.{number // 100 % 100}.{number % 100}"


# --- what a database file is ------------------------------------------------------------------------------------


class DatabaseFileError(PuskesosError):
    """The office database file cannot be used as it is (damaged, not ours, newer, read-only)."""


class NotAnOfficeDatabase(DatabaseFileError):
    pass


class DamagedDatabase(DatabaseFileError):
    pass


class NewerDatabase(DatabaseFileError):
    pass


class ReadOnlyDatabase(DatabaseFileError):
    pass


def damaged_message(path: Path | str, detail: str = "") -> Message:
    if detail:
        return msg(
            "Database {path} rusak ({detail}). Pulihkan cadangan terakhir: "
            'puskesos restore <berkas cadangan> --db "{path}".',
            path=path,
            detail=detail,
        )
    return msg(
        'Database {path} rusak. Pulihkan cadangan terakhir: puskesos restore <berkas cadangan> --db "{path}".',
        path=path,
    )


def read_only_message(path: Path | str) -> Message:
    return msg(
        "Database {path} hanya dapat dibaca (media hanya-baca atau tanpa izin tulis): data dapat dilihat, dicetak, "
        "diekspor ke berkas dan dicadangkan, tetapi perubahan tidak dapat disimpan. Salin database ke folder yang "
        "dapat ditulisi untuk bekerja.",
        path=path,
    )


@dataclass(frozen=True)
class FileCheck:
    exists: bool  # False: a new database will be created
    read_only: bool
    revisions: frozenset[str]  # empty: no schema yet
    application_id: int = 0
    user_version: int = 0


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _ro_uri(path: Path, immutable: bool) -> str:
    return f"file:{quote(str(path))}?{'immutable=1' if immutable else 'mode=ro'}"


def connect_read_only(path: Path) -> sqlite3.Connection:
    """A read-only connection that never writes beside the file (immutable when SQLite cannot even keep its
    shared-memory file there: read-only media)."""
    try:
        conn = sqlite3.connect(_ro_uri(path, False), uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower() or _writable(path):
            raise
        return sqlite3.connect(_ro_uri(path, True), uri=True)


def _sqlite_header(path: Path) -> bool:
    """Only for a file SQLite has refused (so no connection of this process holds a lock on it)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def inspect_file(path: Path) -> FileCheck:
    """What is at path, without changing it. Raises DatabaseFileError for anything that is not an office database
    this program can open."""
    if not path.exists():
        return FileCheck(False, False, frozenset())
    if path.is_dir():
        raise NotAnOfficeDatabase(
            "{path} adalah folder, bukan berkas database kantor. Tulis nama berkasnya.", path=path
        )
    wal = Path(str(path) + "-wal")
    try:
        size = path.stat().st_size
        # No Python open() of the file here: closing any descriptor of it drops every POSIX lock this process's
        # SQLite connections hold on it, and another process closing last would then delete the WAL under them.
        # SQLite reads the header; the raw bytes are looked at only once SQLite has refused the file.
        if not os.access(path, os.R_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))
    except OSError as exc:
        raise DatabaseFileError(
            "Database {path} tidak dapat dibaca: {value}.", path=path, value=exc.strerror or exc
        ) from None
    if size == 0 and not (wal.exists() and wal.stat().st_size > 0):
        raise NotAnOfficeDatabase(
            "Berkas {path} kosong (0 bita), bukan database kantor. Bila ini database kantor, pulihkan cadangan "
            'terakhir: puskesos restore <berkas cadangan> --db "{path}"; '
            "bila ingin kantor baru, pilih nama berkas lain.",
            path=path,
        )
    read_only = not _writable(path)
    try:
        conn = connect_read_only(path)
        try:
            # Reading every schema row parses the schema: one changed byte in it shows here, not in a later query.
            rows = conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall()
            schema = [(str(r[0]), str(r[1]), str(r[2] or "")) for r in rows]
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {name for kind, name, _ in schema if kind == "table"}
            revisions: frozenset[str] = frozenset()
            if "alembic_version" in tables:
                revisions = frozenset(str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version"))
        finally:
            conn.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            raise
        raise DamagedDatabase(damaged_message(path, _short(exc))) from None
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == sqlite3.SQLITE_NOTADB and not _sqlite_header(path):
            raise NotAnOfficeDatabase(
                "Berkas {path} bukan database Puskesos (bukan berkas SQLite), atau rusak. Pilih berkas database "
                'yang benar, atau pulihkan cadangan: puskesos restore <berkas cadangan> --db "{path}".',
                path=path,
            ) from None
        raise DamagedDatabase(damaged_message(path, _short(exc))) from None
    except (UnicodeDecodeError, ValueError) as exc:
        raise DamagedDatabase(damaged_message(path, _short(exc))) from None
    if not tables:
        return FileCheck(True, read_only, frozenset(), app_id, user_version)
    if (app_id and app_id != APPLICATION_ID) or not OFFICE_TABLES <= tables:
        shown = ", ".join(sorted(tables)[:5])
        raise NotAnOfficeDatabase(
            "Berkas {path} adalah database SQLite aplikasi lain (tabel: {shown}), bukan database kantor Puskesos. "
            "Pilih berkas database yang benar.",
            path=path,
            shown=shown,
        )
    known = script_revisions()
    if known is not None and revisions and not revisions <= set(known):
        needed = (
            f"versi {version_text(user_version)} atau yang lebih baru"
            if user_version > version_number()
            else "versi yang lebih baru"
        )
        raise NewerDatabase(
            "Database {path} dibuat oleh Puskesos Desktop {needed} (skema {revisions}); "
            "program ini versi {__version__}. Pasang Puskesos Desktop {needed} untuk membukanya. "
            "Database tidak diubah.",
            path=path,
            needed=needed,
            revisions=", ".join(sorted(revisions)),
            __version__=__version__,
        )
    return FileCheck(True, read_only, revisions, app_id, user_version)


def _short(exc: BaseException) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


# --- engines -------------------------------------------------------------------------------------------------


def make_engine(url: str, read_only: bool = False) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None and not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        if path is not None and read_only:

            def _connect() -> sqlite3.Connection:
                conn = connect_read_only(path)
                conn.isolation_level = None
                return conn

            engine = create_engine("sqlite://", poolclass=NullPool, creator=_connect)
        elif path is not None:
            # Kept for the next session (issue 21 §5): a new connection parses the whole schema before its first
            # statement (1-2 ms, twice per referral card). A session still has a connection of its own while it
            # lives (a worker thread never shares one); see _install_sqlite_reuse for what is never reused.
            engine = create_engine(
                url,
                poolclass=QueuePool,
                pool_size=KEPT_CONNECTIONS,
                max_overflow=-1,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            )
            _install_sqlite_reuse(engine, path)
        else:
            engine = create_engine(
                url,
                poolclass=NullPool,
                connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
            )
        _install_sqlite_pragmas(engine, read_only)
        return engine
    from puskesos_desktop.db.server_faults import CONNECT_TIMEOUT_S

    # A server that is switched off fails in seconds, not after the system's TCP timeout (minutes).
    connect_args: dict[str, Any] = {} if "connect_timeout=" in url else {"connect_timeout": CONNECT_TIMEOUT_S}
    if url.startswith("postgresql+psycopg:"):
        from puskesos_desktop.db.pg_cursor import connect_kwargs

        # Large results become rows a slice at a time: the window's thread is not locked out meanwhile.
        connect_args.update(connect_kwargs())
    # No pool_pre_ping: it costs a round trip on every checkout (the desk's every action takes several). The pool
    # checks a connection itself (_install_pg_checks) and a session's first statement is tried once more on a new
    # connection (_RetryingSession).
    engine = create_engine(url, connect_args=connect_args)
    if url.startswith("postgresql"):
        _install_pg_identity(engine)
        _install_pg_checks(engine)
        if engine.dialect.driver == "psycopg":
            pg_trips.install(engine)
    return engine


def _pg_commit(conn: Connection) -> None:
    """pg_trips.commit, its faults worded as SQLAlchemy's (explain_fault, a lost connection seen as one)."""
    import psycopg

    try:
        pg_trips.commit(conn)
    except psycopg.Error as exc:
        raise DBAPIError.instance("COMMIT", None, exc, psycopg.Error) from exc


def _make_reader_engine(url: str) -> Engine:
    """The search's read-only engine on a SQLite file: a small pool of connections that can never write."""
    engine = create_engine(
        url,
        poolclass=QueuePool,
        pool_size=1,
        max_overflow=3,
        connect_args={"check_same_thread": False, "timeout": 10},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        dbapi_conn.execute("PRAGMA query_only=ON")  # this engine can never write
        dbapi_conn.execute("PRAGMA busy_timeout=10000")

    return engine


def pg_identity() -> str:
    """How this process's server connections start their application_name: a restore tells them from other
    programs' (pg_stat_activity), as the claim files do on SQLite."""
    import socket

    return f"puskesos {os.getpid()}@{socket.gethostname()}:"[:63]


def _install_pg_identity(engine: Engine) -> None:
    @event.listens_for(engine, "do_connect")
    def _on_pg_connect(_dialect: Any, _record: Any, _cargs: Any, cparams: dict[str, Any]) -> None:
        # Which program on which PC: a refused restore names what to close.
        cparams.setdefault("application_name", readers.pg_application_name(claim.program_label))


# A pooled server connection idle for longer than this is pinged before it is used again: a firewall or a
# sleeping PC may have dropped it without a word. A connection the server closed itself (a restart,
# pg_terminate_backend, a restore) has said so on its socket, and is seen without a round trip.
IDLE_PING_S = 60.0
_IDLE_SINCE = "puskesos_idle_since"


def _server_spoke(dbapi_conn: Any) -> bool:
    """True when an idle pooled connection has something to read: the server's farewell (an error, end of file);
    an idle connection in no LISTEN is sent nothing else. A zero-timeout poll: no round trip."""
    import select

    try:
        readable, _, _ = select.select([dbapi_conn.fileno()], [], [], 0)
    except (OSError, ValueError, AttributeError):  # closed already, or no socket to ask
        return True
    return bool(readable)


def _install_pg_checks(engine: Engine) -> None:
    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "checkin")
    def _on_checkin(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info[_IDLE_SINCE] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _on_checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        idle_since = record.info.pop(_IDLE_SINCE, None)
        if idle_since is None:  # just connected
            return
        if getattr(dbapi_conn, "closed", False) or getattr(dbapi_conn, "broken", False):
            raise DisconnectionError("connection closed")
        if not _server_spoke(dbapi_conn) and time.monotonic() - idle_since < IDLE_PING_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
            dbapi_conn.rollback()  # the ping's transaction: the session begins its own
        except Exception as exc:  # noqa: BLE001 - any fault here: the pool connects anew (up to three times)
            raise DisconnectionError(str(exc)) from exc


class _RetryingSession(Session):
    """A session whose first statement of a transaction is tried once more on a new connection when the one it
    was given turns out to be gone (a server restarted or a connection dropped between two reads): nothing of the
    transaction has happened yet, so trying again is always safe. Later statements are never retried. execute,
    scalar and scalars are the session's three ways in (get and lazy loads go through execute)."""

    def _once_more(self, call: Callable[[], Any]) -> Any:
        if self.in_transaction():
            return call()
        try:
            return call()
        except DBAPIError as exc:
            if not exc.connection_invalidated:
                raise
            self.rollback()  # gives the invalidated connection back; the statement checks out another
            return call()

    def execute(self, *args: Any, **kwargs: Any) -> Any:
        return self._once_more(partial(super().execute, *args, **kwargs))

    def scalar(self, *args: Any, **kwargs: Any) -> Any:
        return self._once_more(partial(super().scalar, *args, **kwargs))

    def scalars(self, *args: Any, **kwargs: Any) -> Any:
        return self._once_more(partial(super().scalars, *args, **kwargs))


def _install_sqlite_pragmas(engine: Engine, read_only: bool = False) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from the driver so that BEGIN IMMEDIATE is ours to issue.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: no deadlock upgrading a read lock mid-transaction.
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


# Idle connections kept per SQLite engine: the desk's action and a background refresh or two at once.
KEPT_CONNECTIONS = 2
_FILE_ID = "puskesos_file_id"
_CHANGED = "puskesos_changed_settings"


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _install_sqlite_reuse(engine: Engine, path: Path) -> None:
    """What makes a kept connection safe to hand to the next session: it still reads the file at the path (a
    restore or a move may have put another file there: such a connection is dropped, never written through), and
    it has the settings every connection starts with (a PRAGMA run through it, a bulk import's cache or
    foreign_keys=OFF say, makes it closed when it comes back instead of kept)."""
    from sqlalchemy.exc import DisconnectionError

    @event.listens_for(engine, "connect")
    def _remember_file(_dbapi_conn: sqlite3.Connection, record: Any) -> None:
        record.info[_FILE_ID] = _file_id(path)

    @event.listens_for(engine, "checkout")
    def _same_file(_dbapi_conn: sqlite3.Connection, record: Any, _proxy: Any) -> None:
        if record.info.get(_FILE_ID) != _file_id(path):
            raise DisconnectionError("the database file was replaced")  # the pool connects anew

    @event.listens_for(engine, "before_cursor_execute")
    def _settings(conn: Connection, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement[:6].upper() == "PRAGMA":
            conn.info[_CHANGED] = True

    @event.listens_for(engine, "checkin")
    def _keep_or_close(dbapi_conn: sqlite3.Connection | None, record: Any) -> None:
        if dbapi_conn is not None and record.info.pop(_CHANGED, False):
            record.invalidate()  # closed now; the record connects anew when next needed


def is_busy(exc: BaseException) -> bool:
    text_ = str(exc).lower()
    return "database is locked" in text_ or "database table is locked" in text_ or "database is busy" in text_


def _private_new_file(path: Path) -> None:
    """Create a new database file readable by this account only; SQLite gives its -wal and -shm the same mode."""
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
        os.close(fd)
    except FileExistsError:
        pass


def _make_private(path: Path) -> None:
    if os.name != "posix":
        return
    for side in ("", "-wal", "-shm"):
        p = Path(str(path) + side)
        try:
            if p.exists() and p.stat().st_mode & 0o077 and p.stat().st_uid == os.getuid():
                p.chmod(0o600)
        except OSError:
            pass


_PROCESS_START = time.time()
# Every Database of this process, so that a restore can close this process's connections to a file it replaces.
_OPEN: weakref.WeakSet[Database] = weakref.WeakSet()


def release_connections(path: Path) -> None:
    """Close every connection this process holds to the SQLite file at `path` (kept idle in a pool, or the
    search's), before a restore puts another file at that name: a connection to the old file, closed later, would
    checkpoint into the old file and delete the WAL beside the NEW one by its name, losing what it holds. Nothing
    is lost by closing: the next session opens the file that is there then."""
    for found in list(_OPEN):
        mine = sqlite_path(found.url)
        if mine is not None and mine.resolve() == path.resolve():
            found.release_readers()
            engine = getattr(found, "engine", None)
            if engine is not None:
                engine.dispose()


class Database:
    """Sessions and transactions live here; services take a Database, widgets never see one."""

    def __init__(self, url: str, *, claim_file: bool = True, check: bool = True) -> None:
        self.url = url
        # The search's reading connections on SQLite (reading(), nik_reader()): opened on first use.
        self._readers_lock = threading.Lock()
        self._reader_engine: Engine | None = None
        self._thread_readers: readers.ThreadReaders[Any] | None = None
        self.read_only = False
        self.check: FileCheck | None = None
        # True when this Database was the first program to open the file (no other program had it): the moment
        # for services/bootstrap to clear what a killed program left inside the database.
        self.first_opener = False
        path = sqlite_path(url)
        self._claimed: Path | None = None
        lock_was_there = True
        if path is not None and claim_file:
            path.parent.mkdir(parents=True, exist_ok=True)
            lock_was_there = claim.lock_path(path).exists()
            folders = (backups_dir_for(path),)

            def first() -> None:
                self.first_opener = True
                tempfiles.sweep(path, folders)

            if claim.acquire_shared(path, first=first):
                self._claimed = path
                # A Database dropped without dispose() still lets go of its claim when collected.
                self._finalizer = weakref.finalize(self, claim.release_shared, path)
        elif path is None and claim_file and not url.startswith("sqlite"):
            self._claim_working_place(url)
        try:
            if path is not None and check:
                self.check = inspect_file(path)
                self.read_only = self.check.read_only
                if self.check.exists and not self.read_only:
                    _make_private(path)
        except BaseException:
            self.dispose()
            if path is not None and not lock_was_there:  # a refused file keeps nothing of ours beside it
                claim.forget_files(path)
            raise
        self.engine = make_engine(url, self.read_only)
        self._autocommit_engine: Engine | None = None  # read(autocommit=True) on a server: made on first use
        changes.install(self.engine)
        # psycopg on a server: BEGIN, the lock and what waits are sent with the next statement (db/pg_trips.py).
        self._pipelined = self.is_postgresql and self.engine.dialect.driver == "psycopg"
        # Names this Database in its change notifications: a window ignores its own (its jobs refresh it already).
        self.origin = uuid.uuid4().hex[:16]
        # Wrapped around every COMMIT of write(), on the writing thread (ui/change_watch.py tells own commits apart).
        self.commit_guards: list[Callable[[], AbstractContextManager[object]]] = []
        self._sessions = sessionmaker(
            self.engine,
            expire_on_commit=False,
            info={"db_path": path},
            class_=Session if self.is_sqlite else _RetryingSession,
        )
        _OPEN.add(self)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def is_postgresql(self) -> bool:
        return self.url.startswith("postgresql")

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def read(self, *, autocommit: bool = False) -> Iterator[Session]:
        """A session for queries. Closing it ends the transaction without committing; loaded objects stay usable.

        ``autocommit``: on a server, the statements run outside a transaction. Each sees what was committed when it
        started, as inside one (READ COMMITTED); there is only no ROLLBACK to wait for at the end (a round trip:
        issue 15 §10). For a few short queries, never a large streamed result. On SQLite the same as without."""
        if autocommit and self.is_postgresql:
            engine = self._autocommit_engine
            if engine is None:
                engine = self._autocommit_engine = self.engine.execution_options(isolation_level="AUTOCOMMIT")
            with self._sessions(bind=engine) as session:
                yield session
            return
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self, *, bind: Connection | None = None) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any exception.

        ``bind``: a connection of this engine, outside a transaction, to write on (the registry import on a server
        writes from the TEMP table it staged on that connection); otherwise one from the pool."""
        if self.read_only:
            raise ReadOnlyDatabase(read_only_message(self.path or self.url))
        with self._sessions(**({"bind": bind} if bind is not None else {})) as session:
            if self.is_sqlite:
                self._begin_immediate(session)
            elif self.is_postgresql and self._pipelined:
                self._pg_begin(session)
            elif self.is_postgresql:  # another driver than psycopg: the lock on its own
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITE_LOCK})
            info = session.connection().info  # the DBAPI connection's: the statements' event sees the same dict
            written: set[str] = set()
            info[changes.WRITTEN] = written
            try:
                yield session
                session.flush()  # the last statements run now, so that every table written is known
                self._announce(session, written)
                with ExitStack() as guards:
                    for guard in list(self.commit_guards):
                        guards.enter_context(guard())
                    if self._pipelined:
                        session.flush()  # anything a guard added: nothing may follow the COMMIT below
                        _pg_commit(session.connection())  # with the notification and the last audit entry
                    session.commit()
            except BaseException:
                pg_trips.forget(info)
                session.rollback()
                raise
            finally:
                info.pop(changes.WRITTEN, None)
                info.pop(pg_trips.MANAGED, None)

    def _pg_begin(self, session: Session) -> None:
        """BEGIN, the writers' lock, then what nearly every write reads first (the audit chain's head, the village
        code of document numbers): one round trip. The reading is a statement of its own after the lock, so that
        it sees what the previous writer committed (READ COMMITTED: each statement its own snapshot)."""
        for attempt in (1, 2):
            conn = session.connection()
            conn.info[pg_trips.MANAGED] = True  # this transaction ends in _pg_commit: statements may wait for it
            # Released by the commit or rollback that ends the transaction.
            pg_trips.defer(conn, "SELECT pg_advisory_xact_lock(%(key)s)", {"key": PG_WRITE_LOCK})
            try:
                row = conn.execute(_PG_PRELUDE).one()
            except DBAPIError as exc:
                # The lock went with the failed flight. A pooled connection the server dropped: nothing has
                # happened yet, begin again on a new one.
                if attempt == 2 or not exc.connection_invalidated:
                    raise
                session.rollback()
                continue
            if row[0] is not None:
                session.info[VILLAGE_CODE] = row[0]
            if row[1] is not None:
                session.info[AUDIT_HEAD] = (int(row[1]), str(row[2]))
            return

    def _announce(self, session: Session, written: set[str]) -> None:
        """On PostgreSQL, tell every listening PC which topics this transaction changed; the server delivers it
        with the commit (never after a rollback)."""
        if not self.is_postgresql or not written:
            return
        topics = changes.topics_of(written)
        if not topics:
            return
        channel, text_ = changes.CHANNEL, changes.payload(self.origin, topics)
        if self._pipelined:  # sent in the flight of the COMMIT
            pg_trips.defer(session.connection(), "SELECT pg_notify(%(c)s, %(p)s)", {"c": channel, "p": text_})
        else:
            session.execute(text("SELECT pg_notify(:c, :p)"), {"c": channel, "p": text_})

    def _begin_immediate(self, session: Session) -> None:
        """Take the write lock, waiting out a long writer (an import) for up to WRITE_WAIT_S in all."""
        deadline = time.monotonic() + WRITE_WAIT_S
        while True:
            try:
                session.connection(execution_options={"sqlite_immediate": True})
                return
            except OperationalError as exc:
                if not is_busy(exc) or time.monotonic() >= deadline:
                    raise
                session.close()  # nothing was done yet: begin again on a fresh connection
                time.sleep(0.05)

    def _claim_working_place(self, url: str) -> None:
        """A server database: this PC's working files for it (a backup being built, a restore being checked) live
        in this PC's data folder. The first program on this PC to open the database removes what a killed one
        left there; the others hold a shared claim so that nobody sweeps under a running backup."""
        try:
            anchor = working_place(url)
        except OSError:
            return
        folders = (backups_dir_for(anchor),)

        def first() -> None:
            # This process may have made working files for the server before opening it (a restore's checked
            # copy): only what is older than this process is a killed program's.
            tempfiles.sweep(anchor, folders, before=_PROCESS_START)

        if claim.acquire_shared(anchor, first=first):
            self._claimed = anchor
            self._finalizer = weakref.finalize(self, claim.release_shared, anchor)

    # --- the search's reading connections ---------------------------------------------------------------

    @contextmanager
    def reading(self) -> Iterator[Connection]:
        """A read-only connection outside any transaction, for the search's hot path.

        On SQLite the office engine keeps at most two idle connections (more are closed when their session ends,
        and closing the last one checkpoints and deletes the WAL: a few milliseconds). The search keeps one or two
        read-only connections open of its own (statements outside a transaction always see the latest commit).
        On PostgreSQL: a connection of the office engine."""
        if not self.is_sqlite:
            with self.engine.connect() as conn:
                yield conn
            return
        with self._readers_lock:
            engine = self._reader_engine
            if engine is None:
                engine = self._reader_engine = _make_reader_engine(self.url)
        with engine.connect() as conn:
            yield conn

    def nik_reader(self) -> readers.Reader | None:
        """This thread's bare read-only connection for the desk's whole NIK (db/readers.py): sqlite3 on a SQLite
        file, psycopg on PostgreSQL (no pool checkout, ping or reset: the query is all it costs); None otherwise."""
        found = self._thread_readers
        if found is not None:  # the desk's every query: no URL parsing, no lock
            return found.get()  # type: ignore[no-any-return]
        path = self.path
        connect: Callable[[], Any]
        if path is not None:
            connect = partial(readers.read_only_connection, str(path))
        elif self.is_postgresql and self.url.startswith(("postgresql://", "postgresql+psycopg://")):
            connect = partial(readers.pg_read_only_connection, self.url, claim.program_label)
        else:
            return None
        with self._readers_lock:
            if self._thread_readers is None:
                self._thread_readers = readers.ThreadReaders(connect)
            found = self._thread_readers
        return found.get()  # type: ignore[no-any-return]

    def open_nik_reader(self) -> readers.Reader | None:
        """This thread's reader when it has one open; never opens one (after a fault: was it the connection?)."""
        found = self._thread_readers
        return None if found is None else getattr(found.local, "conn", None)

    def drop_nik_reader(self) -> None:
        """Forget this thread's reader after a fault (the server restarted, the connection broke): the next query
        opens a new one."""
        found = self._thread_readers
        if found is not None:
            found.drop()

    def release_readers(self) -> None:
        """Close the reading connections (before a restore replaces the file, or at the end); they open again on
        the next use."""
        with self._readers_lock:
            engine, self._reader_engine = self._reader_engine, None
            found, self._thread_readers = self._thread_readers, None
        if engine is not None:
            engine.dispose()
        if found is not None:
            found.close()

    def dispose(self) -> None:
        self.release_readers()
        engine = getattr(self, "engine", None)
        if engine is not None:
            engine.dispose()
        if self._claimed is not None:
            self._claimed = None
            self._finalizer()

    # --- schema -------------------------------------------------------------------------------------------

    def alembic_config(self) -> Config:
        from alembic.config import Config

        cfg = Config()
        cfg.set_main_option("script_location", str(migrations_dir()))
        cfg.set_main_option("sqlalchemy.url", self.url.replace("%", "%%"))
        cfg.attributes["engine"] = self.engine
        return cfg

    def current_revision(self) -> str | None:
        from alembic.runtime.migration import MigrationContext

        with self.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()

    def head_revision(self) -> str | None:
        from alembic.script import ScriptDirectory

        return ScriptDirectory.from_config(self.alembic_config()).get_current_head()

    def stored_revisions(self) -> set[str] | None:
        """alembic_version's rows by plain SQL; None when the table is missing (a new, empty database)."""
        try:
            with self.engine.connect() as conn:
                return {str(row[0]) for row in conn.exec_driver_sql("SELECT version_num FROM alembic_version")}
        except DBAPIError:
            return None

    def migrate(self) -> Path | None:
        """Create or upgrade the schema to head. An existing older database is copied aside first.

        Returns the path of that copy, when one was made.
        """
        heads = script_heads()
        if heads and self.stored_revisions() == heads:
            self._stamp()
            return None  # already current: the usual start, without importing Alembic
        if self.read_only:
            raise ReadOnlyDatabase(
                "{reason} Database ini juga perlu dimutakhirkan ke versi program ini, dan itu pun tidak bisa.",
                reason=read_only_message(self.path or self.url),
            )
        from alembic import command
        from alembic.runtime.migration import MigrationContext

        head = self.head_revision()
        copy: Path | None = None
        # Several PCs (or processes) starting at once on an empty or older database: one migrates, the others wait
        # for it and then find the schema current. The upgrade runs in the transaction that holds the lock
        # (BEGIN IMMEDIATE on SQLite, an advisory transaction lock on PostgreSQL); both engines roll DDL back.
        with self.engine.connect() as conn:
            if self.is_sqlite:
                conn = conn.execution_options(sqlite_immediate=True)
            conn.begin()
            if self.is_postgresql:
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_MIGRATE_LOCK})
            current = MigrationContext.configure(conn).get_current_revision()
            if current != head:
                if current is not None and self.path is not None and self.path.exists():
                    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
                    copy = self.path.with_name(f"{self.path.stem}.sebelum-{current}-{stamp}{self.path.suffix}")
                    sqlite_backup(self.path, copy)
                cfg = self.alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
            conn.commit()
        self._stamp(force=copy is not None or current != head)
        return copy

    def _stamp(self, force: bool = False) -> None:
        """Mark the file as an office database and with the version of the program that brought it to its schema
        (written only when it changes: an ordinary start takes no write lock)."""
        if not self.is_sqlite or self.read_only:
            return
        check = self.check
        ours = version_number()
        if not force and check is not None and check.application_id == APPLICATION_ID and check.user_version >= ours:
            return
        with self.engine.connect() as conn:
            app_id = int(conn.exec_driver_sql("PRAGMA application_id").scalar() or 0)
            stored = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
        if app_id == APPLICATION_ID and stored >= ours:
            return
        with self.write() as s:
            s.execute(text(f"PRAGMA application_id = {APPLICATION_ID}"))
            s.execute(text(f"PRAGMA user_version = {max(stored, ours)}"))


def explain_fault(exc: BaseException, path: Path | str | None = None) -> str | None:
    """One Indonesian sentence for a database or disk fault (locked, disk full, damaged, read-only), or None.

    The command line prints it as ``Galat: …``; the window words the same faults in ui/errors.py.
    """
    from puskesos_desktop.db.server_faults import classify

    server = classify(exc, str(path or ""))  # an office server that is down or refuses the password
    if server is not None:
        return server.message
    where = f"Database {path}" if path else "Database"
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, PuskesosError):
            return current.message
        low = str(current).lower()
        if is_busy(current):
            return (
                f"{where} sedang dipakai pekerjaan lain (misalnya impor yang panjang) dan masih terkunci setelah "
                f"{int(WRITE_WAIT_S)} detik menunggu. Coba lagi sebentar lagi; data yang sudah tersimpan aman."
            )
        if (isinstance(current, OSError) and current.errno == errno.ENOSPC) or "disk is full" in low:
            return (
                "Ruang disk penuh: kosongkan ruang pada disk atau flashdisk, lalu ulangi. "
                "Data yang sudah tersimpan aman."
            )
        if "malformed" in low or "file is not a database" in low or "disk image" in low:
            return damaged_message(path or "kantor", _short(current)).text()
        if "readonly database" in low:
            return read_only_message(path or "kantor").text()
        if "unable to open database file" in low:
            return f"{where} tidak dapat dibuka (folder tidak ada, flashdisk tercabut, atau tanpa izin)."
        if isinstance(current, OSError) and current.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return f"Tidak dapat menulis {current.filename or 'berkas'}: hanya-baca atau tanpa izin."
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def sqlite_backup(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (online backup API), written under a private temporary name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    _private_new_file(tmp)
    src = connect_read_only(source)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    shutil.move(str(tmp), str(target))


def _create_new(path: Path) -> None:
    """A new office database appears whole or not at all: built and migrated under a private temporary name,
    then linked in (never over a file that appeared meanwhile). A kill midway leaves no empty database behind."""
    from puskesos_desktop.config import sqlite_url

    tmp = tempfiles.private_temp(path, "baru", ".sqlite3")
    try:
        new = Database(sqlite_url(tmp), claim_file=False, check=False)
        try:
            new.migrate()
        finally:
            new.dispose()
        conn = sqlite3.connect(str(tmp))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        try:
            os.link(tmp, path)
        except FileExistsError:
            pass  # another program made it first: use theirs
        except OSError:
            if not path.exists():  # no hard links here (FAT): a rename, knowingly not atomic against a racer
                os.replace(tmp, path)
    finally:
        tempfiles.remove(tmp)


def open_database(url: str, migrate: bool = True) -> Database:
    """Open (creating and migrating when needed) the database at url."""
    db = Database(url)
    try:
        if migrate and db.path is not None and db.check is not None and not db.check.exists:
            _create_new(db.path)
        if migrate:
            db.migrate()
    except BaseException:
        db.dispose()
        raise
    return db
