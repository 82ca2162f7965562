"""The streaming reader for big sheets gives exactly what calamine gives (issue 21: a million rows, bounded memory)."""

from __future__ import annotations

import datetime as dt
import itertools
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl
import pytest
import xlsxwriter

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import guard, xlsx_stream
from puskesos_desktop.excel.registry_reader import read_registry
from tests.excel.conftest import XlsxFactory, write_xlsx

STREAM = guard.Limits(stream_cells=0)  # every sheet "big": streamed


def _same_rows(path: Path) -> int:
    """Both readers over every sheet: the same names, rows, values and value types. Returns the rows compared."""
    checked = guard.check(path)
    compared = 0
    with guard.Workbook(checked) as calamine, guard.Workbook(checked, STREAM) as streamed:
        assert streamed.streaming and not calamine.streaming
        assert streamed.sheet_names == calamine.sheet_names
        for sheet in calamine.sheet_names:
            for a, b in itertools.zip_longest(calamine.rows(sheet), streamed.rows(sheet)):
                assert a == b
                assert [type(v) for v in a] == [type(v) for v in b]
                compared += 1
    return compared


def test_every_kind_of_cell_as_calamine_reads_it(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    # Data from C3: calamine starts the rows at row 1 and the columns at the first used one.
    ws["C3"], ws["D3"], ws["E3"], ws["F3"] = "hello", 2, 2.5, True
    ws["G3"], ws["H3"], ws["I3"] = dt.date(2020, 1, 2), dt.datetime(2020, 1, 2, 3, 4, 5), dt.time(3, 4)
    ws["J3"], ws["K3"] = "=1/0", dt.timedelta(hours=30)
    ws["L3"] = 44000
    ws["L3"].number_format = "yyyy-mm-dd hh:mm"
    ws["M3"], ws["N3"] = 44000.5, 0.25
    ws["M3"].number_format = ws["N3"].number_format = "dd/mm/yyyy"
    ws["C5"], ws["E6"], ws["F6"], ws["G6"] = " a&b<c> \"'", 1e20, -3, 0.1
    ws["D4"] = 7
    ws["D4"].number_format = '0.00 "hari"'
    ws["C8"] = "baris\nbaru\r\tdan tab"
    hidden = wb.create_sheet("Tersembunyi")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "x"
    wb.create_sheet("Kosong")
    wb.create_sheet("Kedua")["B2"] = "y"
    path = tmp_path / "jenis.xlsx"
    wb.save(path)
    assert _same_rows(path) == 8 + 1 + 0 + 2


def test_shared_and_rich_strings_dates_and_sheets_as_excel_writes_them(tmp_path: Path) -> None:
    path = tmp_path / "xlsxwriter.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("DTKS")
    bold = wb.add_format({"bold": True})
    ws.write_string(0, 0, "NIK")
    ws.write_rich_string(0, 1, "Nama ", bold, "Lengkap", " & <gelar>")
    ws.write_string(1, 0, "3201010101900001")
    ws.write_string(1, 1, "ÄÖÜ ñ 漢字 😀 _x000D_ literal")
    ws.write_datetime(1, 2, dt.datetime(1990, 1, 1), wb.add_format({"num_format": "d mmm yyyy"}))
    ws.write_number(1, 3, 12.5, wb.add_format({"num_format": "[h]:mm"}))
    ws.write_number(1, 4, 3, wb.add_format({"num_format": '[Red]0;"d"'}))
    ws.write_formula(1, 5, "=A2&B2", None, "teks rumus")
    ws.write_boolean(1, 6, False)
    ws.write_string(5, 0, "  spasi  ")
    wb.add_worksheet("Lain").write_string(2, 3, "z")
    wb.close()
    assert _same_rows(path) == 6 + 3


def test_a_formatted_empty_cell_past_the_data_only_adds_empty_cells(tmp_path: Path) -> None:
    """calamine leaves out columns and rows that hold only formatted empty cells; the streamed rows keep them empty (the
    guard measures the columns without reading every cell). Every reader skips empty cells past its columns."""
    path = tmp_path / "kosong.xlsx"
    wb = xlsxwriter.Workbook(str(path))
    ws = wb.add_worksheet("Data")
    ws.write_row(0, 0, ["NIK", "Nama"])
    ws.write_row(1, 0, ["1", "x"])
    ws.write_blank(3, 4, None, wb.add_format({"bold": True}))
    wb.close()
    checked = guard.check(path)
    with guard.Workbook(checked) as calamine, guard.Workbook(checked, STREAM) as streamed:
        for a, b in itertools.zip_longest(calamine.rows("Data"), streamed.rows("Data")):
            a = a or []  # nor the rows after the last value: the streamed rows end with empty ones
            assert b[: len(a)] == a and not any(b[len(a) :])


def test_a_registry_extract_reads_the_same_streamed(xlsx: XlsxFactory, nik: Callable[..., str]) -> None:
    rows = [["NIK", "Nama", "No KK", "Tanggal Lahir", "Jenis Kelamin", "Desil", "PKH"]]
    for i in range(1, 40):
        rows.append([nik(serial=i), f"Warga {i}", "3201010101010001", dt.date(1990, 1, 1), "L", i % 10 + 1, "YA"])
    rows.append([nik(serial=1), "Ganda", None, None, None, None, None])  # a repeated NIK: rejected both ways
    rows.append(["123", "Salah", None, None, None, 11, "?"])
    path = xlsx(rows)
    plain = read_registry(path)
    streamed = read_registry(path, limits=STREAM)
    assert plain == streamed
    assert len(plain.rows) == 39 and len(plain.rejected) == 2


def test_cells_without_a_reference_are_left_to_calamine(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["NIK", "Nama"], ["1", "x"]])
    tweaked = tmp_path / "b.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tweaked, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="B2"', b"<c")
            out.writestr(info.filename, data)
    with guard.Workbook(guard.check(tweaked), STREAM) as wb:
        assert not wb.streaming
        assert list(wb.rows(wb.sheet_names[0])) == [["NIK", "Nama"], ["1", "x"]]


def test_big_files_are_read_from_disk_and_a_change_meanwhile_is_refused(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["NIK", "Nama"], ["1", "x"]])
    checked = guard.check(path)
    assert checked.data is None and checked.stamp[0] == path.stat().st_size
    csv_path = tmp_path / "a.csv"
    csv_path.write_text("NIK;Nama\n1;x\n", encoding="utf-8")
    csv_checked = guard.check(csv_path, allow_csv=True)
    assert csv_checked.data is None
    csv_path.write_text("NIK;Nama\n1;x\n2;y\n", encoding="utf-8")
    os.utime(csv_path, ns=(0, 10**9))
    with pytest.raises(ValidationError, match="berubah"):
        csv_checked.open()


def _rewrite(path: Path, target: Path, part: str, change: Callable[[bytes], bytes]) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(target, "w") as out:
        for info in src.infolist():
            data = src.read(info.filename)
            out.writestr(info.filename, change(data) if info.filename == part else data)
    return target


def test_shared_strings_taken_as_written_or_decoded_give_the_same_text(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pieces of the shared strings with nothing to decode are taken as their bytes; the others (entities, Excel's
    escapes, line ends, preserved spaces, damaged UTF-8) string by string: both as calamine reads them."""
    texts = ["NIK", "Nama", "WARGA SATU", "Ñoño 漢字 😀", " dua  spasi ", "a & b", "_x0041_ lolos", "baris\r\nbaru"]
    texts += [f"WARGA {i}" for i in range(300)]
    path = tmp_path / "teks.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("Data")
    for r, text in enumerate(texts):
        ws.write_string(r, 0, text)
        ws.write_string(r, 1, texts[r % 3])  # strings used again and again
    wb.close()
    monkeypatch.setattr(xlsx_stream, "CHUNK", 64)  # many small pieces: both ways in one file
    assert _same_rows(path) == len(texts)
    with zipfile.ZipFile(path) as zf:
        assert [xlsx_stream.StreamingBook(zf).strings[i] for i in range(3)] == ["NIK", "Nama", "WARGA SATU"]
    # A byte that is not UTF-8: replaced, as before, never an error while reading.
    damaged = _rewrite(path, tmp_path / "rusak.xlsx", "xl/sharedStrings.xml", lambda d: d.replace(b"SATU", b"S\xffTU"))
    with zipfile.ZipFile(damaged) as zf:
        assert xlsx_stream.StreamingBook(zf).strings[2] == "WARGA S\ufffdTU"


def test_rows_of_many_shapes_with_number_niks_and_date_serials_read_as_calamine_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each row shape (columns present, types, styles) is planned once: rows with cells left out, NIKs written as
    numbers, dates as serials with and without a date format, and more shapes and strings than are remembered."""
    monkeypatch.setattr(xlsx_stream, "MAX_PLANS", 3)
    monkeypatch.setattr(xlsx_stream, "SEEN_MAX", 5)
    path = tmp_path / "bentuk.xlsx"
    wb = xlsxwriter.Workbook(str(path), {"strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("DTKS")
    day = wb.add_format({"num_format": "dd/mm/yyyy"})
    ws.write_row(0, 0, ["NIK", "Nama", "Tanggal Lahir", "Desil", "PKH"])
    for r in range(1, 60):
        if r % 4:
            ws.write_string(r, 0, f"320101010190{r:04d}")
        else:
            ws.write_number(r, 0, 3201010101900000 + r)  # a NIK stored as a number
        if r % 5:
            ws.write_string(r, 1, f"WARGA {r % 7}")
        if r % 3 == 0:
            ws.write_datetime(r, 2, dt.datetime(1990, 1, 1 + r % 28), day)
        elif r % 3 == 1:
            ws.write_number(r, 2, 32874 + r)  # a date serial that lost its format
        ws.write_number(r, 3, r % 10 + 1)
        ws.write_string(r, 4, "YA" if r % 2 else "TIDAK")
    wb.close()
    assert _same_rows(path) == 60
    got = read_registry(path, limits=STREAM)
    assert got == read_registry(path)
    assert {row.nik for row in got.rows} >= {"3201010101900004", "3201010101900008"}  # 16 digits, no float error


def test_a_shared_string_number_out_of_range_is_a_damaged_sheet(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["NIK", "Nama"], ["1", "x"]])
    damaged = _rewrite(
        path, tmp_path / "b.xlsx", "xl/worksheets/sheet1.xml", lambda d: d.replace(b"<v>3</v>", b"<v>99</v>")
    )
    with guard.Workbook(guard.check(damaged), STREAM) as wb:
        assert wb.streaming
        with pytest.raises(ValidationError, match="rusak dan tidak dapat dibaca"):
            list(wb.rows(wb.sheet_names[0]))
