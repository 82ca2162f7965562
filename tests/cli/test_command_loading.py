"""The command line loads only the command it runs (issue 9: the program's start does not pay for every command)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from puskesos_desktop.cli.main import _named_command, build_parser

ROOT = Path(__file__).resolve().parents[2]


def test_the_named_command() -> None:
    assert _named_command([]) is None
    assert _named_command(["--db", "kantor.sqlite3"]) is None  # the program itself
    assert _named_command(["--db", "list", "find", "x"]) == "find"  # --db's value is no command
    assert _named_command(["list", "-h"]) == "list"
    assert _named_command(["-h"]) == "" and _named_command(["--help", "list"]) == ""


def test_help_still_lists_every_command() -> None:
    text = build_parser().format_help()
    for command in ("import-dtks", "export", "bench", "find", "soak"):
        assert command in text


def test_the_program_and_one_command_import_no_other_command() -> None:
    code = (
        "import sys\n"
        "from puskesos_desktop.cli.main import build_parser, _named_command\n"
        "build_parser(_named_command(sys.argv[1:]))\n"
        "print(sorted(m.rsplit('.', 1)[1] for m in sys.modules if m.startswith('puskesos_desktop.cli.commands.')))\n"
    )
    for args, expected in ((["--db", "x"], "[]"), (["import-dtks", "f.xlsx"], "['import_dtks']")):
        proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, cwd=ROOT, check=True)
        assert proc.stdout.strip() == expected
