"""Where things live: the office database, backups, logs and bundled resources. Qt-free."""

from __future__ import annotations

import os
import sys
from pathlib import Path

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


def resolve_db_url(arg: str | None) -> str:
    """--db PATH (a file or an SQLAlchemy URL) beats PUSKESOS_DB, which beats the office default."""
    value = arg or os.environ.get(DB_ENV) or ""
    if not value:
        return default_db_url()
    if "://" in value:
        return value
    return sqlite_url(value)


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
