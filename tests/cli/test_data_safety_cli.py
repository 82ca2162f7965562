"""Issue 13 on the command line: --db honoured wherever it is written, faults as one `Galat:` line, never a traceback,
and commands that only read never wait for the write lock."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from puskesos_desktop.cli.main import main
from puskesos_desktop.config import sqlite_url
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor
from tests.helpers.cli import run_cli
from tests.services.test_data_safety import _complaint, damage_schema

# The SQLite file itself: damaged, locked, full, read-only files and the file claim.
pytestmark = pytest.mark.sqlite_only

ROOT = Path(__file__).resolve().parents[2]


def _run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "puskesos_desktop", *args],
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def test_db_before_the_command_is_honoured(
    db: Database, coordinator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    expected = audit.latest_hash(db)
    assert main(["--db", db.url, "audit", "hash"]) == 0  # the usage line's form: it used the default database
    assert capsys.readouterr().out.strip() == expected
    assert main(["audit", "hash", "--db", db.url]) == 0
    assert capsys.readouterr().out.strip() == expected
    with pytest.raises(SystemExit) as refused:
        main(["--db", db.url, "audit", "hash", "--db", str(db.path.with_name("lain.sqlite3"))])
    assert refused.value.code == 2
    assert "--db diberikan dua kali" in capsys.readouterr().err
    assert not db.path.with_name("lain.sqlite3").exists()


def test_every_command_on_a_damaged_database_names_it_in_one_line(
    db: Database, coordinator: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    db.dispose()
    damage_schema(db.path)
    for args in (
        ["audit", "verify"],
        ["backup", "--out", str(tmp_path / "lagi.sqlite3")],
        ["list", "registry"],
        ["--self-test"],
    ):
        # The self-test in a process of its own, as the bundle runs it; the rest in this one (cheaper, same code).
        done = _run(*args, "--db", db.url) if args == ["--self-test"] else run_cli(capsys, *args, "--db", db.url)
        assert done.returncode == 1, (args, done.stderr)
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith(f"Galat: Database {db.path} rusak"), (args, done.stderr)
        assert "Pulihkan cadangan" in lines[0] and "Traceback" not in done.stderr
    done = run_cli(capsys, "restore", str(saved.path), "--yes", "--db", db.url)
    assert done.returncode == 0, done.stderr
    assert run_cli(capsys, "audit", "verify", "--db", db.url).returncode == 0


def test_restore_names_the_program_to_close(tmp_path: Path) -> None:
    from puskesos_desktop.db.engine import sqlite_backup
    from puskesos_desktop.devtools import soak

    path = tmp_path / "soak.sqlite3"
    soak.prepare_database(path)
    saved = tmp_path / "cadangan.sqlite3"
    sqlite_backup(path, saved)
    holder = subprocess.Popen(  # the soak's child: registers at the front desk until killed
        [sys.executable, "-m", "puskesos_desktop", "soak", "--child", "register", "--db", str(path), "--seed", "1"],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert holder.stdout is not None
        while "READY" not in holder.stdout.readline():
            assert holder.poll() is None
        done = _run("restore", str(saved), "--yes", "--db", str(path))
    finally:
        holder.kill()
        holder.wait()
    assert done.returncode == 1
    assert "perintah `puskesos soak`" in done.stderr and f"proses {holder.pid}" in done.stderr
    assert "Traceback" not in done.stderr


def test_reading_commands_do_not_wait_for_the_write_lock(
    db: Database, coordinator: Actor, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    _complaint(db, coordinator)
    commands = (["audit", "verify"], ["audit", "hash"], ["list", "residents"], ["backup", "--list"])
    free: dict[str, float] = {}
    for args in commands:  # each command's own time on this machine, however loaded, with nobody writing
        started = time.monotonic()
        assert run_cli(capsys, *args, "--db", db.url).returncode == 0
        free[" ".join(args)] = time.monotonic() - started
    blocker = sqlite3.connect(str(db.path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")  # a long import holds the write lock
    try:
        for args in commands:
            started = time.monotonic()
            done = run_cli(capsys, *args, "--db", db.url)
            assert done.returncode == 0, (args, done.stderr)
            # Waiting for the lock would add the whole busy timeout (10 s) to the command's own time.
            assert time.monotonic() - started < 2 * free[" ".join(args)] + 5, args
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_locked_and_full_are_one_line_with_a_non_zero_exit(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    assert db.path is not None
    for raw, words in (
        ("database is locked", "sedang dipakai pekerjaan lain"),
        ("database or disk is full", "Ruang disk penuh"),
    ):

        def fails(_db: Database, raw: str = raw) -> None:
            raise OperationalError("INSERT …", {}, sqlite3.OperationalError(raw))

        monkeypatch.setattr(audit, "verify", fails)
        assert main(["audit", "verify", "--db", db.url]) == 1
        err = capsys.readouterr().err
        assert err.startswith("Galat: ") and words in err and len(err.strip().splitlines()) == 1


def test_a_write_command_reports_a_held_lock_instead_of_a_traceback(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from puskesos_desktop.db import engine

    assert db.path is not None
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    monkeypatch.setattr(engine, "WRITE_WAIT_S", 0.3)
    blocker = sqlite3.connect(str(db.path), isolation_level=None)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        code = main(
            ["user", "add", "baru", "--name", "Petugas Baru", "--role", "front_office"]
            + ["--password", "Rahasia-123456", "--db", db.url]
        )
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    err = capsys.readouterr().err
    assert code == 1 and err.startswith("Galat: ") and "sedang dipakai" in err, err


def test_a_new_office_database_is_private(tmp_path: Path) -> None:
    path = tmp_path / "baru" / "kantor.sqlite3"
    db = open_office_db(sqlite_url(path))
    db.dispose()
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    assert not [p for p in path.parent.iterdir() if ".sementara-" in p.name]
