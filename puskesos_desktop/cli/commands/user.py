"""puskesos user list|add|edit|disable|enable|reset-password|unlock — accounts, for administrators.

Useful when the office lost its only coordinator password: `puskesos user reset-password koordinator` sets a
temporary one that must be changed at the next login. The command line acts as `cli:<OS account>` in the trail.
"""

from __future__ import annotations

import argparse
from typing import Any

from puskesos_desktop.cli import common
from puskesos_desktop.cli.commands import _secret
from puskesos_desktop.core.statuses import ROLE_LABELS, Role
from puskesos_desktop.services.admin import auth, users

ROLES = [r.value for r in Role]


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("user", help="mengelola akun pengguna (untuk administrator)")
    actions = p.add_subparsers(dest="user_action", metavar="TINDAKAN", required=True)
    ls = actions.add_parser("list", parents=[parent], help="daftar akun")
    ls.add_argument("--json", action="store_true", help="keluaran JSON")
    ls.set_defaults(handler=run_list)
    add = actions.add_parser("add", parents=[parent], help="membuat akun")
    add.add_argument("username", help="nama pengguna (huruf kecil, angka, titik, garis bawah)")
    add.add_argument("--name", required=True, help="nama lengkap")
    add.add_argument("--role", required=True, choices=ROLES, help="peran")
    add.add_argument("--phone", default="", help="nomor telepon")
    add.add_argument("--password", metavar="P", help="kata sandi (tanpa ini: ditanyakan, atau satu baris stdin)")
    add.add_argument("--temporary", action="store_true", help="wajib diganti saat masuk pertama kali")
    add.set_defaults(handler=run_add)
    edit = actions.add_parser("edit", parents=[parent], help="mengubah nama, peran atau telepon")
    edit.add_argument("username")
    edit.add_argument("--name")
    edit.add_argument("--role", choices=ROLES)
    edit.add_argument("--phone")
    edit.set_defaults(handler=run_edit)
    for name, helptext in (
        ("disable", "menonaktifkan akun (akun tidak pernah dihapus)"),
        ("enable", "mengaktifkan kembali akun"),
        ("unlock", "membuka kunci akun setelah terlalu banyak percobaan"),
    ):
        q = actions.add_parser(name, parents=[parent], help=helptext)
        q.add_argument("username")
        q.set_defaults(handler=run_simple, simple=name)
    reset = actions.add_parser(
        "reset-password", parents=[parent], help="memasang kata sandi sementara (wajib diganti saat masuk)"
    )
    reset.add_argument("username")
    reset.add_argument("--password", metavar="P", help="kata sandi sementara (tanpa ini: ditanyakan)")
    reset.set_defaults(handler=run_reset)


def _row(u: users.UserInfo) -> dict[str, object]:
    return {
        "username": u.username,
        "full_name": u.full_name,
        "role": u.role.value,
        "active": u.active,
        "must_change_password": u.must_change_password,
        "locked_until": u.locked_until,
        "last_login_at": u.last_login_at,
    }


def run_list(args: argparse.Namespace) -> int:
    rows = users.list_users(common.open_db(args.db))
    if args.json:
        common.print_json([_row(u) for u in rows])
    else:
        common.print_table(
            ["Nama pengguna", "Nama lengkap", "Peran", "Aktif", "Ganti sandi", "Terakhir masuk"],
            [
                [u.username, u.full_name, ROLE_LABELS[u.role], u.active, u.must_change_password, u.last_login_at]
                for u in rows
            ],
        )
    return 0


def run_add(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    password = _secret.password(args.password, "Kata sandi baru: ", confirm=True)
    u = users.create_user(
        db,
        common.actor(),
        args.username,
        args.name,
        args.role,
        password,
        phone=args.phone,
        must_change_password=args.temporary,
    )
    print(f"Akun {u.username} ({ROLE_LABELS[u.role]}) dibuat.")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    u = users.update_user(db, common.actor(), args.username, full_name=args.name, role=args.role, phone=args.phone)
    print(f"Akun {u.username}: {u.full_name}, {ROLE_LABELS[u.role]}.")
    return 0


def run_simple(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    actor = common.actor()
    if args.simple == "unlock":
        u = auth.clear_lock(db, actor, args.username)
        print(f"Kunci akun {u.username} dibuka.")
    else:
        u = users.set_active(db, actor, args.username, args.simple == "enable")
        print(f"Akun {u.username} {'aktif' if u.active else 'dinonaktifkan'}.")
    return 0


def run_reset(args: argparse.Namespace) -> int:
    db = common.open_db(args.db)
    users.get_user(db, args.username)  # a typo is reported before a password is asked for
    password = _secret.password(args.password, "Kata sandi sementara: ", confirm=True)
    u = users.reset_password(db, common.actor(), args.username, password)
    print(f"Kata sandi {u.username} diganti; wajib diganti lagi saat masuk berikutnya. Kunci akun (bila ada) dibuka.")
    return 0
