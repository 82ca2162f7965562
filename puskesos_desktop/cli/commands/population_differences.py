"""puskesos population-differences [--json] [--accept NIK …] [--accept-all] — the register's values that a later
import of the village population register could not apply because the office had changed those fields; accepting
a person's differences lets the register's values replace the office's."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core import identity
from puskesos_desktop.services.registry import population


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "population-differences",
        parents=[parent],
        help="perbedaan data penduduk desa dengan data yang diubah kantor, dan menerimanya",
        description="Daftar warga yang datanya diubah kantor sehingga impor data penduduk berikutnya tidak menimpanya. "
        "--accept NIK menerima nilai data penduduk untuk warga itu (boleh berulang); --accept-all untuk semuanya.",
    )
    p.add_argument("--accept", action="append", default=[], metavar="NIK", help="terima perbedaan warga ber-NIK ini")
    p.add_argument("--accept-all", action="store_true", help="terima semua perbedaan yang menunggu")
    p.add_argument("--json", action="store_true", help="keluaran JSON: larik {nik, name, changes: [{field, office, "
                   "register}]} yang masih menunggu")  # fmt: skip
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    chosen = [identity.normalise_number(n) for n in args.accept]
    if args.accept_all:
        chosen += [d.nik for d in population.differences(db, None)]
    for nik in dict.fromkeys(chosen):
        accepted = population.accept_differences(db, actor, nik)
        print(
            f"Diterima untuk {nik}: {', '.join(population.FIELD_LABELS.get(f, f) for f in accepted.fields)}",
            file=sys.stderr,
        )
    waiting = population.differences(db, actor)
    if args.json:
        common.print_json([d.as_json() for d in waiting])
        return 0
    common.print_table(
        ["NIK", "Nama", "Kolom", "Data kantor", "Data penduduk"],
        [[d.nik, d.name, f, cur, new] for d in waiting for f, cur, new in d.changes],
    )
    return 0
