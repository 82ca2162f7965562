"""Setting up an office server and the self-test's scratch database, at the service: the password made for the
program's role, URLs refused before anything is touched, and a scratch database that is gone afterwards even with a
session still on it. (`puskesos server init` against a real server is in tests/cli/test_server.py.)"""

from __future__ import annotations

import os
import re

import psycopg
import pytest
from sqlalchemy.engine import make_url

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.services.admin import server_setup
from puskesos_desktop.services.admin.server_setup import ServerInit

PG = os.environ.get("PUSKESOS_TEST_PG", "").strip()
CONFUSABLE = set("0o1li")


def test_a_new_password_reads_off_paper_without_confusion() -> None:
    made = {server_setup.new_password() for _ in range(50)}
    assert len(made) == 50
    for password in made:
        assert re.fullmatch(r"[a-z2-9]{4}(-[a-z2-9]{4}){3}", password)
        assert not CONFUSABLE & set(password)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("bukan url", "bukan URL database"),
        ("sqlite:///kantor.sqlite3", "harus URL PostgreSQL"),
        ("mysql://root@localhost/kantor", "harus URL PostgreSQL"),
    ],
)
def test_urls_that_are_not_a_server_are_refused_before_connecting(url: str, words: str) -> None:
    with pytest.raises(ValidationError) as refused:
        server_setup.init_server(url)
    assert words in refused.value.message and "--admin-url" in refused.value.message
    with pytest.raises(ValidationError) as scratch, server_setup.scratch_database(url):
        pytest.fail("no scratch database on what is not a server")
    assert "--db" in scratch.value.message


def test_what_server_init_tells_the_person() -> None:
    made = ServerInit("192.168.1.10", 5432, "puskesos", "puskesos", "abcd-efgh-jkmn-pqrs", "15.8", "localhost")
    assert made.connect_command == (
        "puskesos server connect --host 192.168.1.10 --port 5432 --database puskesos --user puskesos"
    )
    assert not made.lan_ready  # listening on localhost only: the PCs cannot reach it yet
    assert ServerInit("h", 5432, "d", "u", "p", "15", "*").lan_ready
    assert "abcd-efgh" not in repr(made)  # never in a log


def test_lan_address_is_an_address_or_the_pc_name() -> None:
    assert server_setup.lan_address()


@pytest.mark.skipif(not PG, reason="needs a PostgreSQL server (PUSKESOS_TEST_PG, a role with CREATEDB)")
def test_the_scratch_database_is_dropped_even_with_a_session_on_it() -> None:
    with server_setup.scratch_database(PG) as url:
        name = make_url(url).database
        assert name and name.startswith("puskesos_ujimandiri_")
        left_open = psycopg.connect(make_url(url).set(drivername="postgresql").render_as_string(hide_password=False))
    try:
        base = make_url(PG).set(drivername="postgresql").render_as_string(hide_password=False)
        with psycopg.connect(base, autocommit=True) as conn:
            assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None
    finally:
        left_open.close()
