"""Loose end of issue 13 §7: the first program to open the database removes what a killed registry import left
(its stage files beside the database, the half-built ``__new``/``__old`` tables inside it)."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest

from puskesos_desktop.config import working_place
from puskesos_desktop.db import tempfiles
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.registry import registry_swap


def _leave_a_killed_import(path: Path) -> Path:
    conn = registry_swap.connect(path)
    registry_swap.prepare(conn)  # the empty __new tables, as a kill during the build leaves them
    conn.close()
    stage = path.parent / (registry_swap.STAGE_PREFIX + "dibunuh.tmp")
    stage.write_bytes(b"baris-baris yang belum dipindah")
    return stage


def _leftover_tables(path: Path) -> list[str]:
    conn = registry_swap.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    finally:
        conn.close()
    return [n for n in names if n.endswith((registry_swap.NEW, registry_swap.OLD))]


@pytest.mark.sqlite_only  # the staged import is SQLite-only
def test_the_first_program_to_start_clears_a_killed_import(db: Database) -> None:
    assert db.path is not None
    path = db.path
    stage = _leave_a_killed_import(path)
    assert _leftover_tables(path)
    db.dispose()  # the program that was importing is gone
    again = open_office_db(f"sqlite:///{path}")
    try:
        assert again.first_opener
        assert _leftover_tables(path) == []
        assert not stage.exists()
    finally:
        again.dispose()


@pytest.mark.sqlite_only  # the staged import is SQLite-only
def test_a_second_program_leaves_a_running_import_alone(db: Database) -> None:
    assert db.path is not None
    path = db.path
    stage = _leave_a_killed_import(path)  # here: the import of the program that still has the database open
    second = open_office_db(f"sqlite:///{path}")
    try:
        assert not second.first_opener
        assert _leftover_tables(path)
        assert stage.exists()
    finally:
        second.dispose()


def _leave_a_killed_server_backup(url: str, stick: Path) -> tuple[Path, Path]:
    """What a program killed while backing up a server database leaves: its private SQLite copy in this PC's data
    folder, and the not-yet-renamed file on the stick (named by a note in the data folder)."""
    anchor = working_place(url)
    plain = tempfiles.private_temp(anchor, "cadangan", ".sqlite3")
    plain.write_bytes(b"SQLite format 3\x00 salinan data warga")
    stick.mkdir(exist_ok=True)
    half = stick / ".cadangan.sqlite3.a1b2c3d4.tmp"
    half.write_bytes(b"setengah")
    note = tempfiles.note_external(anchor, half)
    assert note is not None
    for p in (plain, half, note):  # made by a program that ran before this one
        os.utime(p, (time.time() - 3600, time.time() - 3600))
    return plain, half


def test_a_server_database_s_killed_backup_is_cleared_by_the_pc_s_first_program(db: Database, tmp_path: Path) -> None:
    if db.path is not None:
        pytest.skip("a server database's working files (PUSKESOS_TEST_PG)")
    url = db.url
    db.dispose()  # nothing of this PC has the server database open now
    plain, half = _leave_a_killed_server_backup(url, tmp_path / "flashdisk")
    again = Database(url)
    try:
        assert not plain.exists()
        assert not half.exists()
        # A second program on the same PC starting while a backup runs leaves that backup's files alone.
        plain2, half2 = _leave_a_killed_server_backup(url, tmp_path / "flashdisk")
        second = Database(url)
        try:
            assert plain2.exists()
            assert half2.exists()
        finally:
            second.dispose()
    finally:
        again.dispose()
