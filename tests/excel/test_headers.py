"""excel/headers.py: which column is which in an extract — header names as offices and the ministry write them, a
header row below a title, a mapping chosen by staff, and what a wizard is shown when nothing is recognised."""

from __future__ import annotations

import pytest

from puskesos_desktop.core.errors import ValidationError
from puskesos_desktop.excel import headers as hd


def test_header_keys_ignore_case_spaces_and_punctuation() -> None:
    assert {hd.header_key(t) for t in ("No. KK", "NO_KK", "nokk", " No  Kk ")} == {"NOKK"}
    assert [hd.field_of(t) for t in ("Nomor Kartu Keluarga", "NIK_INDIVIDU", "Tgl. Lahir", "Alamat Domisili")] == [
        hd.KK, hd.NIK, hd.BIRTH_DATE, hd.ADDRESS,
    ]  # fmt: skip
    assert hd.field_of("Hobi") is None and hd.field_of(" - ") is None


@pytest.mark.parametrize(
    ("header", "code"),
    [("PKH", "PKH"), ("Sembako", "BPNT"), ("BANSOS_PKH", "PKH"), ("Status Penerima KIS", "PBI"), ("rtlh", "RUTILAHU"),
     ("Flag BLT Dana Desa", "BLTDD"), ("Program", None), ("Status", None)],
)  # fmt: skip
def test_programme_columns_by_any_of_their_names(header: str, code: str | None) -> None:
    assert hd.programme_code(header) == code
    if code is not None:
        assert hd.field_of(header) == code


def test_the_header_row_may_sit_under_a_title() -> None:
    rows = [
        ["DATA TERPADU KESEJAHTERAAN SOSIAL", None],
        [],
        ["No", "NIK", "Nama Lengkap", "PKH", "Catatan", "NIK"],
        [1, "6201021205900001", "SITI", "YA", "", "x"],
    ]
    found = hd.find_columns(rows)
    assert found is not None
    assert found.header_row == 2 and found.index == {hd.NIK: 1, hd.NAME: 2, "PKH": 3}
    # An unknown header and a second NIK column are both left for staff to see, not guessed.
    assert found.unknown == ("No", "Catatan", "NIK")


def test_only_the_first_ten_rows_are_searched() -> None:
    rows: list[list[object]] = [["judul"]] * hd.HEADER_SCAN_ROWS + [["NIK", "NAMA"]]
    assert hd.find_columns(rows) is None


def test_a_mapping_names_columns_the_file_calls_otherwise() -> None:
    rows = [["Nomor Penduduk", "Nama KRT", "Kel"], ["6201021205900001", "SITI", "X"]]
    assert hd.find_columns(rows) is None
    mapped = hd.find_columns(rows, {hd.NIK: "nomor penduduk", hd.NAME: "NAMA KRT"})
    assert mapped is not None and mapped.index == {hd.NIK: 0, hd.NAME: 1} and mapped.unknown == ("Kel",)
    # A mapping overrides what a header would be on its own, and a header the file lacks is no match.
    rows2 = [["NIK", "NAMA", "NAMA PANGGILAN"]]
    again = hd.find_columns(rows2, {hd.NAME: "Nama Panggilan"})
    assert again is not None and again.index == {hd.NIK: 0, hd.NAME: 2} and again.unknown == ("NAMA",)
    assert hd.find_columns(rows2, {hd.NAME: "Tidak Ada"}) is None


def test_a_mapping_to_an_unknown_field_is_refused_by_name() -> None:
    with pytest.raises(ValidationError) as caught:
        hd.find_columns([["NIK", "NAMA"]], {"gaji": "NAMA"})
    assert caught.value.message == "Kolom tujuan 'gaji' tidak dikenal."


def test_what_a_wizard_is_shown() -> None:
    rows = [["NIK", "Nama", "Hobi"], ["1", "A", ""], [None, None, None], ["2", "B", "main"], ["3", "C", ""], ["4"]]
    seen = hd.detection_of(rows, "Data", None)
    assert seen.ok and seen.header_row == 1 and seen.sheet == "Data"
    assert seen.found == {hd.NIK: "NIK", hd.NAME: "Nama"} and seen.unknown == ("Hobi",)
    assert seen.samples == (("1", "A", ""), ("2", "B", "main"), ("3", "C", ""))  # three, blank rows skipped

    unknown = hd.detection_of([[], ["Nomor", "Nama"], ["1", "A"]], None, None)
    assert not unknown.ok and unknown.header_row is None
    assert unknown.headers == ("Nomor", "Nama") and unknown.missing == (hd.NIK,) and unknown.samples == (("1", "A"),)

    empty = hd.detection_of([], None, None)
    assert not empty.ok and empty.missing == hd.REQUIRED and empty.headers == ()
