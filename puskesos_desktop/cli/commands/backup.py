"""puskesos backup --out FILE [--password P] | --auto | --list — back the office database up."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.admin import backup


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "backup",
        parents=[parent],
        help="mencadangkan database (salinan konsisten walau program sedang berjalan)",
        description="Mencadangkan database kantor ke satu berkas SQLite (SQLite: online backup; PostgreSQL: setiap "
        "tabel disalin dari satu potret yang konsisten), yang dapat dipulihkan ke SQLite maupun PostgreSQL. "
        "--auto untuk tugas terjadwal: disimpan di folder backups di samping database (PostgreSQL: di folder data "
        "PC ini), juga di folder kedua bila diatur, dirotasi 7 harian, 4 mingguan, 12 bulanan.",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--out", metavar="FILE", help="berkas cadangan tujuan (misalnya di flashdisk)")
    what.add_argument("--auto", action="store_true", help="cadangan otomatis berotasi (untuk Task Scheduler/cron)")
    what.add_argument("--list", action="store_true", help="menampilkan cadangan otomatis yang ada")
    p.add_argument("--password", metavar="P", help="mengenkripsi cadangan (AES-256); kata sandi tidak disimpan")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    if args.list:
        files = backup.list_backups(db)
        rows = [{"file": str(f.path), "at": f.at, "bytes": f.size, "folder": f.folder} for f in files]
        if args.json:
            common.print_json(rows)
        else:
            common.print_table(
                ["Waktu", "Folder", "Ukuran", "Berkas"],
                [[r["at"], r["folder"], r["bytes"], r["file"]] for r in rows],
                100,
            )
        return 0
    if args.auto:
        if args.password:
            print("Galat: cadangan otomatis tidak dienkripsi (kata sandi tidak pernah disimpan).", file=sys.stderr)
            return 1
        result = backup.auto_backup(db, actor, reason="scheduled")
        assert result is not None
    else:
        result = backup.create_backup(db, actor, args.out, args.password or None)
    data = {
        "file": str(result.path),
        "bytes": result.size,
        "sha256": result.sha256,
        "encrypted": result.encrypted,
        "second_copy": str(result.second_copy) if result.second_copy else None,
        "second_error": result.second_error,
        "removed": [str(p) for p in result.removed],
    }
    if args.json:
        common.print_json(data)
    else:
        size = f"{result.size:,}".replace(",", ".")
        print(f"Cadangan tersimpan: {result.path} ({size} bita{', terenkripsi' if result.encrypted else ''})")
        print(f"SHA-256: {result.sha256}")
        if result.second_copy:
            print(f"Salinan kedua: {result.second_copy}")
        if result.second_error:
            print(f"Peringatan: {result.second_error}")
        if result.removed:
            print(f"Cadangan lama dihapus menurut rotasi: {len(result.removed)}")
    return 0
