"""The batch's data sheets read back after writing: header, row count, key columns (excel/batch_readback.py)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
import xlsxwriter

from puskesos_desktop.core.errors import said
from puskesos_desktop.core.files import FileWriteError
from puskesos_desktop.excel import batch
from puskesos_desktop.excel.batch_readback import BatchReadBack, ReadBackError
from tests.excel.test_batch import complaints, referrals, write


def built(tmp_path: Path) -> bytes:
    return write(tmp_path).path.read_bytes()


def test_sheets_header_rows_and_keys(tmp_path: Path) -> None:
    back = BatchReadBack(built(tmp_path))
    assert back.sheet_names == ["Ringkasan", "Keluhan", "Rujukan", "Usulan DTKS"]
    scan = back.scan("Keluhan", [0, 2])
    assert scan.rows == len(complaints())
    assert scan.header[:3] == ["No Resi", "Tanggal Registrasi", "NIK"]
    assert scan.keys[0] == [c.receipt_no for c in complaints()]
    assert scan.keys[2] == [c.nik or "" for c in complaints()]


def test_shared_strings_decoded_as_a_reader_shows_them() -> None:
    buffer = io.BytesIO()
    wb = xlsxwriter.Workbook(buffer, {"in_memory": True, "strings_to_numbers": False, "strings_to_formulas": False})
    ws = wb.add_worksheet("Lembar")
    texts = ["Header", "a & b <c>", "  spasi ", "_x00e9_", "Ağa", "baris\nbaru"]
    for row, text in enumerate(texts):
        ws.write_string(row, 0, text)
    ws.write_rich_string(len(texts), 0, "te", wb.add_format({"bold": True}), "bal")
    wb.close()
    scan = BatchReadBack(buffer.getvalue()).scan("Lembar", [0])
    assert scan.header == ["Header"]
    assert scan.keys[0] == [*texts[1:], "tebal"]


def test_a_damaged_zip_is_refused(tmp_path: Path) -> None:
    data = built(tmp_path)
    with pytest.raises(ReadBackError):
        BatchReadBack(data[: len(data) // 2])
    # A flipped byte inside a compressed part: its CRC (or the inflater) refuses it.
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        info = z.getinfo("xl/worksheets/sheet2.xml")
    at = info.header_offset + 30 + len(info.filename) + 10
    flipped = data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
    with pytest.raises(ReadBackError) as caught:
        BatchReadBack(flipped)
    assert "rusak" in str(said(caught.value))


def test_a_missing_sheet_is_named(tmp_path: Path) -> None:
    with pytest.raises(ReadBackError) as caught:
        BatchReadBack(built(tmp_path)).scan("Tidak Ada", [0])
    assert "Tidak Ada" in str(said(caught.value))


@pytest.mark.parametrize("what", ["count", "key"])
def test_the_check_after_writing_sees_a_workbook_that_differs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, what: str
) -> None:
    """A builder that drops a row or changes a key is caught after writing, and nothing is left behind."""
    real = batch._build

    def wrong(summary: batch.BatchSummary, tables: dict[str, Any], *args: Any) -> bytes:
        rows = list(tables["Rujukan"])
        if what == "count":
            rows = rows[:-1]
        else:
            rows[-1] = replace(rows[-1], status="Ditolak" if rows[-1].status != "Ditolak" else "Dikirim")
        return real(summary, {**tables, "Rujukan": rows}, *args)

    monkeypatch.setattr(batch, "_build", wrong)
    with pytest.raises(FileWriteError) as caught:
        write(tmp_path)
    text = caught.value.message
    assert "gagal diperiksa" in text
    assert ("jumlah baris lembar Rujukan" if what == "count" else f"baris {len(referrals()) + 1} kolom Status") in text
    assert list(tmp_path.iterdir()) == []
