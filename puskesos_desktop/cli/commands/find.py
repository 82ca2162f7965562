"""puskesos find TEXT [--json] [--limit N] — the front office's search: NIK/KK (whole or partial), name, receipt."""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.people import search

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
    p.add_argument("--limit", type=int, default=search.DEFAULT_LIMIT, metavar="N", help="paling banyak N hasil")
    p.add_argument("--json", action="store_true", help="keluaran JSON: larik hasil, yang paling cocok dulu")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    text = " ".join(args.text)
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
