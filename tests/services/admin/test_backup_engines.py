"""One backup format for both engines, restore onto either, moving an office (issue 15, items 6 and 7).

Run on SQLite alone, the PostgreSQL side is skipped; `make test-postgres` (PUSKESOS_TEST_PG) runs every test, the
office in `db` then being on the server and the other side an SQLite file, and the other way round.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from puskesos_desktop.config import sqlite_url
from puskesos_desktop.db import claim
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.models import Attachment
from puskesos_desktop.devtools import photos
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import backup, move_db, restore, table_copy
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor, cli_actor
from puskesos_desktop.services.people import attachments as att
from puskesos_desktop.services.people.attachments import Owner
from tests import conftest
from tests.services import bo_helpers as h

PASSWORD = "Sandi-cadangan-1"


@pytest.fixture
def new_url(tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """New empty databases: new_url("sqlite") a file, new_url("postgresql") a server database (skipped without
    PUSKESOS_TEST_PG)."""
    made: list[str] = []
    n = 0

    def make(engine: str) -> str:
        nonlocal n
        n += 1
        if engine == "sqlite":
            return sqlite_url(tmp_path / f"lain-{n}.sqlite3")
        if conftest._PG is None:
            pytest.skip("PostgreSQL: PUSKESOS_TEST_PG is not set")
        name = conftest._PG.new_name()
        made.append(name)
        return conftest._PG.create(name)

    yield make
    if conftest._PG is not None:
        for name in made:
            conftest._PG.drop(name)


def _other(db: Database) -> str:
    """The other engine; an SQLite file too when no server is configured (the copy is the same code)."""
    return "sqlite" if db.is_postgresql or conftest._PG is None else "postgresql"


def _office(db: Database, front: Actor, coordinator: Actor) -> dict[str, str]:
    """A resident with a complaint (a numbered receipt) and two attachments; returns attachment name → sha256."""
    ids = h.complaint(db, front, service="BPJS-PBI-AKTIF")
    blobs = {"scan.pdf": (photos.scan_pdf(), "Lainnya"), "foto.jpg": (photos.photo(320, 240), "foto-depan")}
    for name, (data, kind) in blobs.items():
        att.attach_bytes(db, coordinator, Owner("complaint", ids.complaint_id), data, name, kind)
    with db.read() as s:
        return {a.filename: hashlib.sha256(a.content).hexdigest() for a in s.execute(select(Attachment)).scalars()}


def _attachments(db: Database) -> dict[str, str]:
    with db.read() as s:
        return {a.filename: hashlib.sha256(a.content).hexdigest() for a in s.execute(select(Attachment)).scalars()}


def _rows(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: two databases holding the same office compare equal."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with db.read() as s:
        for table in table_copy.tables():
            out[table.name] = [tuple(r) for r in s.execute(select(table).order_by(*table.primary_key.columns))]
    return out


@pytest.mark.parametrize("encrypted", [False, True])
def test_a_backup_restores_onto_either_engine(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path, new_url: Callable[[str], str], encrypted: bool
) -> None:
    files = _office(db, front, coordinator)
    password = PASSWORD if encrypted else None
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3", password)
    assert backup.is_encrypted(made.path) == encrypted
    h.resident(db, front, "Sesudah Cadangan", "6201020101700016", "6201020101700017")
    before = _rows(db)
    for engine in sorted({"sqlite", _other(db)}):
        url = new_url(engine)
        result = restore.restore(url, made.path, cli_actor(), password)
        assert result.info.village == "Sukamaju" and result.aside is None  # an empty target: nothing to keep
        there = open_office_db(url)
        try:
            assert _attachments(there) == files  # byte for byte
            check = audit.verify(there)
            assert check.ok and check.restores  # the chain holds, the restore says what it replaced
            rows = _rows(there)
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
            assert len(_rows(aside)["complaints"]) == 1  # the replaced data, kept: restoring it undoes this
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
        assert audit.verify(server).checked == len(_rows(server)["audit_entries"])
        assert len([r for r in audit.verify(server).restores]) == 1  # the refused one left no trace
    finally:
        server.dispose()


def test_a_failed_server_restore_changes_nothing(
    db: Database, coordinator: Actor, front: Actor, tmp_path: Path, new_url: Callable[[str], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    _office(db, front, coordinator)
    made = backup.create_backup(db, coordinator, tmp_path / "cadangan.sqlite3")
    url = new_url("postgresql")
    restore.restore(url, made.path, cli_actor())
    server = open_office_db(url)
    try:
        before = _rows(server)
        real = table_copy.copy_rows

        def breaks(src: Any, dst: Any, *a: Any, **k: Any) -> Any:
            if dst.dialect.name == "postgresql":
                dst.execute(text("INSERT INTO holidays (day, name) VALUES ('2026-12-25', 'Natal')"))
                raise OSError("disk penuh")
            return real(src, dst, *a, **k)

        monkeypatch.setattr(table_copy, "copy_rows", breaks)
        with pytest.raises(OSError):
            restore.restore(url, made.path, cli_actor())
        assert _rows(server) == before  # rolled back whole
        assert not list(backup.backups_dir(server).glob("*sebelum-pulih*"))  # no "previous data" file to mislead
    finally:
        server.dispose()


def test_move_db_there_and_back_loses_nothing(
    db: Database, front: Actor, coordinator: Actor, new_url: Callable[[str], str]
) -> None:
    files = _office(db, front, coordinator)
    original = _rows(db)
    there_url = new_url(_other(db))
    result = move_db.move_db(db, cli_actor(), there_url)
    assert result.audit_chain_ok and result.attachments == 2
    assert result.counts == {name: len(rows) for name, rows in original.items()}
    assert _rows(db) == original  # the source untouched
    there = open_office_db(there_url)
    try:
        back_url = new_url("sqlite" if db.is_sqlite else "postgresql")
        move_db.move_db(there, cli_actor(), back_url)
        with pytest.raises(move_db.MoveError, match="sudah berisi data"):
            move_db.move_db(db, cli_actor(), there_url)  # a target with an office in it
    finally:
        there.dispose()
    home = open_office_db(back_url)
    try:
        rows = _rows(home)
        trail, before = rows.pop("audit_entries"), original.pop("audit_entries")
        assert trail[: len(before)] == before  # the trail whole, hashes and all
        assert [r[4] for r in trail[len(before) :]] == ["database.move", "database.move"]  # each move recorded
        assert rows == original
        assert _attachments(home) == files
        assert audit.verify(home).ok
    finally:
        home.dispose()


def test_move_db_refuses_itself_and_odd_targets(db: Database, tmp_path: Path) -> None:
    from puskesos_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="sama"):
        move_db.move_db(db, cli_actor(), db.url)
    with pytest.raises(ValidationError, match="SQLite"):
        move_db.move_db(db, cli_actor(), "mysql://x/y")


def test_copy_streams_in_bounded_chunks(
    db: Database, front: Actor, coordinator: Actor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _office(db, front, coordinator)
    monkeypatch.setattr(table_copy, "CHUNK_BYTES", 1000)  # every attachment a chunk of its own
    seen: list[tuple[int, int]] = []
    result = table_copy.write_sqlite_copy(db, tmp_path / "salinan.sqlite3", lambda d, t: seen.append((d, t)))
    total = sum(result.counts.values())
    assert seen[-1] == (total, total) and len(seen) > len([n for n in result.counts.values() if n])
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


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
