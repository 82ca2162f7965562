"""puskesos move-db --to URL [--json] — move the office to another database (SQLite ⇄ PostgreSQL)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from sqlalchemy.engine import make_url

from puskesos_desktop.cli import common
from puskesos_desktop.config import resolve_db_url
from puskesos_desktop.services.admin import move_db


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "move-db",
        parents=[parent],
        help="memindahkan kantor ke database lain (SQLite ⇄ PostgreSQL)",
        description="Menyalin seluruh isi database kantor (termasuk lampiran) ke database tujuan yang kosong, "
        "memeriksa jumlah baris setiap tabel dan rantai jejak audit di tujuan. Database sumber tidak diubah. "
        "Tujuan yang sudah berisi data ditolak. Tutup program Puskesos di PC lain dahulu: perubahan yang dibuat "
        "selama pemindahan tidak ikut pindah.",
    )
    p.add_argument("--to", required=True, metavar="URL", help="database tujuan: berkas .sqlite3 atau postgresql://…")
    p.add_argument("--json", action="store_true", help="ringkasan JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    to_url = resolve_db_url(args.to)  # a plain path is an SQLite file, as with --db
    try:

        def progress(done: int, total: int) -> None:
            if not args.json and sys.stderr.isatty():
                print(f"\rMenyalin {done}/{total} baris…", end="", file=sys.stderr, flush=True)

        result = move_db.move_db(db, common.actor(), to_url, progress)
    finally:
        db.dispose()
    data = {
        "from": result.source,
        "to": result.target,
        "engine_from": result.engine_from,
        "engine_to": result.engine_to,
        "tables": len(result.counts),
        "rows": sum(result.counts.values()),
        "counts": result.counts,
        "attachments": result.attachments,
        "audit_entries": result.audit_entries,
        "audit_chain_ok": result.audit_chain_ok,
    }
    if args.json:
        common.print_json(data)
        return 0
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"Kantor dipindahkan: {result.source} ({result.engine_from}) → {result.target} ({result.engine_to}).")
    print(f"{data['rows']} baris dalam {data['tables']} tabel, {result.attachments} lampiran; jumlah baris sama.")
    print(f"Rantai jejak audit di tujuan utuh ({result.audit_entries} entri). Database sumber tidak diubah.")
    shown = make_url(to_url).render_as_string(hide_password=True)
    print(f'Pakai database baru: puskesos --db "{shown}" (atau atur sambungan di Pengaturan).')
    return 0
