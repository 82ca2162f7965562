"""puskesos reconcile [--json] [--propose] — where the DTKS/DTSEN registry, the village's population register and
the desil disagree; --propose turns the findings into Draf proposals for the village deliberation."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.registry import reconcile


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "reconcile",
        parents=[parent],
        help="membandingkan DTKS/DTSEN dengan data penduduk desa dan desil",
        description="Alasan: meninggal, pindah (Hapus); ganda, tidak dikenal (Periksa); belum menerima (Perbarui); "
        "belum terdaftar (Tambah). --propose membuat usulan Draf untuk baris Hapus, Perbarui dan Tambah.",
    )
    p.add_argument("--propose", action="store_true", help="jadikan temuan usulan Draf dengan alasannya")
    p.add_argument("--json", action="store_true", help="keluaran JSON: larik {nik, kk, name, reason, suggested}")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    findings = reconcile.reconcile(db, actor)
    if args.propose:
        done = reconcile.propose(db, actor, findings)
        print(f"{len(done.made)} usulan Draf dibuat: {', '.join(done.made) or '-'}", file=sys.stderr)
        for f, before in done.earlier:
            for e in before:
                print(f"Sudah pernah diusulkan: {f.name}: {e.sentence()}", file=sys.stderr)
        for f, why in done.skipped:
            print(f"Dilewati: {f.name} ({f.reason}): {why}", file=sys.stderr)
    if args.json:
        common.print_json([f.as_json() for f in findings])
        return 0
    common.print_table(
        ["NIK", "No KK", "Nama", "Alasan", "Saran"],
        [[f.nik or "", f.kk or "", f.name, f.reason, f.suggested] for f in findings],
    )
    return 0
