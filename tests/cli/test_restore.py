"""`puskesos restore`: refused without a terminal unless --yes; the round trip is in test_backup.py."""

from __future__ import annotations

from pathlib import Path

from puskesos_desktop.cli.main import main
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from tests.cli.processes import run_puskesos


def test_restore_without_a_terminal_needs_yes(db: Database, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "c.sqlite3"
    assert main(["backup", "--db", str(db_path), "--out", str(out)]) == 0
    before = audit.verify(db).checked
    done = run_puskesos("restore", str(out), "--db", str(db_path))
    assert done.returncode == 1
    assert "tidak ada terminal" in done.stderr and "--yes" in done.stderr
    assert audit.verify(db).checked == before  # nothing changed
