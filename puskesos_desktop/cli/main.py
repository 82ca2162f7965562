"""`puskesos …`: the program itself with no command, or an administrator's command.

Every command takes --db, exits 0 on success and 1 with a clear message on stderr on error; with --json the JSON
is the only thing on stdout. Commands live one per module in cli/commands/, each with register() and run().
"""

from __future__ import annotations

import argparse
import importlib
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
        if after_db:
            after_db = False
        elif arg == "--db":
            after_db = True
        elif arg in ("-h", "--help"):
            return ""
        elif not arg.startswith("-"):
            return arg
    return None


def db_parent() -> argparse.ArgumentParser:
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument(
        "--db", metavar="PATH", help="berkas database atau URL SQLAlchemy (bawaan: PUSKESOS_DB, lalu folder data)"
    )
    return parent


def build_parser(command: str | None = "") -> argparse.ArgumentParser:
    """The parser with every command, or only `command`'s (None: the program itself, no command)."""
    parent = db_parent()
    parser = argparse.ArgumentParser(
        prog="puskesos",
        description=f"{APP_NAME} {__version__}. Tanpa perintah: membuka program.",
        parents=[parent],
    )
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


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(_named_command(words))
    args = parser.parse_args(words)
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
    except KeyboardInterrupt:
        print("Dibatalkan.", file=sys.stderr)
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
