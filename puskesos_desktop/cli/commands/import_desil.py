"""puskesos import-desil FILE [--json] [--data-date YYYY-MM-DD] [--password P] [--sheet NAMA] — import the desil
workbook exported from SIKS-NG (No KK, NIK, Desil): each family's desil with the date of its data."""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
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
    common.add_workbook_options(p, "tanggal data desil (bawaan: tanggal berkas)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    day = common.data_date(args.data_date)
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
    common.print_report(result.report, result.report_error)
    return 0
