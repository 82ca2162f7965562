"""puskesos audit verify|hash|list|export — check and read the hash-chained audit trail."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core import validate
from puskesos_desktop.services import audit


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", help="memeriksa, menampilkan atau mengekspor jejak audit")
    actions = p.add_subparsers(dest="audit_action", metavar="TINDAKAN", required=True)
    v = actions.add_parser(
        "verify",
        parents=[parent],
        help="memeriksa rantai hash; keluar dengan kode 1 dan menyebut entri pertama yang rusak",
    )
    v.add_argument(
        "--expect",
        metavar="HASH",
        action="append",
        default=[],
        help="hash yang tercetak di laporan/Ringkasan yang sudah keluar kantor: harus ada di rantai (boleh berulang)",
    )
    v.add_argument("--json", action="store_true", help="keluaran JSON")
    v.set_defaults(handler=run_verify)
    h = actions.add_parser("hash", parents=[parent], help="menampilkan hash rantai terakhir")
    h.set_defaults(handler=run_hash)
    for name, helptext in (("list", "menampilkan entri (terbaru dahulu)"), ("export", "mengekspor ke .xlsx/.csv")):
        q = actions.add_parser(name, parents=[parent], help=helptext)
        q.add_argument("--from", dest="date_from", metavar="TANGGAL", help="sejak tanggal (HH-BB-TTTT)")
        q.add_argument("--to", dest="date_to", metavar="TANGGAL", help="sampai dengan tanggal")
        q.add_argument("--user", default="", metavar="AKUN", help="nama akun, atau cli:<akun OS>")
        q.add_argument("--action", default="", metavar="KODE", help="kode tindakan, atau awalan diakhiri titik: user.")
        q.add_argument("--text", default="", metavar="TEKS", help="teks di ID objek atau rincian")
        if name == "list":
            q.add_argument("--limit", type=int, default=200, metavar="N", help="paling banyak N entri (bawaan 200)")
            q.add_argument("--json", action="store_true", help="keluaran JSON")
            q.set_defaults(handler=run_list)
        else:
            q.add_argument("--out", required=True, metavar="FILE", help="berkas .xlsx atau .csv")
            q.add_argument("--password", metavar="P", help="kata sandi pembuka berkas .xlsx")
            q.set_defaults(handler=run_export)


def _filter(args: argparse.Namespace, limit: int) -> audit.AuditFilter:
    return audit.AuditFilter(
        date_from=validate.parse_date(args.date_from, "--from") if args.date_from else None,
        date_to=validate.parse_date(args.date_to, "--to") if args.date_to else None,
        actor=args.user,
        action=args.action,
        text=args.text,
        limit=limit,
    )


def run_verify(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    result = audit.verify(db)
    expected = {h: audit.find_hash(db, h) for h in args.expect}
    missing = [h for h, found in expected.items() if found is None]
    ok = result.ok and not missing
    if args.json:
        common.print_json(
            {
                "ok": ok,
                "checked": result.checked,
                "first_broken_id": result.first_broken_id,
                "reason": result.reason,
                "latest_hash": audit.latest_hash(db),
                "expected": {h: found for h, found in expected.items()},
            }
        )
    elif result.ok:
        print(f"Rantai audit utuh: {result.checked} entri diperiksa. Hash terakhir: {audit.latest_hash(db)}")
    else:
        print(
            f"Rantai audit RUSAK pada entri #{result.first_broken_id}: {result.reason} "
            f"({result.checked} entri sebelumnya utuh).",
            file=sys.stderr,
        )
    for h, found in expected.items():
        if not args.json:
            if found is None:
                print(f"Hash {h} TIDAK ADA di rantai: jejak audit telah ditulis ulang atau diganti.", file=sys.stderr)
            else:
                print(f"Hash {h} ada di rantai (entri #{found}).")
    return 0 if ok else 1


def run_hash(args: argparse.Namespace) -> int:
    print(audit.latest_hash(common.open_db(args.db)))
    return 0


def run_list(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    rows = audit.query(db, common.actor(), _filter(args, args.limit))
    if args.json:
        common.print_json(
            [
                {
                    "id": r.id,
                    "at": r.at,
                    "actor": r.actor,
                    "action": r.action,
                    "entity": r.entity,
                    "entity_id": r.entity_id,
                    "details": r.details,
                }
                for r in rows
            ]
        )
    else:
        common.print_table(
            ["No", "Waktu", "Pengguna", "Tindakan", "Objek", "Rincian"],
            [[r.id, r.at, r.actor, r.action_label, f"{r.entity} {r.entity_id}".strip(), r.summary] for r in rows],
            max_width=60,
        )
    return 0


def run_export(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    result = audit.export(db, common.actor(), _filter(args, 10_000_000), args.out, args.password or None)
    print(f"{result.count} entri diekspor ke {result.path}{' (terkunci kata sandi)' if result.encrypted else ''}.")
    return 0
