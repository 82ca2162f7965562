"""`puskesos find NIK`'s read-only connection to an office server, straight on libpq (issue 21 §2 on PostgreSQL).

psycopg's import costs a cold `find` process most of its time (~0.25 s of CPU: it pulls in asyncio, ssl, logging,
importlib.metadata and its type system). The command line runs two statements and exits, so it speaks to the same
libpq that psycopg-binary ships (or the system's) through ctypes: the connection and the statements are the
server's, only the last step — text results to Python values — is done here, for the few column types the
whole-NIK statements return (an unknown type raises, and `find` answers the full way). The statements, and the hits
made of their rows, are the window's own (services/people/hits.exact_nik): a test compares both drivers' answers.

No psycopg, no SQLAlchemy: only ctypes and the standard library's light modules."""

from __future__ import annotations

import ctypes
import datetime as dt
import decimal
import os
import re
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from puskesos_desktop.db.readers import PG_CONNECT_TIMEOUT_S, pg_application_name, pg_conninfo


class LibpqError(Exception):
    """The server refused, a statement failed, or a column type this module does not read (`find` then answers
    the full way, which explains the fault)."""


class LibpqMissing(LibpqError):
    """No libpq could be loaded on this PC (a bundle that keeps it elsewhere): psycopg answers instead."""


_CONNECTION_OK = 0
_PGRES_COMMAND_OK = 1
_PGRES_TUPLES_OK = 2
_TEXT = 0

# Result column types (pg_type oids) read here, to what psycopg gives for them.
_BOOL, _INT8, _INT2, _INT4, _TEXT_OID, _NAME = 16, 20, 21, 23, 25, 19
_FLOAT4, _FLOAT8, _BPCHAR, _VARCHAR, _DATE, _NUMERIC = 700, 701, 1042, 1043, 1082, 1700


def _to_date(v: str) -> dt.date:
    return dt.date.fromisoformat(v)


_READ: dict[int, Any] = {
    _BOOL: lambda v: v == "t",
    _INT2: int,
    _INT4: int,
    _INT8: int,
    _TEXT_OID: str,
    _NAME: str,
    _VARCHAR: str,
    _BPCHAR: str,
    _FLOAT4: float,
    _FLOAT8: float,
    _NUMERIC: decimal.Decimal,
    _DATE: _to_date,  # DateStyle ISO is asked for at connect
}
_PARAM = re.compile(r"%\((\w+)\)s|%%|%")


def find_libpq() -> str | None:
    """The libpq that psycopg-binary ships beside itself (what the window's psycopg uses), else the system's."""
    import importlib.util

    spec = importlib.util.find_spec("psycopg_binary")
    if spec is not None and spec.submodule_search_locations:
        package = Path(next(iter(spec.submodule_search_locations)))
        for folder in (package.parent / "psycopg_binary.libs", package / ".dylibs", package):
            found = sorted(folder.glob("libpq*.dll" if sys.platform == "win32" else "libpq*.so*"))
            found += sorted(folder.glob("libpq*.dylib"))
            if found:
                return str(found[0])
    import ctypes.util

    return ctypes.util.find_library("pq" if sys.platform != "win32" else "libpq")


def _load(path: str) -> ctypes.CDLL:
    if sys.platform == "win32":
        os.add_dll_directory(str(Path(path).parent))  # libssl and libcrypto beside it
    lib = ctypes.CDLL(path)
    vp, cp, ci = ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int
    lib.PQconnectdbParams.restype = vp
    lib.PQconnectdbParams.argtypes = [ctypes.POINTER(cp), ctypes.POINTER(cp), ci]
    lib.PQstatus.argtypes = [vp]
    lib.PQerrorMessage.restype = cp
    lib.PQerrorMessage.argtypes = [vp]
    lib.PQfinish.argtypes = [vp]
    lib.PQexecParams.restype = vp
    lib.PQexecParams.argtypes = [vp, cp, ci, vp, ctypes.POINTER(cp), vp, vp, ci]
    lib.PQresultStatus.argtypes = [vp]
    lib.PQresultErrorMessage.restype = cp
    lib.PQresultErrorMessage.argtypes = [vp]
    lib.PQntuples.argtypes = [vp]
    lib.PQnfields.argtypes = [vp]
    lib.PQftype.restype = ctypes.c_uint
    lib.PQftype.argtypes = [vp, ci]
    lib.PQgetvalue.restype = ctypes.c_void_p  # read with string_at and the length: text may hold any byte
    lib.PQgetvalue.argtypes = [vp, ci, ci]
    lib.PQgetlength.argtypes = [vp, ci, ci]
    lib.PQgetisnull.argtypes = [vp, ci, ci]
    lib.PQclear.argtypes = [vp]
    return lib


def positional(sql: str, params: Mapping[str, Any]) -> tuple[str, list[Any]]:
    """psycopg's `%(name)s` placeholders as libpq's `$n` (one number per name, as psycopg sends it), `%%` as `%`."""
    order: list[str] = []

    def swap(m: re.Match[str]) -> str:
        name = m.group(1)
        if name is None:
            if m.group(0) == "%%":
                return "%"
            raise LibpqError("tanda % tanpa nama parameter")
        if name not in order:
            order.append(name)
        return f"${order.index(name) + 1}"

    return _PARAM.sub(swap, sql), [params[name] for name in order]


def _text(value: Any) -> bytes | None:
    """A parameter as text of unknown type (the server infers it, as it does for psycopg's str)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise LibpqError("jenis parameter tidak didukung")
    return str(value).encode()


class Rows:
    """A statement's rows, as psycopg's cursor gives them to `fetchall()` and iteration."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        self.rows = rows

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self.rows

    def __iter__(self) -> Iterator[tuple[Any, ...]]:
        return iter(self.rows)


class Connection:
    """A read-only autocommit connection with psycopg's `execute(sql, params, prepare=…)` for `hits.exact_nik`."""

    def __init__(self, url: str, label: str, lib_path: str | None = None) -> None:
        path = lib_path or find_libpq()
        if path is None:
            raise LibpqMissing("libpq tidak ditemukan")
        try:
            self.lib = _load(path)
        except (OSError, AttributeError) as exc:
            raise LibpqMissing(str(exc)) from None
        settings = {
            "dbname": pg_conninfo(url),  # expanded (expand_dbname): the URL's host, user, password, options
            "application_name": pg_application_name(label),
            "options": "-c default_transaction_read_only=on -c DateStyle=ISO",
            "client_encoding": "UTF8",
        }
        if "connect_timeout=" not in url:
            settings["connect_timeout"] = str(PG_CONNECT_TIMEOUT_S)
        keys = (ctypes.c_char_p * (len(settings) + 1))(*[k.encode() for k in settings], None)
        values = (ctypes.c_char_p * (len(settings) + 1))(*[v.encode() for v in settings.values()], None)
        self.conn: int | None = self.lib.PQconnectdbParams(keys, values, 1)
        if not self.conn:
            raise LibpqError("tidak cukup memori")
        if self.lib.PQstatus(self.conn) != _CONNECTION_OK:
            message = self._message()
            self.close()
            raise LibpqError(message)

    def _message(self) -> str:
        return (self.lib.PQerrorMessage(self.conn) or b"").decode("utf-8", "replace").strip()

    def execute(self, sql: str, params: Mapping[str, Any] | None = None, *, prepare: bool | None = None) -> Rows:
        """One statement, its rows typed as psycopg types them. `prepare` is psycopg's hint and means nothing here:
        a one-shot process runs each statement once (Parse, Bind, Execute in one round trip)."""
        del prepare
        if self.conn is None:
            raise LibpqError("sambungan sudah ditutup")
        # As psycopg: without parameters the text goes as it is (`%%` stays), with them placeholders are replaced.
        query, values = (sql, []) if params is None else positional(sql, params)
        texts = (ctypes.c_char_p * max(1, len(values)))(*[_text(v) for v in values])
        res = self.lib.PQexecParams(self.conn, query.encode(), len(values), None, texts, None, None, _TEXT)
        if not res:
            raise LibpqError(self._message())
        try:
            status = self.lib.PQresultStatus(res)
            if status not in (_PGRES_TUPLES_OK, _PGRES_COMMAND_OK):
                raise LibpqError((self.lib.PQresultErrorMessage(res) or b"").decode("utf-8", "replace").strip())
            return Rows(self._rows(res))
        finally:
            self.lib.PQclear(res)

    def _rows(self, res: int) -> list[tuple[Any, ...]]:
        lib = self.lib
        width = lib.PQnfields(res)
        readers = []
        for col in range(width):
            read = _READ.get(lib.PQftype(res, col))
            if read is None:
                raise LibpqError("jenis kolom tidak didukung")
            readers.append(read)
        rows = []
        for row in range(lib.PQntuples(res)):
            values: list[Any] = []
            for col, read in enumerate(readers):
                if lib.PQgetisnull(res, row, col):
                    values.append(None)
                    continue
                raw = ctypes.string_at(lib.PQgetvalue(res, row, col), lib.PQgetlength(res, row, col))
                values.append(read(raw.decode("utf-8")))
            rows.append(tuple(values))
        return rows

    def close(self) -> None:
        if self.conn is not None:
            self.lib.PQfinish(self.conn)
            self.conn = None
