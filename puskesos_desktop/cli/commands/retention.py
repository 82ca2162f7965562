"""puskesos retention --dry-run [--json] | --apply [--yes] | --set-years N — the retention period (UU 27/2022).

Residents with no open case and no activity for the period the coordinator set are anonymised: names, NIK, KK,
address and phone removed, the rows kept so that past reports keep their counts.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core import fmt
from puskesos_desktop.services.people import retention

REFUSE_NO_TTY = (
    "Galat: anonimisasi tidak dapat dibatalkan dan perlu konfirmasi, tetapi tidak ada terminal untuk bertanya. "
    "Jalankan di terminal, atau tambahkan --yes bila memang dimaksudkan."
)


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "retention",
        parents=[parent],
        help="masa retensi data warga: siapa yang akan dianonimkan (--dry-run) dan menganonimkannya (--apply)",
        description="Warga tanpa kasus terbuka dan tanpa kegiatan selama masa retensi (Pengaturan › Retensi data; "
        "bawaan: tidak aktif) dianonimkan: nama, NIK, No. KK, alamat dan telepon dihapus; jumlah pada laporan "
        "yang lalu tetap.",
    )
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--dry-run", action="store_true", help="hanya menampilkan siapa yang akan dianonimkan")
    what.add_argument("--apply", action="store_true", help="menganonimkan mereka (tidak dapat dibatalkan)")
    what.add_argument("--set-years", type=int, metavar="N", help="mengatur masa retensi (tahun; 0 = tidak aktif)")
    p.add_argument("--yes", action="store_true", help="tanpa pertanyaan konfirmasi (untuk --apply)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    if args.set_years is not None:
        retention.set_years(db, actor, args.set_years)
        if args.json:
            common.print_json({"years": args.set_years})
        else:
            print(f"Masa retensi: {args.set_years} tahun." if args.set_years else "Masa retensi: tidak aktif.")
        return 0
    preview = retention.preview(db, actor)
    out = sys.stderr if args.json else sys.stdout  # with --json, stdout carries the JSON only
    if preview.years == 0:
        print("Masa retensi tidak aktif (puskesos retention --set-years N, atau Pengaturan › Retensi data).", file=out)
    else:
        print(
            f"Masa retensi {preview.years} tahun: warga tanpa kasus terbuka dan tanpa kegiatan sejak sebelum "
            f"{fmt.tanggal(preview.cutoff)} — {len(preview.candidates)} orang.",
            file=out,
        )
    if args.dry_run:
        if args.json:
            common.print_json([c.as_json() for c in preview.candidates])
        elif preview.candidates:
            common.print_table(
                ["ID", "Nama", "NIK", "Kegiatan terakhir", "Kasus terbuka"],
                [(c.resident_id, c.name, c.nik or "-", c.last_activity, c.open_cases) for c in preview.candidates],
            )
        return 0
    if preview.years == 0:
        print("Galat: masa retensi belum diatur; tidak ada yang dianonimkan.", file=sys.stderr)
        return 1
    if not preview.candidates:
        if args.json:
            common.print_json({"anonymised": 0, "resident_ids": []})
        return 0
    if not args.yes:
        if not (sys.stdin and sys.stdin.isatty()):
            print(REFUSE_NO_TTY, file=sys.stderr)
            return 1
        answer = input(f"{len(preview.candidates)} warga akan dianonimkan. Ketik YA untuk melanjutkan: ")
        if answer.strip().upper() != "YA":
            print("Dibatalkan; tidak ada yang berubah.", file=sys.stderr)
            return 1
    done = retention.apply(db, actor, confirmed=[c.resident_id for c in preview.candidates])
    if args.json:
        common.print_json({"anonymised": done.count, "resident_ids": list(done.resident_ids)})
    else:
        print(f"Dianonimkan: {done.count} warga. Tercatat di jejak audit.")
    return 0
