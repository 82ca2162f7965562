"""The one database gateway: engine set-up, sessions and transactions, migrations with a backup first."""

from __future__ import annotations

import datetime as dt
import re
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from puskesos_desktop.config import sqlite_path

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with Mako and Pygments) takes ~0.3 s of CPU to import: every start would pay it only to learn that the
# schema is already current. The revision ids are read from the scripts' text instead; Alembic is imported when
# there is something to do.
_REVISION = re.compile(r"^revision\b[^=\n]*=\s*[\"']([^\"']+)[\"']", re.MULTILINE)
_DOWN_REVISION = re.compile(r"^down_revision\b[^=\n]*=(.*)$", re.MULTILINE)

BUSY_TIMEOUT_MS = 10_000


def migrations_dir() -> Path:
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "puskesos_desktop" / "db" / "migrations"
    return Path(__file__).resolve().parent / "migrations"


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        # NullPool: every session gets its own connection, so a worker thread never shares one.
        engine = create_engine(
            url,
            poolclass=NullPool,
            connect_args={"timeout": BUSY_TIMEOUT_MS / 1000, "check_same_thread": False},
        )
        _install_sqlite_pragmas(engine)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _install_sqlite_pragmas(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
        # Take transaction control from the driver so that BEGIN IMMEDIATE is ours to issue.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        # Writers take the write lock up front: no deadlock upgrading a read lock mid-transaction.
        if conn.get_execution_options().get("sqlite_immediate"):
            conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            conn.exec_driver_sql("BEGIN")


def script_heads() -> set[str] | None:
    """The head revision(s) of the migration scripts, read from their text (None when they cannot be read)."""
    parents: dict[str, set[str]] = {}
    try:
        for script in (migrations_dir() / "versions").glob("*.py"):
            text = script.read_text(encoding="utf-8")
            found = _REVISION.search(text)
            if found is None:
                continue
            down = _DOWN_REVISION.search(text)
            parents[found.group(1)] = set(re.findall(r"[\"']([^\"']+)[\"']", down.group(1))) if down else set()
    except OSError:
        return None
    if not parents:
        return None
    referenced: set[str] = set().union(*parents.values())
    return set(parents) - referenced


class Database:
    """Sessions and transactions live here; services take a Database, widgets never see one."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries. Closing it ends the transaction without committing; loaded objects stay usable."""
        with self._sessions() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back whole on any exception."""
        with self._sessions() as session:
            if self.is_sqlite:
                session.connection(execution_options={"sqlite_immediate": True})
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        self.engine.dispose()

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

    def is_empty(self) -> bool:
        return self.current_revision() is None

    def migrate(self) -> Path | None:
        """Create or upgrade the schema to head. An existing older database is copied aside first.

        Returns the path of that copy, when one was made.
        """
        heads = script_heads()
        if heads and self.stored_revisions() == heads:
            return None  # already current: the usual start, without importing Alembic
        from alembic import command

        current = self.current_revision()
        head = self.head_revision()
        if current == head:
            return None
        copy: Path | None = None
        if current is not None and self.path is not None and self.path.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            copy = self.path.with_name(f"{self.path.stem}.sebelum-{current}-{stamp}{self.path.suffix}")
            sqlite_backup(self.path, copy)
        command.upgrade(self.alembic_config(), "head")
        return copy


def sqlite_backup(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (online backup API), written under a temporary name."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    src = sqlite3.connect(str(source))
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


def open_database(url: str, migrate: bool = True) -> Database:
    """Open (creating and migrating when needed) the database at url."""
    db = Database(url)
    if migrate:
        db.migrate()
    return db
