"""Opening a second Database on a file this process already has open must keep this process's SQLite locks: a
Python open()/close() of the file drops every POSIX lock the process holds on it, and another program closing last
would then delete the WAL under the open connections (seen as 'disk I/O error', with commits at risk)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from puskesos_desktop.db.engine import Database, NotAnOfficeDatabase, inspect_file

pytestmark = pytest.mark.sqlite_only  # the file and its WAL


def test_looking_at_an_open_file_keeps_the_wal_of_this_process(db: Database) -> None:
    assert db.path is not None
    held = sqlite3.connect(db.path)
    held.execute("PRAGMA journal_mode=WAL")
    held.execute("BEGIN")
    held.execute("SELECT count(*) FROM users").fetchone()  # a read transaction: a shared lock on the file
    wal = Path(str(db.path) + "-wal")
    assert wal.exists()
    check = inspect_file(db.path)  # what every new Database does first
    assert check.exists and check.revisions
    other = (
        "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); "
        "c.execute('SELECT count(*) FROM sqlite_master').fetchone(); c.close()"
    )
    subprocess.run([sys.executable, "-c", other, str(db.path)], check=True, timeout=60)
    assert wal.exists()  # the other program saw this one still there: it did not checkpoint and delete the WAL
    assert held.execute("SELECT count(*) FROM users").fetchone()[0] >= 1
    held.execute("COMMIT")
    held.close()


def test_a_file_that_is_not_sqlite_is_still_named_so(tmp_path: Path) -> None:
    text = tmp_path / "catatan.sqlite3"
    text.write_text("bukan database\n" * 20, encoding="utf-8")
    with pytest.raises(NotAnOfficeDatabase, match="bukan berkas SQLite"):
        inspect_file(text)
