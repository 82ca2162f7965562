"""excel/population_reader.py: a village population register (OpenSID's columns or a plain workbook) read row by
row — apostrophes before NIK and KK dropped, relation and life status from their codes or words, a NIK of 0 or an
unknown life status rejected with a reason staff can act on."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.core.identity import make_nik
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


def _deviations() -> list[list[object]]:
    """Rows the plain-row path must read exactly as RowReader does: plain ones and every way of leaving it."""
    head = ["alamat", "rw", "rt", "nama", "no_kk", "nik", "sex", "tempatlahir", "tanggallahir", "kk_level",
            "status_dasar"]  # fmt: skip
    plain: list[object] = ["Jl. Melati 1", "002", "001", "MUHAMMAD YUSUF", f"'{KK}", f"'{N1}", "1", "Sukamaju",
                           "1990-05-12", "1", "1"]  # fmt: skip
    rows: list[list[object]] = [head, plain]
    changes: list[tuple[int, object]] = [
        (5, "6201021205900001"),  # the same NIK again: refused as a repeat
        (5, N2),
        (5, "6201021205900000"),
        (5, "9901021205900009"),
        (5, "6201021299900009"),
        (5, 6201021205900011),
        (5, "62010212059000"),
        (5, " 6201021205900012 "),
        (5, "6,20102E+15"),
        (3, ""),
        (3, "  "),
        (3, "ÀNDRÉ"),
        (3, "A\u200bB"),
        (3, "BARIS\nBARU"),
        (3, "X" * 151),
        (3, 12345),
        (4, ""),
        (4, None),
        (4, "6201021205900000"),
        (4, "9901021205900002"),
        (4, 6201021205900002),
        (4, "123"),
        (6, "2"),
        (6, "P"),
        (6, "L"),
        (6, "l"),
        (6, " 1"),
        (6, 1),
        (6, "X"),
        (6, None),
        (8, "1990-05-13"),
        (8, "1990-5-12"),
        (8, "12-05-1990"),
        (8, "1990-02-30"),
        (8, "1890-05-12"),
        (8, "1990-+5-12"),
        (8, dt.date(1990, 5, 12)),
        (8, dt.datetime(1990, 5, 12, 8, 0)),
        (8, 33005),
        (8, "bukan"),
        (8, None),
        (8, "1990-05-12 10:00"),
        (2, "1"),
        (2, "01"),
        (2, "0001"),
        (2, "RT1"),
        (2, ""),
        (1, "12"),
        (1, 2),
        (1, " 003 "),
        (0, ""),
        (0, "\tJl. Kamboja"),
        (0, "A" * 301),
        (7, None),
        (7, "Tempat\x07Lahir"),
    ]
    for i, (column, value) in enumerate(changes):
        row = list(plain)
        if column != 5:
            # Each its own person (a new NIK), so that only the change tried decides the row's fate.
            row[5] = make_nik("620102", dt.date(1990, 5, 12), "L", 100 + i)
        row[column] = value
        rows.append(row)
    return rows


@pytest.mark.parametrize("suffix", ["csv", "xlsx"])
def test_plain_rows_are_read_as_the_registry_rules_read_them(tmp_path: Path, suffix: str) -> None:
    rows = _deviations()
    if suffix == "csv":
        path = tmp_path / "penduduk.csv"
        with path.open("w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows(["" if v is None else v for v in row] for row in rows)
    else:
        path = write_xlsx(tmp_path / "penduduk.xlsx", rows)
    fast = read_population(path, today=dt.date(2026, 11, 20))
    slow = read_population(path, today=dt.date(2026, 11, 20), plain_rows=False)
    assert fast.rows == slow.rows
    assert (fast.rejected, fast.warnings, fast.total_rows) == (slow.rejected, slow.warnings, slow.total_rows)
    # The comparison means something: plain rows, refusals and warnings all occur.
    assert len(fast.rows) > 20 and len(fast.rejected) > 5 and len(fast.warnings) > 5


def test_plain_rows_stay_out_of_registry_files(tmp_path: Path) -> None:
    """A file with a registry's columns (desil here) is read by RowReader alone: those columns have rules of their
    own that the plain-row path does not know."""
    path = write_xlsx(tmp_path / "penduduk.xlsx", [
        ["nik", "no_kk", "nama", "desil"], [N1, KK, "MUHAMMAD YUSUF", "3"], [N2, KK, "SITI AMINAH", "desil 11"],
    ])  # fmt: skip
    result = read_population(path, today=dt.date(2026, 11, 20))
    assert [r.person.desil for r in result.rows] == [3]
    assert [i.reason for i in result.rejected] == ["Desil harus angka 1 sampai 10."]
