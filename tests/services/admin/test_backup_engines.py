"""One backup format for both engines, restore onto either (issue 15, item 6); moving an office is test_move_db.py.

Run on SQLite alone, the PostgreSQL side is skipped; `make test-postgres` (PUSKESOS_TEST_PG) runs every test, the
office in `db` then being on the server and the other side an SQLite file, and the other way round.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text

from puskesos_desktop.config import sqlite_url
from puskesos_desktop.db import claim
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import backup, restore, table_copy
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor, cli_actor
from tests.services import bo_helpers as h
from tests.services.admin import engines

PASSWORD = "Sandi-cadangan-1"


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_backup_restores_onto_either_engine(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path, new_url: Callable[[str], str], encrypted: bool
) -> None:
    files = engines.office(db, front, coordinator)
    password = PASSWORD if encrypted else None
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", password)
    assert backup.is_encrypted(made.path) == encrypted
    h.resident(db, front, "Sesudah Cadangan", "6201020101700016", "6201020101700017")
    before = engines.rows(db)
    for engine in sorted({"sqlite", engines.other(db)}):
        url = new_url(engine)
        result = restore.restore(url, made.path, cli_actor(), password)
        assert result.info.village == "Sukamaju" and result.aside is None  # an empty target: nothing to keep
        there = open_office_db(url)
        try:
            assert engines.attachments(there) == files  # byte for byte
            check = audit.verify(there)
            assert check.ok and check.restores  # the chain holds, the restore says what it replaced
            rows = engines.rows(there)
            assert len(rows["residents"]) == len(before["residents"]) - 1  # the one added after the backup
            assert rows["complaints"] == before["complaints"]
            assert rows["number_series"] == before["number_series"]
            # The restored database writes on: its id sequences are past the copied rows (PostgreSQL).
            h.resident(there, front, "Sesudah Pulih", "6201020101700026", "6201020101700027")
        finally:
            there.dispose()


def test_a_server_restore_keeps_the_data_it_replaces_and_carries_numbers_forward(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path, new_url: Callable[[str], str]
) -> None:
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")  # before any complaint
    url = new_url("postgresql")
    server = open_office_db(url)
    try:
        restore.restore(url, made.path, cli_actor())
        ids = h.complaint(server, front, service="BPJS-PBI-AKTIF")
        number = ids.complaint_number
        result = restore.restore(url, made.path, cli_actor())  # the complaint and its number are not in it
        assert result.aside is not None and result.aside.parent == backup.backups_dir(server)
        aside = Database(sqlite_url(result.aside), claim_file=False)
        try:
            assert len(engines.rows(aside)["complaints"]) == 1  # the replaced data, kept: restoring it undoes this
        finally:
            aside.dispose()
        again = h.complaint(server, front, service="BPJS-PBI-AKTIF")
        assert again.complaint_number != number  # a number handed out is never handed out again
        assert audit.verify(server).ok
    finally:
        server.dispose()


def test_a_server_restore_is_refused_while_another_connection_writes(
    db: Database, coordinator: Actor, tmp_path: Path, new_url: Callable[[str], str]
) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    url = new_url("postgresql")
    restore.restore(url, made.path, cli_actor())
    u = make_url(url)
    other = psycopg.connect(
        host=u.host, port=u.port, user=u.username, password=u.password, dbname=u.database,
        application_name="puskesos 1@pc-depan: jendela Puskesos Desktop",
    )  # fmt: skip
    try:
        other.execute("UPDATE settings SET value = value")  # an open write transaction on another PC
        with pytest.raises(claim.DatabaseInUse, match="pc-depan"):
            restore.restore(url, made.path, cli_actor())
    finally:
        other.rollback()
        other.close()
    server = open_office_db(url)
    try:
        assert audit.verify(server).checked == len(engines.rows(server)["audit_entries"])
        assert len([r for r in audit.verify(server).restores]) == 1  # the refused one left no trace
    finally:
        server.dispose()


def test_a_failed_server_restore_changes_nothing(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path, new_url: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    engines.office(db, front, coordinator)
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    url = new_url("postgresql")
    restore.restore(url, made.path, cli_actor())
    server = open_office_db(url)
    try:
        before = engines.rows(server)
        real = table_copy.copy_rows

        def breaks(src: Any, dst: Any, *a: Any, **k: Any) -> Any:
            if dst.dialect.name == "postgresql":
                dst.execute(text("INSERT INTO holidays (day, name) VALUES ('2026-12-25', 'Natal')"))
                raise OSError("disk penuh")
            return real(src, dst, *a, **k)

        monkeypatch.setattr(table_copy, "copy_rows", breaks)
        with pytest.raises(OSError):
            restore.restore(url, made.path, cli_actor())
        assert engines.rows(server) == before  # rolled back whole
        assert not list(backup.backups_dir(server).glob("*sebelum-pulih*"))  # no "previous data" file to mislead
    finally:
        server.dispose()


def test_automatic_backups_are_a_per_pc_setting(db: Database, coordinator: Actor, front: Actor) -> None:
    assert backup.auto_backups_here(db) == db.is_sqlite  # SQLite: every PC as before; a server: chosen PCs
    backup.set_auto_backups_here(db, coordinator, not db.is_sqlite)
    assert backup.auto_backups_here(db) != db.is_sqlite
    assert audit.query(db, coordinator, audit.AuditFilter(action="setting.update"))[0].details["on"] is not db.is_sqlite
    from puskesos_desktop.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        backup.set_auto_backups_here(db, front, True)
    made = backup.auto_backup(db, coordinator, "close")
    assert made is not None and made.path.parent == backup.backups_dir(db)
    assert [b.path for b in backup.list_backups(db)] == [made.path]
