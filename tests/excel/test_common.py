"""excel/common.py: a cell as the text written in it, dates in every form an office types them, Excel's lengths."""

from __future__ import annotations

import datetime as dt

import pytest

from puskesos_desktop.excel.common import cell_is_blank, cell_text, excel_length, parse_date, shorten, thousands


def test_cell_text_is_what_was_written() -> None:
    assert [cell_text(v) for v in (None, "  007 ", True, False, 3.0, -12.0, 2.5, 12)] == [
        "", "  007 ", "TRUE", "FALSE", "3", "-12", "2.5", "12",
    ]  # fmt: skip
    # A NIK stored as a number keeps all 16 digits, never '6.2e+15'.
    assert cell_text(6201021205900001.0) == "6201021205900001"
    assert cell_text(1e17) == "1e+17"  # past exact integers: not pretended to be one
    assert cell_text(dt.datetime(2026, 1, 5, 8, 30)) == "2026-01-05 08:30:00"
    assert cell_text(dt.date(2026, 1, 5)) == "2026-01-05"


def test_blank_cells() -> None:
    assert cell_is_blank(None) and cell_is_blank("") and cell_is_blank(" \t")
    assert not cell_is_blank(0) and not cell_is_blank("0") and not cell_is_blank(False)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-03-09", dt.date(2026, 3, 9)),
        ("2026-3-9 10:15:00", dt.date(2026, 3, 9)),
        ("09-03-2026", dt.date(2026, 3, 9)),  # day first, as Indonesians write it
        ("9/3/2026", dt.date(2026, 3, 9)),
        ("09.03.2026 07:00", dt.date(2026, 3, 9)),
        (dt.datetime(2026, 3, 9, 23, 59), dt.date(2026, 3, 9)),
        (dt.date(2026, 3, 9), dt.date(2026, 3, 9)),
        (46090, dt.date(2026, 3, 9)),  # a date cell that lost its format: Excel's serial number
        (61, dt.date(1900, 3, 1)),
        (None, None),
        ("   ", None),
    ],
)
def test_parse_date_accepts(value: object, expected: dt.date | None) -> None:
    assert parse_date(value) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("value", ["kemarin", "2026/03/09", "31-02-2026", "12-2026", True, 60, 73051, -5, 1.5e9])
def test_parse_date_refuses(value: object) -> None:
    with pytest.raises(ValueError, match="bukan tanggal|day is out of range"):
        parse_date(value)  # type: ignore[arg-type]


def test_lengths_and_numbers_for_messages() -> None:
    assert excel_length("abc") == 3 and excel_length("a😀") == 3  # outside the BMP: two UTF-16 units
    assert thousands(1234567) == "1.234.567" and thousands(999) == "999"
    assert shorten("x" * 200) == "x" * 200
    cut = shorten("x" * 201)
    assert len(cut) == 200 and cut.endswith("…")
    assert shorten("abcdef", 4) == "abc…"
