"""puskesos server init|connect|status|forget — the office server (PostgreSQL) and this PC's connection to it.

- ``server init --admin-url URL [--db-name N --user U] [--json]`` on (or for) the server PC: creates the program's
  role and its database with only the rights the program needs, and prints what to type on each PC.
- ``server connect --host H [--port P --database D --user U] [--no-check]``: this PC uses that server from its
  next start (the window's Pengaturan › Server kantor does the same); the password is asked, never an argument.
- ``server status [--json]``: which database this PC opens, and why (docs/SERVER.md).
- ``server forget``: this PC goes back to its own database file.

Passwords: the admin's comes from the URL, PGPASSWORD or ~/.pgpass, else it is asked at a terminal; the role's
is made by init and shown once.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from puskesos_desktop import connection
from puskesos_desktop.cli import common
from puskesos_desktop.cli.commands import _secret
from puskesos_desktop.config import choose_db, data_dir, shown_url
from puskesos_desktop.core.errors import PuskesosError

PASSWORD_STORES = {
    "keyring": "pengelola kredensial sistem operasi",
    "file": "berkas pribadi di folder data (hanya akun ini yang dapat membacanya)",
}
SOURCES = {
    "--db": "--db pada perintah",
    "PUSKESOS_DB": "variabel PUSKESOS_DB",
    "server": "server kantor yang disimpan di komputer ini",
    "default": "berkas database kantor di folder data komputer ini",
}


def register(sub: Any, parent: argparse.ArgumentParser) -> None:
    p = sub.add_parser("server", help="server kantor (PostgreSQL): menyiapkan dan menyambungkan komputer ini")
    actions = p.add_subparsers(dest="server_action", metavar="TINDAKAN", required=True)
    init = actions.add_parser("init", help="membuat peran dan database program di server PostgreSQL")
    init.add_argument(
        "--admin-url",
        required=True,
        metavar="URL",
        help="URL peran admin server, mis. postgresql://postgres@localhost/postgres (kata sandi ditanyakan)",
    )
    init.add_argument("--db-name", default=connection.DEFAULT_DATABASE, metavar="N", help="nama database (puskesos)")
    init.add_argument("--user", default=connection.DEFAULT_USER, metavar="U", help="nama peran program (puskesos)")
    init.add_argument("--json", action="store_true", help="keluaran JSON")
    init.set_defaults(handler=run_init)
    conn = actions.add_parser("connect", help="komputer ini memakai server kantor (mulai dibuka berikutnya)")
    conn.add_argument("--host", required=True, help="alamat server di jaringan kantor, mis. 192.168.1.10")
    conn.add_argument("--port", type=int, default=connection.DEFAULT_PORT, help="port PostgreSQL (5432)")
    conn.add_argument("--database", default=connection.DEFAULT_DATABASE, help="nama database (puskesos)")
    conn.add_argument("--user", default=connection.DEFAULT_USER, help="nama pengguna server (puskesos)")
    conn.add_argument("--no-check", action="store_true", help="simpan tanpa mencoba menyambung dulu")
    conn.add_argument("--json", action="store_true", help="keluaran JSON")
    conn.set_defaults(handler=run_connect)
    status = actions.add_parser("status", parents=[parent], help="database mana yang dibuka komputer ini, dan kenapa")
    status.add_argument("--json", action="store_true", help="keluaran JSON")
    status.set_defaults(handler=run_status)
    forget = actions.add_parser("forget", help="komputer ini kembali memakai berkas databasenya sendiri")
    forget.set_defaults(handler=run_forget)


def _worded(exc: Exception, where: str) -> PuskesosError:
    from puskesos_desktop.db.server_faults import classify

    fault = classify(exc, where)
    return PuskesosError(fault.message) if fault is not None else PuskesosError(str(exc))


def run_init(args: argparse.Namespace) -> int:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, DBAPIError

    from puskesos_desktop.services.admin import server_setup

    admin_url = args.admin_url
    try:
        parsed = make_url(admin_url)
    except ArgumentError:
        parsed = None
    if parsed is not None and parsed.password:
        print(
            common.password_in_argv(
                "--admin-url", "Tulis URL tanpa kata sandi: program menanyakannya, atau pakai variabel PGPASSWORD."
            ),
            file=sys.stderr,
        )
    elif parsed is not None and not os.environ.get("PGPASSWORD") and sys.stdin is not None and sys.stdin.isatty():
        typed = _secret.password(None, f"Kata sandi {parsed.username or 'admin'} di server: ", required=False)
        if typed:
            admin_url = parsed.set(password=typed).render_as_string(hide_password=False)
    try:
        made = server_setup.init_server(admin_url, args.db_name, args.user)
    except DBAPIError as exc:
        raise _worded(exc, shown_url(args.admin_url)) from None
    if args.json:
        common.print_json(
            {
                "host": made.host,
                "port": made.port,
                "database": made.database,
                "user": made.user,
                "password": made.password,
                "server_version": made.server_version,
                "listen_addresses": made.listen_addresses,
                "lan_ready": made.lan_ready,
                "connect_command": made.connect_command,
            }
        )
        return 0
    print(f"Server PostgreSQL {made.server_version}: peran {made.user} dan database {made.database} dibuat.")
    print("Peran itu bukan superuser, tidak dapat membuat database atau peran; ia pemilik database-nya sendiri.")
    print()
    print("Ketik ini di setiap komputer (Pengaturan › Server kantor, atau perintah di bawah):")
    print(f"  Server          : {made.host}")
    print(f"  Port            : {made.port}")
    print(f"  Database        : {made.database}")
    print(f"  Pengguna        : {made.user}")
    print(f"  Kata sandi      : {made.password}")
    print(f"  atau perintah   : {made.connect_command}")
    print()
    print("Kata sandi ini hanya ditampilkan sekali: catat dan simpan di tempat aman.")
    if not made.lan_ready:
        print(
            f"Perhatian: server hanya mendengarkan '{made.listen_addresses}'. Komputer lain belum dapat tersambung: "
            "atur listen_addresses dan pg_hba.conf (docs/SERVER.md, langkah 3)."
        )
    return 0


def run_connect(args: argparse.Namespace) -> int:
    from puskesos_desktop.db.server_faults import check_server

    settings = connection.validate(args.host, args.port, args.database, args.user)
    password = _secret.password(None, f"Kata sandi {settings.user} di server: ", required=False)
    check = None
    if not args.no_check:
        try:
            check = check_server(settings.url(password or None))
        except Exception as exc:  # noqa: BLE001 - worded below, or shown as it is
            raise _worded(exc, settings.shown()) from None
    where = connection.save(data_dir(), settings, password or None)
    if args.json:
        common.print_json(
            {
                "server": settings.shown(),
                "password_store": where,
                "server_version": check.version if check else None,
                "office_ready": check.has_schema if check else None,
            }
        )
        return 0
    print(f"Tersimpan: komputer ini memakai server kantor {settings.shown()} mulai program dibuka berikutnya.")
    if where:
        print(f"Kata sandi disimpan di {PASSWORD_STORES[where]}.")
    if check is not None:
        state = "sudah berisi data kantor" if check.has_schema else "masih kosong (disiapkan saat program dibuka)"
        print(f"Sambungan berhasil: PostgreSQL {check.version}; database {state}.")
    return 0


def run_status(args: argparse.Namespace) -> int:
    chosen = choose_db(args.db)
    settings = connection.load(data_dir())
    stored = connection.load_password(data_dir(), settings) is not None if settings is not None else False
    if args.json:
        common.print_json(
            {
                "source": chosen.source,
                "database": shown_url(chosen.url),
                "server": settings.shown() if settings is not None else None,
                "server_enabled": bool(settings and settings.enabled),
                "password_stored": stored,
                "password_store": connection.password_store(),
            }
        )
        return 0
    print(f"Database yang dibuka: {shown_url(chosen.url)}")
    print(f"Dipilih dari: {SOURCES[chosen.source]}")
    if settings is not None:
        state = "dipakai" if settings.enabled else "disimpan, tidak dipakai"
        kept = "tersimpan" if stored else "belum ada"
        print(f"Server kantor komputer ini: {settings.shown()} ({state}; kata sandi {kept})")
    return 0


def run_forget(args: argparse.Namespace) -> int:
    settings = connection.load(data_dir())
    connection.forget(data_dir())
    if settings is None:
        print("Komputer ini tidak menyimpan server kantor; tidak ada yang diubah.")
    else:
        print(f"Server kantor {settings.shown()} dilupakan; komputer ini kembali memakai berkas databasenya sendiri.")
    return 0
