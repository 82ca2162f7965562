"""Opening the office database: create or migrate it, then fill an empty catalogue."""

from __future__ import annotations

from puskesos_desktop.db.engine import Database, open_database
from puskesos_desktop.services import catalogue


def open_office_db(url: str) -> Database:
    db = open_database(url, migrate=True)
    with db.write() as s:
        catalogue.seed_if_empty(s)
    return db
