from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import backup, restore
from puskesos_desktop.services.context import Actor, cli_actor
from tests.helpers.backups import add_named, resident_names

# Restore replaces the SQLite file; PostgreSQL restore (issue 15, item 6) is not built yet.
pytestmark = pytest.mark.sqlite_only


def test_restore_keeps_the_current_database_aside(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    assert db.path is not None
    add_named(db, front, "Sebelum Cadangan")
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", password="Sandi-cadangan-1")
    add_named(db, front, "Sesudah Cadangan")
    with pytest.raises(ValidationError, match="terenkripsi"):
        restore.prepare_restore(db.path, saved.path)
    result = restore.restore(db.url, saved.path, cli_actor(), password="Sandi-cadangan-1")
    assert resident_names(db.path) == ["Sebelum Cadangan"]
    assert result.aside is not None and resident_names(result.aside) == ["Sebelum Cadangan", "Sesudah Cadangan"]
    assert not Path(str(db.path) + "-wal").exists() or Path(str(db.path) + "-wal").stat().st_size == 0
    assert not list(db.path.parent.glob(".*pulih-*"))  # the working copy is gone
    entry = audit.query(db, coordinator, audit.AuditFilter(action="backup.restore"))[0]
    assert entry.actor.startswith("cli:") and entry.details["previous_database"] == str(result.aside)
    assert audit.verify(db).ok
    # Restoring the copy set aside undoes the restore.
    undo = restore.restore(db.url, result.aside, cli_actor())
    assert resident_names(db.path) == ["Sebelum Cadangan", "Sesudah Cadangan"]
    assert undo.aside is not None and undo.aside != result.aside
    add_named(db, front, "Setelah Dibatalkan")  # the database works on
    assert audit.verify(db).ok


def test_restore_refuses_bad_files_and_changes_nothing(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    good = backup.create_backup(db, coordinator, tmp_path / "baik.sqlite3").path
    before = audit.verify(db).checked
    garbage = tmp_path / "bukan.sqlite3"
    garbage.write_bytes(b"ini bukan database" * 100)
    with pytest.raises(backup.BackupError, match="bukan berkas SQLite"):
        restore.prepare_restore(db.path, garbage)
    other = tmp_path / "lain.sqlite3"
    conn = sqlite3.connect(str(other))
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="bukan database Puskesos"):
        restore.prepare_restore(db.path, other)
    newer = tmp_path / "lebih-baru.sqlite3"
    newer.write_bytes(good.read_bytes())
    conn = sqlite3.connect(str(newer))
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    with pytest.raises(backup.BackupError, match="lebih baru"):
        restore.prepare_restore(db.path, newer)
    broken = tmp_path / "rusak.sqlite3"
    data = bytearray(good.read_bytes())
    page = 4096
    for i in range(page * 2 + 100, min(len(data), page * 6)):
        data[i] = 0xFF
    broken.write_bytes(bytes(data))
    with pytest.raises(backup.BackupError, match="rusak"):
        restore.prepare_restore(db.path, broken)
    with pytest.raises(backup.BackupError, match="tidak ditemukan"):
        restore.prepare_restore(db.path, tmp_path / "tidak-ada.sqlite3")
    assert audit.verify(db).checked == before
    assert not list(db.path.parent.glob(".*pulih-*"))


def test_inspect_reports_what_the_backup_holds(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    add_named(db, front, "Warga Satu")
    saved = backup.create_backup(db, coordinator, tmp_path / "c.sqlite3").path
    prepared = restore.prepare_restore(db.path, saved)
    try:
        info = prepared.info
        assert info.village == "Sukamaju" and info.counts["warga"] == 1 and info.counts["akun"] == 5
        assert not info.needs_migration and info.revision == db.head_revision()
    finally:
        restore.discard(prepared)
    assert not prepared.tmp.exists()


def test_the_restore_entry_names_the_trail_it_replaced_and_verify_explains_it(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from puskesos_desktop.cli.main import main

    assert db.path is not None
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    add_named(db, front, "Sesudah Cadangan")  # work after the backup, e.g. a batch that left the office
    entries, head = audit.head(db)
    restore.restore(db.url, saved.path, cli_actor())
    entry = audit.query(db, coordinator, audit.AuditFilter(action="backup.restore"))[0]
    assert entry.details["replaced_trail"] == {"entries": entries, "head": head}
    result = audit.verify(db)
    assert result.ok and len(result.restores) == 1
    note = result.restores[0]
    assert (note.replaced_entries, note.replaced_head) == (entries, head)
    assert f"berisi {entries} entri" in note.sentence()
    capsys.readouterr()
    code = main(["--db", str(db.path), "audit", "verify", "--expect", head])
    out = capsys.readouterr()
    assert code == 1  # the hash is not in this chain ...
    assert "jejak yang diganti oleh pemulihan" in out.err  # ... and the reason is said
    assert f"Catatan: entri #{note.entry_id}: dipulihkan dari" in out.out


def test_a_restore_closes_this_programs_connections_to_the_file_it_replaces(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path
) -> None:
    """A connection to the old file, closed after the swap, would checkpoint the old file and delete the WAL beside
    the new one by its name: none is left open across the swap (the search keeps its reading connections)."""
    assert db.path is not None
    add_named(db, front, "Sebelum Cadangan")
    saved = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", password="Sandi-cadangan-1")
    with db.reading() as conn:  # the search's reading connection: kept open for the next search
        conn.exec_driver_sql("SELECT count(*) FROM residents")
    assert db._reader_engine is not None or db._thread_readers is not None
    restore.restore(db.url, saved.path, cli_actor(), password="Sandi-cadangan-1")
    assert db._reader_engine is None and db._thread_readers is None
    add_named(db, front, "Sesudah Pemulihan")
    assert resident_names(db.path) == ["Sebelum Cadangan", "Sesudah Pemulihan"]
