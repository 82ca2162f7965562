"""puskesos musdes agenda|sessions [--json] | print-agenda --out FILE | minutes ID --out FILE |
package SESSION --out DIR — village deliberation."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import atomic_write_bytes
from puskesos_desktop.services.registry import musdes


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("musdes", parents=[parent], help="Musyawarah Desa: daftar usulan, sesi dan berita acara")
    p.add_argument(
        "what", choices=("agenda", "sessions", "print-agenda", "minutes", "package"), help="yang dilakukan"
    )
    p.add_argument(
        "session", nargs="?", type=int, metavar="SESSION", help="minutes/package: nomor urut sesi (lihat sessions)"
    )
    p.add_argument(
        "--out", metavar="FILE.pdf|DIR", help="print-agenda/minutes: berkas PDF tujuan; package: folder tujuan"
    )
    p.add_argument("--paper", choices=("A4", "F4"), help="ukuran kertas (bawaan: pengaturan kantor)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="print-agenda: tanggal musyawarah")
    p.add_argument("--place", default="", help="print-agenda: tempat musyawarah")
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    if args.what == "agenda":
        items = musdes.agenda(db, common.actor(), ready_only=False)
        rows = [{"number": i.number, "kind": i.kind, "nik": i.nik, "kk": i.kk, "name": i.name, "rt": i.rt,
                 "rw": i.rw, "members": i.members, "ready": i.ready} for i in items]  # fmt: skip
        if args.json:
            common.print_json(rows)
        else:
            common.print_table(
                ["No Usulan", "Jenis", "NIK", "Nama", "RT", "RW", "Siap"],
                [[r["number"], r["kind"], r["nik"], r["name"], r["rt"], r["rw"], r["ready"]] for r in rows],
            )
        return 0
    if args.what == "sessions":
        sessions = musdes.list_sessions(db)
        if args.json:
            common.print_json([s.__dict__ for s in sessions])
        else:
            common.print_table(
                ["ID", "Nomor", "Tanggal", "Tempat", "Hadir", "Disahkan", "Ditolak"],
                [[s.id, s.number, s.held_on, s.place, s.attendees, s.agreed, s.rejected] for s in sessions],
            )
        return 0
    if args.what == "package":
        return _package(args, db, actor)
    if not args.out:
        raise ValidationError("Berikan --out FILE.pdf.", "--out")
    if args.what == "print-agenda":
        day = None
        if args.date:
            try:
                day = dt.date.fromisoformat(args.date)
            except ValueError:
                raise ValidationError("--date ditulis TTTT-BB-HH.", "--date") from None
        pdf = musdes.agenda_pdf(db, actor, held_on=day, place=args.place, paper=args.paper)
    else:
        if args.session is None:
            raise ValidationError("Sebutkan ID sesi musyawarah (lihat: puskesos musdes sessions).", "ID")
        pdf = musdes.minutes_pdf(db, actor, args.session, paper=args.paper)
    atomic_write_bytes(args.out, pdf)
    if args.json:
        common.print_json({"out": args.out, "bytes": len(pdf)})
    else:
        print(f"Tersimpan: {args.out}")
    return 0


def _package(args: argparse.Namespace, db: Any, actor: Any) -> int:
    """The Musdesus package: one PDF and the BNBA workbook in the folder --out."""
    if not args.out:
        raise ValidationError("Berikan --out FOLDER.", "--out")
    if args.session is None:
        raise ValidationError("Sebutkan ID sesi musyawarah (lihat: puskesos musdes sessions).", "SESSION")
    files = musdes.package(db, actor, args.session, args.out, paper=args.paper)
    if args.json:
        common.print_json({"pdf": str(files.pdf), "xlsx": str(files.xlsx), "proposals": files.proposals,
                           "agreed": files.agreed, "rejected": files.rejected})  # fmt: skip
    else:
        print(f"Tersimpan: {files.pdf}")
        print(f"Tersimpan: {files.xlsx} (BNBA, {files.proposals} usulan)")
    return 0
