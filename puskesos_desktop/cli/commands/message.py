"""puskesos message NUMBER [--json] [--language id|en] — the ready message for the latest event of a receipt or
referral that the resident has not been told yet (SMS and WhatsApp texts, the wa.me link when the resident chose
WhatsApp). Reading only: nothing is recorded as told from the command line."""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.core.message_templates import LANGUAGES
from puskesos_desktop.services.casework import messages


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser(
        "message",
        parents=[parent],
        help="pesan siap kirim (SMS/WhatsApp) untuk kabar terbaru yang belum diberitahukan kepada warga",
    )
    p.add_argument("number", help="nomor resi (RESI/…) atau nomor rujukan (RJK/…)")
    p.add_argument("--language", choices=LANGUAGES, help="bahasa pesan (bawaan: pengaturan kantor)")
    p.add_argument(
        "--json",
        action="store_true",
        help='keluaran JSON {"number", "event", "phone", "channel", "text", "sms_text", "wa_url", …}',
    )
    p.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    msg = messages.compose(db, common.actor(), args.number, args.language)
    if args.json:
        common.print_json(msg.as_json())
        return 0
    told = " (sudah diberitahukan)" if msg.told else ""
    print(f"{msg.number} — {msg.title}{told}")
    print(f"Warga: {msg.resident_name}; telepon: {msg.phone or '-'}; cara dihubungi: {msg.channel or '-'}")
    if msg.contact_note:
        print(msg.contact_note)
    print(f"\nSMS ({len(msg.sms_text)} karakter):\n{msg.sms_text}\n\nWhatsApp:\n{msg.text}")
    if msg.wa_url:
        print(f"\n{msg.wa_url}")
    return 0
