"""An office server that cannot be reached or refuses us: one Indonesian sentence, never a traceback. Qt-free.

psycopg reports a failed connection as an OperationalError without an SQLSTATE (there is no result to carry one),
so the kind is read from libpq's and the server's words. An unknown wording that is still a failed connection is
told as such, in general terms; anything else is not ours to word (None).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import create_engine, text
from sqlalchemy.pool import NullPool

from puskesos_desktop.core.errors import Message, msg

# Seconds libpq waits for a server before it gives up (a PC switched off drops packets: without it, minutes).
CONNECT_TIMEOUT_S = 8


class FaultKind(StrEnum):
    UNREACHABLE = "unreachable"  # nothing answers at that address and port
    LOGIN = "login"  # the user name or password was refused
    NOT_ALLOWED = "not_allowed"  # the server does not let this PC in (pg_hba.conf)
    NO_DATABASE = "no_database"  # the server has no database of that name
    OTHER = "other"  # a failed connection of another kind


@dataclass(frozen=True)
class ServerFault:
    kind: FaultKind
    said: Message  # the window shows it translated (ui.errors.message_text)

    @property
    def message(self) -> str:
        """The Indonesian sentence (the command line's)."""
        return self.said.text()


_UNREACHABLE = (
    "connection refused",
    "timeout expired",
    "timed out",
    "could not translate host name",
    "failed to resolve host",
    "name or service not known",
    "no route to host",
    "network is unreachable",
    "host is unreachable",
    "server closed the connection unexpectedly",
    "ssl negotiation",
    "could not receive data from server",
    "no such host",
)
_LOGIN = (
    "password authentication failed",
    "no password supplied",
    "authentication failed",
    "password is required",
    "fe_sendauth",
)
_CONNECTING = ("connection failed", "connection to server", "could not connect", "failed to resolve host")
_LOGIN_STATES = {"28P01", "28000"}


def _messages(where: str | Message) -> dict[FaultKind, Message]:
    return {
        FaultKind.UNREACHABLE: msg(
            "Server kantor {where} tidak dapat dihubungi: komputer server mati, PostgreSQL belum berjalan, atau "
            "jaringan/port tertutup. Periksa server lalu coba lagi.",
            where=where,
        ),
        FaultKind.LOGIN: msg(
            "Server kantor {where} menolak nama pengguna atau kata sandi. Periksa keduanya (huruf besar dan kecil "
            "dibedakan), lalu coba lagi.",
            where=where,
        ),
        FaultKind.NOT_ALLOWED: msg(
            "Server kantor {where} belum mengizinkan komputer ini tersambung (pg_hba.conf). Lihat docs/SERVER.md, "
            "bagian membuka akses jaringan kantor.",
            where=where,
        ),
        FaultKind.NO_DATABASE: msg(
            "Database itu tidak ada di server kantor {where}. Periksa nama database, atau siapkan dengan "
            "`puskesos server init`.",
            where=where,
        ),
        FaultKind.OTHER: msg(
            "Tidak dapat tersambung ke server kantor {where}. Periksa sambungan lalu coba lagi.", where=where
        ),
    }


def classify(exc: BaseException, where: str = "") -> ServerFault | None:
    """The kind of failed connection behind exc (its causes included), or None when it is not one."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        kind = _kind_of(current)
        if kind is not None:
            return ServerFault(kind, _messages(where or msg("(alamat tidak diketahui)"))[kind])
        current = getattr(current, "orig", None) or current.__cause__ or current.__context__
    return None


def _kind_of(exc: BaseException) -> FaultKind | None:
    if type(exc).__module__.split(".")[0] != "psycopg":
        return None
    low = str(exc).lower()
    state = getattr(exc, "sqlstate", None)
    if state in _LOGIN_STATES or any(w in low for w in _LOGIN):
        return FaultKind.LOGIN
    if "pg_hba.conf" in low:
        return FaultKind.NOT_ALLOWED
    if state == "3D000" or ("database" in low and "does not exist" in low):
        return FaultKind.NO_DATABASE
    if any(w in low for w in _UNREACHABLE):
        return FaultKind.UNREACHABLE
    if any(w in low for w in _CONNECTING):
        return FaultKind.OTHER
    return None


@dataclass(frozen=True)
class ServerCheck:
    version: str  # the server's version, e.g. "15.18"
    has_schema: bool  # False: an empty database, which the program prepares when it first opens it


def check_server(url: str, timeout_s: int = CONNECT_TIMEOUT_S) -> ServerCheck:
    """Connect once and look: the server's version and whether the office's tables are there. Raises what the
    driver raised (classify() words it); changes nothing."""
    engine = create_engine(url, poolclass=NullPool, connect_args={"connect_timeout": timeout_s})
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SHOW server_version")).scalar_one()).split(" ")[0]
            found = conn.execute(text("SELECT to_regclass('alembic_version') IS NOT NULL")).scalar_one()
    finally:
        engine.dispose()
    return ServerCheck(version, bool(found))
