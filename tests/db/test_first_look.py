"""Issue 21: what the sign-in dialog needs, read from the office file with sqlite3 before SQLAlchemy is imported —
and None whenever the database must be opened the usual way first."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from puskesos_desktop.db import engine
from puskesos_desktop.db.engine import Database
from puskesos_desktop.db.first_look import APPLICATION_ID, _version_number, first_look

pytestmark = pytest.mark.sqlite_only  # the file itself


def _closed(db: Database) -> Path:
    assert db.path is not None
    db.dispose()
    return db.path


def _change(path: Path, *sql: str) -> None:
    conn = sqlite3.connect(path)
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def test_the_usual_office_file_gives_name_and_language(db: Database) -> None:
    path = _closed(db)
    look = first_look(path)
    assert look is not None and look.village_name == "Sukamaju" and look.language in ("", "id")
    _change(path, "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', '\"en\"')")
    look = first_look(path)
    assert look is not None and look.language == "en"


def test_the_constants_agree_with_the_engine() -> None:
    assert APPLICATION_ID == engine.APPLICATION_ID
    assert _version_number() == engine.version_number()
    assert _version_number("2.3.0") == engine.version_number("2.3.0")


def test_a_new_office_needs_the_setup_wizard(empty_db: Database) -> None:
    assert first_look(_closed(empty_db)) is None


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE alembic_version SET version_num = 'f00dbeef'",  # another schema: migrate (or refuse) the usual way
        "PRAGMA user_version = 990000",  # a newer program's file
        "PRAGMA application_id = 7",  # not ours
        "DELETE FROM users",  # no account: the setup wizard
    ],
    ids=["other-schema", "newer-program", "foreign", "no-account"],
)
def test_anything_unusual_takes_the_usual_way(db: Database, sql: str) -> None:
    path = _closed(db)
    _change(path, "PRAGMA foreign_keys = OFF", sql)
    assert first_look(path) is None


def test_no_file_damage_and_a_bad_setting(tmp_path: Path, db: Database) -> None:
    missing = tmp_path / "tidak-ada.sqlite3"
    assert first_look(missing) is None and not missing.exists()  # and nothing was created
    junk = tmp_path / "rusak.sqlite3"
    junk.write_bytes(bytes(range(256)) * 64)
    assert first_look(junk) is None
    path = _closed(db)
    _change(path, "INSERT OR REPLACE INTO settings (key, value) VALUES ('language', 'bukan json')")
    look = first_look(path)
    assert look is not None and look.language == ""
    _change(path, f"INSERT OR REPLACE INTO settings (key, value) VALUES ('language', '{json.dumps(3)}')")
    look = first_look(path)
    assert look is not None and look.language == ""
