"""puskesos list residents|registry|complaints|referrals|proposals|letters|attachments [--month YYYY-MM] [--json]"""

from __future__ import annotations

import argparse
import contextlib
import io
import re
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.text import printable
from puskesos_desktop.services.reporting import lists

# What json.dumps(ensure_ascii=False) leaves raw although a terminal may obey it: C1 controls, the line and
# paragraph separators, bidirectional overrides and zero-width characters. Inside JSON they can only be in strings,
# where a \uXXXX escape is the same text.
_RAW_IN_JSON = re.compile(r"[\x7f-\x9f\u2028\u2029\u200b\u2060-\u2064\ufeff\u202a-\u202e\u2066-\u2069\u180e]")

COLUMNS: dict[str, list[tuple[str, str]]] = {
    "residents": [
        ("nik", "NIK"),
        ("kk", "No KK"),
        ("name", "Nama"),
        ("sex", "JK"),
        ("birth_date", "Tgl Lahir"),
        ("in_registry", "DTKS/DTSEN"),
    ],
    "registry": [
        ("nik", "NIK"),
        ("kk", "No KK"),
        ("name", "Nama"),
        ("registry_id", "ID DTKS/DTSEN"),
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
    "attachments": [
        ("id", "ID"),
        ("owner", "Pemilik"),
        ("kind", "Jenis"),
        ("bytes", "Byte"),
        ("taken_at", "Diambil"),
        ("gps", "GPS"),
        ("sha256", "SHA-256"),
    ],
}
# Kept apart from services/reporting/lists: attachments are not records of a month and have their own rights.
ATTACHMENTS = "attachments"


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "list", parents=[parent], help="menampilkan data: warga, DTKS/DTSEN, keluhan, rujukan, usulan, surat, lampiran"
    )
    p.add_argument("kind", choices=(*lists.KINDS, ATTACHMENTS), help="jenis data")
    p.add_argument("--month", metavar="YYYY-MM", help="hanya yang dibuat pada bulan itu")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    if args.kind == ATTACHMENTS:
        from puskesos_desktop.services.people import attachments

        found = attachments.list_attachments(db, common.actor())
        if args.month:
            lists.month_bounds(args.month)  # refuses a malformed month with the usual sentence
            found = [a for a in found if f"{a.added_at:%Y-%m}" == args.month]
        rows = [a.as_json() for a in found]
    else:
        rows = [r.as_json() for r in lists.list_records(db, args.kind, args.month, actor=common.actor())]
    # Names and addresses come from files too: never let a terminal obey a control character in them.
    if args.json:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            common.print_json(rows)
        sys.stdout.write(_RAW_IN_JSON.sub(lambda m: f"\\u{ord(m.group(0)):04x}", out.getvalue()))
    else:
        cols = COLUMNS[args.kind]
        common.print_table([h for _, h in cols], [[_shown(r.get(k)) for k, _ in cols] for r in rows])
    return 0


def _shown(value: object) -> object:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, (set, frozenset)):
        value = sorted(value, key=str)
    if isinstance(value, (list, tuple)):
        return [printable(v) if isinstance(v, str) else v for v in value]
    return value
