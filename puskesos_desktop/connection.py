"""This PC's office server: the saved connection and its password, kept apart. Qt-free.

The connection (host, port, database, user) is ``server.json`` in the PC's data folder; it holds no password. The
password goes to the operating system's credential store through the ``keyring`` package (Windows Credential
Manager, macOS Keychain, the Secret Service on a Linux desktop). Where there is none (a headless Linux, a locked
or broken store) it goes to ``server-password`` in the data folder, readable by this account only (0600), as
PostgreSQL's own ``.pgpass`` does. The password is never put in a command line, a message, a log or the audit
trail: only :func:`server_url` puts it into the URL the engine opens.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, Literal

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import atomic_write_bytes

SETTINGS_FILE = "server.json"
PASSWORD_FILE = "server-password"
KEYRING_SERVICE = "Puskesos Desktop"
DEFAULT_PORT = 5432
DEFAULT_DATABASE = "puskesos"
DEFAULT_USER = "puskesos"
DRIVER = "postgresql+psycopg"

Store = Literal["keyring", "file"]

# A host name or an IPv4/IPv6 address; database and role names as server init makes them (no quoting needed).
_HOST = re.compile(r"^[A-Za-z0-9._:\-\[\]]{1,253}$")
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")


@dataclass(frozen=True)
class ServerSettings:
    host: str
    port: int = DEFAULT_PORT
    database: str = DEFAULT_DATABASE
    user: str = DEFAULT_USER
    enabled: bool = True  # "Komputer ini memakai server kantor"

    @property
    def account(self) -> str:
        """The name the password is kept under in the credential store (one password per server and role)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def shown(self) -> str:
        """How a message names the server: never with the password."""
        return f"{self.host}:{self.port}/{self.database} (pengguna {self.user})"

    def url(self, password: str | None) -> str:
        from sqlalchemy.engine import URL

        built = URL.create(DRIVER, self.user, password or None, self.host, self.port, self.database)
        return built.render_as_string(hide_password=False)


def validate(host: str, port: int | str, database: str, user: str, *, enabled: bool = True) -> ServerSettings:
    """The form's values as settings, or a ValidationError naming the field (in Indonesian)."""
    host = host.strip()
    database = database.strip()
    user = user.strip()
    if not host:
        raise ValidationError("Isi alamat server (nama komputer atau alamat IP, mis. 192.168.1.10).", "Server")
    if not _HOST.match(host):
        raise ValidationError("Alamat server hanya berisi huruf, angka, titik, titik dua atau tanda minus.", "Server")
    try:
        number = int(port)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= 65535:
        raise ValidationError("Port adalah angka 1 sampai 65535 (PostgreSQL biasanya 5432).", "Port")
    if not _NAME.match(database):
        raise ValidationError("Nama database: huruf, angka dan garis bawah, diawali huruf (mis. puskesos).", "Database")
    if not _NAME.match(user):
        raise ValidationError("Nama pengguna: huruf, angka dan garis bawah, diawali huruf (mis. puskesos).", "Pengguna")
    return ServerSettings(host, number, database, user, enabled)


# --- the settings file (in the PC's data folder, config.data_dir(): given by the caller) -------------------------


def settings_path(folder: Path) -> Path:
    return folder / SETTINGS_FILE


def password_path(folder: Path) -> Path:
    return folder / PASSWORD_FILE


def load(folder: Path) -> ServerSettings | None:
    """The saved connection, or None when this PC has none (or its file cannot be read: then the local database)."""
    try:
        raw: Any = json.loads(settings_path(folder).read_text(encoding="utf-8"))
        return validate(
            str(raw["host"]), raw["port"], str(raw["database"]), str(raw["user"]), enabled=bool(raw["enabled"])
        )
    except (OSError, ValueError, KeyError, TypeError, ValidationError):
        return None


def save(folder: Path, settings: ServerSettings, password: str | None) -> Store | None:
    """Save the connection; the password too when one is given (None or "": keep the one stored).

    Returns where the password went (None: not changed). A password kept for a server no longer set is forgotten;
    with no new password it follows the connection (say the server's name changed, not its role).
    """
    previous = load(folder)
    moved = previous is not None and previous.account != settings.account
    where: Store | None = None
    if password:
        where = store_password(folder, settings, password)
    elif moved and previous is not None:
        old = load_password(folder, previous)
        if old:
            where = store_password(folder, settings, old)
    if moved and previous is not None:
        _forget_keyring(previous.account)
    data = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
    atomic_write_bytes(settings_path(folder), data + b"\n")
    return where


def forget(folder: Path) -> None:
    """This PC goes back to its own database: the connection and its password are removed."""
    previous = load(folder)
    if previous is not None:
        _forget_keyring(previous.account)
    password_path(folder).unlink(missing_ok=True)
    settings_path(folder).unlink(missing_ok=True)


# --- the password -------------------------------------------------------------------------------------------


def _keyring() -> ModuleType | None:
    """The keyring module when a real credential store is there, else None (the private file serves)."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring) or float(backend.priority) <= 0:
            return None
    except Exception:  # noqa: BLE001 - a broken backend is no backend
        return None
    return keyring


def password_store() -> Store:
    """Where a password saved now would go."""
    return "keyring" if _keyring() is not None else "file"


def store_password(folder: Path, settings: ServerSettings, password: str) -> Store:
    ring = _keyring()
    if ring is not None:
        try:
            ring.set_password(KEYRING_SERVICE, settings.account, password)
        except Exception:  # noqa: BLE001 - a locked or refusing store: the private file instead
            pass
        else:
            password_path(folder).unlink(missing_ok=True)  # never two copies
            return "keyring"
    # The account alone may read it; atomic_write_bytes makes its temporary file 0600 before the rename.
    # One entry: a password kept for another server goes. atomic_write_bytes's temporary file is already 0600.
    atomic_write_bytes(password_path(folder), json.dumps({settings.account: password}).encode("utf-8"))
    if os.name == "posix":
        password_path(folder).chmod(0o600)
    return "file"


def load_password(folder: Path, settings: ServerSettings) -> str | None:
    """The password kept for this server, from the credential store or the private file (None: none kept)."""
    ring = _keyring()
    if ring is not None:
        try:
            found = ring.get_password(KEYRING_SERVICE, settings.account)
        except Exception:  # noqa: BLE001 - an unreadable store: try the file
            found = None
        if found:
            return str(found)
    try:
        kept: Any = json.loads(password_path(folder).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    value = kept.get(settings.account) if isinstance(kept, dict) else None
    return str(value) if value else None


def _forget_keyring(account: str) -> None:
    ring = _keyring()
    if ring is None:
        return
    try:
        ring.delete_password(KEYRING_SERVICE, account)
    except Exception:  # noqa: BLE001 - nothing kept there, or a store that refuses: nothing to undo
        pass


def server_url(folder: Path) -> str | None:
    """The URL of this PC's office server when it is set to use one, with its stored password; else None."""
    settings = load(folder)
    if settings is None or not settings.enabled:
        return None
    return settings.url(load_password(folder, settings))


# The user-information part of SQLAlchemy's URL pattern (sqlalchemy/engine/url.py, _parse_url), which matches any
# URL whose scheme it takes: the answer make_url(url).password would give, without importing SQLAlchemy in a cold
# `puskesos find --db URL` (tests/test_connection.py checks them against each other).
_URL_PASSWORD = re.compile(r"[\w\+]+://(?:[^:/]*(?::([^@]*))?@)?")


def has_password(url: str) -> bool:
    """True when an SQLAlchemy URL carries a password (then it should not be typed in a command line)."""
    if "://" not in url or url.startswith("sqlite"):
        return False
    m = _URL_PASSWORD.match(url)
    return bool(m and m.group(1))
