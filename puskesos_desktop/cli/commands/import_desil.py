"""puskesos import-desil FILE [--json] [--data-date YYYY-MM-DD] [--password P] [--sheet NAMA] — import the desil
workbook exported from SIKS-NG (No KK, NIK, Desil): each family's desil with the date of its data."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.services.registry import desil


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-desil",
        parents=[parent],
        help="mengimpor berkas desil dari SIKS-NG (No KK, NIK, Desil)",
        description="Mengimpor desil keluarga dari berkas SIKS-NG dalam satu transaksi. Desil lama disimpan sebagai "
        "riwayat; berkas yang sama diimpor lagi tidak mengubah apa pun. matched/updated/unmatched dihitung per "
        "keluarga (No. KK), rejected per baris. Baris yang ditolak dan keluarga yang tidak ditemukan dicatat dalam "
        "laporan .xlsx di samping berkas.",
    )
    p.add_argument("file", metavar="FILE", help="berkas desil (.xlsx, .xls atau .csv)")
    p.add_argument("--data-date", metavar="YYYY-MM-DD", help="tanggal data desil (bawaan: tanggal berkas)")
    p.add_argument("--password", metavar="P", help="kata sandi berkas, bila dilindungi")
    p.add_argument("--sheet", metavar="NAMA", help="lembar kerja yang dibaca (bawaan: yang berisi judul kolom)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    day = None
    if args.data_date:
        try:
            day = dt.date.fromisoformat(args.data_date)
        except ValueError:
            raise ValidationError("--data-date ditulis TTTT-BB-HH, misalnya 2026-10-12.", "--data-date") from None
    db = common.open_db(args.db)
    result = desil.import_desil(db, common.actor(), args.file, data_date=day, password=args.password,
                                sheet=args.sheet)  # fmt: skip
    if args.json:
        common.print_json(result.as_json())
        return 0
    print(
        f"{result.filename} (data {result.data_date.isoformat()}): {result.rows} baris, {result.families} keluarga — "
        f"{result.matched} cocok, {result.updated} diperbarui, {result.unmatched} tidak ditemukan; "
        f"{result.rejected} baris ditolak."
    )
    if result.report:
        print(f"Laporan: {result.report}")
    if result.report_error:
        print(f"Peringatan: laporan tidak dapat ditulis: {result.report_error}")
    return 0
