"""puskesos import-population FILE [--json] [--data-date YYYY-MM-DD] [--password P] [--sheet NAMA] — import the
village's population register (OpenSID "format impor penduduk" or any workbook with NIK, No KK, Nama…)."""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.registry import population


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-population",
        parents=[parent],
        help="mengimpor data penduduk desa (format impor penduduk OpenSID, atau berkas dengan NIK, No KK, Nama)",
        description="Mengimpor data penduduk desa sebagai warga dalam satu transaksi. Data yang diubah kantor tidak "
        "pernah ditimpa: perbedaannya dicatat dalam laporan .xlsx di samping berkas bersama baris yang ditolak. "
        "Berkas yang sama diimpor lagi tidak mengubah apa pun.",
    )
    p.add_argument("file", metavar="FILE", help="berkas data penduduk (.xlsx, .xls atau .csv)")
    common.add_workbook_options(p, "tanggal data (bawaan: tanggal berkas)")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    day = common.data_date(args.data_date)
    db = common.open_db(args.db)
    result = population.import_population(db, common.actor(), args.file, data_date=day, password=args.password,
                                          sheet=args.sheet)  # fmt: skip
    if args.json:
        common.print_json(result.as_json())
        return 0
    print(
        f"{result.filename} (data {result.data_date.isoformat()}): {result.rows} baris — {result.imported} warga baru, "
        f"{result.updated} diperbarui, {result.unchanged} tidak berubah; {result.rejected} baris ditolak; "
        f"{result.differences} warga dengan perbedaan dari data kantor."
    )
    common.print_report(result.report, result.report_error)
    return 0
