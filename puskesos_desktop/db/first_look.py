"""What the sign-in dialog needs from an office's SQLite file, read with sqlite3 alone (issue 21): the dialog paints
before SQLAlchemy and the models are imported — they load on a worker while the person types.

Only the usual case answers: an existing office database of this program's schema, with its profile and at least one
account, that this PC may write. Anything else (no file, a new or older schema, a newer program's file, damage, no
account yet, read-only) gives None, and the window opens the database the usual way first, with its messages.

An office server has no file to look at: its name and language are what this PC saw the last time it signed in there
(`remember_server_look`, in the data folder), so the dialog paints before psycopg and SQLAlchemy are imported and the
server is reached on a worker while the person types (issue 15 §10). The first start on a server takes the usual way.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from puskesos_desktop import __version__
from puskesos_desktop.core.files import atomic_write_bytes
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


SERVER_LOOK_FILE = "server-look.json"


def server_key(url: str) -> str | None:
    """A PostgreSQL URL as 'user@host:port/database' (never the password), or None for anything else. urllib, not
    SQLAlchemy's URL: this runs before SQLAlchemy is imported; the same function writes and reads the key."""
    from urllib.parse import urlsplit

    if not url.startswith(("postgresql://", "postgresql+psycopg://")):
        return None
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return None
    return f"{parts.username or ''}@{parts.hostname or ''}:{port or 5432}{parts.path}"


def server_look(url: str, folder: Path) -> FirstLook | None:
    """The village's name and language this PC saw on that server the last time, or None (never signed in there
    from this PC, another server, an unreadable file): then the window connects first, as before."""
    key = server_key(url)
    if key is None:
        return None
    try:
        data = json.loads((folder / SERVER_LOOK_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("server") != key:
        return None
    name, language = data.get("village_name"), data.get("language")
    if not isinstance(name, str) or not isinstance(language, str):
        return None
    return FirstLook(name, language)


def remember_server_look(url: str, folder: Path, look: FirstLook) -> None:
    """Keep what the next start's sign-in dialog shows before it reaches the server (written only when it changed)."""
    key = server_key(url)
    if key is None or server_look(url, folder) == look:
        return
    data = {"server": key, "village_name": look.village_name, "language": look.language}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(folder / SERVER_LOOK_FILE, json.dumps(data, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass  # only the next start's early dialog is lost: it connects first then
