"""What every command shares: opening the database, acting as the command line, printing tables and JSON."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from puskesos_desktop.db.engine import Database
    from puskesos_desktop.services.context import Actor

# The database layer is imported when a command opens the database, not before: a cold `puskesos find NIK` answers
# without it (cli/commands/find.py).


def open_db(arg: str | None) -> Database:
    """Every command creates and migrates a missing database by itself."""
    from puskesos_desktop.config import resolve_db_url
    from puskesos_desktop.services.bootstrap import open_office_db

    return open_office_db(resolve_db_url(arg))


STORED_INSTEAD = (
    "Simpan sambungan sekali dengan `puskesos server connect` (atau Pengaturan › Server kantor), atau berikan URL "
    "lewat variabel PUSKESOS_DB."
)


def password_in_argv(option: str, instead: str = STORED_INSTEAD) -> str:
    """Said when a password was typed into a command line (accepted: the stored setting is the safer way)."""
    return f"Catatan: kata sandi di {option} terlihat oleh akun lain di daftar proses komputer ini. {instead}"


def actor() -> Actor:
    from puskesos_desktop.services.context import cli_actor

    return cli_actor()


def _default(value: object) -> object:
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (set, frozenset)):
        return sorted(value)
    raise TypeError(f"not JSON: {type(value)}")


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=_default))
    sys.stdout.write("\n")


def print_table(headers: Sequence[str], rows: Sequence[Sequence[object]], max_width: int = 40) -> None:
    """A plain aligned table for a terminal."""

    def cell(v: object) -> str:
        if v is None:
            return ""
        if isinstance(v, bool):
            return "ya" if v else "tidak"
        if isinstance(v, (list, tuple, set, frozenset)):
            v = ", ".join(str(x) for x in v)
        text = str(v).replace("\n", " ")
        return text if len(text) <= max_width else text[: max_width - 1] + "…"

    table = [[cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in table:
        for i, v in enumerate(row):
            widths[i] = max(widths[i], len(v))
    out = sys.stdout
    out.write("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip() + "\n")
    out.write("  ".join("-" * w for w in widths) + "\n")
    for row in table:
        out.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")
    out.write(f"({len(table)} baris)\n")


# --- the workbook imports (import-desil, import-population) ---------------------------------------------------


def add_workbook_options(p: argparse.ArgumentParser, data_date_help: str) -> None:
    """--data-date, --password, --sheet and --json of a command that imports a register workbook."""
    p.add_argument("--data-date", metavar="YYYY-MM-DD", help=data_date_help)
    p.add_argument("--password", metavar="P", help="kata sandi berkas, bila dilindungi")
    p.add_argument("--sheet", metavar="NAMA", help="lembar kerja yang dibaca (bawaan: yang berisi judul kolom)")
    p.add_argument("--json", action="store_true", help="keluaran JSON")


def data_date(value: str | None) -> dt.date | None:
    """--data-date as a date; None when not given (the service then takes the file's date)."""
    if not value:
        return None
    from puskesos_desktop.core.errors import ValidationError

    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValidationError("--data-date ditulis TTTT-BB-HH, misalnya 2026-10-12.", "--data-date") from None


def print_report(report: Path | None, report_error: str) -> None:
    """Where an import's report of refused rows went, or why it could not be written."""
    if report:
        print(f"Laporan: {report}")
    if report_error:
        print(f"Peringatan: laporan tidak dapat ditulis: {report_error}")
