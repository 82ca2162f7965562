"""puskesos import-feedback FILE [--password P] [--json] [--dry-run] — the district's answers on a batch."""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core import fmt
from puskesos_desktop.services.exchange import batch as exchange


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-feedback",
        parents=[parent],
        help="mengimpor umpan balik kabupaten (Status, Tanggal Hasil, Keterangan Hasil)",
        description="Membaca lembar Rujukan dan/atau Usulan DTKS yang diisi kabupaten, menampilkan setiap "
        "perubahan dari apa menjadi apa, lalu menerapkannya dalam satu transaksi ke riwayat setiap data. "
        "Berkas yang sama diimpor dua kali tidak mengubah apa pun.",
    )
    p.add_argument("file", metavar="FILE", help="buku kerja umpan balik (.xlsx)")
    p.add_argument("--password", metavar="P", help="kata sandi berkas, bila dilindungi")
    p.add_argument("--dry-run", action="store_true", help="hanya menampilkan perubahan, tidak menyimpan apa pun")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def _when(day: Any) -> str:
    return fmt.tanggal_pendek(day, "")


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    if args.dry_run:
        preview = exchange.preview_feedback(db, actor, args.file, args.password or None)
        applied = None
    else:
        result = exchange.apply_feedback(db, actor, args.file, args.password or None)
        preview, applied = result.preview, result
    if args.json:
        data = applied.as_json() if applied is not None else preview.as_json() | {"applied": 0, "dry_run": True}
        common.print_json(data)
        return 0
    rows = [
        [c.sheet, c.number, c.name, f"{c.old_status} → {c.new_status}",
         f"{_when(c.old_date)} → {_when(c.new_date)}" if c.old_date != c.new_date else _when(c.new_date), c.new_note]
        for c in preview.changes
    ]  # fmt: skip
    if rows:
        common.print_table(["Lembar", "Nomor", "Nama", "Status", "Tanggal Hasil", "Keterangan"], rows, 60)
    for issue in preview.problems:
        print(f"Baris {issue.row_number} ({issue.column}) {issue.value}: {issue.reason}")
    what = "akan diubah" if applied is None else "diubah"
    print(
        f"{len(preview.changes)} data {what}, {preview.unchanged} tidak berubah, {len(preview.unknown)} nomor tidak "
        f"dikenal, {len(preview.refused) + len(preview.issues)} baris tidak dapat dipakai."
    )
    if applied is None and preview.changes:
        print("Uji coba (--dry-run): belum ada yang disimpan.")
    return 0
