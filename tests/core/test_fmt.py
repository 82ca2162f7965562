import datetime as dt

import pytest

from puskesos_desktop.core import fmt


def test_tanggal_is_indonesian_without_leading_zero() -> None:
    assert fmt.tanggal(dt.date(2026, 11, 23)) == "23 November 2026"
    assert fmt.tanggal(dt.date(2026, 1, 5)) == "5 Januari 2026"
    assert fmt.tanggal(dt.datetime(2026, 8, 17, 10, 0)) == "17 Agustus 2026"
    assert fmt.tanggal(None) == "-"
    assert fmt.tanggal(None, empty="") == ""


def test_every_month_name() -> None:
    names = [fmt.tanggal(dt.date(2026, m, 1)).split()[1] for m in range(1, 13)]
    assert names == [
        "Januari", "Februari", "Maret", "April", "Mei", "Juni",
        "Juli", "Agustus", "September", "Oktober", "November", "Desember",
    ]  # fmt: skip


def test_tanggal_jam_uses_a_dot_between_hours_and_minutes() -> None:
    assert fmt.tanggal_jam(dt.datetime(2026, 11, 23, 9, 5)) == "23 November 2026 pukul 09.05"
    assert fmt.tanggal_jam(None) == "-"
    assert fmt.jam(dt.time(14, 30)) == "14.30"


def test_hari() -> None:
    assert fmt.hari(dt.date(2026, 11, 23)) == "Senin"
    assert fmt.hari_tanggal(dt.date(2026, 11, 29)) == "Minggu, 29 November 2026"
    assert fmt.hari(dt.date(2026, 11, 27)) == "Jumat"


def test_bulan_tahun() -> None:
    assert fmt.bulan_tahun(dt.date(2026, 11, 23)) == "November 2026"
    assert fmt.bulan_tahun((2027, 2)) == "Februari 2027"
    assert fmt.bulan_tahun(None) == "-"
    with pytest.raises(ValueError):
        fmt.bulan_tahun((2026, 13))


def test_rupiah_groups_thousands_with_dots() -> None:
    assert fmt.rupiah(1500000) == "Rp 1.500.000"
    assert fmt.rupiah(0) == "Rp 0"
    assert fmt.rupiah(999) == "Rp 999"
    assert fmt.rupiah(1000) == "Rp 1.000"
    assert fmt.rupiah(-25000) == "-Rp 25.000"
    assert fmt.rupiah(None) == "-"
    assert fmt.angka(1234567890) == "1.234.567.890"


def test_tanggal_pendek() -> None:
    assert fmt.tanggal_pendek(dt.date(2026, 3, 7)) == "07-03-2026"


def test_ukuran_one_formatter_for_sizes() -> None:
    assert fmt.ukuran(None) == "?"
    assert fmt.ukuran(10) == "1 KB"
    assert fmt.ukuran(20 * 1024) == "20 KB"
    assert fmt.ukuran(3 * 1_048_576 + 400_000) == "3,4 MB"
    assert fmt.ukuran(5 * 1_073_741_824) == "5,0 GB"
