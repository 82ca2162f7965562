"""Moving an office to the other engine and back loses nothing; odd targets are refused (issue 15, item 7).

On SQLite alone the other side is an SQLite file too; `make test-postgres` moves it onto the server and back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services import audit
from puskesos_desktop.services.admin import move_db
from puskesos_desktop.services.bootstrap import open_office_db
from puskesos_desktop.services.context import Actor, cli_actor
from tests.services.admin import engines


def test_move_db_there_and_back_loses_nothing(
    db: Database, front: Actor, coordinator: Actor, new_url: Callable[[str], str]
) -> None:
    files = engines.office(db, front, coordinator)
    original = engines.rows(db)
    there_url = new_url(engines.other(db))
    result = move_db.move_db(db, cli_actor(), there_url)
    assert result.audit_chain_ok and result.attachments == 2
    assert result.counts == {name: len(rows) for name, rows in original.items()}
    assert engines.rows(db) == original  # the source untouched
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
        rows = engines.rows(home)
        trail, before = rows.pop("audit_entries"), original.pop("audit_entries")
        assert trail[: len(before)] == before  # the trail whole, hashes and all
        assert [r[4] for r in trail[len(before) :]] == ["database.move", "database.move"]  # each move recorded
        assert rows == original
        assert engines.attachments(home) == files
        assert audit.verify(home).ok
    finally:
        home.dispose()


def test_move_db_refuses_itself_and_odd_targets(db: Database, tmp_path: Path) -> None:
    from puskesos_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError, match="sama"):
        move_db.move_db(db, cli_actor(), db.url)
    with pytest.raises(ValidationError, match="SQLite"):
        move_db.move_db(db, cli_actor(), "mysql://x/y")
