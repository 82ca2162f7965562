"""Opening a current database does not import Alembic (issue 9: ~0.3 s of every start); an old or empty one does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from puskesos_desktop.db.engine import Database, open_database

ROOT = Path(__file__).resolve().parents[2]


def test_an_empty_database_is_still_created(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    assert db.stored_revisions() is None
    db.migrate()
    assert db.current_revision() == db.head_revision()
    db.dispose()


def test_a_current_database_opens_without_alembic(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    code = (
        "import sys\n"
        "from puskesos_desktop.db.engine import open_database\n"
        f"open_database('sqlite:///{path}').dispose()\n"
        "print('alembic' in sys.modules)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert proc.stdout.strip() == "False"
