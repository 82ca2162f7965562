"""excel/population_reader.py: a village population register (OpenSID's columns or a plain workbook) read row by
row — apostrophes before NIK and KK dropped, relation and life status from their codes or words, a NIK of 0 or an
unknown life status rejected with a reason staff can act on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel.population_reader import read_population
from tests.excel.conftest import write_xlsx

HEAD = ["nik", "no_kk", "nama", "tanggallahir", "kk_level", "status_dasar", "dusun"]
N1, N2, KK = "6201021205900001", "6201024505850003", "6201021205900002"


def test_codes_and_words_become_the_programs_terms(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "penduduk.xlsx", [
        HEAD,
        [f"'{N1}", f"'{KK}", "MUHAMMAD YUSUF", "1990-05-12", 1, 1, "Krajan"],
        [N2, KK, "SITI AMINAH", "1985-05-05", "3", "MATI", ""],
        ["0", KK, "BAYI", "2026-01-01", 4, 1, ""],
        ["6201020101150005", KK, "ANAK", "2015-01-01", "Keponakan", "ENTAHLAH", ""],
        ["6201020101150006", KK, "ANAK KEDUA", "2016-01-01", None, None, ""],
    ])  # fmt: skip
    result = read_population(path, today=dt.date(2026, 11, 20))
    assert result.total_rows == 5
    (yusuf, siti, second) = result.rows
    assert (yusuf.person.nik, yusuf.person.kk, yusuf.relation, yusuf.life_status, yusuf.dusun) == (
        N1, KK, "Kepala Keluarga", "hidup", "Krajan",
    )  # fmt: skip
    assert (siti.relation, siti.life_status) == ("Istri", "meninggal")
    assert (second.relation, second.life_status) == ("", "hidup")  # blank status: alive
    reasons = {i.row_number: (i.column, i.value, i.reason) for i in result.rejected}
    assert reasons[4][:2] == ("nik", "0") and "alasan belum punya NIK" in reasons[4][2]
    assert reasons[5] == (
        "status_dasar",
        "ENTAHLAH",
        "Status dasar tidak dikenal (1 HIDUP, 2 MATI, 3 PINDAH, 4 HILANG).",
    )


def test_a_relation_in_words_is_kept_as_written(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "p.xlsx", [["NIK", "Nama", "Hubungan Keluarga"], [N1, "Yusuf", "keponakan jauh"]])
    (row,) = read_population(path, today=dt.date(2026, 11, 20)).rows
    assert (row.relation, row.life_status, row.dusun) == ("Keponakan Jauh", "hidup", "")


def test_without_nik_and_name_columns_the_file_is_refused_by_name(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "bukan.xlsx", [["Alamat", "RT"], ["Jl. Melati", "1"]])
    with pytest.raises(ValidationError) as caught:
        read_population(path)
    assert "bukan.xlsx" in caught.value.message and "OpenSID" in caught.value.message
