"""excel/desil_reader.py: a SIKS-NG desil workbook read row by row — the header under a title, desil written as a
number or as "Desil 4", one desil per family, each bad row rejected with its row, column and reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel.desil_reader import DesilRow, read_desil
from tests.excel.conftest import write_xlsx

KK_A, KK_B, KK_C = "6201021205900002", "6201021505850004", "6201021303750009"
NIK_A = "6201021205900001"


def test_rows_read_and_bad_rows_rejected_with_their_reason(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "desil.xlsx", [
        ["DATA DESIL KELUARGA DESA SUKAMAJU"],
        [],
        ["No", "No. KK", "NIK", "Desil"],
        [1, KK_A, NIK_A, 3],
        [2, KK_B, "", "Desil 4"],
        [3, "", NIK_A, 2.0],
        [None, None, None, None],
        [4, KK_C, "", 11],
        [5, KK_A, "", 5],  # the same family with another desil
        [6, "", "", 2],
        [7, "12345", "", 2],
    ])  # fmt: skip
    result = read_desil(path)
    assert (result.header_row, result.total_rows, result.sheet) == (3, 7, "Data")
    assert result.rows == [DesilRow(4, KK_A, NIK_A, 3), DesilRow(5, KK_B, "", 4), DesilRow(6, "", NIK_A, 2)]
    reasons = {i.row_number: (i.column, i.value, i.reason) for i in result.rejected}
    assert reasons[8] == ("Desil", "11", "Desil harus angka 1 sampai 10.")
    assert reasons[9][:2] == ("Desil", "5") and "sudah tertulis desil 3 di baris 4" in reasons[9][2]
    assert reasons[10] == ("No. KK", "", "No. KK dan NIK kosong.")
    assert reasons[11][:2] == ("No. KK", "12345") and "16" in reasons[11][2]
    assert len(result.sha256) == 64


def test_a_file_without_a_desil_header_is_refused_by_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "salah.xlsx", [["Nama", "Desil"], ["Siti", 3]])
    with pytest.raises(ValidationError) as caught:
        read_desil(path)
    assert "salah.xlsx" in caught.value.message and "kolom Desil dan kolom No KK atau NIK" in caught.value.message
