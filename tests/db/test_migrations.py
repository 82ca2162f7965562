"""A database made by this version opens after a later migration without loss, and is copied aside first."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.db import engine as engine_mod
from puskesos_desktop.db import schema_files
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

# PRAGMAs, the copy made before a migration and raw sqlite3 checks of the file.
pytestmark = pytest.mark.sqlite_only

LATER = '''
from alembic import op
import sqlalchemy as sa

revision = "0099"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("residents") as batch:
        batch.add_column(sa.Column("religion", sa.String(30), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("residents") as batch:
        batch.drop_column("religion")
'''


def test_pragmas(db: Database) -> None:
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == engine_mod.BUSY_TIMEOUT_MS


def test_later_migration_keeps_data(
    db: Database, front: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    residents.create_resident(db, front, residents.ResidentInput(name="Siti Aminah", nik="6201025205900001",
                                                                 kk="6201021205900002"))
    head = db.head_revision()
    db.dispose()
    # A copy of the shipped migrations plus one later revision.
    later = tmp_path / "migrations"
    shutil.copytree(engine_mod.migrations_dir(), later)
    (later / "versions" / "0099_later.py").write_text(LATER.format(head=head), encoding="utf-8")
    monkeypatch.setattr(engine_mod, "migrations_dir", lambda: later)
    monkeypatch.setattr(schema_files, "migrations_dir", lambda: later)
    upgraded = Database(db.url)
    copy = upgraded.migrate()
    assert upgraded.current_revision() == "0099"
    assert copy is not None and copy.exists()
    with sqlite3.connect(copy) as old:
        assert old.execute("select name from residents").fetchall() == [("Siti Aminah",)]
    with upgraded.engine.connect() as conn:
        rows = conn.exec_driver_sql("select name, nik, religion from residents").fetchall()
        assert rows == [("Siti Aminah", "6201025205900001", "")]
        assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
    upgraded.dispose()


def test_foreign_keys_enforced(db: Database) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
        s.connection().exec_driver_sql(
            "insert into complaints (number, registered_at, resident_id, channel, field, description, urgency, status,"
            " answer, informed_channel, created_at, updated_at) values ('X', '2026-01-01', 999, 'Telepon',"
            " 'Sosial', 'x', 'Biasa', 'Diterima', '', '', '2026-01-01', '2026-01-01')"
        )


def test_check_constraint_closed_status(db: Database) -> None:
    with pytest.raises(Exception, match="CHECK"), db.write() as s:
        s.connection().exec_driver_sql("update complaints set status = 'Hilang'")
        s.connection().exec_driver_sql(
            "insert into partners (name, kind, field, address, contact_person, phone, notes, in_village, active,"
            " created_at, updated_at) values ('x', 'y', 'Olahraga', '', '', '', '', 0, 1, '2026-01-01', '2026-01-01')"
        )
