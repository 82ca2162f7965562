"""puskesos attach NUMBER FILE --kind KIND [--json] — keep a scan or photo on a case (issue 20).

NUMBER is a complaint (RESI/…), a referral (RJK/…), a proposal (USL/…), a resident's NIK or #id. Images are
re-encoded (orientation fixed, long side ≤ 1600 px, JPEG), PDFs kept as they are up to 10 MB.
"""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.services.people import attachments


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "attach", parents=[parent], help="melampirkan pindaian atau foto pada warga, keluhan, rujukan atau usulan"
    )
    p.add_argument("number", help="RESI/…, RJK/…, USL/…, NIK warga atau #id warga")
    p.add_argument("file", help="berkas gambar (JPEG, PNG, TIFF, WEBP, BMP) atau PDF")
    p.add_argument("--kind", required=True, help="jenis: " + ", ".join(attachments.KIND_ALIASES))
    p.add_argument("--json", action="store_true", help="keluaran JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    owner = attachments.resolve_owner(db, actor, args.number)
    info = attachments.attach_file(db, actor, owner, args.file, args.kind)
    if args.json:
        common.print_json(info.as_json())
    else:
        print(f"Lampiran #{info.id} tersimpan: {info.kind}, {info.bytes} byte, SHA-256 {info.sha256}")
        if info.flag:
            print(f"Perhatian: {info.flag}.")
    return 0
