"""puskesos bench [--residents N] [--json] [--keep DIR] — how fast the program is at the scale of a district."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.errors import ValidationError


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "bench",
        parents=[parent],
        help="mengukur kecepatan pada database sebesar satu kabupaten (database uji sementara)",
        description="Membangun database uji sementara (bawaan: 200.000 warga, ekstrak DTKS/DTSEN 100.000 baris yang "
        "diimpor lewat impor sebenarnya, 10.000 keluhan sebulan dengan rujukannya), lalu mengukur: mulai program "
        "sampai jendela utama tampil, pencarian NIK/nama/resi, pendaftaran keluhan, impor, ekspor bulanan, kartu "
        "rujukan PDF dan memori tertinggi. Setiap langkah berjalan dalam prosesnya sendiri. Database kantor tidak "
        "disentuh. --db URL PostgreSQL: langkah yang sama pada database server yang masih kosong (dibuat khusus "
        "untuk bench; diisi data uji); yang khas SQLite (batas bawah sqlite3, impor 1 juta baris ke salinan berkas) "
        "dilewati dan disebut di JSON (sqlite_only).",
    )
    p.add_argument("--residents", type=int, default=200_000, metavar="N", help="jumlah warga (bawaan 200000)")
    p.add_argument(
        "--registry", type=int, default=100_000, metavar="N", help="baris ekstrak DTKS/DTSEN (bawaan 100000)"
    )
    p.add_argument("--complaints", type=int, default=10_000, metavar="N", help="keluhan dalam sebulan (bawaan 10000)")
    p.add_argument("--queries", type=int, default=300, metavar="N", help="pencarian per jenis (bawaan 300)")
    p.add_argument("--registrations", type=int, default=100, metavar="N", help="keluhan didaftarkan (bawaan 100)")
    p.add_argument("--cards", type=int, default=100, metavar="N", help="kartu rujukan dicetak (bawaan 100)")
    p.add_argument("--starts", type=int, default=5, metavar="N", help="berapa kali program dimulai (bawaan 5)")
    p.add_argument("--seed", type=int, default=7, metavar="S", help="benih acak data uji (bawaan 7)")
    p.add_argument(
        "--big-rows",
        type=int,
        default=1_048_575,
        metavar="N",
        help="baris ekstrak besar untuk uji memori impor (bawaan 1048575, baris terakhir Excel)",
    )
    p.add_argument(
        "--cpus",
        type=int,
        metavar="N",
        help="setiap langkah hanya memakai N inti prosesor (Linux), pengganti PC kantor yang lama",
    )
    p.add_argument("--keep", metavar="DIR", help="membangun di DIR dan menyimpannya (database, ekstrak, batch)")
    p.add_argument("--json", action="store_true", help="satu objek JSON di stdout")
    # Development: re-measure some steps on a folder kept earlier (--keep DIR --only search,gui).
    p.add_argument("--only", metavar="STEPS", help=argparse.SUPPRESS)
    p.add_argument("--child", metavar="STEP", help=argparse.SUPPRESS)
    p.add_argument("--workdir", metavar="DIR", help=argparse.SUPPRESS)
    p.add_argument("--wait-index", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--file", choices=("xlsx", "csv"), default="xlsx", help=argparse.SUPPRESS)
    p.set_defaults(handler=run)


def _options(args: argparse.Namespace) -> Any:
    from puskesos_desktop.devtools.bench.info import BuildSpec
    from puskesos_desktop.devtools.bench.runner import ORDER, BenchOptions
    from puskesos_desktop.devtools.bench.steps import StepOptions

    if args.residents < 1000:
        raise ValidationError("paling sedikit 1000 warga.", "--residents")
    if args.registry < 100 or args.complaints < 100:
        raise ValidationError("--registry dan --complaints paling sedikit 100.", "--registry")
    for name in ("queries", "registrations", "cards", "starts", "big_rows"):
        if getattr(args, name) < 1:
            raise ValidationError("paling sedikit 1.", f"--{name.replace('_', '-')}")
    if args.cpus is not None and args.cpus < 1:
        raise ValidationError("paling sedikit 1.", "--cpus")
    only = tuple(s.strip() for s in (args.only or "").split(",") if s.strip())
    unknown = [s for s in only if s not in ORDER]
    if unknown:
        raise ValidationError(f"langkah tidak dikenal: {', '.join(unknown)} (pilihan: {', '.join(ORDER)}).", "--only")
    if only and "build" not in only and not (args.keep and (Path(args.keep) / "bench.json").exists()):
        raise ValidationError("tanpa build butuh --keep DIR yang sudah dibangun.", "--only")
    return BenchOptions(
        db_url=_server_url(getattr(args, "db", None)),
        spec=BuildSpec(args.residents, args.registry, args.complaints, args.seed),
        steps=StepOptions(args.queries, args.registrations, args.cards, args.seed),
        starts=args.starts,
        keep=Path(args.keep) if args.keep else None,
        only=only,
        big_rows=args.big_rows,
        cpus=args.cpus,
    )


def _server_url(db: str | None) -> str | None:
    """--db: a PostgreSQL URL to measure on; a file or nothing keeps the temporary SQLite database."""
    if not db or not db.startswith("postgresql"):
        return None
    return db


def run(args: argparse.Namespace) -> int:
    if args.child in WINDOW_CHILDREN:
        return _window_child(args)
    options = _options(args)
    if args.child:
        return _child(args, options)
    from puskesos_desktop.devtools.bench import runner

    def progress(text: str) -> None:
        if not args.json:
            print(f"  {text}", file=sys.stderr, flush=True)

    if not args.json:
        print(
            f"Membangun database uji: {args.residents} warga, ekstrak DTKS/DTSEN {args.registry} baris, "
            f"{args.complaints} keluhan…",
            file=sys.stderr,
            flush=True,
        )
    out = runner.run_bench(options, progress)
    if args.json:
        common.print_json(out)
        return 0
    print()
    common.print_table(["Ukuran", "Satuan", "p50", "p95", "p95 CPU", "Target", "Tercapai"], runner.table_rows(out))
    m, load = out["machine"], out["load_average"]
    print(
        f"Mesin: {m['nproc']} inti, {m['cpu_model']}, {m['ram_gb']} GB RAM; beban rata-rata 1 menit selama uji "
        f"{load['min_1m']}–{load['max_1m']}. Waktu total {out['seconds_total']} detik."
    )
    index = out["details"].get("search", {}).get("name_index")
    if index:
        print(f"Indeks nama: {index['build_s']} detik, +{index['mb']} MB. Memori per langkah: {out['rss_mb']}")
    return 0


# The steps that time the window's start: they import nothing of the bench's own (its runner and steps import
# SQLAlchemy, the models and more before the program does), so the figure is the program's start (issue 21).
WINDOW_CHILDREN = ("gui", "login")


def _window_child(args: argparse.Namespace) -> int:
    if not args.workdir:
        raise ValidationError("--child butuh --workdir.", "--workdir")
    workdir = Path(args.workdir)
    if args.child == "gui":
        from puskesos_desktop.devtools.bench import gui_probe

        result = gui_probe.run(workdir, wait_index=args.wait_index)
    else:
        from puskesos_desktop.devtools.bench import village_pc

        result = village_pc.run_login(workdir)
    sys.stdout.write(json.dumps(result, default=str) + "\n")
    return 0


def _child(args: argparse.Namespace, options: Any) -> int:
    from puskesos_desktop.devtools.bench import steps

    if not args.workdir:
        raise ValidationError("--child butuh --workdir.", "--workdir")
    workdir = Path(args.workdir)
    if args.child == "bigfiles":
        from puskesos_desktop.devtools.bench import village_pc

        result = village_pc.write_big_files(workdir, args.big_rows, args.seed)
    elif args.child == "bigimport":
        from puskesos_desktop.devtools.bench import village_pc

        result = village_pc.import_big(workdir, args.file)
    elif args.child == "session":
        from puskesos_desktop.devtools.bench import gui_session

        result = gui_session.run(workdir)
    else:
        result = steps.run_child(args.child, workdir, options.spec, options.steps)
    sys.stdout.write(json.dumps(result, default=str) + "\n")
    return 0
