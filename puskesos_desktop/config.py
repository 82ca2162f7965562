"""Where things live: the office database, backups, logs and bundled resources. Qt-free."""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import platformdirs

from puskesos_desktop import APP_ID

DB_ENV = "PUSKESOS_DB"
DB_FILENAME = "puskesos.sqlite3"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside the PyInstaller bundle when frozen."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def data_dir() -> Path:
    """One place per PC: ProgramData on Windows (shared by every office account), else the user's data folder."""
    if sys.platform == "win32":
        base = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData")) / "Puskesos"
    else:
        # The per-machine folder on Linux (/usr/local/share) belongs to root: use the user's.
        base = Path(platformdirs.user_data_dir(APP_ID, appauthor=False))
    return base


def default_db_url() -> str:
    return sqlite_url(data_dir() / DB_FILENAME)


def sqlite_url(path: Path | str) -> str:
    return f"sqlite:///{Path(path).expanduser().resolve()}"


DbSource = Literal["--db", "PUSKESOS_DB", "server", "default"]


@dataclass(frozen=True)
class ChosenDb:
    url: str
    source: DbSource  # which of the four below gave it


def choose_db(arg: str | None) -> ChosenDb:
    """The office database this run opens, the first of:

    1. ``--db PATH`` (a file or an SQLAlchemy URL) on the command line;
    2. the environment variable ``PUSKESOS_DB`` (the same two forms): a URL with a password stays out of the
       process list there;
    3. this PC's saved office server (Pengaturan › Server kantor, or ``puskesos server connect``): ``server.json``
       in the data folder, its password from the credential store or the private file (connection.py);
    4. the office's own SQLite file in the data folder.
    """
    if arg:
        return ChosenDb(_as_url(arg), "--db")
    env = os.environ.get(DB_ENV, "").strip()
    if env:
        return ChosenDb(_as_url(env), "PUSKESOS_DB")
    from puskesos_desktop import connection

    server = connection.server_url(data_dir())
    if server:
        return ChosenDb(server, "server")
    return ChosenDb(default_db_url(), "default")


def resolve_db_url(arg: str | None) -> str:
    """The URL of :func:`choose_db`."""
    return choose_db(arg).url


def _as_url(value: str) -> str:
    return value if "://" in value else sqlite_url(value)


def shown_url(url: str) -> str:
    """A database as a message names it: an SQLite URL's file, a server as host:port/database (pengguna …);
    never a password."""
    path = sqlite_path(url)
    if path is not None:
        return str(path)
    if "://" not in url:
        return url
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        return url.split("://", 1)[0] + "://…"
    if parsed.host is None:
        return parsed.render_as_string(hide_password=True)
    who = f" (pengguna {parsed.username})" if parsed.username else ""
    return f"{parsed.host}:{parsed.port or 5432}/{parsed.database or ''}{who}"


def sqlite_path(url: str) -> Path | None:
    """The file behind an SQLite URL, or None for another database or an in-memory one."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    rest = url[len(prefix) :].split("?", 1)[0]
    if not rest or rest == ":memory:":
        return None
    return Path(rest)


def backups_dir_for(db_path: Path) -> Path:
    return db_path.parent / "backups"


def backup_stem(url: str) -> str:
    """The name automatic backups of a database start with: the file's stem, or "pg-<host>_<database>"."""
    path = sqlite_path(url)
    if path is not None:
        return path.stem
    from sqlalchemy.engine import make_url

    u = make_url(url)
    return "pg-" + re.sub(r"[^A-Za-z0-9_]+", "_", f"{u.host or 'localhost'}_{u.database or ''}")


def working_place(url: str) -> Path:
    """Where working files and backups of a database go: beside the SQLite file, or in this PC's data folder (a
    server database: the name stands for it there, no such file exists)."""
    path = sqlite_path(url)
    if path is not None:
        return path
    folder = data_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{backup_stem(url)}.sqlite3"
