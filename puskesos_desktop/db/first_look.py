"""What the sign-in dialog needs from an office's SQLite file, read with sqlite3 alone (issue 21): the dialog paints
before SQLAlchemy and the models are imported — they load on a worker while the person types.

Only the usual case answers: an existing office database of this program's schema, with its profile and at least one
account, that this PC may write. Anything else (no file, a new or older schema, a newer program's file, damage, no
account yet, read-only) gives None, and the window opens the database the usual way first, with its messages.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from puskesos_desktop import __version__
from puskesos_desktop.db.readers import read_only_connection
from puskesos_desktop.db.schema_files import script_heads

# Copied from db/engine.py (which imports SQLAlchemy); tests/db/test_first_look.py checks they agree.
APPLICATION_ID = 0x50534B53


def _version_number(version: str = __version__) -> int:
    parts = [int(p) for p in re.findall(r"\d+", version)[:3]] + [0, 0, 0]
    return parts[0] * 10_000 + parts[1] * 100 + parts[2]


@dataclass(frozen=True)
class FirstLook:
    village_name: str
    language: str  # the office's setting as stored ("" when it was never set)


def first_look(path: Path) -> FirstLook | None:
    """The village's name and the office's language, or None when the database must be opened first."""
    import os

    try:
        if not path.is_file() or not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
            return None
        conn = read_only_connection(str(path))
    except (OSError, sqlite3.Error):
        return None
    try:
        if int(conn.execute("PRAGMA application_id").fetchone()[0]) != APPLICATION_ID:
            return None
        if int(conn.execute("PRAGMA user_version").fetchone()[0]) > _version_number():
            return None  # a newer program's database: the usual way explains it
        heads = script_heads()
        stored = {str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")}
        if not heads or stored != heads:
            return None  # to be migrated (or unknown): the usual way does it, copy first
        profile = conn.execute("SELECT village_name FROM office_profile WHERE id = 1").fetchone()
        if profile is None or conn.execute("SELECT 1 FROM users LIMIT 1").fetchone() is None:
            return None  # the setup wizard
        row = conn.execute("SELECT value FROM settings WHERE key = 'language'").fetchone()
        language = ""
        if row is not None:
            try:
                value = json.loads(row[0])
            except ValueError:
                value = ""
            language = value if isinstance(value, str) else ""
        return FirstLook(str(profile[0] or ""), language)
    except (sqlite3.Error, TypeError, ValueError):
        return None  # damaged or not ours: the usual way names the fault
    finally:
        conn.close()
