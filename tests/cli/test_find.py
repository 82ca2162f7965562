"""`puskesos find`: the front office's search from a terminal, best match first, and its fast path for a whole NIK."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database

# In the PostgreSQL subset (make test-postgres).
pytestmark = pytest.mark.pg


def test_find_json_best_first(filled: str, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "moh", "yusup", "--db", str(db_path), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["name"] == "Muhammad Yusuf" and rows[0]["nik"] == "6201021205900001"
    assert rows[0]["in_registry"] is False and rows[0]["is_client"] is True
    assert [r["score"] for r in rows] == sorted((r["score"] for r in rows), reverse=True)
    assert main(["find", "siti rahmawati", "--db", str(db_path), "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["in_registry"] is True and row["is_client"] is False and row["desil"] == 2


def test_find_table_and_receipt(filled: str, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", filled.lower(), "--db", str(db_path)]) == 0
    out = capsys.readouterr().out
    assert "Muhammad Yusuf" in out and filled in out and "(1 baris)" in out


def test_find_as_a_program(filled: str, db_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    done = subprocess.run(
        [sys.executable, "-m", "puskesos_desktop", "find", "6201021205", "--db", str(db_path), "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)[0]["nik"] == "6201021205900001"


def test_whole_nik_fast_path_answers_as_the_full_search(
    filled: str, db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`find NIK` on a current office answers without SQLAlchemy (issue 21; on PostgreSQL through psycopg, issue 15
    §10), with exactly what the window's search gives; anything else takes the full search."""
    from puskesos_desktop.cli.commands import find
    from puskesos_desktop.services.people import search

    for nik in ("6201021205900001", "6201026303750008", "6201021205900002", "6201029999999999"):
        fast = find._whole_nik(db.url, nik)
        full = search.search(db, None, nik)
        if nik in ("6201021205900002", "6201029999999999"):  # a KK; nobody: the full search answers
            assert fast is None
        else:
            assert fast == full and fast
        assert main(["find", nik, "--db", db.url, "--json"]) == 0
        expected = json.loads(json.dumps([h.as_json() for h in full], default=str))
        assert json.loads(capsys.readouterr().out) == expected
    assert find._whole_nik(db.url, "620102120590000") is None  # 15 digits
    if db.is_sqlite:
        assert find._whole_nik(str(tmp_path / "belum-ada.sqlite3"), "6201021205900001") is None
    else:  # a server that does not answer: the full way says so
        assert find._whole_nik("postgresql+psycopg://x:y@127.0.0.1:1/belum", "6201021205900001") is None
        # libpq straight (what `find` uses) and psycopg (the window's driver; `find` without a libpq) agree.
        for nik in ("6201021205900001", "6201026303750008", "6201021205900002"):
            assert find._whole_nik_on_server(db.url, nik) == find._whole_nik_on_psycopg(db.url, nik)
    with db.write() as s:  # a schema this program would migrate: the full path decides
        s.connection().exec_driver_sql("UPDATE alembic_version SET version_num = 'lama'")
    assert find._whole_nik(db.url, "6201021205900001") is None


def test_a_cold_whole_nik_find_loads_no_sqlalchemy(filled: str, db: Database) -> None:
    code = (
        "import sys\n"
        "from puskesos_desktop.cli.main import main\n"
        "main(['find', '6201021205900001', '--json'])\n"
        "print(sorted(m for m in ('sqlalchemy', 'alembic', 'rapidfuzz', 'psycopg') if m in sys.modules))\n"
    )
    # The office in the environment, as the bench gives it: a server's password stays out of the process list.
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2]), "PUSKESOS_DB": db.url}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.rstrip().endswith("[]") and '"6201021205900001"' in done.stdout
