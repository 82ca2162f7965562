from __future__ import annotations

import datetime as dt
import shutil
import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.core import clock
from puskesos_desktop.core.errors import FormField, PermissionDenied, ValidationError
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit, office
from puskesos_desktop.services.admin import backup
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents

# Backups copy the SQLite file; PostgreSQL backups (issue 15, item 6) are not built yet.
pytestmark = pytest.mark.sqlite_only


def _count(path: Path, table: str = "residents") -> int:
    conn = sqlite3.connect(str(path))
    try:
        return int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    finally:
        conn.close()


def _resident(db: Database, actor: Actor, name: str = "Siti Aminah") -> None:
    residents.create_resident(db, actor, residents.ResidentInput(name=name, sex="P", no_nik_reason="belum punya"))


def test_plain_backup_is_a_checked_sqlite_copy(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    _resident(db, front)
    result = backup.create_backup(db, coordinator, tmp_path / "usb" / "cadangan.sqlite3")
    assert result.path.read_bytes()[:16] == backup.SQLITE_MAGIC and not result.encrypted
    assert _count(result.path) == 1
    entry = audit.query(db, coordinator, audit.AuditFilter(action="backup.create"))[0]
    assert entry.details["sha256"] == result.sha256 and entry.details["encrypted"] is False
    with pytest.raises(ValidationError):
        backup.create_backup(db, coordinator, tmp_path)  # a folder, not a file
    assert db.path is not None
    with pytest.raises(ValidationError):
        backup.create_backup(db, coordinator, db.path)


def test_only_the_coordinator_backs_up(db: Database, front: Actor, head: Actor, tmp_path: Path) -> None:
    for actor in (front, head):
        with pytest.raises(PermissionDenied, match="mencadangkan"):
            backup.create_backup(db, actor, tmp_path / "x.sqlite3")


def test_encrypted_backup(db: Database, coordinator: Actor, front: Actor, tmp_path: Path) -> None:
    _resident(db, front)
    result = backup.create_backup(db, coordinator, tmp_path / "rahasia.bak", password="Sandi-cadangan-1")
    blob = result.path.read_bytes()
    assert result.encrypted and blob.startswith(backup.ENC_MAGIC) and b"Siti Aminah" not in blob
    assert backup.decrypt_bytes(blob, "Sandi-cadangan-1")[:16] == backup.SQLITE_MAGIC
    with pytest.raises(ValidationError, match="Kata sandi salah"):
        backup.decrypt_bytes(blob, "Sandi-cadangan-2")
    tampered = bytearray(blob)
    tampered[-40] ^= 1
    with pytest.raises(ValidationError):
        backup.decrypt_bytes(bytes(tampered), "Sandi-cadangan-1")
    with pytest.raises(ValidationError, match="minimal"):
        backup.create_backup(db, coordinator, tmp_path / "x.bak", password="pendek")
    assert "Sandi-cadangan-1" not in str(audit.query(db, coordinator))


def test_backup_is_consistent_while_a_write_is_open(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    assert db.path is not None
    writer = sqlite3.connect(str(db.path), isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute(
        "INSERT INTO residents (name, name_key, sex, no_nik_reason, birth_place, family_relation, address, rt, rw,"
        " phone, disability, elderly, pregnant, notes, created_at, updated_at)"
        " VALUES ('Belum', 'belum', 'L', 'x', '', '', '', '', '', '', 0, 0, 0, '', '2026-01-01', '2026-01-01')"
    )
    copy = tmp_path / "saat-menulis.sqlite3"
    backup._snapshot(db.path, copy)  # what create_backup does before it records itself (which waits for the lock)
    writer.execute("COMMIT")
    writer.close()
    assert _count(copy) == 0  # the uncommitted row is not in the copy, and the copy is whole
    assert backup.create_backup(db, coordinator, tmp_path / "sesudah.sqlite3").size > 0
    assert _count(tmp_path / "sesudah.sqlite3") == 1
    conn = sqlite3.connect(str(copy))
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_rotation_keeps_7_daily_4_weekly_12_monthly() -> None:
    start = dt.datetime(2025, 1, 1, 17, 0)
    stamps = [start + dt.timedelta(days=i) for i in range(500)]
    stamps += [start + dt.timedelta(days=499, hours=1)]  # two on the last day: the newer one stays
    keep = backup.rotation_keep(stamps)
    newest = max(stamps)
    days = sorted({k.date() for k in keep}, reverse=True)
    assert newest in keep and newest - dt.timedelta(hours=1) not in keep
    assert days[:7] == [newest.date() - dt.timedelta(days=i) for i in range(7)]
    assert len({(k.year, k.month) for k in keep}) == 12
    assert len(keep) <= 7 + 4 + 12
    assert min(keep) >= newest - dt.timedelta(days=366)


def test_rotation_on_disk_touches_only_our_files(tmp_path: Path) -> None:
    for i in range(20):
        day = dt.datetime(2026, 11, 1) + dt.timedelta(days=i)
        (tmp_path / f"kantor-{day:%Y%m%d-%H%M%S}.sqlite3").write_bytes(b"x")
    (tmp_path / "catatan-pribadi.sqlite3").write_bytes(b"x")
    (tmp_path / "lain-20261101-000000.sqlite3").write_bytes(b"x")
    removed = backup.rotate(tmp_path, "kantor")
    left = sorted(p.name for p in tmp_path.iterdir())
    assert "catatan-pribadi.sqlite3" in left and "lain-20261101-000000.sqlite3" in left
    assert len(removed) == 20 - len([n for n in left if n.startswith("kantor-")])
    assert "kantor-20261120-000000.sqlite3" in left and "kantor-20261101-000000.sqlite3" in left


def test_auto_backup_daily_close_and_second_folder(db: Database, coordinator: Actor, tmp_path: Path) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 8, 0))
    first = backup.auto_backup(db, coordinator, "daily")
    assert first is not None and first.path.parent == backup.backups_dir(db)
    assert backup.auto_backup(db, coordinator, "daily") is None  # once a day
    second_folder = tmp_path / "usb"
    second_folder.mkdir()
    for bad in ("relatif/saja", str(backup.backups_dir(db))):
        with pytest.raises(ValidationError) as err:
            backup.set_second_folder(db, coordinator, bad)
        assert (err.value.key, err.value.field) == (FormField.SECOND_FOLDER, "Folder kedua")
    backup.set_second_folder(db, coordinator, str(second_folder))
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 16, 0))
    closing = backup.auto_backup(db, coordinator, "close")
    assert closing is not None and closing.second_copy is not None and closing.second_copy.exists()
    assert [b.folder for b in backup.list_backups(db)].count("kedua") == 1
    # Same day: the rotation keeps the newer backup of the day.
    assert not first.path.exists() and first.path in closing.removed
    # A USB stick that was pulled out: reported, the main backup still made.
    shutil.rmtree(second_folder)
    clock.set_clock(lambda: dt.datetime(2026, 11, 24, 16, 0))
    third = backup.auto_backup(db, coordinator, "close")
    assert third is not None and third.path.exists() and "tidak dapat ditulisi" in third.second_error
    entry = audit.query(db, coordinator, audit.AuditFilter(action="backup.auto"))[0]
    assert entry.details["reason"] == "close" and entry.details["second_error"]
    with pytest.raises(ValidationError):
        backup.set_second_folder(db, coordinator, "relatif/folder")
    backup.set_second_folder(db, coordinator, "")
    assert office.load_settings(db).backup_second_folder == ""


def test_backup_now_is_a_rotated_backup_made_at_once(db: Database, coordinator: Actor, front: Actor) -> None:
    clock.set_clock(lambda: dt.datetime(2026, 11, 23, 8, 0))
    assert backup.auto_backup(db, coordinator, "daily") is not None
    # The daily one is done for today; the button still makes one, in the same folder and listed.
    made = backup.backup_now(db, coordinator)
    assert made.path.exists() and made.path.parent == backup.backups_dir(db)
    assert made.path in [b.path for b in backup.list_backups(db)]
    entry = audit.query(db, coordinator, audit.AuditFilter(action="backup.auto"))[0]
    assert entry.details["reason"] == "manual"
    with pytest.raises(PermissionDenied):
        backup.backup_now(db, front)
