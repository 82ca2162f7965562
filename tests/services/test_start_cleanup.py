"""Loose end of issue 13 §7: the first program to open the database removes what a killed registry import left
(its stage files beside the database, the half-built ``__new``/``__old`` tables inside it)."""

from __future__ import annotations

from pathlib import Path

import pytest

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
