"""puskesos soak --kills N [--json] — kill the program at random points N times and check that nothing was lost.
puskesos soak --gui N [--json] — the real main window (offscreen) through N front-office and N back-office flows.
puskesos soak --writers N --complaints M [--db URL] [--json] — N processes writing to one database at once."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.config import resolve_db_url
from puskesos_desktop.devtools import soak


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "soak",
        parents=[parent],
        help="uji ketahanan: mematikan program secara paksa N kali lalu memeriksa database",
        description="Setiap putaran menjalankan proses anak yang mendaftarkan warga, keluhan dan rujukan pada "
        "database uji sementara, mematikannya (SIGKILL) pada saat acak, lalu memeriksa integritas, "
        "nomor dokumen dan semua yang sudah dikonfirmasi. Database kantor tidak disentuh.",
    )
    p.add_argument("--kills", type=int, default=200, metavar="N", help="jumlah putaran (bawaan 200)")
    p.add_argument(
        "--gui",
        type=int,
        metavar="N",
        help="uji jendela: N alur front office (cari dengan salah ketik, warga baru tanpa NIK, daftar keluhan, cetak "
        "resi ke printer PDF, meja status) dan N alur back office (rujuk ke tiga bidang, setujui, cetak kartu, catat "
        "hasil, beri tahu, tutup) pada desa demo sementara, tanpa layar; proses anak yang mati dihitung sebagai crash",
    )
    p.add_argument(
        "--writers",
        type=int,
        metavar="N",
        help="uji banyak komputer: N proses sekaligus masing-masing mendaftarkan keluhan, mencetak resinya dan "
        "mengekspor sekali, pada satu database (--db: database itu, misalnya PostgreSQL kantor uji; tanpa --db: "
        "database SQLite sementara); lalu memeriksa nomor, yang hilang dan rantai audit",
    )
    p.add_argument("--complaints", type=int, default=30, metavar="M", help="keluhan per proses untuk --writers")
    p.add_argument("--seed", type=int, metavar="S", help="benih acak (untuk mengulang hasil)")
    p.add_argument("--max-delay", type=float, default=0.4, metavar="DETIK", help="jeda acak terlama sebelum dimatikan")
    p.add_argument(
        "--attacks",
        type=int,
        metavar="N",
        help="percobaan tiap serangan sesudah putaran (cadangan terenkripsi dimatikan, pemulihan saat pendaftaran, "
        "dua ekspor sekaligus); bawaan: 1 per 20 putaran, minimal 1; 0: tanpa serangan",
    )
    p.add_argument("--workdir", metavar="DIR", help="folder database uji (bawaan: folder sementara yang dihapus)")
    p.add_argument("--json", action="store_true", help="ringkasan JSON")
    p.add_argument("--child", metavar="MODE", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.child and args.child.startswith("writer:"):
        from puskesos_desktop.devtools import writers_soak

        _, index, count = args.child.split(":")
        return writers_soak.child_main(resolve_db_url(args.db), int(index), int(count), Path(args.workdir))
    if args.writers is not None:
        return _run_writers(args)
    if args.child and args.child.startswith("gui:"):
        from puskesos_desktop.devtools.bench import gui_soak

        return gui_soak.child_main(args.db, args.child[4:], Path(args.workdir), args.seed or 0)
    if args.child:
        return soak.child_main(args.db, args.child, args.seed or 0)
    if args.gui is not None:
        return _run_gui(args)
    if args.kills < 1:
        print("Galat: --kills minimal 1.", file=sys.stderr)
        return 1

    def progress(r: soak.RoundResult) -> None:
        if not args.json and (r.round % 10 == 0 or r.problems or r.stopped):
            mark = "GAGAL: " + "; ".join(r.problems[:2]) if r.problems else "ok"
            if r.stopped:
                mark += f" (program berhenti sendiri: {r.stopped})"
            print(f"putaran {r.round}/{args.kills}: {mark}", file=sys.stderr, flush=True)

    summary = soak.run_soak(
        args.kills,
        seed=args.seed,
        workdir=Path(args.workdir) if args.workdir else None,
        max_delay=args.max_delay,
        progress=progress,
        attacks=args.attacks,
    )
    if args.json:
        common.print_json(summary.as_dict())
    else:
        print(soak.summary_text(summary))
    return 0 if summary.ok else 1


def _run_gui(args: argparse.Namespace) -> int:
    from puskesos_desktop.devtools.bench import gui_soak

    if args.gui < 1:
        print("Galat: --gui minimal 1.", file=sys.stderr)
        return 1

    def progress(text: str) -> None:
        if not args.json:
            print(f"  {text}", file=sys.stderr, flush=True)

    result = gui_soak.run_gui_soak(
        args.gui, seed=args.seed, workdir=Path(args.workdir) if args.workdir else None, progress=progress
    )
    if args.json:
        common.print_json(result.as_dict())
    else:
        print(gui_soak.summary_text(result, args.gui))
    complete = result.front_office_flows == args.gui and result.back_office_flows == args.gui
    return 0 if complete and result.crashes == 0 else 1


def _run_writers(args: argparse.Namespace) -> int:
    from puskesos_desktop.devtools import writers_soak

    if args.writers < 1 or args.complaints < 1:
        print("Galat: --writers dan --complaints minimal 1.", file=sys.stderr)
        return 1
    # Without --db a temporary SQLite office; never the office's own database from the data folder.
    url = resolve_db_url(args.db) if args.db else None
    result = writers_soak.run_writers(
        args.writers, args.complaints, url, Path(args.workdir) if args.workdir else None
    )
    if args.json:
        common.print_json(result.as_dict())
    else:
        print(writers_soak.summary_text(result))
    return 0 if result.ok else 1
