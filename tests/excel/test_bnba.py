"""The BNBA list of a Musdesus (issue 16.6): exact columns, NIK as text, no formula from any text."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import python_calamine

from puskesos_desktop.excel.bnba import BNBA_HEADERS, BnbaRow, write_bnba

EVIL = '=HYPERLINK("http://x","klik")'


def test_columns_text_cells_and_no_formula(tmp_path: Path) -> None:
    rows = [
        BnbaRow(
            "6201025205900001", "6201021205900002", EVIL, "+SUM(A1:A9)", "003", "002", "Tambah", "@cmd", "Disahkan"
        ),
        BnbaRow("0201025205900001", None, "Budi", "Jl. Melati", "", "", "Hapus", "-1+2", "Ditolak"),
    ]
    target = tmp_path / "bnba.xlsx"
    write_bnba(target, rows)
    ws = openpyxl.load_workbook(target)["BNBA"]
    assert [c.value for c in ws[1]] == list(BNBA_HEADERS) == [
        "No", "NIK", "No KK", "Nama", "Alamat", "RT", "RW", "Jenis usulan", "Alasan", "Keputusan",
    ]  # fmt: skip
    first, second = ws[2], ws[3]
    assert [c.value for c in first] == [1, *rows[0].__dict__.values()]
    assert first[1].data_type == "s" and first[2].data_type == "s" and second[1].value == "0201025205900001"
    assert second[2].value is None  # no KK: an empty cell, never "None"
    for row in ws.iter_rows(min_row=2):
        for cell in row[1:]:
            assert cell.data_type in ("s", "n") and cell.data_type != "f", cell.coordinate
    # Read the way the operator's other tools read it: still text, leading zero kept.
    back = python_calamine.load_workbook(target).get_sheet_by_name("BNBA").to_python()
    assert back[1][3] == EVIL and back[2][1] == "0201025205900001" and back[1][5] == "003"
