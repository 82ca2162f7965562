"""What the backup and restore tests share (the services' and the command line's): residents told apart by name,
and the names a database file holds, read straight from the file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor
from puskesos_desktop.services.people import residents


def resident_names(path: Path) -> list[str]:
    """The residents' names in an SQLite file, in the order they were added."""
    conn = sqlite3.connect(str(path))
    try:
        return [r[0] for r in conn.execute("SELECT name FROM residents ORDER BY id")]
    finally:
        conn.close()


def add_named(db: Database, actor: Actor, name: str) -> None:
    """A resident with only a name (no NIK yet): enough to tell one copy of the database from another."""
    residents.create_resident(db, actor, residents.ResidentInput(name=name, sex="L", no_nik_reason="belum punya"))
