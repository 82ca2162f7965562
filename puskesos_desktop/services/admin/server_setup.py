"""Setting up an office server (`puskesos server init`) and the self-test's scratch database on one. Qt-free.

The program's role gets only what the program needs: it may log in and owns its one database (so it can create
the tables, take advisory locks, LISTEN/NOTIFY and end its own sessions for a restore); it is not a superuser and
cannot create databases or roles. Other roles lose the right to connect to that database. The password is made
here, sent to the server already hashed (SCRAM-SHA-256, as psql's \\password does: a server's statement log never
sees it) and shown once, to be typed on each PC.
"""

from __future__ import annotations

import secrets
import socket
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import Connection, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError
from sqlalchemy.pool import NullPool

from puskesos_desktop import connection
from puskesos_desktop.core.errors import PuskesosError, ValidationError
from puskesos_desktop.db.server_faults import CONNECT_TIMEOUT_S

# Letters and digits that cannot be mistaken for each other when read off paper (no 0/o, 1/l/i).
_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
_LOOPBACK = {"", "localhost", "127.0.0.1", "::1"}


class ServerSetupError(PuskesosError):
    pass


@dataclass(frozen=True)
class ServerInit:
    host: str  # the server as the PCs reach it
    port: int
    database: str
    user: str
    password: str = field(repr=False)  # shown once to the person setting up; never in a log
    server_version: str
    listen_addresses: str  # "localhost": the server does not listen on the office network yet

    @property
    def connect_command(self) -> str:
        return (
            f"puskesos server connect --host {self.host} --port {self.port} "
            f"--database {self.database} --user {self.user}"
        )

    @property
    def lan_ready(self) -> bool:
        return self.listen_addresses.strip() not in ("", "localhost", "127.0.0.1", "::1")


def new_password() -> str:
    """Four groups of four (about 79 bits): typed by hand on each PC."""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def _pg_url(url: str, what: str) -> URL:
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValidationError(
            "{what} bukan URL database (contoh: postgresql://postgres@localhost/postgres).", what, what=what
        ) from None
    if parsed.get_backend_name() != "postgresql":
        raise ValidationError("{what} harus URL PostgreSQL (postgresql://…).", what, what=what)
    if parsed.drivername == "postgresql":
        parsed = parsed.set(drivername=connection.DRIVER)
    return parsed


def _admin_engine(url: URL):  # type: ignore[no-untyped-def]
    return create_engine(
        url, poolclass=NullPool, isolation_level="AUTOCOMMIT", connect_args={"connect_timeout": CONNECT_TIMEOUT_S}
    )


def lan_address() -> str:
    """This PC's address on the office network, as well as it can be told (no packet is sent)."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("192.168.255.255", 9))  # a private address: picks the interface that faces the LAN
        return str(probe.getsockname()[0])
    except OSError:
        return socket.gethostname()
    finally:
        probe.close()


def _quote(conn: Connection, name: str) -> str:
    return str(conn.dialect.identifier_preparer.quote(name))


def init_server(
    admin_url: str, database: str = connection.DEFAULT_DATABASE, user: str = connection.DEFAULT_USER
) -> ServerInit:
    """Create the program's role and its database on the server that admin_url reaches (a role with CREATEROLE and
    CREATEDB, e.g. postgres). Either both are made or neither: a role made before a failure is dropped again."""
    admin = _pg_url(admin_url, "--admin-url")
    settings = connection.validate("localhost", admin.port or connection.DEFAULT_PORT, database, user)
    engine = _admin_engine(admin)
    password = new_password()
    made_role = False
    try:
        with engine.connect() as conn:
            if conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": user}).first():
                raise ServerSetupError(
                    "Peran {user} sudah ada di server; tidak ada yang diubah. Pilih nama lain dengan --user, atau "
                    "hapus peran itu dulu bila memang tidak dipakai.",
                    user=user,
                )
            if conn.execute(text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": database}).first():
                raise ServerSetupError(
                    "Database {database} sudah ada di server; tidak ada yang diubah. Pilih nama lain dengan --db-name.",
                    database=database,
                )
            superuser = bool(conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar())
            pgconn = conn.connection.dbapi_connection.pgconn
            hashed = pgconn.encrypt_password(password.encode(), user.encode(), b"scram-sha-256").decode()
            role, db = _quote(conn, user), _quote(conn, database)
            # Statements as they are (a SCRAM verifier's colons are no bind parameters).
            conn.exec_driver_sql(
                f"CREATE ROLE {role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS "
                f"PASSWORD '{hashed}'"
            )
            made_role = True
            if not superuser:
                # CREATE DATABASE … OWNER needs membership of the owner; held only for these statements.
                conn.exec_driver_sql(f"GRANT {role} TO CURRENT_USER")
            conn.exec_driver_sql(f"CREATE DATABASE {db} OWNER {role} ENCODING 'UTF8' TEMPLATE template0")
            conn.exec_driver_sql(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC")
            version = str(conn.execute(text("SHOW server_version")).scalar_one()).split(" ")[0]
            listen = str(conn.execute(text("SHOW listen_addresses")).scalar_one())
            if int(conn.execute(text("SHOW server_version_num")).scalar_one()) < 150000:
                _own_public_schema(admin.set(database=database), role)  # before 15 PUBLIC could create there
            if not superuser:
                conn.exec_driver_sql(f"REVOKE {role} FROM CURRENT_USER")
    except BaseException:
        if made_role:
            _undo(engine, user, database)
        raise
    finally:
        engine.dispose()
    host = admin.host or ""
    return ServerInit(
        host=lan_address() if host in _LOOPBACK else host,
        port=settings.port,
        database=database,
        user=user,
        password=password,
        server_version=version,
        listen_addresses=listen,
    )


def _own_public_schema(url: URL, role: str) -> None:
    engine = _admin_engine(url)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"ALTER SCHEMA public OWNER TO {role}")
            conn.exec_driver_sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
    finally:
        engine.dispose()


def _undo(engine, user: str, database: str) -> None:  # type: ignore[no-untyped-def]
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {_quote(conn, database)}")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {_quote(conn, user)}")
    except Exception:  # noqa: BLE001 - the first failure is the one to tell
        pass


# --- the self-test's scratch database --------------------------------------------------------------------------


@contextmanager
def scratch_database(url: str) -> Iterator[str]:
    """A new empty database on url's server for as long as the block runs, then dropped (with any session still
    on it). Its URL is yielded. The role needs CREATEDB (server init's role has not: use the admin's URL)."""
    base = _pg_url(url, "--db")
    name = f"puskesos_ujimandiri_{uuid.uuid4().hex[:10]}"
    engine = _admin_engine(base)
    try:
        with engine.connect() as conn:
            allowed = conn.execute(
                text("SELECT rolcreatedb OR rolsuper FROM pg_roles WHERE rolname = current_user")
            ).scalar()
            if not allowed:
                raise ServerSetupError(
                    "Uji mandiri di server membuat database sementara, dan peran {username} tidak berhak "
                    "membuat database (CREATEDB). Jalankan dengan URL peran admin server, mis. "
                    "--db postgresql://postgres@server/postgres.",
                    username=base.username,
                )
            conn.exec_driver_sql(f"CREATE DATABASE {_quote(conn, name)}")
        try:
            yield base.set(database=name).render_as_string(hide_password=False)
        finally:
            with engine.connect() as conn:
                conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {_quote(conn, name)} WITH (FORCE)")
    finally:
        engine.dispose()
