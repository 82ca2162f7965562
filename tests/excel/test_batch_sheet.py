"""The batch's data sheets written in one pass are byte for byte XlsxWriter's own cell-by-cell writing."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Sequence
from typing import Any

import pytest
from xlsxwriter.worksheet import Worksheet

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import safe
from puskesos_desktop.excel.batch import _cell
from puskesos_desktop.excel.batch_columns import COMPLAINT_COLUMNS, ComplaintRow, Kind
from puskesos_desktop.excel.batch_sheet import BatchWorkbook, DataSheet

WIB = dt.timezone(dt.timedelta(hours=7))
PROPS = {"created": dt.datetime(2025, 1, 1), "title": "uji"}


def row(i: int, **changes: Any) -> ComplaintRow:
    values: dict[str, Any] = dict(
        receipt_no=f"RESI/6201022001/2025/01/{i:04d}", registered_on=dt.date(2025, 1, 1 + i % 28),
        nik=f"62010212059{i:05d}", kk="6201021203090001", name=["Siti", "Ağa Đức", "=1+1", " spasi "][i % 4],
        sex="LP"[i % 2], birth_date=dt.date(1950 + i % 60, 1 + i % 12, 1 + i % 27), address=f"Jl. Mawar {i % 7}",
        rt="001", rw="0" + str(i % 3), in_dtks=bool(i % 2), desil=i % 11 or None, channel="Datang Langsung",
        field="Kesehatan", service="BPJS PBI", description="<b>&amp; _x0041_ \x07 baris\nbaru", status="Diterima",
        officer="Petugas", closed_on=None, updated_at=dt.datetime(2025, 1, 31, 14, 30, i % 60),
    )  # fmt: skip
    values.update(changes)
    return ComplaintRow(**values)


def reference(ws: Worksheet, rows: Sequence[ComplaintRow], fm: safe.Formats) -> None:
    """How the batch was written before: each value checked, then one XlsxWriter call per cell."""
    for r, item in enumerate(rows, start=1):
        for col, c in enumerate(COMPLAINT_COLUMNS):
            value = _cell(c, getattr(item, c.attr), "Keluhan", r + 1)
            if value is None:
                continue
            if c.kind is Kind.DATE:
                ws.write_datetime(r, col, value, fm.date)
            elif c.kind is Kind.DATETIME:
                ws.write_datetime(r, col, value, fm.datetime)
            elif c.kind is Kind.INT:
                ws.write_number(r, col, value)
            else:
                safe.write_text(ws, r, col, value)


# Shared strings XlsxWriter must escape or mark: rich-text look-alike, trailing newline, Unicode space.
MARKED = ["<r>x</r>", "a\n", "\u00a0b", "c\u2003", "_x00e9_", "\t", "&", "Ağa"]


def workbook(rows: Sequence[ComplaintRow], fast: bool, marked: Sequence[str] = MARKED) -> dict[str, bytes]:
    buffer = io.BytesIO()
    wb = BatchWorkbook(buffer) if fast else safe.new_workbook(buffer)
    wb.set_properties(PROPS)
    fm = safe.Formats(wb)
    first = wb.add_worksheet("Ringkasan")  # uses the date-time format first, as the summary does
    first.write_datetime(1, 1, dt.datetime(2025, 1, 31, 8, 0), fm.datetime)
    safe.write_text(first, 2, 1, "Petugas")
    ws = wb.add_worksheet("Keluhan", worksheet_class=DataSheet if fast else None)
    for col, c in enumerate(COMPLAINT_COLUMNS):
        safe.write_text(ws, 0, col, c.header, fm.header)
    if fast:
        assert isinstance(ws, DataSheet)
        ws.write_rows(COMPLAINT_COLUMNS, rows, fm, "Keluhan", _cell)
    else:
        reference(ws, rows, fm)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(rows), 1), len(COMPLAINT_COLUMNS) - 1)
    other = wb.add_worksheet("Lagi")
    other.write_string(0, 0, "Siti")  # a string the data sheet shared
    for i, text in enumerate(marked):
        other.write_string(i + 1, 0, text)
    wb.close()
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as z:
        return {name: z.read(name) for name in z.namelist()}


def sparse(i: int) -> ComplaintRow:
    """Rows 20…: few columns filled, so the blocks of 16 rows get spans of their own."""
    return row(i, nik=None, kk="", sex=None, birth_date=None, in_dtks=None, desil=None, description="",
               address="", rt="", rw="", name="", service="", officer="")  # fmt: skip


ODD: list[ComplaintRow] = [
    row(1, birth_date=dt.date(1900, 1, 15), closed_on=dt.date(1900, 2, 28)),  # before Excel's phantom leap day
    row(2, registered_on=dt.datetime(2025, 1, 2, 9, 15), closed_on=dt.datetime(2025, 1, 3, 23, 59, 59)),
    row(3, updated_at=dt.datetime(2025, 1, 31, 14, 30, 5, 999_999, tzinfo=WIB)),
    row(4, updated_at=dt.date(2025, 1, 31), desil=10_000_000_000_000_000),
    row(5, in_dtks=False, sex="P", updated_at=dt.datetime(1900, 3, 1, 12, 0)),
    row(6, description="<r><t>tulisan warga</t></r>", name="<r>"),  # XlsxWriter's rich-text look-alike
]


@pytest.mark.parametrize(
    "rows",
    [
        [row(i) for i in range(1, 40)] + [sparse(i) for i in range(40, 75)],
        ODD,
        [sparse(1)],
        [],
    ],
    ids=["mixed", "odd-values", "one-sparse-row", "empty"],
)
def test_same_bytes_as_cell_by_cell(rows: list[ComplaintRow]) -> None:
    fast, slow = workbook(rows, fast=True), workbook(rows, fast=False)
    assert fast.keys() == slow.keys()
    for name in slow:
        assert fast[name] == slow[name], name


def test_same_bytes_when_no_string_has_a_newline() -> None:
    """Then the shared strings are searched joined by newlines: each string needing care is still found, at the
    start, the middle and the end of the table and next to each other."""
    rows = [row(i, description=["", "a & b", " spasi", "akhir\u2003", "_x0041_", "tab\t"][i % 6]) for i in range(1, 30)]
    marked = ["\u00a0", "<r>x</r>", "c\u2003", "d", "\u3000e", "_x00E9_", "_x00g9_", "\x1f", "<", ">", "f "]
    fast, slow = workbook(rows, fast=True, marked=marked), workbook(rows, fast=False, marked=marked)
    assert fast == slow
    assert b"<si><t>_x005F_x00E9_</t></si>" in slow["xl/sharedStrings.xml"]  # the case that was looked at


@pytest.mark.parametrize(
    ("change", "field", "reason"),
    [
        ({"nik": "62010212059000x1"}, "NIK", "16 angka"),
        ({"in_dtks": 1}, "Status DTKS", "ya/tidak"),  # 1 == True: the cached label of True must not answer for it
        ({"status": "Entah"}, "Status", "bukan pilihan"),
        ({"desil": True}, "Desil", "bilangan bulat"),
        ({"name": 7}, "Nama", "teks"),
        ({"registered_on": "2025-01-01"}, "Tanggal Registrasi", "tanggal"),
        ({"updated_at": "kemarin"}, "Terakhir Diubah", "tanggal dan jam"),
        ({"description": "x" * 40_000}, "Uraian", "terlalu panjang"),
    ],
)
def test_a_bad_value_is_refused_with_its_row(change: dict[str, Any], field: str, reason: str) -> None:
    rows = [row(i) for i in range(1, 6)]
    rows.insert(3, row(9, **change))  # after rows whose good values were cached
    with pytest.raises(ValidationError) as err:
        workbook(rows, fast=True)
    assert err.value.field == field
    assert err.value.row == 5  # the fourth data row, under the header
    assert reason in err.value.message


def test_text_that_looks_like_xlsxwriter_rich_text_stays_text() -> None:
    """XlsxWriter writes a shared string "<r>…</r>" into the file unescaped; typed by a person it must stay text."""
    import openpyxl

    typed = "<r><t>tulisan warga</t></r>"
    parts = workbook([row(1, description=typed)], fast=True)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    ws = openpyxl.load_workbook(io.BytesIO(buffer.getvalue()))["Keluhan"]
    texts = [str(c.value) for r in ws.iter_rows() for c in r if c.value is not None]
    assert typed + " " in texts  # one trailing space: the reader's trim gives back what was typed
    assert b"<si><r><t>tulisan" not in parts["xl/sharedStrings.xml"]
