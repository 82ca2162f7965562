"""Opening the office database: check the file, create or migrate it, then fill an empty catalogue."""

from __future__ import annotations

from sqlalchemy import func, select

from puskesos_desktop.db.engine import Database, open_database
from puskesos_desktop.db.models import Programme
from puskesos_desktop.services.admin import catalogue


def open_office_db(url: str) -> Database:
    db = open_database(url, migrate=True)
    try:
        # Looked at with a read first: an ordinary start (every command) takes no write lock.
        with db.read() as s:
            empty = s.execute(select(func.count(Programme.id))).scalar_one() == 0
        if empty and not db.read_only:
            with db.write() as s:
                catalogue.seed_if_empty(s)
    except BaseException:
        db.dispose()
        raise
    return db
