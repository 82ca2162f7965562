"""puskesos list residents|registry|complaints|referrals|proposals|letters [--month YYYY-MM] [--json]"""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services import lists

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "residents": [
        ("nik", "NIK"),
        ("kk", "No KK"),
        ("name", "Nama"),
        ("sex", "JK"),
        ("birth_date", "Tgl Lahir"),
        ("in_registry", "DTKS"),
    ],
    "registry": [
        ("nik", "NIK"),
        ("kk", "No KK"),
        ("name", "Nama"),
        ("registry_id", "ID DTKS"),
        ("desil", "Desil"),
        ("programmes", "Program"),
    ],
    "complaints": [
        ("number", "No Resi"),
        ("registered_at", "Tanggal"),
        ("nik", "NIK"),
        ("name", "Nama"),
        ("field", "Bidang"),
        ("service", "Layanan"),
        ("status", "Status"),
    ],
    "referrals": [
        ("number", "No Rujukan"),
        ("complaint_number", "No Resi"),
        ("date", "Tanggal"),
        ("nik", "NIK"),
        ("name", "Nama"),
        ("field", "Bidang"),
        ("destination", "Tujuan"),
        ("status", "Status"),
    ],
    "proposals": [
        ("number", "No Usulan"),
        ("date", "Tanggal"),
        ("kind", "Jenis"),
        ("kk", "No KK"),
        ("nik", "NIK"),
        ("name", "Nama"),
        ("status", "Status"),
    ],
    "letters": [("number", "Nomor"), ("kind", "Jenis"), ("date", "Tanggal"), ("nik", "NIK"), ("name", "Nama")],
}


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("list", parents=[parent], help="menampilkan data: warga, DTKS, keluhan, rujukan, usulan, surat")
    p.add_argument("kind", choices=lists.KINDS, help="jenis data")
    p.add_argument("--month", metavar="YYYY-MM", help="hanya yang dibuat pada bulan itu")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    rows = lists.list_records(db, args.kind, args.month, actor=common.actor())
    if args.json:
        common.print_json(rows)
    else:
        cols = COLUMNS[args.kind]
        common.print_table([h for _, h in cols], [[r.get(k) for k, _ in cols] for r in rows])
    return 0
