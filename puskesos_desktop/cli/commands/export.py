"""puskesos export --month YYYY-MM --out DIR [--password P] [--json] — the monthly batch to the district."""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.exchange import batch as exchange


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "export",
        parents=[parent],
        help="mengekspor batch bulanan untuk kabupaten (Excel ke flashdisk)",
        description="Menulis PUSKESOS_<kode desa>_<TTTT-BB>_<NN>.xlsx dan berkas .sha256 di sampingnya, membacanya "
        "kembali dan memeriksanya; baru sesudah itu batch dicatat sebagai terkirim. Mengekspor bulan yang sama lagi "
        "membuat batch lengkap bernomor berikutnya yang menggantikan batch sebelumnya.",
    )
    p.add_argument("--month", required=True, metavar="YYYY-MM", help="bulan yang diekspor, misalnya 2026-11")
    p.add_argument("--out", required=True, metavar="DIR", help="folder tujuan (misalnya flashdisk)")
    p.add_argument("--password", metavar="P", help="mengenkripsi buku kerja; kata sandi tidak disimpan")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    result = exchange.export_month(db, common.actor(), args.month, args.out, args.password or None)
    if args.json:
        common.print_json(result.as_json())
        return 0
    c = result.counts
    print(f"Batch tersimpan: {result.path}")
    print(
        f"Keluhan {c.get('Keluhan', 0)}, rujukan {c.get('Rujukan', 0)}, usulan DTKS {c.get('Usulan DTKS', 0)}; "
        f"surat rekomendasi {c.get('letters_issued', 0)}, warga dilayani {c.get('residents_served', 0)}."
    )
    print(f"SHA-256: {result.sha256} ({result.sha256_path.name})")
    if result.encrypted:
        print("Buku kerja terenkripsi: berikan kata sandinya kepada kabupaten lewat jalur lain.")
    if result.superseded:
        print(f"Menggantikan: {', '.join(result.superseded)}")
    return 0
