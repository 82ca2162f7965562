"""db/libpq.py: `find NIK`'s connection to a server straight on libpq — read-only, typed as psycopg types, and
refusing what it does not know rather than answering differently."""

from __future__ import annotations

import datetime as dt
import decimal

import pytest

from puskesos_desktop.db import libpq
from puskesos_desktop.db.engine import Database

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg


def test_placeholders_become_libpqs_numbers() -> None:
    sql, values = libpq.positional("a = %(d)s OR b = %(k)s OR c = %(d)s AND x LIKE 'y%%'", {"k": 1, "d": "z"})
    assert sql == "a = $1 OR b = $2 OR c = $1 AND x LIKE 'y%'" and values == ["z", 1]
    with pytest.raises(libpq.LibpqError):
        libpq.positional("x LIKE 'a%'", {"d": 1})
    with pytest.raises(KeyError):
        libpq.positional("a = %(d)s", {})


def test_no_library_is_its_own_fault() -> None:
    with pytest.raises(libpq.LibpqMissing):
        libpq.Connection("postgresql://x:y@127.0.0.1:1/belum", "uji", lib_path="/tidak/ada/libpq.so.5")


@pytest.fixture
def server(db: Database) -> libpq.Connection:
    if not db.is_postgresql:
        pytest.skip("a PostgreSQL server's connection")
    conn = libpq.Connection(db.url, "uji")
    yield conn  # type: ignore[misc]
    conn.close()


def test_values_typed_as_psycopg_types_them(db: Database, server: libpq.Connection) -> None:
    import psycopg

    sql = (
        "SELECT 1::int2, 2::int4, 3::int8, 'x'::text, 'y'::varchar, true, false, NULL::int, "
        "'2020-01-02'::date, 1.5::numeric, 0.25::float8, 'é ' || %(t)s, %(n)s::int + 1"
    )
    params = {"t": "ü\x1f", "n": 41}
    row = server.execute(sql, params, prepare=True).fetchall()
    with psycopg.connect(libpq.pg_conninfo(db.url), autocommit=True) as conn:
        assert row == conn.execute(sql, params).fetchall()
    assert row[0][8] == dt.date(2020, 1, 2) and row[0][9] == decimal.Decimal("1.5") and row[0][12] == 42
    assert list(server.execute("SELECT 'a%%b'")) == [("a%%b",)]  # without parameters the text goes as it is


def test_reads_only_and_refuses_what_it_cannot_read(server: libpq.Connection) -> None:
    assert server.execute("SELECT current_setting('application_name')").fetchall()[0][0].startswith("puskesos ")
    with pytest.raises(libpq.LibpqError, match="read-only"):
        server.execute("CREATE TABLE x (a int)")
    with pytest.raises(libpq.LibpqError, match="tidak didukung"):
        server.execute("SELECT now()")  # a type psycopg would give as a datetime: not guessed here
    with pytest.raises(libpq.LibpqError, match="tidak didukung"):
        server.execute("SELECT %(x)s::float8", {"x": 1.5})
    assert server.execute("SELECT 1").fetchall() == [(1,)]  # a refused statement leaves the connection usable
    server.close()
    with pytest.raises(libpq.LibpqError):
        server.execute("SELECT 1")


def test_a_wrong_password_is_refused(db: Database) -> None:
    if not db.is_postgresql:
        pytest.skip("a PostgreSQL server's connection")
    from sqlalchemy.engine import make_url

    wrong = make_url(db.url).set(password="salah-sandi").render_as_string(hide_password=False)
    with pytest.raises(libpq.LibpqError) as caught:
        libpq.Connection(wrong, "uji")
    assert not isinstance(caught.value, libpq.LibpqMissing)
