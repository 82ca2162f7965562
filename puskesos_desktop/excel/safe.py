"""Writing cells so that text never becomes a formula, a number or a link.

Every workbook the program writes goes through these helpers:

* XlsxWriter: ``new_workbook()`` turns off every string conversion; ``write_text()`` / ``write_value()``.
* openpyxl: ``set_text()`` / ``set_value()`` (openpyxl turns any string starting with ``=`` into a formula).

NIK and No. KK are always text cells (a 16-digit number loses its last digit in Excel).
Dates are real Excel dates with a visible format. Text longer than Excel's 32,767 characters is refused,
never silently cut.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING, Any

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel.common import EXCEL_MAX_CELL_CHARS, excel_length, thousands

if TYPE_CHECKING:  # openpyxl takes ~0.1 s to import: the program's start need not pay for it (puskesos bench)
    from openpyxl.cell.cell import Cell

DATE_FORMAT = "dd/mm/yyyy"
DATETIME_FORMAT = "dd/mm/yyyy hh:mm:ss"

SAFE_OPTIONS: Mapping[str, Any] = {
    "strings_to_formulas": False,
    "strings_to_numbers": False,
    "strings_to_urls": False,
    "remove_timezone": True,
}

# Characters XML cannot carry; Excel writes them as _xHHHH_ (and so does XlsxWriter). \r too, or XML turns it into \n.
# A literal "_x0041_" in the text must itself be escaped ("_x005F_x0041_"), or Excel would show "A".
_OPENPYXL_ESCAPE = re.compile(r"_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0b\x0c\x0d\x0e-\x1f\ufffe\uffff]")


class Formats:
    """The cell formats of one XlsxWriter workbook (formats belong to a workbook)."""

    def __init__(self, workbook: xlsxwriter.Workbook) -> None:
        self.date: Format = workbook.add_format({"num_format": DATE_FORMAT})
        self.datetime: Format = workbook.add_format({"num_format": DATETIME_FORMAT})
        self.header: Format = workbook.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        self.text: Format = workbook.add_format({"num_format": "@"})


def new_workbook(target: str | Path | BytesIO, options: Mapping[str, Any] | None = None) -> xlsxwriter.Workbook:
    """An XlsxWriter workbook that writes every string as a string."""
    opts: dict[str, Any] = dict(options or {})
    opts.update(SAFE_OPTIONS)
    if isinstance(target, BytesIO):
        opts["in_memory"] = True
        return xlsxwriter.Workbook(target, opts)
    return xlsxwriter.Workbook(str(target), opts)


def check_length(text: str, column: str | None = None, row: int | None = None) -> None:
    if len(text) > EXCEL_MAX_CELL_CHARS // 2 and excel_length(text) > EXCEL_MAX_CELL_CHARS:
        raise ValidationError(
            "Teks terlalu panjang untuk satu sel Excel ({n_text} karakter; batas 32.767).",
            column,
            row,
            n_text=thousands(len(text)),
        )


def not_rich(text: str) -> str:
    """XlsxWriter writes a shared string that starts with "<r>" and ends with "</r>" into the file as it is (its own
    rich-text runs, unescaped): such a text typed by a person would put raw XML into the workbook. A trailing space
    keeps it plain text (readers trim it)."""
    return text + " " if text.startswith("<r>") and text.endswith("</r>") else text


def write_text(
    ws: Worksheet,
    row: int,
    col: int,
    value: str | None,
    fmt: Format | None = None,
    *,
    column: str | None = None,
) -> None:
    """Write text as a string cell, whatever it looks like (``=…``, ``0123``, ``http://…``). None/'' → empty cell."""
    if value is None or value == "":
        if fmt is not None:
            ws.write_blank(row, col, None, fmt)
        return
    if not isinstance(value, str):
        raise TypeError(f"write_text expects str, got {type(value).__name__}")
    check_length(value, column, row + 1)
    ws.write_string(row, col, not_rich(value), fmt)


def write_value(
    ws: Worksheet,
    row: int,
    col: int,
    value: object,
    formats: Formats,
    *,
    column: str | None = None,
) -> None:
    """Write any plain value: text as text, numbers as numbers, dates as dates, datetimes as datetimes."""
    if value is None:
        return
    if isinstance(value, str):
        write_text(ws, row, col, value, column=column)
    elif isinstance(value, bool):
        ws.write_boolean(row, col, value)
    elif isinstance(value, int | float):
        ws.write_number(row, col, value)
    elif isinstance(value, dt.datetime):
        ws.write_datetime(row, col, value, formats.datetime)
    elif isinstance(value, dt.date):
        ws.write_datetime(row, col, value, formats.date)
    else:
        write_text(ws, row, col, str(value), column=column)


def escape_for_openpyxl(text: str) -> str:
    """Control characters as Excel's own _xHHHH_ escapes (openpyxl refuses them, XML cannot carry them)."""
    return _OPENPYXL_ESCAPE.sub(lambda m: f"_x{ord(m.group()):04X}_", text)


def set_text(cell: Cell, value: str | None) -> None:
    """openpyxl: put text in a cell and keep it text (never a formula)."""
    if value is None or value == "":
        cell.value = None
        return
    if not isinstance(value, str):
        raise TypeError(f"set_text expects str, got {type(value).__name__}")
    check_length(value, cell.coordinate)
    cell.value = escape_for_openpyxl(value)
    cell.data_type = "s"


def set_value(cell: Cell, value: object) -> None:
    """openpyxl: any plain value; text through ``set_text``, dates with a visible date format."""
    if value is None or isinstance(value, str):
        set_text(cell, value)
    elif isinstance(value, bool | int | float):
        cell.value = value
    elif isinstance(value, dt.datetime):
        cell.value = value.replace(tzinfo=None)
        cell.number_format = DATETIME_FORMAT
    elif isinstance(value, dt.date):
        cell.value = value
        cell.number_format = DATE_FORMAT
    else:
        set_text(cell, str(value))
