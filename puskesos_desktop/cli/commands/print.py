"""puskesos print receipt|letter|certificate|card NUMBER --out FILE.pdf — reprint a document, marked SALINAN;
puskesos print resident NIK --out FILE.pdf — everything the office holds about one resident, for them (UU 27/2022);
puskesos print attachment ID --out FILE — the stored scan or photo as it is (JPEG or PDF), audited as an export;
puskesos print photos USL/… --out FILE.pdf — a proposal's house photos with time and GPS position (contact sheet);
puskesos print proposal USL/… --out FILE.pdf — a DTKS/DTSEN proposal, its members and the contact sheet of its photos;
puskesos print card NUMBER --with-attachments --out FILE.pdf — the card followed by the scans kept on the referral.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.files import atomic_write_bytes
from puskesos_desktop.db.engine import Database
from puskesos_desktop.services.context import Actor

# kind -> (module, function(db, actor, number) -> PDF bytes). Each reprint is recorded in the audit trail.
REPRINTERS: dict[str, tuple[str, str]] = {
    "receipt": ("puskesos_desktop.services.documents.papers", "reprint_receipt"),
    "letter": ("puskesos_desktop.services.documents.papers", "reprint_letter"),
    "certificate": ("puskesos_desktop.services.documents.papers", "reprint_certificate"),
    "card": ("puskesos_desktop.services.documents.cards", "reprint_card"),
    "resident": ("puskesos_desktop.services.people.access_report", "resident_data_by_key"),
    "attachment": ("puskesos_desktop.services.people.attachments", "export_attachment_by_id"),
    "photos": ("puskesos_desktop.services.people.attachments", "proposal_photos_pdf"),
    "proposal": ("puskesos_desktop.services.documents.proposal_sheet", "print_proposal"),
}


def reprinter(kind: str) -> Callable[[Database, Actor, str], bytes]:
    module, name = REPRINTERS[kind]
    fn: Callable[[Database, Actor, str], bytes] = getattr(importlib.import_module(module), name)
    return fn


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("print", parents=[parent], help="mencetak ulang resi, surat, keterangan atau kartu rujukan")
    p.add_argument("kind", choices=sorted(REPRINTERS), help="jenis dokumen")
    p.add_argument(
        "number",
        help="nomor dokumen, misalnya RESI/6201022001/2026/11/0001; untuk 'resident': NIK warga (atau #id bila "
        "warga belum punya NIK); untuk 'attachment': ID lampiran; untuk 'photos' dan 'proposal': nomor usulan USL/…",
    )
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="berkas PDF tujuan")
    p.add_argument(
        "--with-attachments",
        action="store_true",
        help="untuk 'card': pindaian dan foto yang dilampirkan pada rujukan ikut dicetak sesudah kartunya",
    )
    p.add_argument("--json", action="store_true", help="ringkasan JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if args.with_attachments and args.kind != "card":
        raise ValidationError("--with-attachments hanya untuk 'print card' (kartu rujukan).", "--with-attachments")
    db = common.open_db(args.db)
    if args.with_attachments:
        from puskesos_desktop.services.documents import cards

        pdf = cards.reprint_card(db, common.actor(), args.number, with_attachments=True)
    else:
        pdf = reprinter(args.kind)(db, common.actor(), args.number)
    atomic_write_bytes(args.out, pdf)
    if args.json:
        common.print_json({"kind": args.kind, "number": args.number, "out": args.out, "bytes": len(pdf)})
    else:
        print(f"Tersimpan: {args.out}")
    return 0
