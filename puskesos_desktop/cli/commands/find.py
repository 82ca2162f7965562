"""puskesos find TEXT [--json] [--limit N] — the front office's search: NIK/KK (whole or partial), name, receipt."""

from __future__ import annotations

import argparse
import sqlite3
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.people import hits as people_hits

COLUMNS: list[tuple[str, str]] = [
    ("name", "Nama"),
    ("nik", "NIK"),
    ("kk", "No KK"),
    ("address", "Alamat"),
    ("rt_rw", "RT/RW"),
    ("registry", "DTKS/DTSEN"),
    ("client", "Klien"),
    ("matched", "Cocok"),
]


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "find",
        parents=[parent],
        help="mencari warga dan data DTKS/DTSEN: NIK/KK (utuh atau sebagian), nama, atau nomor resi",
    )
    p.add_argument("text", nargs="+", help="yang dicari, misalnya 6201021205 atau 'siti aminah' atau RESI/…")
    p.add_argument("--limit", type=int, default=people_hits.DEFAULT_LIMIT, metavar="N", help="paling banyak N hasil")
    p.add_argument("--json", action="store_true", help="keluaran JSON: larik hasil, yang paling cocok dulu")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    text = " ".join(args.text)
    hits = _whole_nik(args.db, text.strip())
    if hits is None:
        from puskesos_desktop.services.people import search

        db = common.open_db(args.db)
        hits = search.search(db, common.actor(), text, limit=max(1, min(args.limit, 500)))
    if args.json:
        common.print_json([h.as_json() for h in hits])
        return 0
    rows = [
        [
            h.name,
            h.nik or "",
            h.kk or "",
            h.address,
            h.rt_rw,
            h.registry_label,
            "ya" if h.is_client else "belum",
            h.complaint_number or h.matched,
        ]
        for h in hits
    ]
    common.print_table([label for _, label in COLUMNS], rows)
    return 0


def _whole_nik(db_arg: str | None, text: str) -> list[people_hits.SearchHit] | None:
    """A whole NIK on a current office database: the window's own whole-NIK answer (hits.exact_nik, on a bare
    sqlite3 or psycopg connection as the window's readers are), without loading SQLAlchemy or opening the database
    the full way — a cold process answers in a fraction of the time. None when the full search must answer: not a
    whole NIK, no such file yet, a schema this program would migrate, a server that does not answer, or anything
    unexpected (the full way then says what is wrong). The command line acts as the coordinator, who sees whole
    numbers: nothing to mask."""
    if not people_hits.is_whole_nik(text):
        return None
    from puskesos_desktop.config import resolve_db_url, sqlite_path

    url = resolve_db_url(db_arg)
    if url.startswith(("postgresql://", "postgresql+psycopg://")):
        return _whole_nik_on_server(url, text)
    from puskesos_desktop.db.readers import read_only_connection

    path = sqlite_path(url)
    if path is None or not path.is_file():
        return None
    try:
        conn = read_only_connection(str(path))
    except sqlite3.Error:
        return None
    try:
        return _answer_if_current(conn, text)
    except sqlite3.Error:
        return None
    finally:
        conn.close()


def _whole_nik_on_server(url: str, text: str) -> list[people_hits.SearchHit] | None:
    """On libpq itself (db/libpq.py: psycopg's import would be most of the process's time), through psycopg when
    no libpq is found; the same statements either way."""
    from puskesos_desktop.db import libpq
    from puskesos_desktop.db.claim import program_label

    try:
        conn = libpq.Connection(url, program_label)
    except libpq.LibpqMissing:
        return _whole_nik_on_psycopg(url, text)
    except libpq.LibpqError:
        return None  # a server that is down or refuses: once, not twice more (the full way says what is wrong)
    try:
        return _answer_if_current(conn, text)
    except libpq.LibpqError:
        return None
    finally:
        conn.close()


def _whole_nik_on_psycopg(url: str, text: str) -> list[people_hits.SearchHit] | None:
    import psycopg

    from puskesos_desktop.db.claim import program_label
    from puskesos_desktop.db.readers import pg_read_only_connection

    try:
        conn = pg_read_only_connection(url, program_label)
    except psycopg.Error:
        return None
    try:
        return _answer_if_current(conn, text)
    except psycopg.Error:
        return None
    finally:
        conn.close()


def _answer_if_current(conn: Any, text: str) -> list[people_hits.SearchHit] | None:
    from puskesos_desktop.db.schema_files import script_heads

    stored = {str(r[0]) for r in conn.execute("SELECT version_num FROM alembic_version")}
    if not stored or stored != script_heads():
        return None
    return people_hits.exact_nik(conn, text)
