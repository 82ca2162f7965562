"""excel/registry_rows.py on its own: one row of cells -> a RegistryRow, a rejection or warnings (no file read)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from puskesos_desktop.excel import headers
from puskesos_desktop.excel.common import EXACT_INT_LIMIT, CellValue, RowIssue
from puskesos_desktop.excel.registry_rows import (
    CLEANED_REASON,
    RegistryRow,
    Reject,
    RowReader,
    nik_lost_digits,
    repeated_reason,
)

Nik = Callable[..., str]
TODAY = dt.date(2025, 6, 1)
HEADER = ["NIK", "NO_KK", "NAMA", "TEMPAT_LAHIR", "TGL_LAHIR", "JENIS_KELAMIN", "ALAMAT", "RT", "RW", "ID_DTKS",
          "DESIL", "KODE_WILAYAH", "PKH", "BPNT", "PBI"]  # fmt: skip
KK = "6201021203090001"
MAX_CHARS = 32_767


def _columns(header: list[str] = HEADER) -> headers.ColumnMap:
    found = headers.find_columns([header])
    assert found is not None
    return found


def _reader(*, held: bool = True, header: list[str] = HEADER) -> RowReader:
    return RowReader(_columns(header), TODAY, MAX_CHARS, held=held)


def _cells(nik: CellValue, name: CellValue = "SITI AMINAH", **kw: CellValue) -> list[CellValue]:
    values: dict[str, CellValue] = {
        "kk": KK, "place": "PANGKALAN BUN", "birth": None, "sex": None, "address": "JL. MERDEKA", "rt": "001",
        "rw": "002", "id": "DTKS01", "desil": "3", "region": "6201021001", "pkh": "YA", "bpnt": "TIDAK", "pbi": "",
    }  # fmt: skip
    values.update(kw)
    return [nik, values["kk"], name, values["place"], values["birth"], values["sex"], values["address"],
            values["rt"], values["rw"], values["id"], values["desil"], values["region"], values["pkh"],
            values["bpnt"], values["pbi"]]  # fmt: skip


def _read(reader: RowReader, cells: list[CellValue], number: int = 2) -> tuple[RegistryRow, list[RowIssue]]:
    warnings: list[RowIssue] = []
    return reader.read(reader.pad(cells), number, warnings), warnings


def _rejected(reader: RowReader, cells: list[CellValue], number: int = 2) -> tuple[str, str, str]:
    with pytest.raises(Reject) as caught:
        reader.read(reader.pad(cells), number, [])
    return caught.value.issue


# --- the row and its hash ----------------------------------------------------------------------------------------


def test_a_plain_row_becomes_a_registry_row(nik: Nik) -> None:
    n = nik(dt.date(1990, 5, 12), "L", 1)
    row, warnings = _read(_reader(), _cells(n, rt="4", rw=12, pbi="1"))
    assert warnings == []
    assert row == RegistryRow(
        row_number=2, nik=n, kk=KK, name="SITI AMINAH", birth_place="PANGKALAN BUN",
        birth_date=dt.date(1990, 5, 12), sex="L", address="JL. MERDEKA", rt="004", rw="012", registry_id="DTKS01",
        desil=3, region_code="6201021001", programmes=frozenset({"PKH", "PBI"}),
    )  # fmt: skip


def test_content_hash_ignores_the_row_number_and_sees_every_field(nik: Nik) -> None:
    row, _ = _read(_reader(), _cells(nik()))
    same_elsewhere = RegistryRow(**{**_fields(row), "row_number": 900})
    assert row.content_hash() == same_elsewhere.content_hash()
    assert len(row.content_hash()) == 64
    for changed in ({"kk": ""}, {"desil": None}, {"desil": 4}, {"programmes": frozenset()}, {"birth_date": None},
                    {"rt": "002"}, {"name": "SITI AMINA"}):  # fmt: skip
        assert RegistryRow(**{**_fields(row), **changed}).content_hash() != row.content_hash(), changed


def test_content_hash_does_not_depend_on_the_order_of_programmes(nik: Nik) -> None:
    row, _ = _read(_reader(), _cells(nik(), pkh="YA", bpnt="YA", pbi="YA"))
    again = RegistryRow(**{**_fields(row), "programmes": frozenset(reversed(sorted(row.programmes)))})
    assert again.content_hash() == row.content_hash()


def _fields(row: RegistryRow) -> dict[str, object]:
    return {name: getattr(row, name) for name in RegistryRow.__slots__}


def test_repeated_reason_names_the_first_row() -> None:
    assert repeated_reason(17) == "NIK ini sudah ada di baris 17; baris pertama yang dipakai."


# --- NIK and KK as text, number or scientific notation ----------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "lost"),
    [
        ("6,20102E+15", True), ("6.20102e15", True), (" 6,2E+15 ", True), ("6201020101900001", False),
        ("", False), (float(EXACT_INT_LIMIT + 2), True), (620102010190.5, True), (6201020101900, False),
        (True, False), (None, False), (dt.date(2020, 1, 1), False),
    ],
)  # fmt: skip
def test_nik_lost_digits(value: CellValue, lost: bool) -> None:
    assert nik_lost_digits(value) is lost


def test_nik_stored_as_a_number_is_read_with_a_warning(nik: Nik) -> None:
    n = nik(dt.date(1980, 1, 2), "P", 3)
    small = "3201" + n[4:]  # below 2^53 as a number: West Java's 32…
    row, warnings = _read(_reader(), _cells(float(small)))
    assert row.nik == small and row.sex == "P"
    assert [(w.column, w.value) for w in warnings] == [("NIK", small)]
    assert "disimpan sebagai angka" in warnings[0].reason


def test_nik_numbers_that_lost_digits_are_rejected(nik: Nik) -> None:
    reader = _reader()
    column, value, reason = _rejected(reader, _cells(float(EXACT_INT_LIMIT + 2)))
    assert column == "NIK" and "lebih besar dari 2^53" in reason
    column, value, reason = _rejected(reader, _cells("6,20102E+15"))
    assert value == "6,20102E+15" and "format ilmiah" in reason
    assert "pecahan" in _rejected(reader, _cells(3201020101900001.5))[2]
    assert "bukan angka" in _rejected(reader, _cells(True))[2]
    assert "bukan angka" in _rejected(reader, _cells(dt.date(2020, 1, 1)))[2]


def test_an_invalid_nik_is_rejected_with_parse_niks_reason() -> None:
    reader = _reader()
    assert _rejected(reader, _cells("12345"))[2] == "NIK harus 16 angka (tertulis 5 angka)."
    assert _rejected(reader, _cells("62010201019A0001"))[2] == "NIK hanya boleh berisi angka."
    assert reader.checked_nik is None  # refused before the repeated-NIK check


def test_nik_with_separators_or_an_apostrophe_is_cleaned(nik: Nik) -> None:
    n = nik()
    spaced = f"{n[:6]} {n[6:12]} {n[12:]}"
    row, warnings = _read(_reader(), _cells(spaced))
    assert row.nik == n and warnings == []
    row, _ = _read(_reader(), _cells("'" + n))
    assert row.nik == n


def test_the_nik_parts_remembered_do_not_let_a_bad_serial_through(nik: Nik) -> None:
    reader = _reader()
    first = nik(dt.date(1990, 5, 12), "L", 1)
    _read(reader, _cells(first))
    assert first[:12] in reader._nik_parts
    second, _ = _read(reader, _cells(first[:12] + "0002"), 3)
    assert second.sex == "L" and second.birth_date == dt.date(1990, 5, 12)
    _column, _value, reason = _rejected(reader, _cells(first[:12] + "0000"), 4)
    assert "0000" in reason or "urut" in reason.lower()


def test_an_invalid_kk_is_left_empty_with_a_warning(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(), kk="123"))
    assert row.kk == ""
    assert [(w.column, w.value) for w in warnings] == [("NO_KK", "123")]
    assert warnings[0].reason.endswith("No. KK dikosongkan.")
    row, warnings = _read(_reader(), _cells(nik(), kk="6,20102E+15"))
    assert row.kk == "" and "format ilmiah" in warnings[0].reason
    row, warnings = _read(_reader(), _cells(nik(), kk=float(KK[:2].replace("62", "32") + KK[2:])))
    assert row.kk == "32" + KK[2:] and "disimpan sebagai angka" in warnings[0].reason
    row, warnings = _read(_reader(), _cells(nik(), kk="  "))
    assert row.kk == "" and warnings == []


# --- name, desil, sex, dates, programmes, region ------------------------------------------------------------------


@pytest.mark.parametrize("name", ["", "   ", None])
def test_an_empty_name_is_rejected(nik: Nik, name: CellValue) -> None:
    assert _rejected(_reader(), _cells(nik(), name)) == ("NAMA", "", "Nama wajib diisi.")


def test_a_name_of_invisible_characters_is_rejected(nik: Nik) -> None:
    column, _value, reason = _rejected(_reader(), _cells(nik(), "\u200b\u200b"))
    assert column == "NAMA" and "tidak berisi huruf yang terlihat" in reason


def test_a_name_with_a_line_break_is_cleaned_with_a_warning(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(), "SITI\nAMINAH"))
    assert row.name == "SITI AMINAH"
    assert [(w.column, w.reason) for w in warnings] == [("NAMA", CLEANED_REASON)]


def test_a_text_longer_than_its_column_is_refused_not_cut(nik: Nik) -> None:
    column, _value, reason = _rejected(_reader(), _cells(nik(), "A" * 151))
    assert column == "NAMA" and "paling banyak 150" in reason
    row, _ = _read(_reader(), _cells(nik(), "A" * 150))
    assert row.name == "A" * 150


def test_a_cell_calamine_cut_is_refused(nik: Nik) -> None:
    column, _value, reason = _rejected(_reader(), _cells(nik(), address="x" * (MAX_CHARS - 1)))
    assert column == "ALAMAT" and "terlalu panjang" in reason


@pytest.mark.parametrize(
    ("given", "desil"),
    [("3", 3), ("03", 3), ("10", 10), (7.0, 7), ("Desil 4", 4), ("5.0", 5), ("", None), (None, None), (" ", None)],
)
def test_desil_forms(nik: Nik, given: CellValue, desil: int | None) -> None:
    row, _ = _read(_reader(), _cells(nik(), desil=given))
    assert row.desil == desil


@pytest.mark.parametrize("given", ["0", "11", "tinggi", 2.5, True])
def test_a_desil_outside_1_to_10_is_rejected(nik: Nik, given: CellValue) -> None:
    assert _rejected(_reader(), _cells(nik(), desil=given))[2] == "Desil harus angka 1 sampai 10."


@pytest.mark.parametrize(("given", "sex"), [("L", "L"), ("Laki-laki", "L"), ("pria", "L"), (1.0, "L"), ("lk", "L")])
def test_sex_words_and_numbers(nik: Nik, given: CellValue, sex: str) -> None:
    row, warnings = _read(_reader(), _cells(nik(sex="L"), sex=given))
    assert row.sex == sex and warnings == []


def test_sex_that_disagrees_with_the_nik_is_kept_with_a_warning(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(sex="L"), sex="Perempuan"))
    assert row.sex == "P"
    assert warnings[0].column == "JENIS_KELAMIN" and "menurut NIK: L" in warnings[0].reason


def test_unknown_sex_is_taken_from_the_nik(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(sex="P"), sex="X"))
    assert row.sex == "P" and "tidak dikenal" in warnings[0].reason


@pytest.mark.parametrize("given", ["12/05/1990", "1990-05-12", dt.date(1990, 5, 12), dt.datetime(1990, 5, 12, 0, 0)])
def test_birth_dates_in_every_form(nik: Nik, given: CellValue) -> None:
    row, warnings = _read(_reader(), _cells(nik(dt.date(1990, 5, 12)), birth=given))
    assert row.birth_date == dt.date(1990, 5, 12) and warnings == []


def test_a_birth_date_that_disagrees_with_the_nik_is_kept_with_a_warning(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(dt.date(1990, 5, 12)), birth="13/05/1990"))
    assert row.birth_date == dt.date(1990, 5, 13)
    assert warnings[0].value == "13-05-1990" and "tidak sesuai dengan NIK" in warnings[0].reason


def test_an_unreadable_birth_date_is_taken_from_the_nik(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(dt.date(1990, 5, 12)), birth="kemarin"))
    assert row.birth_date == dt.date(1990, 5, 12)
    assert warnings[0].reason == "Tanggal lahir tidak terbaca; diambil dari NIK."


def test_programme_flags_known_and_unknown(nik: Nik) -> None:
    row, warnings = _read(_reader(), _cells(nik(), pkh="ya", bpnt=1.0, pbi=True))
    assert row.programmes == frozenset({"PKH", "BPNT", "PBI"}) and warnings == []
    row, warnings = _read(_reader(), _cells(nik(), pkh="mungkin", bpnt=" Ya ", pbi=2.0))
    assert row.programmes == frozenset({"BPNT"})
    assert [(w.column, w.value) for w in warnings] == [("PKH", "mungkin"), ("PBI", "2")]


def test_a_list_of_programmes_in_one_column() -> None:
    header = ["NIK", "NAMA", "PROGRAM"]
    reader = _reader(header=header)
    n = "6201025205900001"
    row, warnings = _read(reader, [n, "SITI", "PKH, BPNT; entah"])
    assert row.programmes == frozenset({"PKH", "BPNT"})
    assert [(w.column, w.value, w.reason) for w in warnings] == [
        ("PROGRAM", "entah", "Nama program tidak dikenal; diabaikan.")
    ]
    # a file without the optional columns: they read as empty
    assert (row.kk, row.rt, row.address, row.desil, row.region_code) == ("", "", "", None, "")


def test_a_region_code_with_dots_keeps_its_digits(nik: Nik) -> None:
    row, _ = _read(_reader(), _cells(nik(), region="62.01.02.1001"))
    assert row.region_code == "6201021001"
    row, _ = _read(_reader(), _cells(nik(), region="KOTA"))
    assert row.region_code == "KOTA"


# --- repeated NIKs, held and sunk ----------------------------------------------------------------------------------


def test_a_held_reader_refuses_a_repeated_nik_and_shares_equal_values(nik: Nik) -> None:
    reader = _reader()
    first, _ = _read(reader, _cells(nik(serial=1), address="JL. " + "MERDEKA"), 2)
    assert _rejected(reader, _cells(nik(serial=1)), 3) == ("NIK", nik(serial=1), repeated_reason(2))
    other, _ = _read(reader, _cells(nik(serial=2), address="JL. " + "MERDEKA"), 4)
    assert other.address is first.address and other.programmes is first.programmes


def test_a_sunk_reader_keeps_no_nik_and_says_which_it_checked(nik: Nik) -> None:
    reader = _reader(held=False)
    _read(reader, _cells(nik(serial=1)), 2)
    again, _ = _read(reader, _cells(nik(serial=1)), 3)  # the sink refuses it later
    assert again.nik == nik(serial=1) and reader.seen == {}
    assert reader.checked_nik == nik(serial=1)
    _rejected(reader, _cells(nik(serial=2), desil="99"), 4)
    assert reader.checked_nik is None  # the desil is refused before the NIK's repeat is looked at
    _rejected(reader, _cells(nik(serial=3), address="x" * 301), 5)
    assert reader.checked_nik == nik(serial=3)  # refused after the NIK check: the caller may name the repeat


def test_pad_makes_every_row_long_enough_plus_the_empty_cell() -> None:
    reader = _reader()
    padded = reader.pad(("a", "b"))
    assert padded == ["a", "b", *([None] * (len(HEADER) - 2)), None]
    assert padded[-1] is None  # where a column the file lacks points (index -1)
