from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path

import openpyxl
import pytest
import python_calamine
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import safe

TRICKY = [
    '=HYPERLINK("http://x","y")',
    "=1+1",
    "+62 812 3456",
    "-5",
    "@SUM(A1)",
    "0123",
    "1e5",
    "6201021205900001",
    "http://contoh.id",
    "  spasi di depan",
    "TRUE",
]


def _xlsxwriter_bytes(values: list[str]) -> bytes:
    buf = io.BytesIO()
    wb = safe.new_workbook(buf)
    ws = wb.add_worksheet("T")
    for i, v in enumerate(values):
        safe.write_text(ws, i, 0, v)
    wb.close()
    return buf.getvalue()


def _openpyxl_bytes(values: list[str]) -> bytes:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    for i, v in enumerate(values, start=1):
        safe.set_text(ws.cell(row=i, column=1), v)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def _calamine_column(data: bytes) -> list[object]:
    wb = python_calamine.CalamineWorkbook.from_filelike(io.BytesIO(data))
    return [row[0] for row in wb.get_sheet_by_index(0).to_python(skip_empty_area=False)]


@pytest.mark.parametrize("make", [_xlsxwriter_bytes, _openpyxl_bytes])
def test_tricky_text_stays_text(make) -> None:  # type: ignore[no-untyped-def]
    data = make(TRICKY)
    ws = openpyxl.load_workbook(io.BytesIO(data)).active
    assert ws is not None
    for i, text in enumerate(TRICKY, start=1):
        cell = ws.cell(row=i, column=1)
        assert cell.data_type == "s", text
        assert cell.value == text
    assert _calamine_column(data) == TRICKY


def test_text_like_xlsxwriters_rich_runs_is_written_as_text() -> None:
    typed = "<r><t>Siti</t></r><r><t>bukan XML</t></r>"
    data = _xlsxwriter_bytes([typed, "<r>", "</r>"])
    ws = openpyxl.load_workbook(io.BytesIO(data)).active  # raw XML in the file would not load, or load changed
    assert ws is not None
    assert [ws.cell(row=i, column=1).value for i in (1, 2, 3)] == [typed + " ", "<r>", "</r>"]
    assert [str(v).strip() for v in _calamine_column(data)] == [typed, "<r>", "</r>"]


def test_set_text_keeps_formula_looking_text_a_string() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    safe.set_text(ws["A1"], '=HYPERLINK("http://x","y")')
    assert ws["A1"].data_type == "s"


def test_write_value_types(tmp_path: Path) -> None:
    path = tmp_path / "v.xlsx"
    wb = safe.new_workbook(path)
    fm = safe.Formats(wb)
    ws = wb.add_worksheet()
    values: list[object] = ["teks", 3, 2.5, True, dt.date(2025, 1, 31), dt.datetime(2025, 1, 31, 14, 5, 9), None]
    for col, value in enumerate(values):
        safe.write_value(ws, 0, col, value, fm)
    wb.close()
    cells = openpyxl.load_workbook(path).active[1]  # type: ignore[index]
    assert [c.data_type for c in cells[:4]] == ["s", "n", "n", "b"]
    assert cells[4].is_date and cells[4].value == dt.datetime(2025, 1, 31)
    assert "yy" in cells[4].number_format and "h" not in cells[4].number_format
    assert cells[5].is_date and cells[5].value == dt.datetime(2025, 1, 31, 14, 5, 9)
    assert "hh:mm" in cells[5].number_format
    row = python_calamine.load_workbook(path).get_sheet_by_index(0).to_python()[0]
    assert row[4] == dt.date(2025, 1, 31)
    assert row[5] == dt.datetime(2025, 1, 31, 14, 5, 9)


def test_openpyxl_set_value_dates() -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    assert ws is not None
    safe.set_value(ws["A1"], dt.date(2025, 2, 3))
    safe.set_value(ws["B1"], dt.datetime(2025, 2, 3, 4, 5))
    safe.set_value(ws["C1"], "=2+2")
    assert ws["A1"].is_date and ws["A1"].number_format == safe.DATE_FORMAT
    assert ws["B1"].number_format == safe.DATETIME_FORMAT
    assert ws["C1"].data_type == "s"


def test_text_longer_than_excel_allows_is_refused() -> None:
    buf = io.BytesIO()
    wb = safe.new_workbook(buf)
    ws = wb.add_worksheet()
    with pytest.raises(ValidationError, match="32.767"):
        safe.write_text(ws, 0, 0, "x" * 32_768)
    safe.write_text(ws, 0, 0, "x" * 32_767)
    wb.close()
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    with pytest.raises(ValidationError):
        safe.set_text(sheet["A1"], "y" * 40_000)


def test_control_characters_survive_both_writers() -> None:
    values = ["a\x01b", "baris\r\nbaru", "tab\there", "a_x0041_b"]
    assert _calamine_column(_xlsxwriter_bytes(values)) == values
    assert _calamine_column(_openpyxl_bytes(values)) == values


# Text Excel can hold: no lone surrogates, no U+FFFE/U+FFFF (non-characters XML cannot carry).
_excel_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\ufffe\uffff"), max_size=200
)
_ESCAPE_LIKE = re.compile(r"_x[0-9A-Fa-f]{4}_")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_excel_text, min_size=1, max_size=8))
def test_any_text_comes_back_identical(values: list[str]) -> None:
    assert _pad(_calamine_column(_xlsxwriter_bytes(values)), len(values)) == values
    # openpyxl drops a cell that holds only spaces; the program writes every workbook with XlsxWriter.
    kept = [v for v in values if v.strip()]
    assert _pad(_calamine_column(_openpyxl_bytes(kept)), len(kept)) == kept


_printable = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"), max_size=200
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_printable, min_size=1, max_size=8))
def test_any_printable_text_comes_back_identical_in_openpyxl(values: list[str]) -> None:
    assume(not any(_ESCAPE_LIKE.search(v) for v in values))  # openpyxl's own reader mis-decodes _x005F_ chains
    for data in (_xlsxwriter_bytes(values), _openpyxl_bytes(values)):
        ws = openpyxl.load_workbook(io.BytesIO(data)).active
        assert ws is not None
        got = [ws.cell(row=i, column=1).value for i in range(1, len(values) + 1)]
        assert [g or "" for g in got] == values
        assert all(ws.cell(row=i, column=1).data_type == "s" for i, v in enumerate(values, start=1) if v)


def _pad(column: list[object], n: int) -> list[object]:
    """calamine drops trailing empty rows; an empty string is an empty cell."""
    return (column + [""] * n)[:n]
