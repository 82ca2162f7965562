"""puskesos server init|connect|status|forget, --self-test --db on PostgreSQL, and a server that is away or refuses
the password: one Indonesian line on stderr and exit 1, never a traceback.

server init needs a role that may create roles and databases: PUSKESOS_TEST_PG_ADMIN (skipped when unset). The
self-test on a server needs PUSKESOS_TEST_PG (a role with CREATEDB).
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from sqlalchemy.engine import make_url

from puskesos_desktop import connection
from puskesos_desktop.cli.main import main
from puskesos_desktop.config import data_dir
from tests.helpers.servers import closed_port

pytestmark = pytest.mark.usefixtures("no_credential_store")

ROOT = Path(__file__).resolve().parents[2]
ADMIN = os.environ.get("PUSKESOS_TEST_PG_ADMIN", "").strip()
PG = os.environ.get("PUSKESOS_TEST_PG", "").strip()


def _psycopg(url: str, database: str | None = None) -> psycopg.Connection:
    u = make_url(url)
    return psycopg.connect(
        host=u.host or "localhost", port=u.port or 5432, user=u.username, password=u.password,
        dbname=database or u.database, autocommit=True, connect_timeout=10,
    )  # fmt: skip


@pytest.fixture
def names() -> Iterator[tuple[str, str]]:
    tag = uuid.uuid4().hex[:8]
    role, database = f"pskt_role_{tag}", f"pskt_srv_{tag}"
    yield role, database
    with _psycopg(ADMIN) as admin:
        if admin.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone():
            admin.execute(f'GRANT "{role}" TO CURRENT_USER')  # only the owner (or a member) may drop its database
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f'DROP ROLE IF EXISTS "{role}"')


@pytest.mark.skipif(not ADMIN, reason="needs PUSKESOS_TEST_PG_ADMIN (a role with CREATEROLE and CREATEDB)")
def test_server_init_makes_a_role_with_only_what_the_program_needs(
    names: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    role, database = names
    assert main(["server", "init", "--admin-url", ADMIN, "--db-name", database, "--user", role, "--json"]) == 0
    captured = capsys.readouterr()
    made = json.loads(captured.out)
    assert set(made) >= {"host", "port", "database", "user", "password", "server_version", "connect_command"}
    assert (made["database"], made["user"]) == (database, role)
    assert f"--database {database} --user {role}" in made["connect_command"]
    assert "--password" not in made["connect_command"]
    assert "kata sandi di --admin-url" in captured.err or make_url(ADMIN).password is None
    with _psycopg(ADMIN) as admin:
        rights = admin.execute(
            "SELECT rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls, rolcanlogin "
            "FROM pg_roles WHERE rolname = %s",
            (role,),
        ).fetchone()
        assert rights == (False, False, False, False, False, True)
        owner = admin.execute(
            "SELECT pg_get_userbyid(datdba), has_database_privilege('public', datname, 'CONNECT') "
            "FROM pg_database WHERE datname = %s",
            (database,),
        ).fetchone()
        assert owner == (role, False)  # its owner; other roles may not even connect
        # The admin keeps no membership of the program's role.
        member = admin.execute("SELECT pg_has_role(current_user, %s, 'MEMBER')", (role,)).fetchone()
        assert member == (False,)
    own = make_url(ADMIN).set(username=role, password=made["password"], database=database)
    with _psycopg(own.render_as_string(hide_password=False)) as conn:
        conn.execute("CREATE TABLE proba (x int)")
        conn.execute("SELECT pg_advisory_lock(1)")
    # Again: refused, nothing changed.
    assert main(["server", "init", "--admin-url", ADMIN, "--db-name", database, "--user", role]) == 1
    assert "sudah ada" in capsys.readouterr().err
    # The program's role cannot make the self-test's scratch database: one line says what to use instead.
    assert main(["--self-test", "--db", own.render_as_string(hide_password=False)]) == 1
    err = capsys.readouterr().err
    assert "CREATEDB" in err and "Traceback" not in err and made["password"] not in err


def test_server_init_on_a_closed_port_is_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    url = f"postgresql://postgres:Sandi-admin@127.0.0.1:{closed_port()}/postgres"
    assert main(["server", "init", "--admin-url", url]) == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("Galat:")]
    assert len(lines) == 1 and "tidak dapat dihubungi" in lines[0]
    assert "Sandi-admin" not in lines[0] and "Traceback" not in err
    assert "terlihat oleh akun lain" in err  # the password typed in the command line is pointed out


def test_a_command_on_a_server_that_is_away_is_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("PUSKESOS_DB", f"postgresql+psycopg://puskesos:Sandi-kantor@127.0.0.1:{closed_port()}/kantor")
    assert main(["list", "complaints"]) == 1
    err = capsys.readouterr().err
    assert err.count("Galat:") == 1 and "tidak dapat dihubungi" in err and "Sandi-kantor" not in err
    assert "terlihat oleh akun lain" not in err  # from the environment: out of the process list


def test_connect_status_and_forget(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Sandi-kantor-1\n"))  # the password on stdin, never an argument
    assert main(["server", "connect", "--host", "192.168.1.10", "--database", "kantor", "--no-check", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["password_store"] == "file"
    assert main(["server", "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert status["source"] == "server" and status["password_stored"] is True
    assert status["database"] == "192.168.1.10:5432/kantor (pengguna puskesos)"
    assert "Sandi-kantor-1" not in json.dumps(status)
    assert main(["server", "forget"]) == 0
    assert "dilupakan" in capsys.readouterr().out
    assert connection.load(data_dir()) is None
    assert main(["server", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["source"] == "default"


def test_connect_tries_the_server_first(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("Sandi\n"))
    port = str(closed_port())
    assert main(["server", "connect", "--host", "127.0.0.1", "--port", port]) == 1
    assert "tidak dapat dihubungi" in capsys.readouterr().err
    assert connection.load(data_dir()) is None  # nothing saved


@pytest.mark.skipif(not PG, reason="needs a PostgreSQL server (PUSKESOS_TEST_PG)")
def test_self_test_on_a_server_runs_in_a_scratch_database_it_drops() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PUSKESOS_DB": PG}  # the URL out of the process list
    proc = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--self-test", "--db", PG],
        capture_output=True, text=True, env=env, timeout=300, stdin=subprocess.DEVNULL,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "uji mandiri berhasil" in proc.stdout
    scratch = next(line for line in proc.stdout.splitlines() if "database sementara" in line)
    name = scratch.split("/")[-1].split(" ")[0]
    assert name.startswith("puskesos_ujimandiri_")
    with _psycopg(PG) as conn:
        assert conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None
