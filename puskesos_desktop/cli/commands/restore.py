"""puskesos restore FILE [--yes] [--password P] — put a backup back, keeping the current database aside."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sqlalchemy.engine import make_url

from puskesos_desktop.cli import common
from puskesos_desktop.cli.commands import _secret
from puskesos_desktop.config import resolve_db_url, sqlite_path
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.services.admin import backup, restore

REFUSE_NO_TTY = (
    "Galat: pemulihan menimpa database kantor dan perlu konfirmasi, tetapi tidak ada terminal untuk bertanya. "
    "Jalankan di terminal, atau tambahkan --yes bila memang dimaksudkan."
)


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "restore",
        parents=[parent],
        help="memulihkan database dari cadangan (database sekarang disimpan di samping)",
        description="Memeriksa berkas cadangan (integritas dan versi skema) lalu memulihkannya. Database yang "
        "sekarang disalin ke <nama>.sebelum-pulih-<waktu>.sqlite3 di folder yang sama; memulihkan berkas itu "
        "membatalkan pemulihan. Database yang rusak pun dapat dipulihkan (tidak perlu dapat dibuka). Pemulihan "
        "ditolak, dengan nama program yang harus ditutup, selama program Puskesos lain (jendela atau perintah, di PC "
        "ini atau PC lain) membuka database itu. Nomor dokumen yang sudah diberikan tidak akan diberikan lagi. "
        "Dengan --db postgresql://… cadangan yang sama dipulihkan ke database server: ditolak selama PC lain "
        "tersambung; data server yang sekarang disimpan dulu sebagai berkas cadangan di folder backups PC ini.",
    )
    p.add_argument("file", metavar="FILE", help="berkas cadangan")
    p.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi")
    p.add_argument("--password", metavar="P", help="kata sandi cadangan terenkripsi")
    p.add_argument("--json", action="store_true", help="ringkasan JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    url = resolve_db_url(args.db)
    target = sqlite_path(url)
    if target is None and not url.startswith("postgresql"):
        raise PuskesosError("Pemulihan hanya untuk database SQLite atau PostgreSQL.")
    where = str(target) if target is not None else backup.server_key(url)
    password = args.password
    source = Path(args.file).expanduser()
    if password is None and source.is_file() and backup.is_encrypted(source):
        if not (sys.stdin and sys.stdin.isatty()) and not args.yes:
            print(REFUSE_NO_TTY, file=sys.stderr)
            return 1
        password = _secret.password(None, "Kata sandi cadangan: ")
    prepared = restore.prepare(url, args.file, password)
    try:
        info = prepared.info
        out = sys.stderr if args.json else sys.stdout  # with --json, stdout carries the JSON only
        migrate = f" → {info.head} (akan dimutakhirkan)" if info.needs_migration else ""
        print(f"Berkas cadangan  : {prepared.source}", file=out)
        print(f"Kantor           : Puskesos {info.village or '(tanpa profil)'}", file=out)
        print("Isi              : " + ", ".join(f"{n} {k}" for k, n in info.counts.items()), file=out)
        print(f"Entri audit akhir: {info.last_entry_at or '-'}", file=out)
        print(f"Versi skema      : {info.revision}{migrate}", file=out)
        print(f"Akan menimpa     : {where}", file=out)
        if not args.yes:
            if not (sys.stdin and sys.stdin.isatty()):
                print(REFUSE_NO_TTY, file=sys.stderr)
                return 1
            answer = input("Ketik YA untuk memulihkan: ")
            if answer.strip().upper() != "YA":
                print("Dibatalkan; tidak ada yang berubah.", file=sys.stderr)
                return 1
        if target is not None:
            restore.check_not_in_use(target)  # refused, naming what to close, while another program has it open
        result = restore.apply_restore(prepared, common.actor())
    finally:
        restore.discard(prepared)
    data = {
        "database": str(result.target),
        "restored_from": str(prepared.source),
        "previous_database": str(result.aside) if result.aside else None,
        "revision_before": result.revision_before,
        "revision_after": result.revision_after,
        "counts": result.info.counts,
    }
    if args.json:
        common.print_json(data)
    else:
        print(f"Dipulihkan dari {prepared.source}.")
        if result.aside:
            print(f"Database sebelumnya disimpan di: {result.aside}")
            undo_db = result.target if target is not None else make_url(url).render_as_string(hide_password=True)
            print(f'Untuk membatalkan pemulihan: puskesos restore "{result.aside}" --db "{undo_db}"')
    return 0
