"""Behaviour that must be the same on SQLite and PostgreSQL (issue 15). Every test here runs on the engine the suite
runs on (PUSKESOS_TEST_PG for PostgreSQL); the collation test needs a PostgreSQL server."""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select, update
from sqlalchemy.exc import DBAPIError

from puskesos_desktop.core import identity
from puskesos_desktop.core.errors import AuthError
from puskesos_desktop.db import engine as engine_module
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Complaint, RegistryRecord, Resident
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import auth, users
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.casework import complaints
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents, search
from puskesos_desktop.services.registry.registry_import import import_registry
from tests import conftest
from tests.services.dx_data import HEADER, extract_row, nik_of, write_xlsx
from tests.services.fo_data import add_registry, resident

pytestmark = pytest.mark.pg


def _at_once(n: int, work: Callable[[int], None]) -> list[BaseException]:
    errors: list[BaseException] = []
    start = threading.Barrier(n)

    def run(i: int) -> None:
        try:
            start.wait()
            work(i)
        except BaseException as exc:  # noqa: BLE001 - collected and asserted on
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors


def test_writers_on_several_connections_keep_numbers_and_one_chain(db: Database, front: Actor) -> None:
    """Three 'PCs' (each its own engine) register complaints at once: every number once, in sequence, one chain."""
    people = [
        resident(
            db,
            front,
            f"Warga {i}",
            identity.make_nik("620102", dt.date(1980, 1, 1), "L", i + 1),
            identity.make_nik("620102", dt.date(2010, 1, 1), "L", i + 1),
        )
        for i in range(3)
    ]
    per_writer = 6

    def work(i: int) -> None:
        other = Database(db.url, claim_file=False)
        try:
            for _ in range(per_writer):
                complaints.register_complaint(
                    other, front, complaints.ComplaintInput(people[i], "Sosial", "Keluhan dari PC lain")
                )
        finally:
            other.dispose()

    assert _at_once(3, work) == []
    with db.read() as s:
        numbers = list(s.execute(select(Complaint.number)).scalars())
    serials = sorted(int(re.split(r"/", n)[-1]) for n in numbers)
    assert len(numbers) == 3 * per_writer
    assert serials == list(range(serials[0], serials[0] + 3 * per_writer))
    assert audit.verify(db).ok


def _empty_url(tmp_path: Path) -> tuple[str, Callable[[], None]]:
    server = conftest._PG
    if server is None:
        return f"sqlite:///{tmp_path / 'baru.sqlite3'}", lambda: None
    name = server.new_name()
    url = server.create(name)
    return url, lambda: server.drop(name)


def test_several_programs_starting_on_an_empty_database_all_open_it(tmp_path: Path) -> None:
    """Three processes (Alembic is not thread-safe, and PCs are processes) create the schema at once."""
    url, drop = _empty_url(tmp_path)
    child = (
        "import sys; from puskesos_desktop.services.bootstrap import open_office_db; "
        "db = open_office_db(sys.argv[1]); print(db.current_revision()); db.dispose()"
    )
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    try:
        procs = [
            subprocess.Popen([sys.executable, "-c", child, url], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True, env=env)
            for _ in range(3)
        ]  # fmt: skip
        results = [p.communicate(timeout=120) for p in procs]
        assert [p.returncode for p in procs] == [0, 0, 0], [err[-500:] for _, err in results]
        database = Database(url, claim_file=False)
        try:
            assert {out.strip() for out, _ in results} == {database.head_revision()}
        finally:
            database.dispose()
    finally:
        drop()


def test_audit_search_ignores_case(db: Database, coordinator: Actor, front: Actor) -> None:
    resident(db, front, "Siti Aminah", "6201024506800003", "6201021508950005")
    found = audit.query(db, coordinator, audit.AuditFilter(text="siti aminah"))
    assert found and found == audit.query(db, coordinator, audit.AuditFilter(text="SITI AMINAH"))


def test_nul_typed_at_sign_in_or_in_the_audit_filter(db: Database, coordinator: Actor) -> None:
    with pytest.raises(AuthError):
        auth.authenticate(db, "koord\x00inator", conftest.TEST_PASSWORD)
    with pytest.raises(AuthError):
        auth.authenticate(db, "koordinator\x00", conftest.TEST_PASSWORD)
    assert audit.query(db, coordinator, audit.AuditFilter(text="a\x00b", actor="x\x00", action="user.\x00")) == []
    assert audit.query(db, coordinator, audit.AuditFilter(text="login.failed"[:5])) is not None


def test_results_cut_at_the_limit_are_the_same_rows_on_every_engine(db: Database, front: Actor) -> None:
    """Equal scores and names: the lowest NIKs are kept, in NIK order, even after updates move rows around (on
    PostgreSQL an update puts the row at the end of the table)."""
    niks = [identity.make_nik("620102", dt.date(1990, 1, 1), "P", i) for i in range(1, 9)]
    for nik in reversed(niks):
        resident(db, front, "Sri Rahayu", nik, identity.make_nik("620102", dt.date(2010, 1, 1), "L", int(nik[-4:])))
    with db.write() as s:
        s.execute(update(Resident).where(Resident.nik.in_(niks[:4])).values(address="Jl. Baru"))
    hits = search.search(db, None, niks[0][:10], limit=3)
    assert [h.nik for h in hits] == niks[:3]


def test_registry_insert_after_an_import(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    """The import gives ids itself; the next ordinary insert must not collide (PostgreSQL's sequence)."""
    rows = [extract_row(nik_of(dt.date(1980, 1, 1), serial=i), f"WARGA {i}") for i in range(1, 4)]
    path = write_xlsx(tmp_path / "DTKS_Sukamaju.xlsx", [HEADER, *rows])
    import_registry(db, coordinator, path)
    with db.read() as s:
        highest = max(s.execute(select(RegistryRecord.id)).scalars())
    assert add_registry(db, nik_of(dt.date(1980, 1, 1), serial=99), "SESUDAH IMPOR") > highest


@pytest.mark.skipif(conftest._PG is None, reason="needs PUSKESOS_TEST_PG")
def test_partial_number_search_does_not_depend_on_the_collation() -> None:
    """A database made with ICU id-ID (':' sorts before the digits there) still finds NIKs by their first digits."""
    server = conftest._PG
    assert server is not None
    name = server.new_name()
    server._admin().execute(  # type: ignore[attr-defined]
        f"CREATE DATABASE \"{name}\" TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'id-ID' LOCALE 'C.UTF-8'"
    )
    database = open_office_db(server.url_of(name))
    try:
        conftest._fill_office(database)
        front = users.get_user(database, "fo").actor()
        nik = "6201021205900001"
        residents.create_resident(
            database, front, residents.ResidentInput(name="Muhammad Yusuf", nik=nik, kk="6201021205900002")
        )
        assert [h.nik for h in search.search(database, None, "6201")] == [nik]
        assert [h.nik for h in search.search(database, None, "62010212")] == [nik]
    finally:
        database.dispose()
        server.drop(name)


# --- a server connection lost between two reads (issue 15 §10: no ping on every checkout) -------------------


def _end_other_connections(db: Database) -> None:
    """What a server restart does to this program's connections: ended by the server (pg_signal_backend), and
    gone before the test goes on."""
    import psycopg

    with psycopg.connect(db.url.replace("postgresql+psycopg://", "postgresql://"), autocommit=True) as admin:
        others = "datname = current_database() AND pid <> pg_backend_pid()"
        admin.execute(f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE {others}")
        deadline = time.monotonic() + 10
        while admin.execute(f"SELECT count(*) FROM pg_stat_activity WHERE {others}").fetchone() != (0,):
            assert time.monotonic() < deadline
            time.sleep(0.02)


def _count_pings(db: Database, monkeypatch: pytest.MonkeyPatch) -> list[int]:
    pings: list[int] = []
    ping = db.engine.dialect.do_ping

    def counted(dbapi_conn: object) -> bool:
        pings.append(1)
        return ping(dbapi_conn)

    monkeypatch.setattr(db.engine.dialect, "do_ping", counted)
    return pings


def _names(db: Database) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Resident.name).order_by(Resident.id)))


@pytest.mark.skipif(not conftest.PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")
def test_a_connection_in_use_again_soon_is_not_pinged(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    pings = _count_pings(db, monkeypatch)
    for _ in range(3):
        _names(db)
    assert pings == []
    monkeypatch.setattr(engine_module, "IDLE_PING_S", 0.0)  # as if it had been idle for long
    _names(db)
    assert pings == [1]


@pytest.mark.skipif(not conftest.PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")
def test_reads_and_writes_go_on_after_the_server_ended_the_connections(
    db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    resident(db, front, "Sari", sex="P")
    assert _names(db) == ["Sari"]
    pings = _count_pings(db, monkeypatch)
    _end_other_connections(db)
    assert _names(db) == ["Sari"]  # the pool saw the farewell on the socket: one ping, a new connection
    assert pings == [1]
    _end_other_connections(db)
    resident(db, front, "Budi", sex="L")  # a write: the advisory lock on a new connection
    assert _names(db) == ["Sari", "Budi"]


@pytest.mark.skipif(not conftest.PG_URL, reason="PostgreSQL only (PUSKESOS_TEST_PG)")
def test_a_dropped_connection_the_pool_could_not_see_is_tried_once_more(
    db: Database, front: Actor, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A connection that died without a word (no farewell on its socket, idle for moments only): the session's
    first statement fails, and is tried again on a new connection; the person sees no error."""
    resident(db, front, "Sari", sex="P")
    _names(db)
    monkeypatch.setattr(engine_module, "_server_spoke", lambda _conn: False)
    _end_other_connections(db)
    assert _names(db) == ["Sari"]
    _end_other_connections(db)
    resident(db, front, "Budi", sex="L")
    assert _names(db) == ["Sari", "Budi"]
    with db.read() as s:  # a statement after the first is never tried again: the fault reaches the caller
        s.execute(select(1))
        _end_other_connections(db)
        with pytest.raises(DBAPIError):
            s.execute(select(1))


# --- SQLite: connections kept for the next session (issue 21 §5) ------------------------------------------------


def _connection_of(db: Database) -> object:
    with db.read() as s:
        return s.connection().connection.driver_connection


@pytest.mark.sqlite_only
def test_a_sqlite_connection_serves_the_next_session(db: Database) -> None:
    first = _connection_of(db)
    assert _connection_of(db) is first  # no new connection, no schema parsed again


@pytest.mark.sqlite_only
def test_a_connection_whose_settings_changed_is_not_kept(db: Database) -> None:
    with db.write() as s:
        changed = s.connection().connection.driver_connection
        s.connection().exec_driver_sql("PRAGMA foreign_keys=OFF")
    with db.read() as s:
        assert s.connection().connection.driver_connection is not changed
        assert s.connection().exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


@pytest.mark.sqlite_only
def test_a_kept_connection_never_writes_to_a_file_that_was_replaced(db: Database, front: Actor) -> None:
    """A restore puts another file at the path while the program is open (the old one kept aside): the next session
    writes the new file, never the old one through a kept connection."""
    path = db.path
    assert path is not None
    old = _connection_of(db)
    aside = path.with_name("lama.sqlite3")
    copy = path.with_name("baru.sqlite3")
    engine_module.sqlite_backup(path, copy)
    os.link(path, aside)
    os.replace(copy, path)
    Path(str(path) + "-shm").unlink(missing_ok=True)
    resident(db, front, "Warga Setelah Pulih", nik="3201010101900077")
    assert _connection_of(db) is not old
    for file, expected in ((path, 1), (aside, 0)):
        conn = sqlite3.connect(file)
        try:
            found = conn.execute("SELECT count(*) FROM residents WHERE name = 'Warga Setelah Pulih'").fetchone()[0]
        finally:
            conn.close()
        assert found == expected, file


def test_a_read_outside_a_transaction_on_a_server(db: Database, front: Actor) -> None:
    """read(autocommit=True) (the printouts' read): on a server no transaction, so no ROLLBACK to wait for at the
    end (issue 15 §10); the pooled connection is given back as it was; on SQLite an ordinary read."""
    resident(db, front, "Siti Aminah", "6201024506800003")
    with db.read(autocommit=True) as s:
        assert s.execute(select(Resident.name)).scalars().all() == ["Siti Aminah"]
        raw = s.connection().connection.driver_connection
        if db.is_postgresql:
            assert raw.autocommit
    with db.read() as s:
        s.execute(select(Resident.id)).all()
        if db.is_postgresql:
            assert not s.connection().connection.driver_connection.autocommit
    with db.write() as s:
        s.execute(update(Resident).values(name="Siti Aminah Baru"))
    with db.read(autocommit=True) as s:
        assert s.execute(select(Resident.name)).scalar_one() == "Siti Aminah Baru"
