"""Fixtures for the excel package tests: small workbooks and CSV files written on the fly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

from puskesos_desktop.core.identity import make_nik

XlsxFactory = Callable[..., Path]


def write_xlsx(path: Path, rows: Sequence[Sequence[Any]], sheet: str = "Data") -> Path:
    """Each value written by its Python type: str as string, int/float as number, date as date, None blank."""
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False,
                                          "strings_to_urls": False})  # fmt: skip
    ws = wb.add_worksheet(sheet)
    date_fmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None:
                continue
            if isinstance(value, str):
                ws.write_string(r, c, value)
            elif isinstance(value, bool):
                ws.write_boolean(r, c, value)
            elif isinstance(value, int | float):
                ws.write_number(r, c, value)
            elif isinstance(value, dt.date):
                ws.write_datetime(r, c, value, date_fmt)
            else:
                raise TypeError(value)
    wb.close()
    return path


@pytest.fixture
def xlsx(tmp_path: Path) -> XlsxFactory:
    counter = iter(range(1_000_000))

    def make(rows: Sequence[Sequence[Any]], name: str | None = None, sheet: str = "Data") -> Path:
        return write_xlsx(tmp_path / (name or f"book{next(counter)}.xlsx"), rows, sheet)

    return make


def _nik(birth: dt.date = dt.date(1990, 5, 12), sex: str = "L", serial: int = 1, kec: str = "620102") -> str:
    return make_nik(kec, birth, sex, serial)


@pytest.fixture
def nik() -> Callable[..., str]:
    """nik(birth=date(1990, 5, 12), sex="L", serial=1, kec="620102") -> a valid NIK."""
    return _nik


@pytest.fixture
def today() -> dt.date:
    return dt.date(2025, 6, 1)
