"""puskesos audit verify|anchors|check-batches|hash|list|export — check and read the hash-chained audit trail."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.config import resolve_db_url, sqlite_path
from puskesos_desktop.core import validate
from puskesos_desktop.core.errors import PuskesosError
from puskesos_desktop.services import audit


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("audit", help="memeriksa, menampilkan atau mengekspor jejak audit")
    actions = p.add_subparsers(dest="audit_action", metavar="TINDAKAN", required=True)
    v = actions.add_parser(
        "verify",
        parents=[parent],
        help="memeriksa rantai hash dan setiap jangkar (batch, cadangan, laporan tercetak); keluar dengan kode 1 "
        "dan menyebut entri pertama yang rusak atau hilang",
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
    a = actions.add_parser(
        "anchors", parents=[parent], help="menampilkan jangkar rantai (batch, cadangan, laporan tercetak)"
    )
    a.add_argument("--json", action="store_true", help="keluaran JSON")
    a.set_defaults(handler=run_anchors)
    c = actions.add_parser(
        "check-batches",
        parents=[parent],
        help="memeriksa bahwa beberapa batch satu desa membentuk satu rantai audit utuh (lembar Rantai Audit); "
        "dengan --db juga dibandingkan dengan database kantor",
    )
    c.add_argument("files", nargs="+", metavar="FILE", help="berkas batch PUSKESOS_…xlsx")
    c.add_argument("--password", metavar="P", help="kata sandi pembuka batch yang terkunci")
    c.add_argument("--json", action="store_true", help="keluaran JSON")
    c.set_defaults(handler=run_check_batches)
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
                "anchors_checked": result.anchors_checked,
                "anchor_problems": list(result.anchor_problems),
                "restores": [
                    {"entry_id": r.entry_id, "file": r.file, "replaced_entries": r.replaced_entries,
                     "replaced_head": r.replaced_head}
                    for r in result.restores
                ],  # fmt: skip
            }
        )
    elif result.ok:
        print(
            f"Rantai audit utuh: {result.checked} entri dan {result.anchors_checked} jangkar diperiksa. "
            f"Hash terakhir: {audit.latest_hash(db)}"
        )
    else:
        print(
            f"Rantai audit RUSAK pada entri #{result.first_broken_id}: {result.reason} "
            f"({result.checked} entri sebelumnya utuh).",
            file=sys.stderr,
        )
        for problem in result.anchor_problems:
            if problem != result.reason:
                print(f"  juga: {problem}", file=sys.stderr)
    if not args.json:
        for note in result.restores:
            print(f"Catatan: {note.sentence()}")
    replaced_heads = {r.replaced_head: r for r in result.restores if r.replaced_head}
    for h, found in expected.items():
        if not args.json:
            gone = replaced_heads.get(h.strip().lower())
            if found is None and gone is not None:
                print(
                    f"Hash {h} TIDAK ADA di rantai: itu hash terakhir jejak yang diganti oleh pemulihan pada entri "
                    f"#{gone.entry_id} ({gone.replaced_entries} entri), bukan jejak yang ditulis ulang.",
                    file=sys.stderr,
                )
            elif found is None:
                print(f"Hash {h} TIDAK ADA di rantai: jejak audit telah ditulis ulang atau diganti.", file=sys.stderr)
            else:
                print(f"Hash {h} ada di rantai (entri #{found}).")
    return 0 if ok else 1


KIND_LABELS = {"batch": "batch", "backup": "cadangan", "report": "laporan"}


def run_anchors(args: argparse.Namespace) -> int:
    marks = audit.anchors(common.open_db(args.db))
    if args.json:
        common.print_json(
            [
                {"kind": a.kind, "label": a.label, "at": a.at, "entry": a.entry_id, "hash": a.hash, "status": a.status}
                for a in marks
            ]
        )
    else:
        common.print_table(
            ["Jenis", "Jangkar", "Waktu", "Entri", "Hash", "Status"],
            [[KIND_LABELS.get(a.kind, a.kind), a.label, a.at, a.entry_id, a.hash, a.status] for a in marks],
            max_width=64,
        )
    return 0 if all(a.status == "cocok" for a in marks) else 1


def run_check_batches(args: argparse.Namespace) -> int:
    from puskesos_desktop.services import audit_batches

    db = None
    if args.db:
        # Only a database named on purpose: at the district there is none, and none must be created.
        path = sqlite_path(resolve_db_url(args.db))
        if path is not None and not path.is_file():
            raise PuskesosError(f"Database {path} tidak ditemukan.")
        db = common.open_db(args.db)
    result = audit_batches.check_batches(args.files, args.password or None, db)
    if args.json:
        common.print_json(
            {
                "ok": result.ok,
                "batches": [
                    {
                        "file": b.file,
                        "batch": b.label,
                        "village_code": b.village_code,
                        "from_entry": b.chain.prev_id + 1,
                        "to_entry": b.count,
                        "head": b.head,
                    }
                    for b in result.batches
                ],
                "problem": result.problem,
                "entry": result.entry,
                "database_checked": result.database_checked,
            }
        )
    elif result.ok:
        first, last = result.batches[0], result.batches[-1]
        where = " dan cocok dengan database" if result.database_checked else ""
        print(
            f"{len(result.batches)} batch membentuk satu rantai utuh{where}: entri #{first.chain.prev_id + 1}"
            f"–#{last.count} ({first.label} sampai {last.label}). Hash terakhir: {last.head}"
        )
    else:
        print(f"Rantai batch TERPUTUS: {result.problem}.", file=sys.stderr)
    return 0 if result.ok else 1


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
