"""puskesos demo [--residents N] [--seed S] — fill an empty database with a realistic fictional village."""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.devtools import demo


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("demo", parents=[parent], help="mengisi database kosong dengan desa contoh (data fiktif)")
    p.add_argument("--residents", type=int, default=3000, metavar="N", help="jumlah warga (bawaan 3000)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="benih acak: benih yang sama, desa yang sama")
    p.add_argument("--json", action="store_true", help="ringkasan JSON")
    p.set_defaults(handler=run)


def _progress(started: float) -> Callable[[str], None]:
    """Each stage on its own line with the seconds so far (the first `make run` builds the village: about a minute
    or two, which must not look like a hang)."""

    def say(text: str) -> None:
        print(f"[{time.perf_counter() - started:5.0f} d] {text}", file=sys.stderr, flush=True)

    return say


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    started = time.perf_counter()
    summary = demo.fill_demo(db, residents_count=args.residents, seed=args.seed,
                             progress=None if args.json else _progress(started))  # fmt: skip
    data = {
        "residents": summary.residents,
        "households": summary.households,
        "registry_records": summary.registry_records,
        "complaints": summary.complaints,
        **summary.extra,
        "accounts": [u for u, _, _ in demo.DEMO_ACCOUNTS],
        "password": demo.DEMO_PASSWORD,
        "seconds": round(time.perf_counter() - started, 1),
    }
    if args.json:
        common.print_json(data)
    else:
        print(
            f"Desa demo Sukamaju: {summary.residents} warga, {summary.households} keluarga, "
            f"{summary.registry_records} data DTKS/DTSEN, {summary.complaints} keluhan ({data['seconds']} detik)."
        )
        accounts = ", ".join(u for u, _, _ in demo.DEMO_ACCOUNTS)
        print(f"Akun demo: {accounts} — kata sandi {demo.DEMO_PASSWORD}")
    return 0
