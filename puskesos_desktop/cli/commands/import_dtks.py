"""puskesos import-dtks FILE [--json] [--mapping JSON] [--password P] [--partial] [--allow-shrink] — import the
district's DTKS/DTSEN extract. An import past the office's limits (people no longer listed, rows rejected) is
refused with exit 1 unless --allow-shrink."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.services.registry import registry_import


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "import-dtks",
        parents=[parent],
        help="mengimpor ekstrak DTKS/DTSEN dari kabupaten (.xlsx atau .csv)",
        description="Mengimpor ekstrak DTKS/DTSEN dalam satu transaksi: baris yang sah masuk semuanya atau tidak "
        "sama sekali. Berkas yang sama diimpor lagi tidak mengubah apa pun. Baris yang ditolak dicatat dalam "
        "laporan .xlsx di samping berkas (atau di folder data bila folder itu hanya-baca).",
    )
    p.add_argument("file", metavar="FILE", help="berkas ekstrak (.xlsx, .xls atau .csv)")
    p.add_argument(
        "--mapping",
        metavar="JSON",
        help='pemetaan kolom, misalnya \'{"nik": "No Induk", "name": "Nama Kepala"}\' (atau nama berkas JSON); '
        "diingat untuk impor berikutnya",
    )
    p.add_argument("--password", metavar="P", help="kata sandi berkas, bila dilindungi")
    p.add_argument("--sheet", metavar="NAMA", help="lembar kerja yang dibaca (bawaan: yang berisi judul kolom)")
    p.add_argument("--extract-date", metavar="YYYY-MM-DD", help="tanggal ekstrak (bawaan: tanggal berkas)")
    p.add_argument(
        "--partial",
        action="store_true",
        help="berkas hanya sebagian daftar (satu RW, satu program): tidak ada yang ditandai tidak ada lagi "
        "di DTKS/DTSEN",
    )
    p.add_argument(
        "--allow-shrink",
        action="store_true",
        help="tetap impor walau berkas akan menandai lebih dari batas (bawaan 10%%) orang sebagai tidak ada lagi "
        "atau menolak lebih dari batas (bawaan 5%%) baris",
    )
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def parse_mapping(text: str | None) -> dict[str, str] | None:
    """--mapping: JSON text or a file holding it; {field or programme code: header text}."""
    if not text:
        return None
    raw = text
    if not text.lstrip().startswith("{") and Path(text).is_file():
        raw = Path(text).read_text(encoding="utf-8")
    try:
        value = json.loads(raw)
    except ValueError:
        raise ValidationError("--mapping harus JSON, misalnya {\"nik\": \"No Induk\"}.", "--mapping") from None
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValidationError("--mapping harus objek JSON berisi teks: {\"kolom\": \"judul di berkas\"}.", "--mapping")
    return value


def _progress(done: int, total: int) -> None:
    sys.stderr.write(f"\rMengimpor… {done * 100 // max(total, 1):3d}%")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    mapping = parse_mapping(args.mapping)
    extract = None
    if args.extract_date:
        try:
            extract = dt.date.fromisoformat(args.extract_date)
        except ValueError:
            raise ValidationError("--extract-date ditulis TTTT-BB-HH, misalnya 2026-10-01.", "--extract-date") from None
    db = common.open_db(args.db)
    show = not args.json and sys.stderr.isatty()
    try:
        result = registry_import.import_registry(
            db, common.actor(), args.file, mapping=mapping, password=args.password, sheet=args.sheet,
            extract_date=extract, progress=_progress if show else None, partial=args.partial,
            allow_shrink=args.allow_shrink,
        )  # fmt: skip
    except registry_import.ImportNeedsConfirmation as exc:
        if show:
            sys.stderr.write("\n")
        if args.json:
            # The usual keys first (what would have happened), then why it stopped; nothing was written.
            c = exc.check
            head = {"imported": c.imported, "updated": c.updated, "unchanged": c.unchanged, "rejected": c.rejected}
            common.print_json(head | {"warnings": None, "report": None, "removed": c.removed, "stopped": True}
                              | c.as_json())  # fmt: skip
        raise ValidationError(
            exc.message + " Di baris perintah: ulangi dengan --allow-shrink bila berkasnya benar, atau dengan "
            "--partial bila berkas hanya sebagian daftar."
        ) from None
    if show:
        sys.stderr.write("\n")
    if args.json:
        common.print_json(result.as_json())
        return 0
    print(
        f"{result.filename}: {result.total_rows} baris dibaca dalam {result.seconds:.1f} detik — "
        f"{result.imported} baru, {result.updated} diperbarui, {result.unchanged} tidak berubah, "
        f"{result.removed} tidak ada lagi di DTKS/DTSEN."
        + (" (daftar sebagian: tidak ada yang ditandai tidak ada lagi)" if result.partial else "")
    )
    print(f"Ditolak: {result.rejected} baris; dengan peringatan: {result.warnings} baris.")
    if result.report:
        print(f"Laporan baris ditolak: {result.report}")
    if result.report_error:
        print(f"Peringatan: laporan tidak dapat ditulis: {result.report_error}")
    return 0
