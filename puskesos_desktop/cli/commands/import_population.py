"""puskesos import-population FILE [--json] [--data-date YYYY-MM-DD] [--password P] [--sheet NAMA] — import the
village's population register (OpenSID "format impor penduduk" or any workbook with NIK, No KK, Nama…)."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.errors import ValidationError
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
    p.add_argument("--data-date", metavar="YYYY-MM-DD", help="tanggal data (bawaan: tanggal berkas)")
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
    if result.report:
        print(f"Laporan: {result.report}")
    if result.report_error:
        print(f"Peringatan: laporan tidak dapat ditulis: {result.report_error}")
    return 0
