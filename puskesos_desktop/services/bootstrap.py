"""Opening the office database: check the file, create or migrate it, clear what a killed import left, then fill
an empty catalogue."""

from __future__ import annotations

import sqlite3

from sqlalchemy import func, select

from puskesos_desktop.db.engine import Database, open_database
from puskesos_desktop.db.models import Programme
from puskesos_desktop.services.admin import catalogue
from puskesos_desktop.services.registry import registry_swap


def open_office_db(url: str) -> Database:
    db = open_database(url, migrate=True)
    try:
        clear_killed_import(db)
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


def clear_killed_import(db: Database) -> bool:
    """The first program to open the database removes what a killed registry import left: its stage files beside
    the database and the half-built ``__new``/``__old`` tables inside it (which otherwise keep their pages until
    the next import). Under the import lock, so an import that another program starts meanwhile keeps its own.
    Returns True when it looked (False: not the first program, read-only, or an import is already running)."""
    path = db.path
    if not db.first_opener or db.read_only or path is None:
        return False
    try:
        with registry_swap.import_lock(path):
            registry_swap.remove_leftover_stages(path.parent)
            conn = registry_swap.connect(path)
            try:
                registry_swap.drop_leftovers(conn)
            finally:
                conn.close()
    except registry_swap.ImportBusy:
        return False  # an import began since we opened: it clears the leftovers itself before it builds
    except sqlite3.OperationalError:
        return False  # busy with a writer: harmless, the next import drops them
    return True
