"""`puskesos …`: the program itself with no command, or an administrator's command.

Every command takes --db (before or after the command word: `puskesos --db X list …` and `puskesos list … --db X`
are the same; two different values are refused), exits 0 on success and 1 with a clear message on stderr on error
(a locked database, a full disk, a damaged file included: one `Galat: …` line, never a traceback); with --json the
JSON is the only thing on stdout. Commands live one per module in cli/commands/, each with register() and run().
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from collections.abc import Sequence
from types import ModuleType

from puskesos_desktop import APP_NAME, __version__
from puskesos_desktop.cli import commands
from puskesos_desktop.core.errors import PuskesosError


def _command_modules(wanted: str | None = "") -> list[ModuleType]:
    """Every command module; only the one named on the command line when it exists (None: none at all).

    Each module imports its services, and all of them together cost ~0.2 s of CPU and ~25 MB: the program's start
    and a single command should not pay for the others. A command lives in the module of its name ("import-dtks":
    import_dtks.py).
    """
    names = sorted(m.name for m in pkgutil.iter_modules(commands.__path__) if not m.name.startswith("_"))
    if wanted is None:
        names = []
    elif wanted and wanted.replace("-", "_") in names:
        names = [wanted.replace("-", "_")]
    return [importlib.import_module(f"{commands.__name__}.{name}") for name in names]


def _named_command(argv: Sequence[str]) -> str | None:
    """The first word that is neither an option nor --db's value: the command ("" when help is asked for)."""
    after_db = False
    for arg in argv:
        if arg == "--":
            break
        if after_db:
            after_db = False
        elif arg == "--db":
            after_db = True
        elif arg in ("-h", "--help"):
            return ""
        elif not arg.startswith("-"):
            return arg
    return None


DB_HELP = "berkas database atau URL SQLAlchemy (bawaan: PUSKESOS_DB, lalu folder data)"
DB_AFTER = "db_after_command"


def db_parent() -> argparse.ArgumentParser:
    """--db as the commands take it (after the command word). Its own destination with no default: a command's
    parser must never overwrite the --db given before the command word with None (it did: `puskesos --db X list`
    silently used the default database)."""
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--db", dest=DB_AFTER, metavar="PATH", default=argparse.SUPPRESS, help=DB_HELP)
    return parent


def _merge_db(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    after = getattr(args, DB_AFTER, None)
    if after is None:
        return
    delattr(args, DB_AFTER)
    if args.db is not None and args.db != after:
        parser.error(f"--db diberikan dua kali dengan nilai berbeda ({args.db} dan {after}); tulis satu saja.")
    args.db = after


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The parser with every command, or only `command`'s (None: the program itself, no command)."""
    parent = db_parent()
    parser = argparse.ArgumentParser(
        prog="puskesos",
        description=f"{APP_NAME} {__version__}. Tanpa perintah: membuka program.",
    )
    parser.add_argument("--db", metavar="PATH", help=DB_HELP)
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="membangun jendela utama tanpa layar pada database sementara (atau --db) dan menjalankan satu keluhan",
    )
    sub = parser.add_subparsers(dest="command", metavar="PERINTAH")
    for module in _command_modules(command):
        module.register(sub, parent)
    return parser


def _db_path_of(arg: str | None) -> object:
    """The database as a message names it: the SQLite file, or the server's URL with its password masked."""
    from puskesos_desktop.config import resolve_db_url, shown_url, sqlite_path

    try:
        url = resolve_db_url(arg)
        return sqlite_path(url) or shown_url(url)
    except Exception:  # noqa: BLE001 - only for wording a message
        return None


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    command = _named_command(words)
    parser = build_parser(command)
    args = parser.parse_args(words)
    _merge_db(parser, args)
    if args.db:
        from puskesos_desktop.cli.common import password_in_argv
        from puskesos_desktop.connection import has_password

        # Accepted, but the stored setting is the safer way: said to a person at a terminal only — a script reads
        # stderr's one "Galat:" line, and the advice is no use to it.
        if has_password(args.db) and sys.stderr.isatty():
            print(password_in_argv("--db"), file=sys.stderr)
    if os.name == "posix":
        os.umask(0o077)  # every file the program writes is private to the account
    from puskesos_desktop.db import claim

    claim.program_label = (
        "uji mandiri puskesos --self-test"
        if args.self_test
        else f"perintah `puskesos {command}`"
        if command
        else "jendela Puskesos Desktop"
    )
    try:
        if args.self_test:
            from puskesos_desktop.cli.selftest import run_self_test

            return run_self_test(args.db)
        if args.command is None:
            from puskesos_desktop.ui.app import run_gui

            return run_gui(args.db)
        result: int = args.handler(args)
        return result
    except PuskesosError as exc:
        print(f"Galat: {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        # `puskesos list … | head`: the reader left; not an error of ours.
        sys.stderr.close()
        return 0
    except Exception as exc:
        # A database or disk fault (locked, disk full, damaged, read-only) is one line; a bug stays a traceback.
        from puskesos_desktop.db.engine import explain_fault

        message = explain_fault(exc, _db_path_of(args.db))  # type: ignore[arg-type]
        if message is None:
            raise
        print(f"Galat: {message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
