"""Small pieces shared by the readers and writers: issues, cancellation, cell conversions."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from puskesos_desktop.core.errors import Cancelled as Cancelled  # its home is core; the readers raise it

# What python-calamine hands back for one cell.
CellValue = int | float | str | bool | dt.date | dt.datetime | dt.time | dt.timedelta | None

EXCEL_MAX_CELL_CHARS = 32_767
# Above this a float cannot hold every integer: a 16-digit number stored as a number has lost its last digits.
EXACT_INT_LIMIT = 2**53

_EXCEL_EPOCH = dt.datetime(1899, 12, 30)
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")
_DATE_DMY = re.compile(r"^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$")


@dataclass(frozen=True, slots=True)
class RowIssue:
    """One problem with one row: shown to staff and written to the rejected-rows report."""

    row_number: int  # the row number staff see in Excel (1-based); for CSV the record number
    column: str  # the header text as written in the file ("" when the issue is about the whole row)
    value: str
    reason: str  # Indonesian


def cell_is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def cell_text(value: CellValue) -> str:
    """A cell as text, exactly as written (numbers that are whole come without '.0')."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e17:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def parse_date(value: CellValue) -> dt.date | None:
    """A date from a cell: a real Excel date, 'YYYY-MM-DD', 'DD-MM-YYYY', 'DD/MM/YYYY' (or an Excel serial number).

    Returns None for a blank cell; raises ValueError for something that is not a date.
    """
    if isinstance(value, str):  # the usual cell of a CSV or a text column first
        text = value.strip()
        if not text:
            return None
        m = _DATE_DMY.match(text) or _DATE_ISO.match(text)
        if m is None:
            raise ValueError("bukan tanggal")
        if m.re is _DATE_ISO:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return dt.date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, bool):
        raise ValueError("bukan tanggal")
    if isinstance(value, int | float):
        # A date cell that lost its date format: Excel serial 61 (1900-03-01) .. 73051 (2100-01-01).
        if 61 <= value < 73051:
            return (_EXCEL_EPOCH + dt.timedelta(days=int(value))).date()
        raise ValueError("bukan tanggal")
    raise ValueError("bukan tanggal")


def excel_length(text: str) -> int:
    """Length as Excel counts it (UTF-16 code units)."""
    return len(text) + sum(1 for ch in text if ord(ch) > 0xFFFF)


def thousands(n: int) -> str:
    """1234567 -> '1.234.567' (the Indonesian way)."""
    return f"{n:,}".replace(",", ".")


def shorten(text: str, limit: int = 200) -> str:
    """A value quoted in a message or a report: long values cut with an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
